import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useErrorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { ApprovePortalChangeMutation, PortalChangesQuery, RejectPortalChangeMutation, SetPortalSyncModeMutation } from './queries';

/** Controlled synchronization (PO-3): what clients entered on the portal, per field, approved or rejected with a message. */
export function PortalReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const session = useSession();
  const canEdit = session.can('portal', 'edit');
  const [{ data, error }, refetch] = useQuery({ query: PortalChangesQuery, requestPolicy: 'cache-and-network' });
  const [, approve] = useMutation(ApprovePortalChangeMutation);
  const [, reject] = useMutation(RejectPortalChangeMutation);
  const [, setMode] = useMutation(SetPortalSyncModeMutation);
  const [messages, setMessages] = useState<Record<string, string>>({});
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function decide(id: string, how: 'approve' | 'reject') {
    const r = how === 'approve' ? await approve({ id }) : await reject({ id, message: messages[id] ?? '' });
    if (r.error) notifications.show({ color: 'red', message: errorText(r.error) });
    else {
      notifications.show({ color: 'teal', message: t(how === 'approve' ? 'portal.staff.approved' : 'portal.staff.rejected') });
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack>
      <PageHeader title={t('portal.staff.title')} subtitle={t('portal.staff.subtitle')} />
      <Group>
        <Text size="sm">{t('portal.staff.mode')}</Text>
        <SegmentedControl
          disabled={!canEdit}
          value={data.portalSyncMode}
          data={[
            { value: 'REVIEW', label: t('portal.staff.modeReview') },
            { value: 'APPLY', label: t('portal.staff.modeApply') },
          ]}
          onChange={(mode) => void setMode({ mode: mode as 'REVIEW' | 'APPLY' }).then(() => refetch({ requestPolicy: 'network-only' }))}
        />
      </Group>
      {!data.portalChanges.length && <EmptyState title={t('portal.staff.none')} />}
      {data.portalChanges.map((c) => (
        <Card key={c.id} withBorder data-testid="portal-change">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{c.clientName}</Text>
              <Text size="sm" c="dimmed">
                {t('portal.staff.enteredBy', { email: c.enteredBy, date: format.dateTime(c.enteredAt) })}
              </Text>
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('portal.staff.field')}</Table.Th>
                  <Table.Th>{t('portal.staff.before')}</Table.Th>
                  <Table.Th>{t('portal.staff.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.diff.map((d) => (
                  <Table.Tr key={d.field}>
                    <Table.Td>{d.field}</Table.Td>
                    <Table.Td>{d.before ?? '—'}</Table.Td>
                    <Table.Td>{d.after ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {canEdit && (
              <Group align="flex-end">
                <Textarea
                  label={t('portal.staff.message')}
                  autosize
                  style={{ flex: 1 }}
                  value={messages[c.id] ?? ''}
                  onChange={(e) => setMessages({ ...messages, [c.id]: e.currentTarget.value })}
                  data-testid="portal-change-message"
                />
                <Button variant="default" onClick={() => void decide(c.id, 'reject')} data-testid="portal-change-reject">
                  {t('portal.staff.reject')}
                </Button>
                <Button onClick={() => void decide(c.id, 'approve')} data-testid="portal-change-approve">
                  {t('portal.staff.approve')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
