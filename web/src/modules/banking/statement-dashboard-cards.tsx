import { Anchor, Badge, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { BankLinesDashboardQuery, DirectDebitMonthsQuery } from './statement-queries';

/** The billing dashboard's banking tiles (billing:view): unmatched bank lines; direct debits per month with returns by reason. */
export function BankingDashboardCards() {
  const { t } = useTranslation();
  const [{ data: lines }] = useQuery({ query: BankLinesDashboardQuery, requestPolicy: 'network-only' });
  const [{ data: dd }] = useQuery({ query: DirectDebitMonthsQuery, requestPolicy: 'network-only' });
  const l = lines?.bankLinesDashboard;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      {l && (
        <Paper withBorder p="md" data-testid="unmatched-bank-lines" data-count={l.unmatchedCount}>
          <Title order={2} size="h4" mb="sm">
            {t('bankStatements.dashboard.unmatched')}
          </Title>
          <Group justify="space-between">
            <Text>
              <Text span fw={700} data-testid="unmatched-bank-lines-count">
                {l.unmatchedCount}
              </Text>{' '}
              {t('bankStatements.dashboard.unmatchedHint', { amount: l.unmatchedAmount })}
            </Text>
            <Anchor component={Link} to="/billing/statements">
              {t('bankStatements.nav')}
            </Anchor>
          </Group>
        </Paper>
      )}
      {dd && dd.directDebitMonths.length > 0 && (
        <Paper withBorder p="md" data-testid="direct-debit-months">
          <Title order={2} size="h4" mb="sm">
            {t('bankStatements.dashboard.ddTitle')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bankStatements.dashboard.month')}</Table.Th>
                <Table.Th ta="right">{t('bankStatements.dashboard.count')}</Table.Th>
                <Table.Th ta="right">{t('bankStatements.dashboard.volume')}</Table.Th>
                <Table.Th ta="right">{t('bankStatements.dashboard.returnRate')}</Table.Th>
                <Table.Th>{t('bankStatements.dashboard.reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dd.directDebitMonths.map((m) => (
                <Table.Tr key={m.month} data-testid="direct-debit-month" data-month={m.month}>
                  <Table.Td>{m.month}</Table.Td>
                  <Table.Td ta="right">{m.collections}</Table.Td>
                  <Table.Td ta="right">{m.volume}</Table.Td>
                  <Table.Td ta="right" data-testid="return-rate">
                    {t('bankStatements.dashboard.rate', { rate: m.returnRate, n: m.returned })}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {m.reasons.map((r) => (
                        <Badge key={r.reasonCode} size="xs" variant="light" color="orange" title={t(`banking.reason.${r.reasonCode}`, { defaultValue: t('banking.reason.other') })}>
                          {t('bankStatements.dashboard.reasonCount', { code: r.reasonCode, n: r.count })}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </SimpleGrid>
  );
}
