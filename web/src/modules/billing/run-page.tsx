import { useEffect } from 'react';
import { Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { Loading, QueryError } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { BillingRunQuery, ResumeBillingRunMutation } from './queries';
import { RUN_COLOR } from './runs-page';

/**
 * One billing run and its progress. The progress is stored on the server (each batch commits it), so
 * this page polls it while the run is queued or running — and shows the same after a reload.
 */
export function RunPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const { runId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: BillingRunQuery, variables: { id: runId }, requestPolicy: 'network-only' });
  const [, resume] = useMutation(ResumeBillingRunMutation);
  const status = data?.billingRun.status;
  useEffect(() => {
    if (status !== 'QUEUED' && status !== 'RUNNING') return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [status, refetch]);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const r = data.billingRun;
  return (
    <Stack>
      <PageHeader
        title={t('billing.run.title', { from: format.day(r.dueFrom), to: format.day(r.dueTo) })}
        subtitle={t('billing.run.subtitle', { name: r.startedByName ?? '', date: format.day(r.issueDate) })}
        actions={
          <Group>
            {r.status === 'FAILED' && session.can('billing', 'create') && (
              <Button onClick={async () => (await resume({ id: r.id }), refetch({ requestPolicy: 'network-only' }))} data-testid="resume-run">
                {t('billing.run.resume')}
              </Button>
            )}
            <Button component={Link} to="/billing/runs" variant="default">
              {t('billing.run.back')}
            </Button>
          </Group>
        }
      />
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <Badge size="lg" variant="light" color={RUN_COLOR[r.status]} data-testid="run-status" data-status={r.status}>
              {t(`billing.runStatus.${r.status}`, { defaultValue: r.status })}
            </Badge>
            <Text data-testid="run-percent">{r.percent} %</Text>
          </Group>
          <Progress value={r.percent} size="xl" striped={r.status === 'RUNNING'} animated={r.status === 'RUNNING'} aria-label={t('billing.runs.progress')} data-testid="run-progress" />
          <SimpleGrid cols={3}>
            <Text>{t('billing.run.total', { count: r.total })}</Text>
            <Text>{t('billing.run.processed', { count: r.processed })}</Text>
            <Text data-testid="run-issued" data-issued={r.issued}>{t('billing.run.issued', { count: r.issued })}</Text>
          </SimpleGrid>
          {r.error && <Text c="red">{r.error}</Text>}
        </Stack>
      </Paper>
    </Stack>
  );
}
