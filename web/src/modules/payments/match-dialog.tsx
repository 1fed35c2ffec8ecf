import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { fromCents, paymentFieldErrors, toCents } from './money';
import { MatchDataQuery, MatchPaymentMutation } from './queries';

interface Props {
  paymentId: string;
  clientId: string;
  remaining: string;
  onClose(): void;
  onDone(): void;
}

/**
 * The match dialog (LE-2): the payer's open receipts, the server's suggestions first (reference, exact
 * amount); each amount editable, what the payment has left shown live; all rows sent at once (the server
 * refuses the whole request, naming the row, when one is too much).
 */
export function MatchDialog({ paymentId, clientId, remaining, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: MatchDataQuery, variables: { paymentId, clientId }, requestPolicy: 'network-only' });
  const [{ fetching }, match] = useMutation(MatchPaymentMutation);

  const rows = data
    ? (() => {
        const score = new Map(data.paymentSuggestions.map((s) => [s.receiptId, s]));
        return [...data.clientAccount.openItems].sort((a, b) => (score.get(b.receiptId)?.score ?? 0) - (score.get(a.receiptId)?.score ?? 0)).map((o) => ({ ...o, suggestion: score.get(o.receiptId) }));
      })()
    : [];
  const chosen = rows.filter((r) => (amounts[r.receiptId] ?? '').trim() !== '');
  const typed = chosen.reduce((s, r) => s + (toCents(amounts[r.receiptId]) ?? 0), 0);
  const left = (toCents(remaining) ?? 0) - typed;

  function fill(receiptId: string, open: string) {
    const rest = Math.max(0, left + (toCents(amounts[receiptId] ?? '') ?? 0));
    setAmounts({ ...amounts, [receiptId]: fromCents(Math.min(rest, toCents(open) ?? 0)) });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const list = chosen.map((r) => ({ receiptId: r.receiptId, amount: amounts[r.receiptId].trim().replace(',', '.') }));
    const r = await match({ id: paymentId, allocations: list });
    if (r.error) {
      const f = paymentFieldErrors(t, r.error);
      const byReceipt: Record<string, string> = {};
      for (const [field, text] of Object.entries(f)) {
        const m = /^allocations\.(\d+)\./.exec(field);
        if (m && list[Number(m[1])]) byReceipt[list[Number(m[1])].receiptId] = text;
      }
      setErrors(byReceipt);
      if (!Object.keys(byReceipt).length) setMessage(f.allocations ?? errorText(t, r.error));
      return;
    }
    onDone();
  }

  return (
    <Modal opened onClose={onClose} title={t('payments.match.title')} size="xl" centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loading />
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <FormError message={message} onClose={() => setMessage(null)} />
            <Group justify="space-between">
              <Text size="sm">{t('payments.match.hint')}</Text>
              <Badge size="lg" variant="light" color={left < 0 ? 'red' : 'teal'} data-testid="match-left" data-left={fromCents(left)}>
                {t('payments.match.left', { amount: fromCents(left) })}
              </Badge>
            </Group>
            {rows.length === 0 ? (
              <Text c="dimmed">{t('payments.match.noOpenItems')}</Text>
            ) : (
              <Table data-testid="match-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('payments.field.receipt')}</Table.Th>
                    <Table.Th>{t('payments.field.policy')}</Table.Th>
                    <Table.Th>{t('payments.field.dueDate')}</Table.Th>
                    <Table.Th ta="right">{t('payments.field.openAmount')}</Table.Th>
                    <Table.Th>{t('payments.field.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((o) => (
                    <Table.Tr key={o.receiptId} data-testid="match-row" data-receipt={o.receiptNumber}>
                      <Table.Td>
                        {o.receiptNumber}{' '}
                        {o.suggestion?.reasons.map((reason) => (
                          <Badge key={reason} size="xs" variant="light" ml={4}>
                            {t(`payments.match.reason.${reason}`)}
                          </Badge>
                        ))}
                      </Table.Td>
                      <Table.Td>{o.policyNumber}</Table.Td>
                      <Table.Td>{format.day(o.dueDate)}</Table.Td>
                      <Table.Td ta="right">{o.openAmount}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <TextInput
                            size="xs"
                            w={110}
                            aria-label={t('payments.match.amountFor', { receipt: o.receiptNumber })}
                            value={amounts[o.receiptId] ?? ''}
                            onChange={(e) => setAmounts({ ...amounts, [o.receiptId]: e.currentTarget.value })}
                            error={errors[o.receiptId]}
                            inputMode="decimal"
                            data-testid="match-amount"
                          />
                          <Button size="xs" variant="subtle" onClick={() => fill(o.receiptId, o.openAmount)} data-testid="match-fill">
                            {t('payments.match.fill')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={fetching} disabled={!chosen.length} data-testid="confirm-match">
                {t('payments.match.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
