import { useState } from 'react';
import { Anchor, Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ClaimsListQuery } from './queries';
import { ClaimStatusBadge } from './claim-status-badge';

const PAGE = 50;

/** The claim list, newest report first. */
export function ClaimsListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [page, setPage] = useState(1);
  const [{ data, error }, refetch] = useQuery({ query: ClaimsListQuery, variables: { first: PAGE, offset: (page - 1) * PAGE }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const { items, total } = data.claims;
  return (
    <Stack>
      <PageHeader
        title={t('claims.list.title')}
        subtitle={t('claims.list.count', { count: total })}
        actions={
          session.can('claims', 'create') && (
            <Button component={Link} to="/claims/new" leftSection={<IconPlus size={16} />}>
              {t('claims.nav.new')}
            </Button>
          )
        }
      />
      {items.length === 0 ? (
        <EmptyState title={t('claims.list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="claims-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.field.lossDate')}</Table.Th>
                <Table.Th>{t('claims.field.client')}</Table.Th>
                <Table.Th>{t('claims.field.lossPlace')}</Table.Th>
                <Table.Th>{t('claims.field.status')}</Table.Th>
                <Table.Th>{t('claims.money.reserve')}</Table.Th>
                <Table.Th>{t('claims.money.paid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="table-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/claims/${c.id}`} data-testid="claim-link">
                      {format.day(c.lossDate)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.client.displayName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {c.lossPlace}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ClaimStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{c.totals.reserveCurrent}</Table.Td>
                  <Table.Td>{c.totals.paidTotal}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > PAGE && (
        <Group justify="center">
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
