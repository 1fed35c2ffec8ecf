import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../session/session-context';
import { ChangePasswordCard } from './change-password-card';
import { TwoFactorCard } from './two-factor-card';
import { SessionsCard } from './sessions-card';

/** One's own security: password, second factor, sessions. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle', { email: me.user.email })} />
      <ChangePasswordCard />
      <TwoFactorCard />
      <SessionsCard />
    </Stack>
  );
}
