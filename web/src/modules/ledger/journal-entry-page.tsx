import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError, Loading } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { LedgerAccountsQuery, PostJournalEntryMutation } from './queries';
import { moneyFieldErrors } from './field-errors';

interface Line {
  accountId: string | null;
  debit: string;
  credit: string;
}

const cents = (v: string) => {
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(v.trim());
  return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0') : 0n;
};
const show = (c: bigint) => `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;

/** A manual journal entry (ledger:edit): date, description, lines; the server checks that it balances and names each field. */
export function JournalEntryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: LedgerAccountsQuery });
  const [, post] = useMutation(PostJournalEntryMutation);
  const [entryDate, setEntryDate] = useState(new Date().toISOString().slice(0, 10));
  const [description, setDescription] = useState('');
  const [lines, setLines] = useState<Line[]>([
    { accountId: null, debit: '', credit: '' },
    { accountId: null, debit: '', credit: '' },
  ]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return <Loading />;
  const accounts = data.ledgerAccounts.map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }));
  const debit = lines.reduce((s, l) => s + cents(l.debit), 0n);
  const credit = lines.reduce((s, l) => s + cents(l.credit), 0n);
  const setLine = (i: number, patch: Partial<Line>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await post({
      input: {
        entryDate,
        description,
        lines: lines.map((l) => ({ accountId: l.accountId ?? '', debit: l.debit.trim().replace(',', '.') || null, credit: l.credit.trim().replace(',', '.') || null })),
      },
    });
    if (r.error) {
      const f = moneyFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length || f.lines) setMessage(f.lines ?? errorText(t, r.error));
      return;
    }
    navigate('/ledger');
  }

  return (
    <Stack>
      <PageHeader title={t('ledger.entry.title')} subtitle={t('ledger.entry.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      <Paper withBorder p="md" component="form" onSubmit={submit}>
        <Stack>
          <Group grow>
            <TextInput type="date" label={t('ledger.field.date')} value={entryDate} onChange={(e) => setEntryDate(e.currentTarget.value)} error={errors.entryDate} data-testid="field-entryDate" />
            <TextInput label={t('ledger.field.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} data-testid="field-description" />
          </Group>
          {lines.map((l, i) => (
            <Group key={i} align="start" grow data-testid="entry-line">
              <Select
                label={t('ledger.field.account')}
                data={accounts}
                value={l.accountId}
                onChange={(v) => setLine(i, { accountId: v })}
                searchable
                error={errors[`lines.${i}.accountId`] ?? errors[`lines.${i}.clientId`] ?? errors[`lines.${i}.insurerId`]}
                data-testid={`field-account-${i}`}
              />
              <TextInput label={t('ledger.field.debit')} inputMode="decimal" value={l.debit} onChange={(e) => setLine(i, { debit: e.currentTarget.value })} error={errors[`lines.${i}.debit`]} data-testid={`field-debit-${i}`} />
              <TextInput label={t('ledger.field.credit')} inputMode="decimal" value={l.credit} onChange={(e) => setLine(i, { credit: e.currentTarget.value })} error={errors[`lines.${i}.credit`]} data-testid={`field-credit-${i}`} />
              <ActionIcon variant="subtle" mt={28} aria-label={t('ledger.entry.removeLine')} disabled={lines.length <= 2} onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setLines([...lines, { accountId: null, debit: '', credit: '' }])}>
              {t('ledger.entry.addLine')}
            </Button>
            <Text data-testid="entry-difference" c={debit === credit ? 'teal' : 'red'}>
              {t('ledger.entry.difference', { amount: show(debit - credit) })}
            </Text>
          </Group>
          <Group justify="end">
            <Button type="submit" data-testid="post-entry">
              {t('ledger.entry.post')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
