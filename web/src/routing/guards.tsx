import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useOptionalSession } from '../session/session-context';
import { useSessionState } from '../session/session-provider';
import { Loading } from '../components/query-state';
import { allowed, type Access, type PageComponent } from '../modules/types';

function SessionError({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" role="alert">
      <Stack align="center">
        <Text>{t('errors.code.NETWORK')}</Text>
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/** Signed-in pages: otherwise to sign-in (coming back afterwards); an administrator without a second factor enrols first. */
export function RequireSignedIn() {
  const { status, retry } = useSessionState();
  const session = useOptionalSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'error') return <SessionError onRetry={retry} />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.me.mfaEnrollmentRequired && location.pathname !== '/setup-2fa') return <Navigate to="/setup-2fa" replace />;
  return <Outlet />;
}

/** Only a safe, local path is followed after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in pages: a signed-in person goes on to the app. */
export function PublicOnly() {
  const { status } = useSessionState();
  const session = useOptionalSession();
  const [params] = useSearchParams();
  if (status === 'loading') return <Loading />;
  if (session) return <Navigate to={session.me.mfaEnrollmentRequired ? '/setup-2fa' : safeNext(params.get('next'))} replace />;
  return <Outlet />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" data-testid="forbidden">
      <Title order={1} size="h2">
        {t('errors.forbiddenPage.title')}
      </Title>
      <Text c="dimmed">{t('errors.forbiddenPage.body')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1} size="h2">
        {t('errors.notFoundPage.title')}
      </Title>
      <Text c="dimmed">{t('errors.notFoundPage.body')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}

/** A page behind a right: without it, an explanation instead of the page. */
export function Guarded({ access, page: Page }: { access: Access; page: PageComponent }) {
  const session = useOptionalSession();
  if (!session || !allowed(session, access)) return <ForbiddenPage />;
  return <Page />;
}
