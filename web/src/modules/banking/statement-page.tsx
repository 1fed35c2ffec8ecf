import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { BankFileUpload, postBankFile, type StatementImport } from './bank-file-upload';
import { BankLineQuery, BankLinesQuery, BankStatementsQuery, ConfirmBankLineMutation } from './statement-queries';

const STATE_COLOR: Record<string, string> = { UNMATCHED: 'gray', PROPOSED: 'yellow', MATCHED: 'teal' };

/** Bank statements: import a camt.053 / camt.054, the statements and their lines with their state. */
export function StatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [selected, setSelected] = useState<string | null>(null);
  const [lineId, setLineId] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: BankStatementsQuery, requestPolicy: 'network-only' });
  const statementId = selected ?? data?.bankStatements[0]?.id ?? null;
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function upload(file: File) {
    const r = await postBankFile<StatementImport>('statements', file);
    if (r.error) return { error: r.error };
    const res = r.data!;
    setSelected(res.statements[0]?.id ?? null);
    setLineId(null);
    refetch({ requestPolicy: 'network-only' });
    return { notice: t('bankStatements.imported', { count: res.imported, duplicates: res.duplicates, proposed: res.proposed }) };
  }

  return (
    <Stack>
      <PageHeader title={t('bankStatements.title')} subtitle={t('bankStatements.subtitle')} />
      <BankFileUpload
        title={t('bankStatements.import')}
        label={t('bankStatements.file')}
        testId="statement-file"
        reasonPrefix="bankStatements.importReason"
        canImport={session.can('billing', 'create')}
        upload={upload}
      />
      {data.bankStatements.length === 0 ? (
        <EmptyState title={t('bankStatements.empty')} />
      ) : (
        <Table striped data-testid="statements-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bankStatements.field.statement')}</Table.Th>
              <Table.Th>{t('bankStatements.field.account')}</Table.Th>
              <Table.Th>{t('bankStatements.field.period')}</Table.Th>
              <Table.Th ta="right">{t('bankStatements.field.lines')}</Table.Th>
              <Table.Th ta="right">{t('bankStatements.field.unmatched')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.bankStatements.map((s) => (
              <Table.Tr key={s.id} data-testid="statement-row" data-selected={s.id === statementId}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => (setSelected(s.id), setLineId(null))} fw={s.id === statementId ? 700 : undefined}>
                    {s.statementRef}
                  </Anchor>
                </Table.Td>
                <Table.Td>{s.iban}</Table.Td>
                <Table.Td>{s.fromDate && s.toDate ? t('bankStatements.periodText', { from: format.day(s.fromDate), to: format.day(s.toDate) }) : ''}</Table.Td>
                <Table.Td ta="right" data-testid="statement-lines">
                  {format.number(s.lineCount)}
                </Table.Td>
                <Table.Td ta="right" data-testid="statement-unmatched">
                  {format.number(s.unmatchedCount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {statementId && <StatementLines statementId={statementId} lineId={lineId} onSelect={setLineId} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
    </Stack>
  );
}

function StatementLines({ statementId, lineId, onSelect, onChanged }: { statementId: string; lineId: string | null; onSelect: (id: string | null) => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: BankLinesQuery, variables: { statementId }, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const lines = data.bankTransactions.items;
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('bankStatements.lines')}
      </Title>
      {lines.length === 0 ? (
        <EmptyState title={t('bankStatements.noLines')} />
      ) : (
        <Table striped data-testid="lines-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bankStatements.field.lineNo')}</Table.Th>
              <Table.Th>{t('bankStatements.field.bookingDate')}</Table.Th>
              <Table.Th>{t('bankStatements.field.counterparty')}</Table.Th>
              <Table.Th>{t('bankStatements.field.remittance')}</Table.Th>
              <Table.Th ta="right">{t('bankStatements.field.amount')}</Table.Th>
              <Table.Th>{t('bankStatements.field.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.id} data-testid="line-row" data-line={l.lineNo}>
                <Table.Td>{l.lineNo}</Table.Td>
                <Table.Td>{format.day(l.bookingDate)}</Table.Td>
                <Table.Td>{[l.counterpartyName, l.counterpartyIban].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>{[l.endToEndId, l.remittance].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td ta="right">{t(`bankStatements.direction.${l.direction}`, { amount: l.amount })}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOR[l.state]} variant="light" data-testid="line-state" data-state={l.state}>
                    {t(`bankStatements.state.${l.state}`)}
                  </Badge>
                  {l.settlement && (
                    <Text size="xs" c="dimmed">
                      {t('bankStatements.settlement')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {l.state !== 'MATCHED' && l.direction === 'CRDT' && session.can('billing', 'create') && session.can('collections', 'create') && (
                    <Button size="xs" variant="light" onClick={() => onSelect(l.id)} data-testid="match-line">
                      {t('bankStatements.match')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lineId && (
        <LineMatch
          key={lineId}
          lineId={lineId}
          onDone={() => {
            onSelect(null);
            refetch({ requestPolicy: 'network-only' });
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}

/** The proposals for one line: confirm the best one, split over several receipts, or leave the line open. */
function LineMatch({ lineId, onDone }: { lineId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: BankLineQuery, variables: { id: lineId }, requestPolicy: 'network-only' });
  const [, confirm] = useMutation(ConfirmBankLineMutation);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (error && !data) return <QueryError error={error} />;
  if (!data) return <Loading />;
  const line = data.bankTransaction;
  const settlement = line.proposals.find((p) => p.collectionId);

  async function submit(allocations: Array<{ receiptId: string; amount: string }>) {
    setBusy(true);
    setMessage(null);
    const r = await confirm({ id: lineId, allocations });
    setBusy(false);
    if (r.error) {
      const f = fieldErrors(r.error);
      setMessage(f.length ? f.map((x) => x.message).join(' ') : errorText(t, r.error));
      return;
    }
    onDone();
  }

  return (
    <Paper withBorder p="md" data-testid="line-match">
      <Title order={3} size="h5" mb="sm">
        {t('bankStatements.matchTitle', { line: line.lineNo, amount: line.amount })}
      </Title>
      <FormError message={message} onClose={() => setMessage(null)} />
      {line.proposals.length === 0 ? (
        <Text c="dimmed">{t('bankStatements.noProposals')}</Text>
      ) : (
        <Table data-testid="proposals-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('bankStatements.field.receipt')}</Table.Th>
              <Table.Th>{t('bankStatements.field.client')}</Table.Th>
              <Table.Th>{t('bankStatements.field.dueDate')}</Table.Th>
              <Table.Th>{t('bankStatements.field.reasons')}</Table.Th>
              <Table.Th ta="right">{t('bankStatements.field.openAmount')}</Table.Th>
              <Table.Th>{t('bankStatements.field.allocate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {line.proposals.map((p) => (
              <Table.Tr key={p.receiptId} data-testid="proposal-row" data-receipt={p.receiptNumber}>
                <Table.Td>
                  {!p.collectionId && (
                    <Checkbox
                      aria-label={t('bankStatements.choose', { receipt: p.receiptNumber })}
                      checked={p.receiptId in chosen}
                      onChange={(e) => {
                        const next = { ...chosen };
                        if (e.currentTarget.checked) next[p.receiptId] = p.openAmount;
                        else delete next[p.receiptId];
                        setChosen(next);
                      }}
                      data-testid="proposal-choose"
                    />
                  )}
                </Table.Td>
                <Table.Td>{p.receiptNumber}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${p.clientId}?tab=account`}>
                    {p.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.day(p.dueDate)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.reasons.map((r) => (
                      <Badge key={r} size="xs" variant="outline">
                        {t(`bankStatements.reason.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{p.openAmount}</Table.Td>
                <Table.Td>
                  {p.receiptId in chosen && (
                    <TextInput
                      size="xs"
                      aria-label={t('bankStatements.field.allocate')}
                      value={chosen[p.receiptId]}
                      onChange={(e) => setChosen({ ...chosen, [p.receiptId]: e.currentTarget.value })}
                      data-testid="proposal-amount"
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group mt="sm">
        {settlement && (
          <Button loading={busy} onClick={() => submit([])} data-testid="confirm-settlement">
            {t('bankStatements.confirmSettlement')}
          </Button>
        )}
        {line.proposals.some((p) => !p.collectionId) && (
          <Button loading={busy} disabled={!Object.keys(chosen).length} onClick={() => submit(Object.entries(chosen).map(([receiptId, amount]) => ({ receiptId, amount })))} data-testid="confirm-match">
            {t('bankStatements.confirm')}
          </Button>
        )}
        <Button variant="subtle" onClick={onDone} data-testid="leave-open">
          {t('bankStatements.leaveOpen')}
        </Button>
      </Group>
    </Paper>
  );
}
