import { Suspense } from 'react';
import { Alert, AppShell, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLayoutDashboard, IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { MainNav } from './main-nav';
import { AppHeader } from './app-header';
import { Loading } from '../components/query-state';
import { ErrorBoundary } from '../components/error-boundary';
import { useSession } from '../session/session-context';
import { useFormat } from '../i18n/format';

/** The signed-in frame: header with company and user, navigation from rights, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const format = useFormat();
  const session = useSession();
  const location = useLocation();
  const { me } = session;
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 264, breakpoint: 'md', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <AppShell.Header>
        <AppHeader navOpened={opened} toggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div>
          {me.supportAccessUntil && (
            <Alert color="orange" icon={<IconLifebuoy />} mb="md" data-testid="support-banner">
              {t('support.operatorBanner', { until: format.dateTime(me.supportAccessUntil) })}
            </Alert>
          )}
          {/* a page (or its dialog) that fails shows the error panel; header and navigation stay */}
          <ErrorBoundary
            resetKey={location.pathname}
            home={
              <Button component={Link} to="/" leftSection={<IconLayoutDashboard size={16} />} data-testid="error-home">
                {t('ux.error.home')}
              </Button>
            }
          >
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
