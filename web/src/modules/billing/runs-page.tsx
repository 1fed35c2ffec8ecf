import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { moneyFieldErrors } from '../ledger/field-errors';
import { BillingRunsQuery, StartBillingRunMutation } from './queries';

const firstOfMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;
const endOfMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

export const RUN_COLOR: Record<string, string> = { QUEUED: 'gray', RUNNING: 'blue', DONE: 'teal', FAILED: 'red' };

/** Billing runs: start one over a due range (a job on the server) and see the runs with their progress. */
export function RunsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [v, setV] = useState({ dueFrom: firstOfMonth(), dueTo: endOfMonth() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: BillingRunsQuery, requestPolicy: 'network-only' });
  const [, start] = useMutation(StartBillingRunMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await start({ input: v });
    if (r.error) {
      const f = moneyFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(t, r.error));
      return;
    }
    navigate(`/billing/runs/${r.data!.startBillingRun.id}`);
  }

  return (
    <Stack>
      <PageHeader title={t('billing.runs.title')} subtitle={t('billing.runs.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      {session.can('billing', 'create') && (
        <Paper withBorder p="md" component="form" onSubmit={submit}>
          <Title order={2} size="h4" mb="sm">
            {t('billing.runs.new')}
          </Title>
          <Group align="start">
            <TextInput type="date" label={t('billing.field.dueFrom')} value={v.dueFrom} onChange={(e) => setV({ ...v, dueFrom: e.currentTarget.value })} error={errors.dueFrom} data-testid="field-dueFrom" />
            <TextInput type="date" label={t('billing.field.dueTo')} value={v.dueTo} onChange={(e) => setV({ ...v, dueTo: e.currentTarget.value })} error={errors.dueTo} data-testid="field-dueTo" />
            <Button type="submit" mt={24} data-testid="start-run">
              {t('billing.runs.start')}
            </Button>
          </Group>
        </Paper>
      )}
      {data.billingRuns.length === 0 ? (
        <EmptyState title={t('billing.runs.empty')} />
      ) : (
        <Table striped data-testid="runs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.runs.started')}</Table.Th>
              <Table.Th>{t('billing.runs.range')}</Table.Th>
              <Table.Th>{t('billing.runs.status')}</Table.Th>
              <Table.Th>{t('billing.runs.progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.billingRuns.map((r) => (
              <Table.Tr key={r.id} data-testid="run-row">
                <Table.Td>
                  <Anchor component={Link} to={`/billing/runs/${r.id}`}>
                    {format.dateTime(r.createdAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {format.day(r.dueFrom)} – {format.day(r.dueTo)}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={RUN_COLOR[r.status]}>{t(`billing.runStatus.${r.status}`, { defaultValue: r.status })}</Badge>
                </Table.Td>
                <Table.Td miw={160}>
                  <Progress value={r.percent} aria-label={t('billing.runs.progress')} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
