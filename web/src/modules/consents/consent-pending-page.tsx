import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ConsentPendingQuery, SendConsentRemindersMutation } from './queries';

/** Re-consents pending (CN-5): per form, the clients whose last answer was to an older version; reminders by e-mail. */
export function ConsentPendingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [formId, setFormId] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: ConsentPendingQuery, variables: { formId }, requestPolicy: 'cache-and-network' });
  const [sending, send] = useMutation(SendConsentRemindersMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const perForm = data.consentPendingPerForm;
  const items = data.consentPending.items;

  async function remind(clientIds: string[] | null, form: string) {
    const r = await send({ formId: form, clientIds });
    if (r.error) notifications.show({ color: 'red', message: r.error.message });
    else notifications.show({ color: 'teal', message: t('consents.pending.sent', { count: r.data?.sendConsentReminders ?? 0 }) });
  }

  return (
    <Stack>
      <PageHeader title={t('consents.pending.title')} subtitle={t('consents.pending.subtitle')} />
      <Group align="flex-end">
        <Select
          label={t('consents.field.form')}
          placeholder={t('consents.pending.allForms')}
          clearable
          data={perForm.map((f) => ({ value: f.formId, label: t('consents.pending.formOption', { code: f.formCode, version: f.currentVersion, count: f.pending }) }))}
          value={formId}
          onChange={setFormId}
          data-testid="pending-form"
        />
        {formId && session.can('consents', 'edit') && items.length > 0 && (
          <Button leftSection={<IconMailForward size={16} />} loading={sending.fetching} onClick={() => remind(null, formId)} data-testid="remind-all">
            {t('consents.pending.remindAll')}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <EmptyState title={t('consents.pending.empty')} />
      ) : (
        <Paper withBorder>
          <Table data-testid="pending-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consents.field.client')}</Table.Th>
                <Table.Th>{t('consents.field.form')}</Table.Th>
                <Table.Th>{t('consents.pending.answered')}</Table.Th>
                <Table.Th>{t('consents.pending.current')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={`${p.clientId}-${p.formId}`} data-testid="pending-row" data-client={p.clientId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${p.clientId}?tab=consents`}>
                      {p.clientName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.formCode}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('consents.pending.versionAt', { version: p.answeredVersion, date: format.dateTime(p.answeredAt) })}</Text>
                  </Table.Td>
                  <Table.Td>{p.currentVersion}</Table.Td>
                  <Table.Td>
                    {session.can('consents', 'edit') && (
                      <Button size="compact-xs" variant="light" onClick={() => remind([p.clientId], p.formId)} data-testid="remind-one">
                        {t('consents.pending.remind')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
