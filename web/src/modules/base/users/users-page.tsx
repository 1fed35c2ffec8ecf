import { useMemo, useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RolesQuery, UsersQuery } from '../queries';
import { UpdateMembershipMutation } from '../mutations';
import type { UsersQuery as UsersData } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { useErrorText } from '../../../graphql/error-text';
import { InviteUserModal } from './invite-user-modal';
import { UserRowActions } from './user-row-actions';
import { roleLabel } from '../../../i18n/role-label';

export type MemberRow = UsersData['users'][number];

const column = createColumnHelper<MemberRow>();

/** The active company's users: invite, role per company, disable/enable, reset second factor. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const session = useSession();
  const canEdit = session.can('base', 'edit');
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersQuery });
  const [{ data: rolesData }] = useQuery({ query: RolesQuery });
  const [, updateMembership] = useMutation(UpdateMembershipMutation);
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<string | null>('all');
  const roleOptions = useMemo(() => (rolesData?.roles ?? []).map((r) => ({ value: r.id, label: roleLabel(t, r) })), [rolesData, t]);

  const columns = useMemo(
    () => [
      column.accessor((m) => m.user.displayName, {
        id: 'name',
        header: () => t('base.users.name'),
        cell: (c) => (
          <div>
            <Text size="sm" fw={500}>
              {c.row.original.user.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {c.row.original.user.email}
            </Text>
          </div>
        ),
      }),
      column.accessor((m) => roleLabel(t, m.role), {
        id: 'role',
        header: () => t('base.users.role'),
        cell: (c) =>
          canEdit && roleOptions.length > 0 ? (
            <Select
              aria-label={t('base.users.roleOf', { name: c.row.original.user.displayName })}
              data={roleOptions}
              value={c.row.original.role.id}
              allowDeselect={false}
              size="xs"
              w={190}
              comboboxProps={{ withinPortal: true }}
              onChange={async (roleId) => {
                if (!roleId || roleId === c.row.original.role.id) return;
                const result = await updateMembership({ id: c.row.original.id, input: { roleId } });
                if (result.error) notifications.show({ color: 'red', title: t('base.users.roleFailed'), message: errorText(result.error) });
                else notifications.show({ color: 'teal', message: t('base.users.roleChanged', { name: c.row.original.user.displayName, role: roleLabel(t, { name: result.data?.updateMembership.role.name, template: result.data?.updateMembership.role.template }) }) });
              }}
            />
          ) : (
            <Text size="sm">{c.getValue()}</Text>
          ),
      }),
      column.accessor((m) => (m.active && !m.user.disabled ? 1 : 0), {
        id: 'status',
        header: () => t('base.users.status'),
        cell: (c) => (c.row.original.active && !c.row.original.user.disabled ? <Badge color="teal" variant="light">{t('base.users.active')}</Badge> : <Badge color="gray" variant="light">{t('base.users.disabled')}</Badge>),
      }),
      column.accessor((m) => (m.user.totpEnabled ? 1 : 0), {
        id: 'totp',
        header: () => t('base.users.secondFactor'),
        cell: (c) => (c.row.original.user.totpEnabled ? <Badge color="blue" variant="light">{t('base.users.totpOn')}</Badge> : <Text size="sm" c="dimmed">{t('base.users.totpOff')}</Text>),
      }),
      column.accessor((m) => m.user.lastLoginAt ?? '', {
        id: 'lastLogin',
        header: () => t('base.users.lastSignIn'),
        cell: (c) => <Text size="sm">{c.row.original.user.lastLoginAt ? format.dateTime(c.row.original.user.lastLoginAt) : t('base.users.never')}</Text>,
      }),
      column.display({
        id: 'actions',
        header: () => <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
        cell: (c) => (canEdit ? <UserRowActions member={c.row.original} self={c.row.original.user.id === session.me.user.id} /> : null),
      }),
    ],
    [t, format, canEdit, roleOptions, updateMembership, errorText, session.me.user.id],
  );

  const rows = useMemo(() => {
    const all = data?.users ?? [];
    if (status === 'active') return all.filter((m) => m.active && !m.user.disabled);
    if (status === 'disabled') return all.filter((m) => !m.active || m.user.disabled);
    return all;
  }, [data, status]);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('base.users.title')}
        subtitle={t('base.users.subtitle', { company: session.me.company?.name ?? '' })}
        actions={
          session.can('base', 'create') && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)} data-testid="invite-user">
              {t('base.users.invite')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('base.users.title')}
        columns={columns}
        data={rows}
        getRowId={(m) => m.id}
        loading={fetching && !data}
        emptyTitle={t('base.users.empty')}
        initialSorting={[{ id: 'name', desc: false }]}
        searchText={(m) => `${m.user.displayName} ${m.user.email} ${roleLabel(t, m.role)}`}
        toolbar={
          <Group gap="sm">
            <Select
              aria-label={t('base.users.statusFilter')}
              data={[
                { value: 'all', label: t('base.users.allStatuses') },
                { value: 'active', label: t('base.users.active') },
                { value: 'disabled', label: t('base.users.disabled') },
              ]}
              value={status}
              onChange={setStatus}
              allowDeselect={false}
              w={180}
            />
          </Group>
        }
      />
      <InviteUserModal opened={inviting} onClose={() => setInviting(false)} roles={roleOptions} />
    </Stack>
  );
}
