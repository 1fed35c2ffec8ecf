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
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { ReactNode } from 'react';
import { i18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';
import { ClientHost } from './graphql/client-host';
import { SessionProvider } from './session/session-provider';
import { AppRoutes } from './routing/app-routes';

function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = current.language === 'en' ? 'en-gb' : current.language;
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <LocalizedDates>
          <Notifications position="top-right" />
          <BrowserRouter>
            <ClientHost>
              <SessionProvider>
                <AppRoutes />
              </SessionProvider>
            </ClientHost>
          </BrowserRouter>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
