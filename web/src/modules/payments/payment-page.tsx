import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { MatchDialog } from './match-dialog';
import { paymentFieldErrors } from './money';
import { PaymentQuery, UndoAllocationMutation } from './queries';

/** One payment: its allocations (undone ones kept, struck through), matching against open receipts, undo of one allocation. */
export function PaymentPage() {
  const { paymentId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [matching, setMatching] = useState(false);
  const [undoing, setUndoing] = useState<{ id: string; receiptNumber: string; amount: string } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: PaymentQuery, variables: { id: paymentId }, requestPolicy: 'cache-and-network' });
  const [{ fetching: undoFetching }, undo] = useMutation(UndoAllocationMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const p = data.payment;

  async function confirmUndo(e: React.FormEvent) {
    e.preventDefault();
    if (!undoing) return;
    const r = await undo({ id: undoing.id, reason });
    if (r.error) {
      const f = paymentFieldErrors(t, r.error);
      setReasonError(f.reason);
      if (!f.reason) (setMessage(errorText(t, r.error)), setUndoing(null));
      return;
    }
    setUndoing(null);
    setReason('');
    setReasonError(undefined);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <PageHeader
        title={t('payments.detail.title', { client: p.clientName })}
        subtitle={`${format.day(p.paymentDate)} · ${t(`payments.method.${p.method}`)}${p.reference ? ` · ${p.reference}` : ''}`}
        actions={
          session.can('collections', 'create') && p.remaining !== '0.00' ? (
            <Button onClick={() => setMatching(true)} data-testid="open-match">
              {t('payments.match.open')}
            </Button>
          ) : null
        }
      />
      <FormError message={message} onClose={() => setMessage(null)} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">{t('payments.field.amount')}</Text>
          <Text fw={600} data-testid="payment-amount">{p.amount}</Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">{t('payments.field.allocated')}</Text>
          <Text fw={600} data-testid="payment-allocated">{p.allocated}</Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">{t('payments.field.remaining')}</Text>
          <Text fw={600} data-testid="payment-remaining">{p.remaining}</Text>
        </Paper>
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('payments.detail.allocations')}
      </Title>
      {p.allocations.length === 0 ? (
        <EmptyState title={t('payments.detail.noAllocations')} />
      ) : (
        <Table data-testid="allocations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.field.receipt')}</Table.Th>
              <Table.Th>{t('payments.field.policy')}</Table.Th>
              <Table.Th ta="right">{t('payments.field.amount')}</Table.Th>
              <Table.Th>{t('payments.detail.when')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.allocations.map((a) => (
              <Table.Tr key={a.id} data-testid="allocation-row" data-active={a.active ? 'true' : 'false'} data-receipt={a.receiptNumber}>
                <Table.Td td={a.active ? undefined : 'line-through'}>{a.receiptNumber}</Table.Td>
                <Table.Td>{a.policyNumber}</Table.Td>
                <Table.Td ta="right" td={a.active ? undefined : 'line-through'} data-testid="allocation-amount">{a.amount}</Table.Td>
                <Table.Td>
                  {format.dateTime(a.createdAt)}
                  {!a.active && (
                    <Text size="xs" c="dimmed">
                      {t('payments.detail.undone', { when: format.dateTime(a.undoneAt), who: a.undoneByName ?? '', reason: a.undoReason ?? '' })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {a.active ? (
                    session.can('collections', 'edit') && (
                      <Button size="xs" variant="light" color="red" onClick={() => setUndoing({ id: a.id, receiptNumber: a.receiptNumber, amount: a.amount })} data-testid="undo-allocation">
                        {t('payments.undo.button')}
                      </Button>
                    )
                  ) : (
                    <Badge variant="light" color="gray">{t('payments.detail.undoneBadge')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {matching && (
        <MatchDialog
          paymentId={p.id}
          clientId={p.clientId}
          remaining={p.remaining}
          onClose={() => setMatching(false)}
          onDone={() => (setMatching(false), refetch({ requestPolicy: 'network-only' }))}
        />
      )}
      <Modal opened={!!undoing} onClose={() => setUndoing(null)} title={t('payments.undo.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={confirmUndo}>
          <Stack>
            <Text size="sm">{t('payments.undo.message', { receipt: undoing?.receiptNumber ?? '', amount: undoing?.amount ?? '' })}</Text>
            <Textarea label={t('payments.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} withAsterisk data-testid="field-undo-reason" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setUndoing(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={undoFetching} data-testid="confirm-undo">
                {t('payments.undo.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
