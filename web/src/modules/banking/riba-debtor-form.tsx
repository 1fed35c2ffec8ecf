import { useState } from 'react';
import { Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { translatedFieldErrors } from '../../graphql/errors';
import { ClientRibaDebtorQuery, SetRibaDebtorMutation } from './riba-queries';

/**
 * On the client card's Mandates tab: whether the client pays by RiBa and from which of its bank
 * accounts (an Italian IBAN: the bank's ABI and CAB are read from it). Needs billing:edit.
 */
export function RibaDebtorForm({ clientId, accounts }: { clientId: string; accounts: ReadonlyArray<{ id: string; iban: string; holder: string }> }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: ClientRibaDebtorQuery, variables: { clientId }, requestPolicy: 'network-only' });
  const [{ fetching }, save] = useMutation(SetRibaDebtorMutation);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const current = data?.ribaDebtors[0] ?? null;
  const chosen = accountId ?? accounts.find((a) => a.iban === current?.iban)?.id ?? accounts[0]?.id ?? null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await save({ clientId, bankAccountId: chosen });
    if (r.error) {
      const f = translatedFieldErrors(t, r.error, ['riba.debtorReason', 'riba.fieldReason']).bankAccountId;
      setFieldError(f ?? null);
      if (!f) setMessage(errorText(t, r.error));
      return;
    }
    setFieldError(null);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="riba-debtor-form">
      <Title order={3} size="h5" mb="xs">
        {t('riba.debtor.title')}
      </Title>
      <FormError message={message} onClose={() => setMessage(null)} />
      <Text size="sm" mb="sm" data-testid="riba-debtor-current">
        {current ? t('riba.debtor.current', { iban: current.iban, abi: current.abi, cab: current.cab }) : t('riba.debtor.none')}
      </Text>
      {accounts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('banking.mandate.noAccount')}
        </Text>
      ) : (
        <Group align="start">
          <Select
            label={t('riba.debtor.account')}
            data={accounts.map((a) => ({ value: a.id, label: `${a.iban} · ${a.holder}` }))}
            value={chosen}
            onChange={(x) => {
              setAccountId(x);
              setFieldError(null);
            }}
            error={fieldError}
            allowDeselect={false}
            data-testid="riba-debtor-account"
          />
          <Button type="submit" mt={24} loading={fetching} data-testid="save-riba-debtor">
            {current ? t('riba.debtor.change') : t('riba.debtor.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
