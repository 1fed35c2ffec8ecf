import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ClientPolicyScope } from '../../../gql/graphql';
import { EmptyState, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';
import type { ClientTabProps } from '../../clients/panel-tabs';
import { ClientPoliciesQuery } from '../queries';
import { PolicyStatusBadge } from '../common/badges';
import { policyPath, useMoney } from '../common/policy-types';

/** One of the client card's policy tabs (CL-4): the client's active, archived or foreign policies. */
function ClientPoliciesTab({ clientId, scope }: ClientTabProps & { scope: ClientPolicyScope }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ClientPoliciesQuery, variables: { clientId, scope, first: 200, offset: 0 }, requestPolicy: 'cache-and-network' });
  const page = data?.client.policies;
  if (error && !page) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!page) return <Loading />;
  return (
    <Stack gap="md" data-testid={`client-policies-${scope.toLowerCase()}`}>
      {session.can('policies', 'create') && (
        <Group justify="flex-end">
          <Button component={Link} to={`/policies/new?client=${clientId}`} leftSection={<IconFilePlus size={16} />} variant="light" data-testid="client-new-policy">
            {t('policies.clientTab.newPolicy')}
          </Button>
        </Group>
      )}
      {page.items.length === 0 ? (
        <EmptyState title={t(`policies.clientTab.empty.${scope.toLowerCase()}`)} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-label={t(`policies.clientTab.${scope.toLowerCase()}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.fields.number')}</Table.Th>
                <Table.Th>{t('policies.fields.insurer')}</Table.Th>
                <Table.Th>{t('policies.fields.line')}</Table.Th>
                <Table.Th>{t('policies.fields.status')}</Table.Th>
                <Table.Th>{t('policies.fields.cover')}</Table.Th>
                <Table.Th ta="right">{t('policies.fields.premiumGross')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((p) => (
                <Table.Tr key={p.id} data-testid="client-policy-row">
                  <Table.Td>
                    <Anchor component={Link} to={policyPath(p.id)} className="mono" size="sm" data-testid="client-policy-link">
                      {p.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.insurer.name}</Table.Td>
                  <Table.Td>{p.line.name}</Table.Td>
                  <Table.Td>
                    <PolicyStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{`${format.day(p.coverStart)} – ${format.day(p.coverEnd)}`}</Table.Td>
                  <Table.Td ta="right">{money(p.premiumGross)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page.total > page.items.length && (
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to={`/policies/list`}>
            {t('policies.clientTab.more', { number: format.number(page.total - page.items.length) })}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

export const ActivePoliciesTab = (props: ClientTabProps) => <ClientPoliciesTab {...props} scope={'ACTIVE' as ClientPolicyScope} />;
export const ArchivedPoliciesTab = (props: ClientTabProps) => <ClientPoliciesTab {...props} scope={'ARCHIVED' as ClientPolicyScope} />;
export const ForeignPoliciesTab = (props: ClientTabProps) => <ClientPoliciesTab {...props} scope={'FOREIGN' as ClientPolicyScope} />;
