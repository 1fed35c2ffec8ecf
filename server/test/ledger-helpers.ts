import pg from 'pg';
import type { GqlClient, TestPlatform } from './harness.js';

/** Shared pieces of the ledger and billing tests. */
export const ACCOUNTS = `{ ledgerAccounts { id code name type subledger role } }`;
export const TRIAL = `query($from: String, $to: String) { trialBalance(from: $from, to: $to) { from to totalDebit totalCredit totalBalance rows { account { id code role } opening debit credit balance } } }`;
export const STATEMENT = `query($id: ID!, $from: String, $to: String, $first: Int) { accountStatement(accountId: $id, from: $from, to: $to, first: $first) { opening closing total lines { entryId entryDate description source debit credit balance partyName } } }`;
export const POST = `mutation($input: JournalEntryInput!) { postJournalEntry(input: $input) { id entryDate description source total reversesId reversedById lines { lineNo debit credit clientId insurerId account { code } } } }`;
export const REVERSE = `mutation($id: ID!, $reason: String!, $date: String) { reverseJournalEntry(id: $id, reason: $reason, entryDate: $date) { id source reversesId total lines { lineNo debit credit account { code } } } }`;
export const CLOSE = `mutation($m: String!) { closeLedgerPeriod(month: $m) { month closedByName } }`;

export type Account = { id: string; code: string; name: string; type: string; subledger: string | null; role: string | null };

export async function accountsOf(c: GqlClient): Promise<Record<string, Account>> {
  const r = await c.ok<{ ledgerAccounts: Account[] }>(ACCOUNTS);
  return Object.fromEntries(r.ledgerAccounts.map((a) => [a.role ?? a.code, a]));
}

/** A hash of a company's ledger and billing rows (superuser, outside the app): "nothing changed" checks. */
export async function booksSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['ledger_account', 'ledger_period_close', 'journal_entry', 'journal_line', 'premium_document', 'billing_counter', 'billing_run']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}

/** Σ debit − Σ credit over every line of every company, and the entries that do not balance (superuser). */
export async function booksBalance(t: TestPlatform): Promise<{ difference: string; unbalanced: number; lines: number }> {
  const su = await t.superuser();
  try {
    const r = await su.query(`
      select (select coalesce(sum(debit) - sum(credit), 0)::text from journal_line) as difference,
             (select count(*) from (select entry_id from journal_line group by entry_id having sum(debit) <> sum(credit)) x)::int as unbalanced,
             (select count(*) from journal_line)::int as lines`);
    return r.rows[0];
  } finally {
    await su.end();
  }
}

/** A connection as the platform's run-time role (not owner, not superuser), scoped to a company as a request would be. */
export async function asRuntimeRole<T>(t: TestPlatform, companyCode: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const su = await t.superuser();
  const { rows } = await su.query<{ id: string }>(`select id from company where code = $1`, [companyCode]);
  await su.end();
  const c = new pg.Client({ connectionString: t.urls.appUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`select set_config('app.company_id', $1, true)`, [rows[0].id]);
    return await fn(c);
  } finally {
    await c.query('rollback').catch(() => undefined);
    await c.end();
  }
}
