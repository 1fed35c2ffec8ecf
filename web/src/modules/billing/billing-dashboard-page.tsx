import { Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { UnmatchedPaymentsCard } from '../payments/unmatched-payments-card';
import { BankingDashboardCards } from '../banking/statement-dashboard-cards';
import { BillingDashboardQuery } from './queries';

/** The billing dashboard: open receivables by age, due vs collected per month, what each insurer is owed. */
export function BillingDashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: BillingDashboardQuery, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const d = data?.billingDashboard;
  if (!d) return <Loading />;
  return (
    <Stack>
      <PageHeader title={t('billing.dashboard.title')} subtitle={t('billing.dashboard.subtitle')} />
      {session.can('collections', 'view') && <UnmatchedPaymentsCard />}
      <BankingDashboardCards />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('billing.dashboard.byAge')}
          </Title>
          <Table data-testid="receivables-by-age">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.dashboard.age')}</Table.Th>
                <Table.Th ta="right">{t('billing.dashboard.count')}</Table.Th>
                <Table.Th ta="right">{t('billing.field.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.receivablesByAge.map((b) => (
                <Table.Tr key={b.bucket}>
                  <Table.Td>{t(`billing.age.${b.bucket}`, { defaultValue: b.bucket })}</Table.Td>
                  <Table.Td ta="right">{b.count}</Table.Td>
                  <Table.Td ta="right">{b.amount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('billing.dashboard.premiumAccount')}
          </Title>
          <Table data-testid="premium-by-insurer">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.field.insurer')}</Table.Th>
                <Table.Th ta="right">{t('billing.dashboard.payable')}</Table.Th>
                <Table.Th ta="right">{t('billing.dashboard.held')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.premiumAccountByInsurer.map((r) => (
                <Table.Tr key={r.insurerId}>
                  <Table.Td>{r.insurerName}</Table.Td>
                  <Table.Td ta="right">{r.payable}</Table.Td>
                  <Table.Td ta="right">{r.premiumAccount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('billing.dashboard.dueCollected')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="due-collected">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.dashboard.month')}</Table.Th>
                <Table.Th ta="right">{t('billing.dashboard.due')}</Table.Th>
                <Table.Th ta="right">{t('billing.dashboard.collected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.collectedVsDue.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{m.month}</Table.Td>
                  <Table.Td ta="right">{m.due}</Table.Td>
                  <Table.Td ta="right">{m.collected}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
