import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROME, dayIn } from './calendar.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { ACCOUNTS, CLOSE, POST, REVERSE, STATEMENT, TRIAL, accountsOf, asRuntimeRole, booksBalance, booksSnapshot, type Account } from './ledger-helpers.js';

/**
 * The ledger (issue #13 §1, LE-1) as the accountant uses it: the chart of accounts from the country's
 * template, manual entries that must balance, reversals instead of edits, closed months, the trial
 * balance and account statements — and the database keeping the books even against the run-time role.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant: ledger view/edit/create/export
let marco: GqlClient; // ROSSI agent: no ledger rights
let pieter: GqlClient; // VDBERG administrator
let elena: GqlClient; // agent in ROSSI, read-only in VDBERG
let A: Record<string, Account>;
let clientId: string;

const issues = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, marco, pieter, elena] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin), signedIn(t, USERS.both)]);
  A = await accountsOf(laura);
  clientId = (await createClient(marco, italianPerson())).id;
});
afterAll(async () => t?.stop());

const entry = (lines: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) => ({ entryDate: dayIn(ROME), description: 'Apporto di capitale', lines, ...overrides });

describe('the chart of accounts', () => {
  it('gives an Italian agency the Italian template with the separate premium account and the sub-ledgers', async () => {
    const accounts = (await laura.ok(ACCOUNTS)).ledgerAccounts as Account[];
    expect(accounts.find((a) => a.role === 'premium_account')).toMatchObject({ code: '1210', name: expect.stringContaining('separato premi'), type: 'ASSET', subledger: 'PREMIUM' });
    expect(accounts.find((a) => a.role === 'clients_receivable')).toMatchObject({ code: '1100', subledger: 'CLIENTS' });
    expect(accounts.find((a) => a.role === 'insurers_payable')).toMatchObject({ type: 'LIABILITY', subledger: 'INSURERS' });
    expect(accounts.find((a) => a.role === 'producers_payable')).toMatchObject({ subledger: 'PRODUCERS' });
    expect(accounts.find((a) => a.role === 'bank')).toMatchObject({ subledger: 'BANK' });
  });

  it('gives a Dutch agency the Dutch template (derdengeldenrekening as premium account)', async () => {
    const accounts = (await pieter.ok(ACCOUNTS)).ledgerAccounts as Account[];
    expect(accounts.find((a) => a.role === 'premium_account')).toMatchObject({ code: '1110', name: 'Derdengeldenrekening premies' });
    expect(accounts.find((a) => a.role === 'clients_receivable')?.name).toMatch(/Debiteuren/);
  });
});

describe('manual journal entries', () => {
  it('posts a balanced entry; the trial balance shows its movements and its balances sum to zero', async () => {
    const before = (await laura.ok(TRIAL)).trialBalance;
    const e = (await laura.ok(POST, { input: entry([{ accountId: A.bank.id, debit: '10000.00' }, { accountId: A.equity.id, credit: '10000.00' }]) })).postJournalEntry;
    expect(e).toMatchObject({ source: 'MANUAL', total: '10000.00', lines: [{ lineNo: 1, debit: '10000.00', credit: '0.00', account: { code: '1200' } }, { lineNo: 2, debit: '0.00', credit: '10000.00', account: { code: '3100' } }] });
    const after = (await laura.ok(TRIAL)).trialBalance;
    const bank = (tb: typeof after) => tb.rows.find((r: { account: { role: string } }) => r.account.role === 'bank');
    expect(BigInt(bank(after).balance.replace('.', '')) - BigInt(bank(before).balance.replace('.', ''))).toBe(1_000_000n);
    expect(after.totalBalance).toBe('0.00');
    expect(after.totalDebit).toBe(after.totalCredit);
  });

  it('keeps the account statement with a running balance, line after line', async () => {
    const day = '2026-02-10';
    await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '100.10' }, { accountId: A.equity.id, credit: '100.10' }], { entryDate: day }) });
    await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '0.20' }, { accountId: A.equity.id, credit: '0.20' }], { entryDate: day, description: 'Secondo' }) });
    await laura.ok(POST, { input: entry([{ accountId: A.cash.id, credit: '50.05' }, { accountId: A.equity.id, debit: '50.05' }], { entryDate: day, description: 'Prelievo' }) });
    const s = (await laura.ok(STATEMENT, { id: A.cash.id, from: day, to: day })).accountStatement;
    expect(s.opening).toBe('0.00');
    expect(s.lines.map((l: { debit: string; credit: string; balance: string }) => `${l.debit}/${l.credit}→${l.balance}`)).toEqual(['100.10/0.00→100.10', '0.20/0.00→100.30', '0.00/50.05→50.25']);
    expect([s.total, s.closing]).toEqual([3, '50.25']);
  });

  it('refuses an unbalanced entry, bad amounts, dates, a missing sub-ledger party and a party on the wrong account — naming each field; nothing half-posted', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [entry([{ accountId: A.bank.id, debit: '100.00' }, { accountId: A.equity.id, credit: '99.99' }]), ['lines:unbalanced']],
      [entry([{ accountId: A.bank.id, debit: '100.001' }, { accountId: A.equity.id, credit: '-100' }]), ['lines.0.debit:not_a_decimal', 'lines.1.credit:negative']],
      [entry([{ accountId: A.bank.id, debit: '5', credit: '5' }, { accountId: A.equity.id }]), ['lines.0.credit:both_sides', 'lines.1.debit:zero']],
      [entry([{ accountId: A.bank.id, debit: '5' }]), ['lines:min_two_lines']],
      [entry([{ accountId: A.bank.id, debit: '5' }, { accountId: A.equity.id, credit: '5' }], { entryDate: '2026-02-30', description: ' ' }), ['description:required', 'entryDate:invalid_date']],
      [entry([{ accountId: A.clients_receivable.id, debit: '5' }, { accountId: A.equity.id, credit: '5', clientId }]), ['lines.0.clientId:required', 'lines.1.clientId:not_a_subledger']],
    ];
    for (const [input, expected] of cases) {
      const r = await laura.gql(POST, { input });
      expect([r.errors?.[0]?.extensions?.code, issues(r)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', expected]);
    }
    const r = await laura.gql(POST, { input: { ...entry([]), lines: [{ accountId: A.bank.id, debit: 5 }] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('posts a receivable on the client sub-ledger and shows the client on the statement', async () => {
    await laura.ok(POST, { input: entry([{ accountId: A.clients_receivable.id, debit: '80.00', clientId }, { accountId: A.commission_income.id, credit: '80.00' }], { entryDate: '2026-03-03', description: 'Diritti di agenzia' }) });
    const s = (await laura.ok(STATEMENT, { id: A.clients_receivable.id, from: '2026-03-03', to: '2026-03-03' })).accountStatement;
    expect(s.lines.at(-1)).toMatchObject({ debit: '80.00', partyName: expect.stringMatching(/\w/) });
  });
});

describe('corrections only by reversal', () => {
  it('reverses an entry with its mirror referencing it; a second reversal is a CONFLICT; the balances are back', async () => {
    const tb0 = (await laura.ok(TRIAL)).trialBalance;
    const e = (await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '33.33' }, { accountId: A.equity.id, credit: '33.33' }]) })).postJournalEntry;
    const r = (await laura.ok(REVERSE, { id: e.id, reason: 'Registrato per errore' })).reverseJournalEntry;
    expect(r).toMatchObject({ source: 'REVERSAL', reversesId: e.id, total: '33.33', lines: [{ debit: '0.00', credit: '33.33', account: { code: '1300' } }, { debit: '33.33', credit: '0.00', account: { code: '3100' } }] });
    const again = await laura.gql(REVERSE, { id: e.id, reason: 'ancora' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const tb1 = (await laura.ok(TRIAL)).trialBalance;
    expect(tb1.rows.map((x: { balance: string }) => x.balance)).toEqual(tb0.rows.map((x: { balance: string }) => x.balance));
  });

  it('reverses a reversal of a manual entry, and that one again: a chain of manual entries stays the accountant\'s', async () => {
    const e = (await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '4.44' }, { accountId: A.equity.id, credit: '4.44' }]) })).postJournalEntry;
    const r1 = (await laura.ok(REVERSE, { id: e.id, reason: 'Errore' })).reverseJournalEntry;
    const r2 = (await laura.ok(REVERSE, { id: r1.id, reason: 'Era giusta' })).reverseJournalEntry;
    expect(r2).toMatchObject({ source: 'REVERSAL', reversesId: r1.id, lines: [{ debit: '4.44', credit: '0.00', account: { code: '1300' } }, { debit: '0.00', credit: '4.44', account: { code: '3100' } }] });
    const r3 = (await laura.ok(REVERSE, { id: r2.id, reason: 'No, era sbagliata' })).reverseJournalEntry;
    expect(r3).toMatchObject({ source: 'REVERSAL', reversesId: r2.id });
  });

  it('refuses a reversal without a reason or dated before the entry, naming the field', async () => {
    const e = (await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '1.00' }, { accountId: A.equity.id, credit: '1.00' }]) })).postJournalEntry;
    const r = await laura.gql(REVERSE, { id: e.id, reason: ' ', date: '2020-01-01' });
    expect([r.errors?.[0]?.extensions?.code, issues(r)]).toEqual(['BAD_USER_INPUT', ['entryDate:before_original', 'reason:required']]);
  });
});

describe('closed periods', () => {
  it('closes an ended month; posting into it is refused naming the date; closing it again is a CONFLICT; the current month cannot be closed', async () => {
    await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '7.00' }, { accountId: A.equity.id, credit: '7.00' }], { entryDate: '2024-03-15' }) });
    const closed = (await laura.ok(CLOSE, { m: '2024-03' })).closeLedgerPeriod;
    expect(closed.find((p: { month: string }) => p.month === '2024-03')).toMatchObject({ closedByName: 'Laura Conti' });
    const before = await booksSnapshot(t, 'ROSSI');
    const r = await laura.gql(POST, { input: entry([{ accountId: A.cash.id, debit: '7.00' }, { accountId: A.equity.id, credit: '7.00' }], { entryDate: '2024-03-31' }) });
    expect([r.errors?.[0]?.extensions?.code, issues(r)]).toEqual(['BAD_USER_INPUT', ['entryDate:period_closed']]);
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
    expect(await laura.code(CLOSE, { m: '2024-03' })).toBe('CONFLICT');
    const now = await laura.gql(CLOSE, { m: dayIn(ROME).slice(0, 7) });
    expect(issues(now)).toEqual(['month:not_ended']);
    expect(issues(await laura.gql(CLOSE, { m: '2024-13' }))).toEqual(['month:invalid_month']);
  });

  it('refuses an entry dated in a closed month in the database itself, even from the run-time role', async () => {
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
      try {
        await c.query(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), '2024-03-10', 'x', 'manual')`);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(err).toMatch(/period 2024-03 is closed/);
  });

  it('does not let a closed month be reopened by the run-time role', async () => {
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => c.query(`delete from ledger_period_close where month = '2024-03-01'`).then(() => null, (e: Error) => e.message));
    expect(err).toMatch(/permission denied|append-only/);
  });
});

describe('the database keeps the books', () => {
  it('refuses at commit an unbalanced entry inserted directly by the run-time role', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const { rows } = await c.query(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), (select app_company_today()), 'unbalanced', 'manual') returning id`);
      await c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 1, (select app_company_today()), $2, 100, 0), (app_current_company(), $1, 2, (select app_company_today()), $3, 0, 90)`, [rows[0].id, A.bank.id, A.equity.id]);
      return c.query('commit').then(() => null, (e: Error) => e.message);
    });
    expect(err).toMatch(/does not balance/);
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses UPDATE and DELETE of entries and lines for the run-time role, and a balanced pair slipped into an old entry', async () => {
    const e = (await laura.ok(POST, { input: entry([{ accountId: A.cash.id, debit: '2.00' }, { accountId: A.equity.id, credit: '2.00' }]) })).postJournalEntry;
    const attempts = [
      `update journal_line set debit = 3 where entry_id = '${e.id}' and line_no = 1`,
      `delete from journal_line where entry_id = '${e.id}'`,
      `update journal_entry set description = 'changed' where id = '${e.id}'`,
      `delete from journal_entry where id = '${e.id}'`,
      `insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) select app_current_company(), id, 9, entry_date, '${A.cash.id}', 5, 0 from journal_entry where id = '${e.id}'`,
    ];
    for (const sql of attempts) {
      const err = await asRuntimeRole(t, 'ROSSI', (c) => c.query(sql).then(() => null, (x: Error) => x.message));
      expect(err, sql).toMatch(/permission denied|append-only|same transaction/);
    }
    const again = (await laura.ok(`query($id: ID!) { journalEntry(id: $id) { total description lines { lineNo } } }`, { id: e.id })).journalEntry;
    expect(again).toEqual({ total: '2.00', description: 'Apporto di capitale', lines: [{ lineNo: 1 }, { lineNo: 2 }] });
  });

  it('balances to zero over all the books of all companies (every entry balanced)', async () => {
    const b = await booksBalance(t);
    expect(b.lines).toBeGreaterThan(0);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });
});

describe('rights and other companies', () => {
  it('refuses the ledger to an agent without ledger rights (FORBIDDEN) and posting to a read-only user', async () => {
    expect(await marco.code(TRIAL)).toBe('FORBIDDEN');
    expect(await marco.code(POST, { input: entry([{ accountId: A.bank.id, debit: '1' }, { accountId: A.equity.id, credit: '1' }]) })).toBe('FORBIDDEN');
    await elena.switchTo('VDBERG');
    expect((await elena.ok(TRIAL)).trialBalance.totalBalance).toBe('0.00');
    const V = await accountsOf(elena);
    expect(await elena.code(POST, { input: entry([{ accountId: V.bank.id, debit: '1' }, { accountId: V.equity.id, credit: '1' }]) })).toBe('FORBIDDEN');
    expect(await elena.code(`query($f: String!, $t: String!) { generalLedgerExport(from: $f, to: $t) { fileName } }`, { f: '2026-01-01', t: '2026-12-31' })).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another company's accounts and entries, naming the field, and changes nothing", async () => {
    const V = await accountsOf(pieter);
    const vEntry = (await pieter.ok(POST, { input: entry([{ accountId: V.bank.id, debit: '1.00' }, { accountId: V.equity.id, credit: '1.00' }]) })).postJournalEntry;
    const rossi = await booksSnapshot(t, 'ROSSI');
    const vdberg = await booksSnapshot(t, 'VDBERG');
    const r = await laura.gql(POST, { input: entry([{ accountId: V.bank.id, debit: '1.00' }, { accountId: A.equity.id, credit: '1.00' }]) });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['lines.0.accountId']);
    expect(await laura.code(STATEMENT, { id: V.bank.id })).toBe('NOT_FOUND');
    expect(await laura.code(`query($id: ID!) { journalEntry(id: $id) { id } }`, { id: vEntry.id })).toBe('NOT_FOUND');
    expect(await laura.code(REVERSE, { id: vEntry.id, reason: 'x' })).toBe('NOT_FOUND');
    expect([await booksSnapshot(t, 'ROSSI'), await booksSnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
  });
});

describe('general ledger export', () => {
  it('gives the accountant an XLSX workbook of the journal and the trial balance', async () => {
    const f = (await laura.ok(`query($f: String!, $t: String!) { generalLedgerExport(from: $f, to: $t) { fileName contentType base64 } }`, { f: '2026-01-01', t: '2026-12-31' })).generalLedgerExport;
    expect(f.fileName).toBe('general-ledger-2026-01-01-2026-12-31.xlsx');
    const bytes = Buffer.from(f.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Journal', 'Trial balance']);
    const journal = wb.getWorksheet('Journal')!;
    expect(journal.rowCount).toBeGreaterThan(5);
  });
});
