import { useMemo, useState } from 'react';
import { Badge, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SupportGrantsQuery } from '../queries';
import { RevokeSupportAccessMutation } from '../mutations';
import type { SupportGrantsQuery as GrantsData } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { useErrorText } from '../../../graphql/error-text';
import { GrantSupportForm } from './grant-support-form';

type GrantRow = GrantsData['supportGrants'][number];
const column = createColumnHelper<GrantRow>();
/** An empty list carries no typename: name it, so a new grant refreshes the list. */
const GRANTS_CONTEXT = { additionalTypenames: ['SupportGrant'] };

const statusOf = (g: GrantRow) => (g.revokedAt ? 'revoked' : g.active ? 'active' : 'expired');
const STATUS_COLORS = { active: 'blue', revoked: 'gray', expired: 'gray' } as const;

/** Support access for the platform operator: grant, see until when, revoke. */
export function SupportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const session = useSession();
  const canEdit = session.can('base', 'edit');
  const [{ data, fetching, error }, refetch] = useQuery({ query: SupportGrantsQuery, context: GRANTS_CONTEXT });
  const [revoking, setRevoking] = useState<GrantRow | null>(null);
  const [revoke, runRevoke] = useMutation(RevokeSupportAccessMutation);

  const columns = useMemo(
    () => [
      column.accessor('createdAt', { header: () => t('support.granted_at'), cell: (c) => <Text size="sm">{format.dateTime(c.getValue())}</Text> }),
      column.accessor('expiresAt', {
        header: () => t('support.expires'),
        cell: (c) => (
          <div>
            <Text size="sm">{format.dateTime(c.getValue())}</Text>
            {statusOf(c.row.original) === 'active' && (
              <Text size="xs" c="dimmed">
                {format.relativeHours(c.getValue())}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor('reason', { header: () => t('support.reason'), cell: (c) => <Text size="sm" lineClamp={2}>{c.getValue()}</Text> }),
      column.accessor(statusOf, { id: 'status', header: () => t('support.status'), cell: (c) => <Badge variant="light" color={STATUS_COLORS[c.getValue()]}>{t(`support.statuses.${c.getValue()}`)}</Badge> }),
      column.display({
        id: 'actions',
        header: () => t('common.actions'),
        cell: (c) =>
          canEdit && statusOf(c.row.original) === 'active' ? (
            <Button size="xs" variant="light" color="red" onClick={() => setRevoking(c.row.original)} data-testid="revoke-grant">
              {t('support.revoke')}
            </Button>
          ) : null,
      }),
    ],
    [t, format, canEdit],
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('support.title')} subtitle={t('support.subtitle')} />
      {canEdit && <GrantSupportForm />}
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable label={t('support.listTitle')} columns={columns} data={data?.supportGrants ?? []} getRowId={(g) => g.id} loading={fetching && !data} emptyTitle={t('support.empty')} emptyHint={t('support.emptyHint')} initialSorting={[{ id: 'createdAt', desc: true }]} />
      <ConfirmDialog
        opened={!!revoking}
        title={t('support.revokeTitle')}
        message={t('support.revokeBody')}
        confirmLabel={t('support.revoke')}
        danger
        loading={revoke.fetching}
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          const result = await runRevoke({ id: revoking?.id ?? '' });
          setRevoking(null);
          if (result.error) notifications.show({ color: 'red', message: errorText(result.error) });
          else notifications.show({ color: 'teal', message: t('support.revoked') });
        }}
      />
    </Stack>
  );
}
