import { useState } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AuthLayout } from './auth-layout';
import { TotpEnrollment } from './totp-enrollment';
import { RecoveryCodes } from './recovery-codes';
import { useSession } from '../../../session/session-context';
import { useClientControl } from '../../../graphql/client-host';

/** Administrators must enrol a second factor before anything else (BASE-5). */
export function MfaSetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { resetClient } = useClientControl();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (!session.me.mfaEnrollmentRequired && !codes) return <Navigate to="/" replace />;
  return (
    <AuthLayout title={codes ? t('recovery.title') : t('totp.requiredTitle')} subtitle={codes ? undefined : t('totp.requiredSubtitle')} width={560}>
      {codes ? (
        <RecoveryCodes codes={codes} doneLabel={t('totp.continue')} onDone={resetClient} />
      ) : (
        <Stack>
          <TotpEnrollment onEnrolled={setCodes} />
          <Text size="sm" c="dimmed" ta="center">
            <Anchor component="button" type="button" onClick={() => void session.signOut()}>
              {t('userMenu.signOut')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </AuthLayout>
  );
}
