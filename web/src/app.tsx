import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app.css';
import 'dayjs/locale/it';
import 'dayjs/locale/de';
import 'dayjs/locale/nl';
import 'dayjs/locale/pl';
import 'dayjs/locale/en-gb';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { useMemo, type ReactNode } from 'react';
import { i18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';
import { ClientHost } from './graphql/client-host';
import { SessionProvider } from './session/session-provider';
import { AppRoutes } from './routing/app-routes';
import { ErrorBoundary } from './components/error-boundary';

function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = current.language === 'en' ? 'en-gb' : current.language;
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/** The theme with the texts components need in the user's language (the notifications' close button). */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(() => mergeThemeOverrides(theme, { components: { Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } } } }), [t]);
  return (
    <MantineProvider theme={localized} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine>
        <LocalizedDates>
          <Notifications position="top-right" />
          {/* the last resort: whatever fails outside a page (the frame, the session) still shows a way back */}
          <ErrorBoundary fullPage>
            <BrowserRouter>
              <ClientHost>
                <SessionProvider>
                  <AppRoutes />
                </SessionProvider>
              </ClientHost>
            </BrowserRouter>
          </ErrorBoundary>
        </LocalizedDates>
      </LocalizedMantine>
    </I18nextProvider>
  );
}
