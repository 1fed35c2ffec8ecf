import { Anchor, Button, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCash, IconCoins, IconPlus, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { ClaimsDashboardQuery } from './queries';
import { ClaimStatusBadge } from './claim-status-badge';

const BUCKETS = ['DAYS_0_30', 'DAYS_31_90', 'DAYS_91_180', 'DAYS_181_PLUS'] as const;
const OPEN = ['REPORTED', 'IN_REVIEW', 'SETTLED'] as const;

/** The claims dashboard (BASE-8): open claims by status and age, reserves, claims per line of business. */
export function ClaimsDashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ClaimsDashboardQuery, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const d = data?.claimsDashboard;
  if (!d) return <Loading />;
  const cell = (status: string, bucket: string) => d.openByStatusAndAge.find((x) => x.status === status && x.ageBucket === bucket)?.count ?? 0;
  return (
    <Stack>
      <PageHeader
        title={t('claims.dashboard.title')}
        subtitle={t('claims.dashboard.subtitle')}
        actions={
          session.can('claims', 'create') && (
            <Button component={Link} to="/claims/new" leftSection={<IconPlus size={16} />} data-testid="report-claim">
              {t('claims.nav.new')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <StatCard label={t('claims.dashboard.open')} value={String(d.openTotal)} icon={IconAlertTriangle} color="orange" footer={<Anchor component={Link} to="/claims/list" size="xs">{t('claims.dashboard.toList')}</Anchor>} />
        <StatCard label={t('claims.dashboard.reserves')} value={d.reservesTotal} hint={t('claims.dashboard.reservesHint')} icon={IconCoins} color="blue" />
        <StatCard label={t('claims.dashboard.outstanding')} value={d.reservesOutstanding} hint={t('claims.dashboard.outstandingHint')} icon={IconReceipt} color="grape" />
        <StatCard label={t('claims.dashboard.paid')} value={d.paidTotal} hint={t('claims.dashboard.paidHint')} icon={IconCash} color="teal" />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('claims.dashboard.byAge')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="claims-by-age">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.field.status')}</Table.Th>
                {BUCKETS.map((b) => (
                  <Table.Th key={b}>{t(`claims.age.${b}`, { defaultValue: b })}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {OPEN.map((s) => (
                <Table.Tr key={s}>
                  <Table.Td>
                    <ClaimStatusBadge status={s} />
                  </Table.Td>
                  {BUCKETS.map((b) => (
                    <Table.Td key={b}>{cell(s, b)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('claims.dashboard.byLine')}
        </Title>
        <Table data-testid="claims-by-line">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('claims.field.line')}</Table.Th>
              <Table.Th>{t('claims.dashboard.count')}</Table.Th>
              <Table.Th>{t('claims.dashboard.open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.byLine.map((l) => (
              <Table.Tr key={l.lineCode ?? 'none'}>
                <Table.Td>{l.lineName ?? <Text c="dimmed" size="sm">{t('claims.dashboard.noPolicy')}</Text>}</Table.Td>
                <Table.Td>{l.count}</Table.Td>
                <Table.Td>{l.open}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
