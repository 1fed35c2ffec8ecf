import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError, Loading, QueryError } from '../../components/query-state';
import { downloadBase64 } from '../../components/download';
import { errorText } from '../../graphql/error-text';
import { useSession } from '../../session/session-context';
import { CloseLedgerPeriodMutation, LedgerExportFileQuery, StartGeneralLedgerExportMutation, TrialBalanceQuery } from './queries';
import { ExportProgress } from './export-progress';
import { moneyFieldErrors } from './field-errors';

const yearStart = () => `${new Date().toISOString().slice(0, 4)}-01-01`;
const today = () => new Date().toISOString().slice(0, 10);

/** The trial balance (LE-1): per account the opening balance, the range's debits and credits, the balance; closed months; export. */
export function TrialBalancePage() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useClient();
  const [range, setRange] = useState({ from: yearStart(), to: today() });
  const [applied, setApplied] = useState(range);
  const [month, setMonth] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: TrialBalanceQuery, variables: applied, requestPolicy: 'cache-and-network' });
  const [, close] = useMutation(CloseLedgerPeriodMutation);
  const [, startExport] = useMutation(StartGeneralLedgerExportMutation);
  const [exporting, setExporting] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const tb = data?.trialBalance;
  if (!tb) return <Loading />;

  // small ranges come back done at once; large ones run as a job whose progress is shown (EX-4)
  async function exportXlsx() {
    setMessage(null);
    const r = await startExport(applied);
    if (r.error || !r.data) return setMessage(errorText(t, r.error));
    const started = r.data.startGeneralLedgerExport;
    if (started.status !== 'DONE') return setExporting(started.id);
    const f = await client.query(LedgerExportFileQuery, { id: started.id }, { requestPolicy: 'network-only' }).toPromise();
    if (f.error || !f.data) return setMessage(errorText(t, f.error));
    downloadBase64(f.data.ledgerExportFile.fileName, f.data.ledgerExportFile.base64, f.data.ledgerExportFile.contentType);
  }

  async function closeMonth(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await close({ month: month.trim() });
    if (r.error) {
      const f = moneyFieldErrors(t, r.error);
      setErrors(f);
      if (!f.month) setMessage(errorText(t, r.error));
      return;
    }
    setErrors({});
    setMonth('');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <PageHeader
        title={t('ledger.trial.title')}
        subtitle={t('ledger.trial.subtitle')}
        actions={
          <Group>
            {session.can('ledger', 'export') && (
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportXlsx} disabled={!!exporting} data-testid="ledger-export">
                {t('ledger.trial.export')}
              </Button>
            )}
            {session.can('ledger', 'edit') && (
              <Button component={Link} to="/ledger/entries/new" leftSection={<IconPlus size={16} />}>
                {t('ledger.nav.newEntry')}
              </Button>
            )}
          </Group>
        }
      />
      <FormError message={message} onClose={() => setMessage(null)} />
      {exporting && <ExportProgress exportId={exporting} onDone={() => setExporting(null)} onError={(m) => (setExporting(null), setMessage(m))} />}
      <Paper withBorder p="md">
        <Group align="end">
          <TextInput type="date" label={t('ledger.field.from')} value={range.from} onChange={(e) => setRange({ ...range, from: e.currentTarget.value })} data-testid="field-from" />
          <TextInput type="date" label={t('ledger.field.to')} value={range.to} onChange={(e) => setRange({ ...range, to: e.currentTarget.value })} data-testid="field-to" />
          <Button onClick={() => setApplied(range)} data-testid="apply-range">
            {t('ledger.trial.show')}
          </Button>
        </Group>
      </Paper>
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="trial-balance">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ledger.field.account')}</Table.Th>
              <Table.Th>{t('ledger.field.name')}</Table.Th>
              <Table.Th ta="right">{t('ledger.field.opening')}</Table.Th>
              <Table.Th ta="right">{t('ledger.field.debit')}</Table.Th>
              <Table.Th ta="right">{t('ledger.field.credit')}</Table.Th>
              <Table.Th ta="right">{t('ledger.field.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tb.rows.map((r) => (
              <Table.Tr key={r.account.id} data-testid="trial-row" data-code={r.account.code}>
                <Table.Td>
                  <Anchor component={Link} to={`/ledger/accounts/${r.account.id}`}>
                    {r.account.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.account.name}</Table.Td>
                <Table.Td ta="right">{r.opening}</Table.Td>
                <Table.Td ta="right">{r.debit}</Table.Td>
                <Table.Td ta="right">{r.credit}</Table.Td>
                <Table.Td ta="right" data-testid="trial-balance-cell">{r.balance}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('ledger.trial.total')}</Table.Th>
              <Table.Th ta="right" data-testid="total-debit">{tb.totalDebit}</Table.Th>
              <Table.Th ta="right" data-testid="total-credit">{tb.totalCredit}</Table.Th>
              <Table.Th ta="right" data-testid="total-balance">{tb.totalBalance}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('ledger.periods.title')}
        </Title>
        {data.ledgerClosedPeriods.length === 0 ? (
          <Text c="dimmed">{t('ledger.periods.none')}</Text>
        ) : (
          <Text data-testid="closed-periods">{data.ledgerClosedPeriods.map((p) => p.month).join(', ')}</Text>
        )}
        {session.can('ledger', 'edit') && (
          <form onSubmit={closeMonth}>
            <Group align="end" mt="sm">
              <TextInput label={t('ledger.periods.month')} placeholder={t('ledger.periods.monthHint')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} error={errors.month} data-testid="field-month" />
              <Button type="submit" variant="default" data-testid="close-period">
                {t('ledger.periods.close')}
              </Button>
            </Group>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
