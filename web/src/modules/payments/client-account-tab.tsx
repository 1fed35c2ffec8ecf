import { Anchor, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { StatCard } from '../../components/stat-card';
import { useFormat } from '../../i18n/format';
import { ClientAccountQuery } from './queries';

/** The client panel's "Account" tab (LE-2): open receipts, payments, and the receivable balance. */
export function ClientAccountTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: ClientAccountQuery, variables: { clientId }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const a = data.clientAccount;
  return (
    <Stack data-testid="client-account">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label={t('payments.account.openTotal')} value={a.openTotal} />
        <StatCard label={t('payments.account.creditTotal')} value={a.creditTotal} />
        <StatCard label={t('payments.account.balance')} value={a.balance} />
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('payments.account.openItems')}
      </Title>
      {a.openItems.length === 0 ? (
        <EmptyState title={t('payments.account.noOpenItems')} />
      ) : (
        <Table data-testid="account-open-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.field.receipt')}</Table.Th>
              <Table.Th>{t('payments.field.policy')}</Table.Th>
              <Table.Th>{t('payments.field.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('payments.field.gross')}</Table.Th>
              <Table.Th ta="right">{t('payments.field.openAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.openItems.map((o) => (
              <Table.Tr key={o.receiptId}>
                <Table.Td>{o.receiptNumber}</Table.Td>
                <Table.Td>{o.policyNumber}</Table.Td>
                <Table.Td>{format.day(o.dueDate)}</Table.Td>
                <Table.Td ta="right">{o.gross}</Table.Td>
                <Table.Td ta="right">{o.openAmount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h5">
        {t('payments.account.payments')}
      </Title>
      {a.payments.length === 0 ? (
        <EmptyState title={t('payments.list.empty')} />
      ) : (
        <Table data-testid="account-payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.field.paymentDate')}</Table.Th>
              <Table.Th>{t('payments.field.method')}</Table.Th>
              <Table.Th ta="right">{t('payments.field.amount')}</Table.Th>
              <Table.Th ta="right">{t('payments.field.remaining')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/collections/payments/${p.id}`}>
                    {format.day(p.paymentDate)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`payments.method.${p.method}`)}</Table.Td>
                <Table.Td ta="right">{p.amount}</Table.Td>
                <Table.Td ta="right">{p.remaining}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
