import { useState } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ResetUserTotpMutation, UpdateMembershipMutation } from '../mutations';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useErrorText } from '../../../graphql/error-text';
import { errorReason } from '../../../graphql/errors';
import type { MemberRow } from './users-page';

type Pending = 'disable' | 'enable' | 'resetTotp' | null;

/** Per-user actions of an administrator, each confirmed. */
export function UserRowActions({ member, self }: { member: MemberRow; self: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<Pending>(null);
  const [update, runUpdate] = useMutation(UpdateMembershipMutation);
  const [reset, runReset] = useMutation(ResetUserTotpMutation);
  const name = member.user.displayName;

  async function confirm() {
    const result = pending === 'resetTotp' ? await runReset({ id: member.id }) : await runUpdate({ id: member.id, input: { active: pending === 'enable' } });
    // the second factor serves every company of the person: only who administers them all may reset it
    const message = errorReason(result.error) === 'NOT_ADMIN_OF_EVERY_COMPANY' ? t('base.users.resetTotpOtherCompanies') : errorText(result.error);
    if (result.error) notifications.show({ color: 'red', title: t('base.users.actionFailed'), message });
    else notifications.show({ color: 'teal', message: t(`base.users.done.${pending}`, { name }) });
    setPending(null);
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('base.users.actionsFor', { name })} data-testid="user-actions">
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {member.active ? (
            <Menu.Item leftSection={<IconUserOff size={16} />} color="red" disabled={self} onClick={() => setPending('disable')}>
              {t('base.users.disable')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => setPending('enable')}>
              {t('base.users.enable')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconKey size={16} />} disabled={!member.user.totpEnabled} onClick={() => setPending('resetTotp')}>
            {t('base.users.resetTotp')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`base.users.confirm.${pending}.title`) : ''}
        message={pending ? t(`base.users.confirm.${pending}.body`, { name }) : ''}
        confirmLabel={pending ? t(`base.users.confirm.${pending}.action`) : ''}
        danger={pending !== 'enable'}
        loading={update.fetching || reset.fetching}
        onClose={() => setPending(null)}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
