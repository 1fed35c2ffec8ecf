import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { StatCard } from '../../components/stat-card';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { ClientPicker, type PickedClient } from '../clients/common/client-picker';
import { paymentFieldErrors } from './money';
import { PaymentsQuery, RecordPaymentMutation } from './queries';

const METHODS = ['BANK_TRANSFER', 'CASH', 'CARD', 'CHEQUE', 'DIRECT_DEBIT'] as const;
const today = () => new Date().toISOString().slice(0, 10);

/** Payments received (LE-2): the unmatched figure, the record-payment form and the list; a payment opens its matching page. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [unmatched, setUnmatched] = useState(false);
  const [client, setClient] = useState<PickedClient | null>(null);
  const [v, setV] = useState({ method: 'BANK_TRANSFER' as (typeof METHODS)[number], paymentDate: today(), amount: '', reference: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: PaymentsQuery, variables: { filter: { unmatched }, first: 100, offset: 0 }, requestPolicy: 'cache-and-network' });
  const [{ fetching }, record] = useMutation(RecordPaymentMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await record({ input: { clientId: client?.id ?? '', method: v.method, paymentDate: v.paymentDate, amount: v.amount.trim().replace(',', '.'), reference: v.reference.trim() || null } });
    if (r.error) {
      const f = paymentFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(t, r.error));
      return;
    }
    navigate(`/collections/payments/${r.data!.recordPayment.id}`);
  }

  const { items, total } = data.payments;
  return (
    <Stack>
      <PageHeader title={t('payments.list.title')} subtitle={t('payments.list.count', { count: total })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <StatCard label={t('payments.dashboard.unmatchedCount')} value={data.paymentsDashboard.unmatchedCount} />
        <StatCard label={t('payments.dashboard.unmatchedAmount')} value={data.paymentsDashboard.unmatchedAmount} />
      </SimpleGrid>
      <FormError message={message} onClose={() => setMessage(null)} />
      {session.can('collections', 'create') && (
        <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="record-payment-form">
          <Title order={2} size="h4" mb="sm">
            {t('payments.record.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ClientPicker label={t('payments.field.client')} value={client} onChange={setClient} error={errors.clientId} withAsterisk testId="field-client" />
            <Select
              label={t('payments.field.method')}
              data={METHODS.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
              value={v.method}
              onChange={(m) => m && setV({ ...v, method: m as (typeof METHODS)[number] })}
              allowDeselect={false}
              data-testid="field-method"
            />
            <TextInput type="date" label={t('payments.field.paymentDate')} value={v.paymentDate} onChange={(e) => setV({ ...v, paymentDate: e.currentTarget.value })} error={errors.paymentDate} data-testid="field-paymentDate" />
            <TextInput label={t('payments.field.amount')} value={v.amount} onChange={(e) => setV({ ...v, amount: e.currentTarget.value })} error={errors.amount} inputMode="decimal" withAsterisk data-testid="field-amount" />
            <TextInput label={t('payments.field.reference')} value={v.reference} onChange={(e) => setV({ ...v, reference: e.currentTarget.value })} error={errors.reference} data-testid="field-reference" />
          </SimpleGrid>
          {errors.accountId && <FormError message={errors.accountId} onClose={() => setErrors({ ...errors, accountId: '' })} />}
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={fetching} data-testid="record-payment">
              {t('payments.record.submit')}
            </Button>
          </Group>
        </Paper>
      )}
      <Group>
        <Button variant={unmatched ? 'filled' : 'light'} size="xs" onClick={() => setUnmatched(!unmatched)} data-testid="filter-unmatched">
          {t('payments.list.onlyUnmatched')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <EmptyState title={t('payments.list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="payments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.field.paymentDate')}</Table.Th>
                <Table.Th>{t('payments.field.client')}</Table.Th>
                <Table.Th>{t('payments.field.method')}</Table.Th>
                <Table.Th>{t('payments.field.reference')}</Table.Th>
                <Table.Th ta="right">{t('payments.field.amount')}</Table.Th>
                <Table.Th ta="right">{t('payments.field.remaining')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/collections/payments/${p.id}`}>
                      {format.day(p.paymentDate)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.clientName}</Table.Td>
                  <Table.Td>{t(`payments.method.${p.method}`)}</Table.Td>
                  <Table.Td>{p.reference ?? ''}</Table.Td>
                  <Table.Td ta="right">{p.amount}</Table.Td>
                  <Table.Td ta="right">{p.remaining === '0.00' ? p.remaining : <Badge variant="light" color="orange">{p.remaining}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
