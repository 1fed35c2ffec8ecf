import { useMemo, useState } from 'react';
import { Anchor } from '@mantine/core';
import { AreaChart } from '@mantine/charts';
import { IconActivity, IconAlertTriangle, IconLifebuoy, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { BaseDashboardQuery } from '../queries';
import { ChartPanel, DashboardLayout } from '../../../components/dashboard-layout';
import { StatCard } from '../../../components/stat-card';
import { Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';

/** The base module's dashboard (BASE-8): the pattern every module's start page follows. */
export function BaseDashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: BaseDashboardQuery, requestPolicy: 'network-only' });
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const d = data?.baseDashboard;
  const chart = useMemo(() => (d?.signInsPerDay ?? []).map((p) => ({ day: format.shortDay(p.day), [t('base.dashboard.signIns')]: p.count })), [d, format, t]);

  if (error && !d) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!d) return <Loading />;
  const seriesName = t('base.dashboard.signIns');
  return (
    <DashboardLayout
      title={t('base.dashboard.title')}
      subtitle={t('base.dashboard.subtitle')}
      loadedAt={loadedAt}
      refreshing={fetching}
      onRefresh={() => {
        refetch({ requestPolicy: 'network-only' });
        setLoadedAt(new Date());
      }}
      stats={
        <>
          <StatCard label={t('base.dashboard.activeUsers')} value={format.number(d.activeUsers)} icon={IconUserCheck} color="teal" footer={<Anchor component={Link} to="/base/users" size="xs">{t('base.dashboard.toUsers')}</Anchor>} />
          <StatCard label={t('base.dashboard.inactiveUsers')} value={format.number(d.inactiveUsers)} icon={IconUserOff} color="gray" />
          <StatCard label={t('base.dashboard.failedSignIns')} value={format.number(d.failedSignIns)} hint={t('base.dashboard.last30Days')} icon={IconAlertTriangle} color={d.failedSignIns > 0 ? 'orange' : 'gray'} />
          <StatCard label={t('base.dashboard.openSupportGrants')} value={format.number(d.openSupportGrants)} icon={IconLifebuoy} color="grape" footer={<Anchor component={Link} to="/base/support" size="xs">{t('base.dashboard.toSupport')}</Anchor>} />
          <StatCard label={t('base.dashboard.auditEventsToday')} value={format.number(d.auditEventsToday)} icon={IconActivity} footer={<Anchor component={Link} to="/base/audit" size="xs">{t('base.dashboard.toAudit')}</Anchor>} />
        </>
      }
    >
      <ChartPanel title={t('base.dashboard.signInsPerDay')} description={t('base.dashboard.signInsPerDayHint')}>
        <AreaChart
          h={260}
          data={chart}
          dataKey="day"
          series={[{ name: seriesName, color: 'blue.6' }]}
          curveType="monotone"
          withDots={false}
          tickLine="y"
          gridAxis="y"
          valueFormatter={(v) => format.number(v)}
          yAxisProps={{ allowDecimals: false }}
          aria-label={t('base.dashboard.signInsPerDay')}
          role="img"
        />
      </ChartPanel>
    </DashboardLayout>
  );
}
