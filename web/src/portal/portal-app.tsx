import '@mantine/core/styles.css';
import '../app.css';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useMemo } from 'react';
import { Provider } from 'urql';
import { i18n } from '../i18n';
import { cssVariablesResolver, theme } from '../theme';
import { ErrorBoundary } from '../components/error-boundary';
import { createPortalClient } from './client';
import { PortalShell } from './portal-shell';
import { SignInPage } from './pages/sign-in-page';
import { RegisterPage } from './pages/register-page';
import { VerifyEmailPage } from './pages/verify-email-page';
import { AcceptInvitationPage } from './pages/accept-invitation-page';
import { HomePage } from './pages/home-page';
import { ConsentsPage } from './pages/consents-page';
import { ViewAsPage } from './pages/view-as-page';
import { QuotesPage } from './pages/quotes-page';
import { QuoteRequestPage } from './pages/quote-request-page';
import { SecurityPage } from './pages/security-page';
import { MessagesPage } from './pages/messages-page';

/** The client portal (PO-9): its own entry, routes under /portal/, the staff app's theme, components and catalogues. */
export function PortalApp() {
  const client = useMemo(() => createPortalClient(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <ErrorBoundary fullPage>
          <Provider value={client}>
            <BrowserRouter basename="/portal">
              <PortalShell>
                <Routes>
                  <Route path="/" element={<Navigate to={{ pathname: '/home', search: window.location.search }} replace />} />
                  <Route path="/home" element={<HomePage />} />
                  <Route path="/consents/:clientId" element={<ConsentsPage />} />
                  <Route path="/quotes" element={<QuotesPage />} />
                  <Route path="/quotes/new" element={<QuoteRequestPage />} />
                  <Route path="/security" element={<SecurityPage />} />
                  <Route path="/messages" element={<MessagesPage />} />
                  <Route path="/view-as" element={<ViewAsPage />} />
                  <Route path="/sign-in" element={<SignInPage />} />
                  <Route path="/register" element={<RegisterPage />} />
                  <Route path="/verify-email" element={<VerifyEmailPage />} />
                  <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
                  <Route path="*" element={<Navigate to="/home" replace />} />
                </Routes>
              </PortalShell>
            </BrowserRouter>
          </Provider>
        </ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  );
}
