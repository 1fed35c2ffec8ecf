import { useMemo, useState } from 'react';
import { Anchor, Button, ColorSwatch, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { IconCalendarDue, IconCertificate, IconFilePlus, IconTrendingDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PoliciesDashboardQuery } from '../queries';
import { ChartPanel, DashboardLayout } from '../../../components/dashboard-layout';
import { StatCard } from '../../../components/stat-card';
import { Loading, QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { useMoney } from '../common/policy-types';

const PALETTE = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'indigo.6', 'red.6', 'cyan.6', 'lime.6', 'pink.6', 'yellow.6', 'violet.6', 'gray.6'];

interface Group_ {
  key: string;
  name: string;
  count: number;
  premiumGross: string;
}

/** A portfolio split (by line or insurer): donut chart and its legend with count and gross premium. */
function PortfolioSplit({ title, hint, groups, testId }: { title: string; hint: string; groups: Group_[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const shown = groups.filter((g) => g.count > 0);
  const data = shown.map((g, i) => ({ name: g.name, value: g.count, color: PALETTE[i % PALETTE.length] }));
  return (
    <ChartPanel title={title} description={hint}>
      {shown.length > 0 && <DonutChart h={200} data={data} withLabels withLabelsLine={false} valueFormatter={(v) => format.number(v)} chartLabel={format.number(shown.reduce((s, g) => s + g.count, 0))} aria-label={title} role="img" mx="auto" />}
      <Table mt="sm" aria-label={t('texts.dashboard.legend')} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('policies.dashboard.name')}</Table.Th>
            <Table.Th ta="right">{t('policies.dashboard.count')}</Table.Th>
            <Table.Th ta="right">{t('policies.fields.premiumGross')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => {
            const i = shown.indexOf(g);
            return (
              <Table.Tr key={g.key} data-testid="legend-row" data-key={g.key}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={i >= 0 ? `var(--mantine-color-${PALETTE[i % PALETTE.length].replace('.', '-')})` : 'transparent'} size={12} aria-hidden />
                    <Text size="sm">{g.name}</Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right" data-testid="legend-count">
                  {format.number(g.count)}
                </Table.Td>
                <Table.Td ta="right" data-testid="legend-gross">
                  {money(g.premiumGross)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ChartPanel>
  );
}

/** The policies module's dashboard (BASE-8): portfolio by line and insurer, renewals due, new business, lapse rate. */
export function PoliciesDashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PoliciesDashboardQuery, requestPolicy: 'network-only' });
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const d = data?.policiesDashboard;
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit' }), [format.locale]);
  const series = t('policies.dashboard.newPolicies');
  const perMonth = useMemo(() => (d?.newBusinessPerMonth ?? []).map((p) => ({ month: monthFormat.format(new Date(`${p.month}-15T12:00:00`)), [series]: p.count })), [d, monthFormat, series]);

  if (error && !d) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!d) return <Loading />;
  return (
    <DashboardLayout
      title={t('policies.dashboard.title')}
      subtitle={t('policies.dashboard.subtitle')}
      loadedAt={loadedAt}
      refreshing={fetching}
      onRefresh={() => {
        refetch({ requestPolicy: 'network-only' });
        setLoadedAt(new Date());
      }}
      actions={
        session.can('policies', 'create') && (
          <Button component={Link} to="/policies/new" leftSection={<IconFilePlus size={16} />}>
            {t('policies.nav.new')}
          </Button>
        )
      }
      stats={
        <>
          <StatCard label={t('policies.dashboard.inForce')} value={format.number(d.inForce)} hint={money(d.inForceGross)} icon={IconCertificate} color="teal" footer={<Anchor component={Link} to="/policies/list" size="xs">{t('policies.dashboard.toList')}</Anchor>} />
          <StatCard
            label={t('policies.dashboard.renewals')}
            value={`${format.number(d.renewalsDue30)} / ${format.number(d.renewalsDue60)} / ${format.number(d.renewalsDue90)}`}
            hint={t('policies.dashboard.renewalsHint')}
            icon={IconCalendarDue}
            color={d.renewalsDue30 ? 'orange' : 'gray'}
          />
          <StatCard
            label={t('policies.dashboard.lapseRate')}
            value={`${new Intl.NumberFormat(format.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(d.lapseRate as unknown as number)} %`}
            hint={t('policies.dashboard.lapseHint', { lapsed: format.number(d.lapsed), base: format.number(d.lapseBase) })}
            icon={IconTrendingDown}
            color={d.lapsed ? 'red' : 'gray'}
          />
        </>
      }
    >
      <Stack gap="md" data-testid="policies-dashboard">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PortfolioSplit title={t('policies.dashboard.byLine')} hint={t('policies.dashboard.portfolioHint')} groups={d.byLine} testId="by-line" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PortfolioSplit title={t('policies.dashboard.byInsurer')} hint={t('policies.dashboard.portfolioHint')} groups={d.byInsurer} testId="by-insurer" />
          </Grid.Col>
        </Grid>
        <ChartPanel title={t('policies.dashboard.perMonth')} description={t('policies.dashboard.perMonthHint')}>
          <BarChart h={260} data={perMonth} dataKey="month" series={[{ name: series, color: 'blue.6' }]} withLegend tickLine="y" gridAxis="y" valueFormatter={(v) => format.number(v)} yAxisProps={{ allowDecimals: false }} aria-label={t('policies.dashboard.perMonth')} role="img" />
        </ChartPanel>
      </Stack>
    </DashboardLayout>
  );
}
