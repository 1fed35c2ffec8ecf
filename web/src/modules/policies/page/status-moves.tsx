import { useState } from 'react';
import { Alert, Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { PolicyStatus } from '../../../gql/graphql';
import { errorCode, errorExtension } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';
import { SetPolicyStatusMutation } from '../mutations';
import type { PolicyDetail } from '../common/policy-types';

/**
 * The status moves a policy allows now (`Policy.allowedStatuses`, the server's transition data): only
 * those are offered. A refusal (CONFLICT, e.g. someone moved it meanwhile) names the allowed ones.
 */
export function StatusMoves({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const [state, setStatus] = useMutation(SetPolicyStatusMutation);
  const [refusal, setRefusal] = useState<string | null>(null);
  const name = (s: string) => t(`policies.status.${s.toLowerCase()}`, { defaultValue: s });

  async function move(status: PolicyStatus) {
    setRefusal(null);
    const r = await setStatus({ id: policy.id, status });
    if (!r.error) {
      notifications.show({ color: 'teal', message: t('policies.page.statusMoved', { status: name(status) }) });
      return;
    }
    if (errorCode(r.error) === 'CONFLICT') {
      const allowed = errorExtension<string[]>(r.error, 'allowed') ?? [];
      setRefusal(allowed.length ? t('policies.page.statusRefused', { status: name(status), allowed: allowed.map(name).join(', ') }) : t('policies.page.statusFinal', { status: name(status) }));
    } else setRefusal(errorText(t, r.error));
  }

  return (
    <>
      {policy.allowedStatuses.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="light" leftSection={<IconArrowsExchange size={16} />} rightSection={<IconChevronDown size={14} />} loading={state.fetching} data-testid="status-moves">
              {t('policies.page.changeStatus')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {policy.allowedStatuses.map((s) => (
              <Menu.Item key={s} onClick={() => move(s)} data-testid={`move-${s.toLowerCase()}`}>
                {name(s)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {refusal && (
        <Alert color="red" title={t('policies.page.statusRefusedTitle')} role="alert" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setRefusal(null)} data-testid="status-refused" w="100%">
          {refusal}
        </Alert>
      )}
    </>
  );
}
