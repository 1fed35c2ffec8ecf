import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LogoutEverywhereMutation } from '../modules/base/mutations';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useClientControl } from '../graphql/client-host';

/** Confirms "log out everywhere", ends every session of the user, and returns to the sign-in page. */
export function SignOutEverywhereDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { resetClient } = useClientControl();
  const [everywhere, logoutEverywhere] = useMutation(LogoutEverywhereMutation);
  return (
    <ConfirmDialog
      opened={opened}
      title={t('userMenu.signOutEverywhere')}
      message={t('userMenu.signOutEverywhereConfirm')}
      confirmLabel={t('userMenu.signOutEverywhere')}
      danger
      loading={everywhere.fetching}
      onClose={onClose}
      onConfirm={async () => {
        await logoutEverywhere({});
        onClose();
        navigate('/sign-in', { replace: true });
        resetClient();
      }}
    />
  );
}
