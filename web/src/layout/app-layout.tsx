import { Suspense } from 'react';
import { Alert, AppShell, Burger, Button, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLayoutDashboard, IconLifebuoy, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { CompanySwitcher } from './company-switcher';
import { LanguageMenu } from './language-menu';
import { UserMenu } from './user-menu';
import { MainNav } from './main-nav';
import { Loading } from '../components/query-state';
import { ErrorBoundary } from '../components/error-boundary';
import { useSession } from '../session/session-context';
import { useFormat } from '../i18n/format';
import { MODULE_DEFINITIONS } from '../modules/registry';
import { visibleModules } from '../routing/navigation';

/** The signed-in frame: header with company and user, navigation from rights, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const format = useFormat();
  const session = useSession();
  const location = useLocation();
  const { me } = session;
  const headerTools = visibleModules(MODULE_DEFINITIONS, session).filter((m) => m.header);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 264, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t(opened ? 'nav.close' : 'nav.open')} />
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('app.home')}>
              <Group gap={8} wrap="nowrap">
                <ThemeIcon size={32} radius="md" aria-hidden>
                  <IconShieldCheck size={20} />
                </ThemeIcon>
                <Text fw={700} visibleFrom="lg">
                  {t('app.name')}
                </Text>
              </Group>
            </Link>
            <CompanySwitcher />
            {me.company &&
              headerTools.map((m) => {
                const Tool = m.header!;
                return <Tool key={m.name} />;
              })}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
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
