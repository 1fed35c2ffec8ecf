import { Anchor, Badge, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { Loading, QueryError } from '../../components/query-state';
import { LedgerAccountsQuery } from './queries';

/** The chart of accounts: code, name, type, sub-ledger; each account opens its statement. */
export function AccountsPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: LedgerAccountsQuery });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  return (
    <Stack>
      <PageHeader title={t('ledger.accounts.title')} subtitle={t('ledger.accounts.subtitle')} />
      <Table striped data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.field.account')}</Table.Th>
            <Table.Th>{t('ledger.field.name')}</Table.Th>
            <Table.Th>{t('ledger.field.type')}</Table.Th>
            <Table.Th>{t('ledger.field.subledger')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.ledgerAccounts.map((a) => (
            <Table.Tr key={a.id} data-testid="account-row">
              <Table.Td>
                <Anchor component={Link} to={`/ledger/accounts/${a.id}`}>
                  {a.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{t(`ledger.type.${a.type}`, { defaultValue: a.type })}</Table.Td>
              <Table.Td>{a.subledger ? <Badge variant="light">{t(`ledger.subledger.${a.subledger}`, { defaultValue: a.subledger })}</Badge> : null}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
