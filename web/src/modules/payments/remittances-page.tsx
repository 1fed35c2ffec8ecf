import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { downloadBase64 } from '../../components/download';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { paymentFieldErrors } from './money';
import { CreateRemittanceMutation, RemittanceStatementQuery, RemittancesQuery } from './queries';

const today = () => new Date().toISOString().slice(0, 10);
const firstOfMonth = () => `${today().slice(0, 7)}-01`;

/** Remittances to insurers (issue #13 §4): remit what was collected in a period, net of commission; statements as PDF and XLSX. */
export function RemittancesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const client = useClient();
  const [v, setV] = useState({ insurerId: '', periodFrom: firstOfMonth(), periodTo: today() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: RemittancesQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching }, create] = useMutation(CreateRemittanceMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    setNotice(null);
    const r = await create({ input: v });
    if (r.error) {
      const f = paymentFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(t, r.error));
      return;
    }
    setErrors({});
    setNotice(t('payments.remittances.created', { count: r.data!.createRemittance.itemCount, amount: r.data!.createRemittance.amount }));
    refetch({ requestPolicy: 'network-only' });
  }
  async function download(id: string, fileFormat: 'pdf' | 'xlsx') {
    const r = await client.query(RemittanceStatementQuery, { id, format: fileFormat }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error || !r.data) return setMessage(errorText(t, r.error));
    downloadBase64(r.data.remittanceStatement.fileName, r.data.remittanceStatement.base64, r.data.remittanceStatement.contentType);
  }

  return (
    <Stack>
      <PageHeader title={t('payments.remittances.title')} subtitle={t('payments.remittances.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      {notice && <Badge color="teal" variant="light" size="lg" data-testid="notice">{notice}</Badge>}
      {session.can('billing', 'create') && (
        <Paper withBorder p="md" component="form" onSubmit={submit}>
          <Title order={2} size="h4" mb="sm">
            {t('payments.remittances.new')}
          </Title>
          <Group align="start">
            <Select
              label={t('payments.field.insurer')}
              data={data.insurers.map((i) => ({ value: i.id, label: i.name }))}
              value={v.insurerId || null}
              onChange={(id) => setV({ ...v, insurerId: id ?? '' })}
              error={errors.insurerId}
              searchable
              withAsterisk
              data-testid="field-insurer"
            />
            <TextInput type="date" label={t('payments.field.periodFrom')} value={v.periodFrom} onChange={(e) => setV({ ...v, periodFrom: e.currentTarget.value })} error={errors.periodFrom} data-testid="field-periodFrom" />
            <TextInput type="date" label={t('payments.field.periodTo')} value={v.periodTo} onChange={(e) => setV({ ...v, periodTo: e.currentTarget.value })} error={errors.periodTo} data-testid="field-periodTo" />
          </Group>
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={fetching} data-testid="create-remittance">
              {t('payments.remittances.create')}
            </Button>
          </Group>
        </Paper>
      )}
      {data.remittances.length === 0 ? (
        <EmptyState title={t('payments.remittances.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="remittances-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.field.insurer')}</Table.Th>
                <Table.Th>{t('payments.field.period')}</Table.Th>
                <Table.Th>{t('payments.field.remitDate')}</Table.Th>
                <Table.Th ta="right">{t('payments.field.gross')}</Table.Th>
                <Table.Th ta="right">{t('payments.field.commission')}</Table.Th>
                <Table.Th ta="right">{t('payments.field.remitted')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.remittances.map((r) => (
                <Table.Tr key={r.id} data-testid="remittance-row">
                  <Table.Td>
                    {r.insurerName}
                    {r.cancelledAt && (
                      <Badge ml="xs" size="xs" color="gray" variant="light">
                        {t('payments.remittances.cancelled')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{`${format.day(r.periodFrom)} – ${format.day(r.periodTo)}`}</Table.Td>
                  <Table.Td>{format.day(r.remitDate)}</Table.Td>
                  <Table.Td ta="right">{r.gross}</Table.Td>
                  <Table.Td ta="right">{r.commission}</Table.Td>
                  <Table.Td ta="right">{r.amount}</Table.Td>
                  <Table.Td>
                    {session.can('billing', 'export') && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" leftSection={<IconFileTypePdf size={14} />} onClick={() => download(r.id, 'pdf')} data-testid="remittance-pdf">
                          {t('payments.remittances.pdf')}
                        </Button>
                        <Button size="xs" variant="subtle" leftSection={<IconFileSpreadsheet size={14} />} onClick={() => download(r.id, 'xlsx')} data-testid="remittance-xlsx">
                          {t('payments.remittances.xlsx')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
