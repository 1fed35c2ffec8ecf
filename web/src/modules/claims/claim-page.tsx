import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ClaimQuery } from './queries';
import { ClaimStatusBadge } from './claim-status-badge';
import { ClaimWorkflow } from './claim-workflow';
import { ClaimMoneyPanel } from './claim-money';

const RESERVE_IN = ['REPORTED', 'IN_REVIEW', 'SETTLED'];
const PAY_IN = ['IN_REVIEW', 'SETTLED'];

function Fact({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** A claim: its facts and parties, the workflow buttons, reserves and payments with running totals, the history. */
export function ClaimPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const { claimId } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: ClaimQuery, variables: { id: claimId! }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const c = data?.claim;
  if (!c) return <Loading />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const canEdit = session.can('claims', 'edit');
  const reasonFor = data.claimStatusTransitions.find((x) => x.from === c.status)?.reasonRequiredFor ?? [];
  return (
    <Stack>
      <PageHeader title={t('claims.page.title', { client: c.client.displayName })} subtitle={c.lossPlace} actions={<ClaimStatusBadge status={c.status} testId="claim-status" />} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label={t('claims.field.client')} value={<Anchor component={Link} to={`/clients/${c.client.id}`}>{c.client.displayName}</Anchor>} />
          <Fact label={t('claims.field.policy')} value={c.policy?.number ?? t('claims.report.noPolicy')} testId="claim-policy-number" />
          <Fact label={t('claims.field.lossDate')} value={`${format.day(c.lossDate)} ${c.lossTime ?? ''}`} />
          <Fact label={t('claims.field.insurerClaimNumber')} value={c.insurerClaimNumber ?? '—'} />
          <Fact label={t('claims.field.handler')} value={c.handlerName ?? '—'} />
          <Fact label={t('claims.field.reportedAt')} value={format.dateTime(c.reportedAt)} />
        </SimpleGrid>
        <Text size="sm" mt="md">
          {c.description}
        </Text>
      </Paper>
      {canEdit && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('claims.workflow.title')}
          </Title>
          <ClaimWorkflow claimId={c.id} status={c.status} allowed={c.allowedStatuses} reasonFor={reasonFor} onMoved={reload} />
        </Paper>
      )}
      <ClaimMoneyPanel
        claimId={c.id}
        entries={c.money}
        totals={c.totals}
        canReserve={canEdit && RESERVE_IN.includes(c.status)}
        canPay={canEdit && PAY_IN.includes(c.status)}
        onChanged={reload}
      />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('claims.party.title')}
        </Title>
        {c.parties.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('claims.party.none')}
          </Text>
        ) : (
          <Table data-testid="parties">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.party.name')}</Table.Th>
                <Table.Th>{t('claims.party.role')}</Table.Th>
                <Table.Th>{t('claims.party.insurer')}</Table.Th>
                <Table.Th>{t('claims.party.plate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.parties.map((p) => (
                <Table.Tr key={p.seq}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{t(`claims.party.roles.${p.role}`, { defaultValue: p.role })}</Table.Td>
                  <Table.Td>{p.insurerName ?? ''}</Table.Td>
                  <Table.Td>{p.plate ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('claims.history.title')}
        </Title>
        <Stack gap={4} data-testid="claim-history">
          {c.history.map((h, i) => (
            <Group key={i} gap="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {format.dateTime(h.changedAt)}
              </Text>
              <ClaimStatusBadge status={h.toStatus} testId="history-status" />
              <Text size="sm">{h.changedByName ?? ''}</Text>
              {h.reason && (
                <Text size="sm" fs="italic">
                  {h.reason}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
