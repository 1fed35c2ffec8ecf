import { useState } from 'react';
import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { AccountStatementQuery } from './queries';

const PAGE = 100;

/** An account's statement: its lines with the running balance after each. */
export function AccountStatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { accountId = '' } = useParams();
  const [page, setPage] = useState(1);
  const [{ data, error }, refetch] = useQuery({ query: AccountStatementQuery, variables: { id: accountId, first: PAGE, offset: (page - 1) * PAGE }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const s = data.accountStatement;
  return (
    <Stack>
      <PageHeader title={`${s.account.code} ${s.account.name}`} subtitle={t('ledger.statement.subtitle', { count: s.total })} />
      <Group>
        <Text>{t('ledger.statement.opening')}: <span data-testid="statement-opening">{s.opening}</span></Text>
        <Text>{t('ledger.statement.closing')}: <span data-testid="statement-closing">{s.closing}</span></Text>
      </Group>
      {s.lines.length === 0 ? (
        <EmptyState title={t('ledger.statement.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="statement-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.field.date')}</Table.Th>
                <Table.Th>{t('ledger.field.description')}</Table.Th>
                <Table.Th>{t('ledger.field.party')}</Table.Th>
                <Table.Th ta="right">{t('ledger.field.debit')}</Table.Th>
                <Table.Th ta="right">{t('ledger.field.credit')}</Table.Th>
                <Table.Th ta="right">{t('ledger.field.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.lines.map((l, i) => (
                <Table.Tr key={`${l.entryId}-${i}`} data-testid="statement-row">
                  <Table.Td>{format.day(l.entryDate)}</Table.Td>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td>{l.partyName}</Table.Td>
                  <Table.Td ta="right">{l.debit}</Table.Td>
                  <Table.Td ta="right">{l.credit}</Table.Td>
                  <Table.Td ta="right">{l.balance}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {s.total > PAGE && <Pagination total={Math.ceil(s.total / PAGE)} value={page} onChange={setPage} />}
    </Stack>
  );
}
