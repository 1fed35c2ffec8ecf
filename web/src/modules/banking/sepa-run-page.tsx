import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../../graphql/error-text';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { RUN_COLOR } from '../billing/runs-page';
import { ResumeSepaRunMutation, SepaRunQuery } from './queries';

/** One SEPA run: its progress (polled while it works), the validated file to download, its collections. */
export function SepaRunPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const { runId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: SepaRunQuery, variables: { id: runId }, requestPolicy: 'network-only' });
  const [resuming, resume] = useMutation(ResumeSepaRunMutation);
  const [message, setMessage] = useState<string | null>(null);
  const status = data?.sepaRun.status;
  useEffect(() => {
    if (status !== 'QUEUED' && status !== 'RUNNING') return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 700);
    return () => clearTimeout(timer);
  }, [status, data, refetch]);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const run = data.sepaRun;
  const onResume = async () => {
    setMessage(null);
    const r = await resume({ id: run.id });
    if (r.error) setMessage(errorText(t, r.error));
    else refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Stack>
      <PageHeader title={t('banking.run.title', { date: format.day(run.collectionDate) })} subtitle={run.messageId} />
      <Paper withBorder p="md">
        <Group>
          <Badge variant="light" color={RUN_COLOR[run.status]} data-testid="sepa-run-status" data-status={run.status}>
            {t(`billing.runStatus.${run.status}`)}
          </Badge>
          <Text data-testid="sepa-run-percent">{run.percent} %</Text>
          <Text>
            {t('banking.runs.count')}: <span data-testid="sepa-run-total">{run.total}</span>
          </Text>
          <Text>
            {t('banking.runs.controlSum')}: <span data-testid="sepa-run-sum">{run.controlSum}</span>
          </Text>
          {run.fileId && run.status !== 'DONE' && (
            <Text>
              {t('banking2.run.booked')}: <span data-testid="sepa-run-booked">{run.booked}</span>
            </Text>
          )}
          {run.resumable && session.can('billing', 'create') && session.can('collections', 'create') && (
            <Button variant="light" onClick={onResume} loading={resuming.fetching} data-testid="resume-sepa-run">
              {t('banking2.run.resume')}
            </Button>
          )}
          {run.status === 'DONE' && run.fileId && session.can('billing', 'export') && (
            <Button component="a" href={`/files/bank/${run.fileId}`} download={run.fileName ?? undefined} data-testid="download-sepa-file">
              {t('banking.run.download')}
            </Button>
          )}
        </Group>
        <Progress mt="sm" value={run.percent} aria-label={t('banking.runs.progress')} />
        {run.status === 'DONE' && run.fileId && <Text size="sm" c="dimmed" mt="xs">{t('banking.run.validated')}</Text>}
      </Paper>
      {run.error && (
        <Alert color="red" data-testid="sepa-run-error">
          {run.error}
          {run.resumable && (
            <Text size="sm" mt="xs" data-testid="sepa-run-resume-hint">
              {t('banking2.run.resumeHint')}
            </Text>
          )}
        </Alert>
      )}
      {message && (
        <Alert color="red" data-testid="sepa-run-message">
          {message}
        </Alert>
      )}
      {run.skippedReceipts.length > 0 && (
        <Paper withBorder p="md" data-testid="skipped-receipts">
          <Text fw={600}>
            {t('banking2.skipped.title')} ({run.skipped})
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('banking2.skipped.hint')}
          </Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('banking.field.receipt')}</Table.Th>
                <Table.Th>{t('banking.field.client')}</Table.Th>
                <Table.Th>{t('banking.field.reference')}</Table.Th>
                <Table.Th>{t('banking.field.reason')}</Table.Th>
                <Table.Th>{t('banking2.skipped.lastUsedOn')}</Table.Th>
                <Table.Th>{t('banking2.skipped.expiresOn')}</Table.Th>
                <Table.Th ta="right">{t('banking.field.openAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.skippedReceipts.map((s) => (
                <Table.Tr key={s.receiptId} data-testid="skipped-row" data-reason={s.reason}>
                  <Table.Td>{s.receiptNumber}</Table.Td>
                  <Table.Td>{s.clientName}</Table.Td>
                  <Table.Td>{s.mandateReference}</Table.Td>
                  <Table.Td>{t(`banking2.skipped.reason.${s.reason}`)}</Table.Td>
                  <Table.Td>{format.day(s.lastUsedOn)}</Table.Td>
                  <Table.Td>{s.reason === 'MANDATE_EXPIRED' ? format.day(s.expiresOn) : ''}</Table.Td>
                  <Table.Td ta="right">{s.openAmount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {run.collections.length === 0 ? (
        <EmptyState title={t('banking.run.noCollections')} />
      ) : (
        <Table striped data-testid="collections-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('banking.field.receipt')}</Table.Th>
              <Table.Th>{t('banking.field.client')}</Table.Th>
              <Table.Th>{t('banking.field.reference')}</Table.Th>
              <Table.Th>{t('banking.field.sequenceType')}</Table.Th>
              <Table.Th>{t('banking.field.collectionDate')}</Table.Th>
              <Table.Th>{t('banking.field.endToEndId')}</Table.Th>
              <Table.Th ta="right">{t('banking.field.amount')}</Table.Th>
              <Table.Th>{t('banking.runs.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.collections.map((c) => (
              <Table.Tr key={c.id} data-testid="collection-row" data-e2e={c.endToEndId}>
                <Table.Td>{c.receiptNumber}</Table.Td>
                <Table.Td>{c.clientName}</Table.Td>
                <Table.Td>{c.mandateReference}</Table.Td>
                <Table.Td>
                  {c.sequenceType} · {c.scheme}
                </Table.Td>
                <Table.Td>{format.day(c.collectionDate)}</Table.Td>
                <Table.Td>{c.endToEndId}</Table.Td>
                <Table.Td ta="right">{c.amount}</Table.Td>
                <Table.Td>{c.status === 'RETURNED' ? t(`banking.reason.${c.returnReason}`, { defaultValue: c.returnReason ?? '' }) : t('banking.collection.PRESENTED')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
