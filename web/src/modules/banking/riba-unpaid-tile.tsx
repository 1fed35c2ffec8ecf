import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RibaUnpaidQuery } from './riba-queries';

/** Dashboard tile: unpaid RiBa (insoluti) per month, count and amount, the last twelve months. */
export function RibaUnpaidTile() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: RibaUnpaidQuery, requestPolicy: 'cache-and-network' });
  const months = data?.ribaUnpaidByMonth ?? [];
  return (
    <Paper withBorder p="md" data-testid="riba-unpaid-tile">
      <Title order={2} size="h4" mb="xs">
        {t('riba.unpaid.title')}
      </Title>
      {months.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('riba.unpaid.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('riba.unpaid.month')}</Table.Th>
              <Table.Th ta="right">{t('riba.unpaid.count')}</Table.Th>
              <Table.Th ta="right">{t('riba.unpaid.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month} data-testid="riba-unpaid-month">
                <Table.Td>{m.month}</Table.Td>
                <Table.Td ta="right">{m.count}</Table.Td>
                <Table.Td ta="right">{m.amount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
