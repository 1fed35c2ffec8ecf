import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { downloadBase64 } from '../../components/download';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { RUN_COLOR } from '../billing/runs-page';
import { PresentRibaRunMutation, RibaFileQuery, RibaRunQuery, SetRibaOutcomeMutation } from './riba-queries';

const STATE_COLOR: Record<string, string> = { ISSUED: 'gray', PRESENTED: 'blue', PAID: 'teal', UNPAID: 'red' };

/**
 * One RiBa run: progress (polled while it works), the checked CBI file to download, marking it sent to
 * the bank, and the bank's outcome per receipt or for the selected ones (paid / unpaid).
 */
export function RibaRunPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const urql = useClient();
  const { runId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: RibaRunQuery, variables: { id: runId }, requestPolicy: 'network-only' });
  const [, present] = useMutation(PresentRibaRunMutation);
  const [, outcome] = useMutation(SetRibaOutcomeMutation);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const status = data?.ribaRun.status;
  useEffect(() => {
    if (status !== 'QUEUED' && status !== 'RUNNING') return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 700);
    return () => clearTimeout(timer);
  }, [status, data, refetch]);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const run = data.ribaRun;
  // presenting and "paid" record payments (collections:create), "unpaid" undoes one (collections:edit)
  const canCreate = session.can('billing', 'create');
  const canPay = canCreate && session.can('collections', 'create');
  const canUnpay = canCreate && session.can('collections', 'edit');

  async function download() {
    const r = await urql.query(RibaFileQuery, { runId: run.id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.data) downloadBase64(r.data.ribaFile.fileName, r.data.ribaFile.base64, r.data.ribaFile.contentType);
    else setMessage(errorText(t, r.error));
  }
  async function markSent() {
    const r = await present({ runId: run.id });
    if (r.error) return setMessage(errorText(t, r.error));
    refetch({ requestPolicy: 'network-only' });
  }
  async function setOutcome(ids: string[], value: 'PAID' | 'UNPAID') {
    const r = await outcome({ itemIds: ids, outcome: value });
    if (r.error) return setMessage(errorText(t, r.error));
    setSelected([]);
    refetch({ requestPolicy: 'network-only' });
  }
  const presented = run.items.filter((i) => i.state === 'PRESENTED').map((i) => i.id);

  return (
    <Stack>
      <PageHeader title={t('riba.run.title', { name: run.supportName })} subtitle={t('riba.run.subtitle', { date: format.day(run.dueTo) })} />
      <FormError message={message} onClose={() => setMessage(null)} />
      <Paper withBorder p="md">
        <Group>
          <Badge variant="light" color={RUN_COLOR[run.status]} data-testid="riba-run-status" data-status={run.status}>
            {t(`billing.runStatus.${run.status}`)}
          </Badge>
          <Text data-testid="riba-run-percent">{run.percent} %</Text>
          <Text>
            {t('riba.runs.count')}: <span data-testid="riba-run-total">{run.total}</span>
          </Text>
          <Text>
            {t('riba.runs.amount')}: <span data-testid="riba-run-amount">{run.totalAmount}</span>
          </Text>
          {run.status === 'DONE' && run.hasFile && session.can('billing', 'export') && (
            <Button onClick={download} data-testid="download-riba-file">
              {t('riba.run.download')}
            </Button>
          )}
          {run.status === 'DONE' && run.hasFile && !run.presentedAt && canPay && (
            <Button variant="light" onClick={markSent} data-testid="present-riba-run">
              {t('riba.run.markSent')}
            </Button>
          )}
          {run.presentedAt && (
            <Badge variant="light" color="blue" data-testid="riba-run-presented">
              {t('riba.run.sentAt', { date: format.dateTime(run.presentedAt) })}
            </Badge>
          )}
        </Group>
        <Progress mt="sm" value={run.percent} aria-label={t('riba.runs.progress')} />
        {run.status === 'DONE' && run.hasFile && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('riba.run.checked')}
          </Text>
        )}
      </Paper>
      {run.error && (
        <Alert color="red" data-testid="riba-run-error">
          {run.error}
        </Alert>
      )}
      {(canPay || canUnpay) && presented.length > 0 && (
        <Group>
          {canPay && (
            <Button size="xs" variant="light" color="teal" disabled={!selected.length} onClick={() => setOutcome(selected, 'PAID')} data-testid="riba-bulk-paid">
              {t('riba.item.markPaidSelected', { n: selected.length })}
            </Button>
          )}
          {canUnpay && (
            <Button size="xs" variant="light" color="red" disabled={!selected.length} onClick={() => setOutcome(selected, 'UNPAID')} data-testid="riba-bulk-unpaid">
              {t('riba.item.markUnpaidSelected', { n: selected.length })}
            </Button>
          )}
        </Group>
      )}
      {run.items.length === 0 ? (
        <EmptyState title={t('riba.run.noItems')} />
      ) : (
        <Table striped data-testid="riba-items-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('riba.item.selectAll')}
                  checked={presented.length > 0 && selected.length === presented.length}
                  disabled={!presented.length}
                  onChange={(e) => setSelected(e.currentTarget.checked ? presented : [])}
                />
              </Table.Th>
              <Table.Th>{t('riba.item.progressive')}</Table.Th>
              <Table.Th>{t('riba.item.receipt')}</Table.Th>
              <Table.Th>{t('riba.item.client')}</Table.Th>
              <Table.Th>{t('riba.item.dueDate')}</Table.Th>
              <Table.Th>{t('riba.item.bank')}</Table.Th>
              <Table.Th ta="right">{t('riba.item.amount')}</Table.Th>
              <Table.Th>{t('riba.item.state')}</Table.Th>
              <Table.Th ta="right">{t('riba.item.open')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.items.map((i) => (
              <Table.Tr key={i.id} data-testid="riba-item-row" data-receipt={i.receiptNumber}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('riba.item.select', { receipt: i.receiptNumber })}
                    disabled={i.state !== 'PRESENTED'}
                    checked={selected.includes(i.id)}
                    onChange={(e) => setSelected(e.currentTarget.checked ? [...selected, i.id] : selected.filter((s) => s !== i.id))}
                  />
                </Table.Td>
                <Table.Td>{i.progressive}</Table.Td>
                <Table.Td>{i.receiptNumber}</Table.Td>
                <Table.Td>{i.clientName}</Table.Td>
                <Table.Td>{format.day(i.dueDate)}</Table.Td>
                <Table.Td>
                  {i.abi} / {i.cab}
                </Table.Td>
                <Table.Td ta="right">{i.amount}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLOR[i.state]} data-testid="riba-item-state" data-state={i.state}>
                    {t(`riba.state.${i.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" data-testid="riba-item-open">
                  {i.openAmount}
                </Table.Td>
                <Table.Td>
                  {(canPay || canUnpay) && i.state === 'PRESENTED' && (
                    <Group gap="xs" wrap="nowrap">
                      {canPay && (
                        <Button size="compact-xs" variant="subtle" color="teal" onClick={() => setOutcome([i.id], 'PAID')} data-testid="riba-mark-paid">
                          {t('riba.item.markPaid')}
                        </Button>
                      )}
                      {canUnpay && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOutcome([i.id], 'UNPAID')} data-testid="riba-mark-unpaid">
                          {t('riba.item.markUnpaid')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
