import { Anchor, Badge, Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { IconChecklist, IconClockExclamation, IconMail, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { ConsentsDashboardQuery } from './queries';

/** The consents dashboard: coverage, pending re-consents per form, marketing opt-in, records per day, chain verification. */
export function ConsentsDashboardPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: ConsentsDashboardQuery, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const d = data?.consentsDashboard;
  const chain = data?.consentChainVerification;
  if (!d || !chain) return <Loading />;
  const pending = d.pendingPerForm.reduce((s, f) => s + f.pending, 0);
  return (
    <Stack>
      <PageHeader title={t('consents.dashboard.title')} subtitle={t('consents.dashboard.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <StatCard label={t('consents.dashboard.coverage')} value={`${d.coveragePercent} %`} hint={t('consents.dashboard.coverageHint', { covered: d.covered, clients: d.clients })} icon={IconChecklist} color="teal" />
        <StatCard label={t('consents.dashboard.pending')} value={String(pending)} icon={IconClockExclamation} color="orange" footer={<Anchor component={Link} to="/consents/pending" size="xs">{t('consents.nav.pending')}</Anchor>} />
        <StatCard label={t('consents.dashboard.marketing')} value={`${d.marketingOptInPercent} %`} hint={t('consents.dashboard.marketingHint', { optIn: d.marketingOptIn, answered: d.marketingAnswered })} icon={IconMail} color="blue" />
        <StatCard
          label={t('consents.dashboard.chain')}
          value={chain.ok ? t('consents.chain.ok') : t('consents.chain.broken')}
          hint={t('consents.dashboard.chainHint', { records: chain.checked, clients: chain.clients })}
          icon={IconShieldCheck}
          color={chain.ok ? 'teal' : 'red'}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('consents.dashboard.pendingPerForm')}
          </Title>
          <Table data-testid="consents-pending-per-form">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consents.field.form')}</Table.Th>
                <Table.Th>{t('consents.field.version')}</Table.Th>
                <Table.Th>{t('consents.dashboard.pending')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.pendingPerForm.map((f) => (
                <Table.Tr key={f.formId}>
                  <Table.Td>
                    {f.formCode} <Badge variant="light" size="sm">{t(`consents.kind.${f.formKind}`, { defaultValue: f.formKind })}</Badge>
                  </Table.Td>
                  <Table.Td>{f.currentVersion}</Table.Td>
                  <Table.Td>{f.pending}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('consents.dashboard.perDay')}
          </Title>
          {d.recordsPerDay.length === 0 ? (
            <EmptyState title={t('consents.dashboard.noRecords')} />
          ) : (
            <Table data-testid="consents-per-day">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consents.field.day')}</Table.Th>
                  <Table.Th>{t('consents.field.records')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.recordsPerDay.map((x) => (
                  <Table.Tr key={x.day}>
                    <Table.Td>{x.day}</Table.Td>
                    <Table.Td>{x.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
