import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { AddClaimPaymentMutation, SetClaimReserveMutation } from './queries';
import { claimFieldErrors } from './field-errors';

interface Entry {
  seq: number;
  kind: string;
  amount: string;
  entryDate: string;
  payee?: string | null;
  reserveAfter: string;
  paidAfter: string;
  outstandingAfter: string;
}

interface Props {
  claimId: string;
  entries: readonly Entry[];
  totals: { reserveCurrent: string; paidTotal: string; outstandingReserve: string };
  canReserve: boolean;
  canPay: boolean;
  onChanged(): void;
}

/** Reserves and payments with the running totals after each entry; forms to set the reserve and record a payment. */
export function ClaimMoneyPanel({ claimId, entries, totals, canReserve, canPay, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reserve, setReserve] = useState('');
  const [amount, setAmount] = useState('');
  const [payee, setPayee] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [, setReserveMutation] = useMutation(SetClaimReserveMutation);
  const [, payMutation] = useMutation(AddClaimPaymentMutation);

  async function saveReserve() {
    setMessage(null);
    const r = await setReserveMutation({ id: claimId, input: { amount: reserve.trim().replace(',', '.') } });
    if (r.error) {
      const f = claimFieldErrors(t, r.error);
      setErrors({ reserve: f.amount ?? f.entryDate ?? '' });
      if (!f.amount && !f.entryDate) setMessage(errorText(t, r.error));
      return;
    }
    setErrors({});
    setReserve('');
    onChanged();
  }

  async function savePayment() {
    setMessage(null);
    const r = await payMutation({ id: claimId, input: { amount: amount.trim().replace(',', '.'), payee } });
    if (r.error) {
      const f = claimFieldErrors(t, r.error);
      setErrors({ amount: f.amount ?? '', payee: f.payee ?? '' });
      if (!f.amount && !f.payee) setMessage(errorText(t, r.error));
      return;
    }
    setErrors({});
    setAmount('');
    setPayee('');
    onChanged();
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('claims.money.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">{t('claims.money.reserve')}</Text>
            <Text fw={600} data-testid="total-reserve">{totals.reserveCurrent}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">{t('claims.money.paid')}</Text>
            <Text fw={600} data-testid="total-paid">{totals.paidTotal}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">{t('claims.money.outstanding')}</Text>
            <Text fw={600} data-testid="total-outstanding">{totals.outstandingReserve}</Text>
          </Stack>
        </SimpleGrid>
        <FormError message={message} onClose={() => setMessage(null)} />
        {entries.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="money-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('claims.money.date')}</Table.Th>
                  <Table.Th>{t('claims.money.kind')}</Table.Th>
                  <Table.Th>{t('claims.money.amount')}</Table.Th>
                  <Table.Th>{t('claims.money.payee')}</Table.Th>
                  <Table.Th>{t('claims.money.reserve')}</Table.Th>
                  <Table.Th>{t('claims.money.paid')}</Table.Th>
                  <Table.Th>{t('claims.money.outstanding')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.seq} data-testid="money-row">
                    <Table.Td>{format.day(e.entryDate)}</Table.Td>
                    <Table.Td>{t(`claims.money.kinds.${e.kind}`, { defaultValue: e.kind })}</Table.Td>
                    <Table.Td>{e.amount}</Table.Td>
                    <Table.Td>{e.payee ?? ''}</Table.Td>
                    <Table.Td>{e.reserveAfter}</Table.Td>
                    <Table.Td>{e.paidAfter}</Table.Td>
                    <Table.Td>{e.outstandingAfter}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canReserve && (
          <Group align="flex-end">
            <TextInput label={t('claims.money.newReserve')} inputMode="decimal" value={reserve} onChange={(e) => setReserve(e.currentTarget.value)} error={errors.reserve || undefined} data-testid="field-reserve" />
            <Button variant="light" onClick={saveReserve} data-testid="save-reserve">
              {t('claims.money.setReserve')}
            </Button>
          </Group>
        )}
        {canPay && (
          <Group align="flex-end">
            <TextInput label={t('claims.money.amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.amount || undefined} data-testid="field-payment" />
            <TextInput label={t('claims.money.payee')} value={payee} onChange={(e) => setPayee(e.currentTarget.value)} error={errors.payee || undefined} data-testid="field-payee" />
            <Button variant="light" onClick={savePayment} data-testid="save-payment">
              {t('claims.money.addPayment')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
