import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ClientClaimsQuery } from './queries';
import { ClaimStatusBadge } from './claim-status-badge';

/** The client panel's "Claims" tab (CL-4): the client's claims, newest report first, each opening its claim page. */
export function ClientClaimsTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ClientClaimsQuery, variables: { id: clientId }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.client) return <Loading />;
  const claims = data.client.claims;
  return (
    <Stack data-testid="client-claims">
      {session.can('claims', 'create') && (
        <Group justify="flex-end">
          <Button component={Link} to="/claims/new" variant="light" leftSection={<IconPlus size={16} />}>
            {t('claims.nav.new')}
          </Button>
        </Group>
      )}
      {claims.length === 0 ? (
        <EmptyState title={t('claims.list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.field.lossDate')}</Table.Th>
                <Table.Th>{t('claims.field.lossPlace')}</Table.Th>
                <Table.Th>{t('claims.field.status')}</Table.Th>
                <Table.Th>{t('claims.money.reserve')}</Table.Th>
                <Table.Th>{t('claims.money.paid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claims.map((c) => (
                <Table.Tr key={c.id} data-testid="client-claim-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/claims/${c.id}`}>
                      {format.day(c.lossDate)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.lossPlace}</Table.Td>
                  <Table.Td>
                    <ClaimStatusBadge status={c.status} testId="client-claim-status" />
                  </Table.Td>
                  <Table.Td>{c.totals.reserveCurrent}</Table.Td>
                  <Table.Td>{c.totals.paidTotal}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
