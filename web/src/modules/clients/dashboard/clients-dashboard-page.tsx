import { useMemo, useState } from 'react';
import { Anchor, Button, ColorSwatch, Grid, Group, Stack, Text } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { IconBuilding, IconCalendarDue, IconHourglass, IconId, IconUserCheck, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ClientsDashboardQuery } from '../queries';
import { ChartPanel, DashboardLayout } from '../../../components/dashboard-layout';
import { StatCard } from '../../../components/stat-card';
import { Loading, QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { DashboardLists } from './dashboard-lists';

const STATUS_COLORS: Record<string, string> = { active: 'teal.6', prospect: 'blue.6', hidden: 'gray.5' };

/** The clients module's dashboard (BASE-8): cards by status and kind, new cards per month, documents to chase. */
export function ClientsDashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClientsDashboardQuery, requestPolicy: 'network-only' });
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const d = data?.clientsDashboard;
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit' }), [format.locale]);
  const series = t('clients.dashboard.newClients');
  const perMonth = useMemo(() => (d?.newPerMonth ?? []).map((p) => ({ month: monthFormat.format(new Date(`${p.label}-15T12:00:00`)), [series]: p.count })), [d, monthFormat, series]);
  const byStatus = useMemo(
    () => (d?.byStatus ?? []).map((s) => ({ name: t(`clients.enum.status.${s.label}`, { defaultValue: s.label }), value: s.count, color: STATUS_COLORS[s.label] ?? 'gray.6' })),
    [d, t],
  );

  if (error && !d) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!d) return <Loading />;
  const count = (list: Array<{ label: string; count: number }>, label: string) => list.find((x) => x.label === label)?.count ?? 0;
  return (
    <DashboardLayout
      title={t('clients.dashboard.title')}
      subtitle={t('clients.dashboard.subtitle')}
      loadedAt={loadedAt}
      refreshing={fetching}
      onRefresh={() => {
        refetch({ requestPolicy: 'network-only' });
        setLoadedAt(new Date());
      }}
      actions={
        session.can('clients', 'create') && (
          <Button component={Link} to="/clients/new" leftSection={<IconUserPlus size={16} />}>
            {t('clients.nav.new')}
          </Button>
        )
      }
      stats={
        <>
          <StatCard label={t('clients.dashboard.active')} value={format.number(count(d.byStatus, 'active'))} icon={IconUserCheck} color="teal" footer={<Anchor component={Link} to="/clients/list?status=active" size="xs">{t('clients.dashboard.toList')}</Anchor>} />
          <StatCard
            label={t('clients.dashboard.prospects')}
            value={format.number(d.prospectsWaiting)}
            hint={d.oldestProspectSince ? t('clients.dashboard.oldestProspect', { date: format.date(d.oldestProspectSince) }) : undefined}
            icon={IconHourglass}
            color="blue"
            footer={<Anchor component={Link} to="/clients/list?status=prospect" size="xs">{t('clients.dashboard.toProspects')}</Anchor>}
          />
          <StatCard
            label={t('clients.dashboard.byKind')}
            value={`${format.number(count(d.byKind, 'person'))} / ${format.number(count(d.byKind, 'entity'))}`}
            hint={t('clients.dashboard.byKindHint')}
            icon={IconBuilding}
            color="grape"
          />
          <StatCard label={t('clients.dashboard.expiring')} value={format.number(d.expiringDocumentsCount)} hint={t('clients.dashboard.expiringHint')} icon={IconCalendarDue} color={d.expiringDocumentsCount ? 'orange' : 'gray'} />
          <StatCard
            label={t('clients.dashboard.missingScan')}
            value={format.number(d.withoutIdentityScan)}
            hint={t('clients.dashboard.withoutDocument', { count: d.withoutIdentityDocument })}
            icon={IconId}
            color={d.withoutIdentityScan ? 'red' : 'gray'}
          />
        </>
      }
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ChartPanel title={t('clients.dashboard.perMonth')} description={t('clients.dashboard.perMonthHint')}>
            <BarChart h={260} data={perMonth} dataKey="month" series={[{ name: series, color: 'blue.6' }]} tickLine="y" gridAxis="y" valueFormatter={(v) => format.number(v)} yAxisProps={{ allowDecimals: false }} aria-label={t('clients.dashboard.perMonth')} role="img" />
          </ChartPanel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ChartPanel title={t('clients.dashboard.byStatus')} description={t('clients.dashboard.byStatusHint')}>
            <DonutChart h={220} data={byStatus} withLabels withLabelsLine={false} valueFormatter={(v) => format.number(v)} chartLabel={format.number(byStatus.reduce((s, x) => s + x.value, 0))} aria-label={t('clients.dashboard.byStatus')} role="img" mx="auto" />
            {/* the legend: which colour is which status, with its count (the chart alone does not say) */}
            <Stack gap={4} mt="sm" component="ul" aria-label={t('texts.dashboard.legend')} data-testid="status-legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {byStatus.map((s) => (
                <Group key={s.name} component="li" gap="xs" wrap="nowrap" data-testid="status-legend-item">
                  <ColorSwatch color={`var(--mantine-color-${s.color.replace('.', '-')})`} size={12} aria-hidden />
                  <Text size="sm" style={{ flex: 1 }}>
                    {s.name}
                  </Text>
                  <Text size="sm" fw={500}>
                    {format.number(s.value)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </ChartPanel>
        </Grid.Col>
      </Grid>
      <DashboardLists dashboard={d} />
    </DashboardLayout>
  );
}
