import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { ACCOUNTS, type Account, asRuntimeRole, booksSnapshot } from './ledger-helpers.js';
import { refusal, rossiPolicy } from './billing-helpers.js';
import { batchSize } from '../src/modules/billing/billing-run.service.js';

/**
 * The ledger's rules checked once per statement (migration 0028, issue #13 Q-6 speed): a billing batch
 * costs the same number of trigger calls whatever its size, and the books keep every rule of migration
 * 0018 — balanced entries at COMMIT (now also an entry whose lines come after its check), lines only
 * into entries of the same transaction on their date, entries stamped with their transaction.
 */
let t: TestPlatform;
let laura: GqlClient;
let A: Record<string, Account>;
const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's; in SQL app_company_today()

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: Error) => e.message);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  laura = await signedIn(t, USERS.rossiAccountant);
  const accounts = (await laura.ok(ACCOUNTS)).ledgerAccounts as Account[];
  const byRole = (role: string) => accounts.find((a) => a.role === role)!;
  A = { bank: byRole('bank'), equity: byRole('equity'), cash: byRole('cash') };
  // counts of function calls per transaction (pg_stat_xact_user_functions), for the run-time role in this database only
  const su = await t.superuser();
  await su.query(`alter role agency_app in database ${t.databaseName} set track_functions = 'all'`);
  await su.end();
});
afterAll(async () => t?.stop());

/** Entries written in one statement, their lines in a second: `lines` per entry as [debit, credit] pairs. */
async function writeEntries(c: pg.Client, lines: Array<Array<[number, number]>>): Promise<string[]> {
  const { rows } = await c.query<{ id: string }>(
    `insert into journal_entry (company_id, entry_date, description, source) select app_current_company(), (select app_company_today()), 'test ' || g, 'manual' from generate_series(1, $1::int) g returning id`,
    [lines.length],
  );
  const values: unknown[] = [];
  const tuples: string[] = [];
  lines.forEach((entry, i) =>
    entry.forEach(([debit, credit], j) => {
      values.push(rows[i].id, j + 1, debit ? A.bank.id : A.equity.id, debit, credit);
      const k = values.length;
      tuples.push(`(app_current_company(), $${k - 4}::uuid, $${k - 3}::int, (select app_company_today()), $${k - 2}::uuid, $${k - 1}::numeric, $${k}::numeric)`);
    }),
  );
  await c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values ${tuples.join(', ')}`, values);
  return rows.map((r) => r.id);
}

describe('the ledger checks each statement once, not each row', () => {
  it('issues a billing batch with a constant number of ledger trigger calls, whatever its size (no per-row look-ups)', async () => {
    const [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
    const P = await rossiPolicy(giulia, marco, 'STMT', { paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2027-01-01', coverEnd: '2027-12-31' });
    expect(P.installments).toHaveLength(12);
    const batch = (ids: string[]) =>
      asRuntimeRole(t, 'ROSSI', async (c) => {
        const { rows: [r] } = await c.query<{ n: number }>(`select count(*)::int as n from billing_issue_receipts($1::uuid[], null, null, 100, $2::date, null, null)`, [ids, today]);
        await c.query('set constraints journal_entry_balanced immediate');
        const { rows } = await c.query<{ funcname: string; calls: number }>(`select funcname, calls::int from pg_stat_xact_user_functions where funcname <> 'billing_issue_receipts' order by funcname`);
        return { issued: r.n, calls: Object.fromEntries(rows.map((x) => [x.funcname, x.calls])) };
      });
    const small = await batch(P.installments.slice(0, 2).map((i) => i.id));
    const large = await batch(P.installments.map((i) => i.id));
    expect([small.issued, large.issued]).toEqual([2, 12]);
    // each of the ledger's checks runs once per statement: the same calls for 2 receipts as for 12
    expect(large.calls).toEqual(small.calls);
    expect(large.calls).toMatchObject({ ledger_entries_written: 1, ledger_lines_written: 1, ledger_entries_balanced: 1 });
    // the named rows' look-ups of migration 0045, once per statement and table: the documents' run, the lines' accounts, clients and insurers
    expect(large.calls).toMatchObject({ premium_documents_written: 1, ledger_line_names_held: 1, named_rows_held: 4 });
    // and migration 0046's: the documents' policies and installments, one call for the statement
    expect(large.calls).toMatchObject({ premium_document_parties_held: 1 });
    expect(Object.values(large.calls).every((n) => n <= 4)).toBe(true);
  });

  it('issues a billing run in batches of 2000 installments by default (the per-batch cost spread over more receipts)', () => {
    const saved = process.env.BILLING_BATCH_SIZE;
    delete process.env.BILLING_BATCH_SIZE;
    try {
      expect(batchSize()).toBe(2000);
    } finally {
      if (saved !== undefined) process.env.BILLING_BATCH_SIZE = saved;
    }
  });

  it('still refuses at commit an unbalanced entry among balanced ones written in the same statements, naming it', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const { err, ids } = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const ids = await writeEntries(c, [[[10, 0], [0, 10]], [[25, 0], [0, 20]], [[3, 0], [0, 3]]]);
      return { ids, err: await errorOf(c.query('commit')) };
    });
    expect(err).toMatch(new RegExp(`journal entry ${ids[1]} does not balance \\(debit 25\\.00, credit 20\\.00, 2 lines\\)`));
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses at commit an entry without lines or with a single line', async () => {
    for (const lines of [[], [[5, 0]]] as Array<Array<[number, number]>>) {
      const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
        const { rows } = await c.query<{ id: string }>(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), (select app_company_today()), 'bare', 'manual') returning id`);
        for (const [i, [d, cr]] of lines.entries()) {
          await c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, $2, (select app_company_today()), $3, $4, $5)`, [rows[0].id, i + 1, A.bank.id, d, cr]);
        }
        return errorOf(c.query('commit'));
      });
      expect(err).toMatch(/does not balance/);
    }
  });

  it('accepts the lines of one entry written one statement at a time, checked at commit', async () => {
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const { rows } = await c.query<{ id: string }>(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), (select app_company_today()), 'line by line', 'manual') returning id`);
      await c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 1, (select app_company_today()), $2, 4, 0)`, [rows[0].id, A.cash.id]);
      await c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 2, (select app_company_today()), $2, 0, 4)`, [rows[0].id, A.equity.id]);
      await c.query('set constraints journal_entry_balanced immediate');
      return null;
    });
    expect(err).toBeNull();
  });

  it('refuses a line added to an entry after its balance was checked in the same transaction', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const [id] = await writeEntries(c, [[[8, 0], [0, 8]]]);
      await c.query('set constraints journal_entry_balanced immediate');
      await c.query('set constraints journal_entry_balanced deferred');
      const late = await errorOf(c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 3, (select app_company_today()), $2, 100, 0)`, [id, A.bank.id]));
      return late ?? errorOf(c.query('commit'));
    });
    expect(err).toMatch(/same transaction|does not balance/);
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses a line dated otherwise than its entry', async () => {
    const err = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const { rows } = await c.query<{ id: string }>(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), (select app_company_today()), 'dated', 'manual') returning id`);
      return errorOf(c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 1, (select app_company_today()) - 1, $2, 1, 0), (app_current_company(), $1, 2, (select app_company_today()), $3, 0, 1)`, [rows[0].id, A.bank.id, A.equity.id]));
    });
    expect(err).toMatch(/carries its entry's date/);
  });

  it("keys a line by its entry and number (migration 0047): a second line with an entry's number is refused, and a line has no id of its own", async () => {
    const refused = await asRuntimeRole(t, 'ROSSI', async (c) => {
      const { rows } = await c.query<{ id: string }>(`insert into journal_entry (company_id, entry_date, description, source) values (app_current_company(), (select app_company_today()), 'twice line 1', 'manual') returning id`);
      return refusal(c.query(`insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit) values (app_current_company(), $1, 1, (select app_company_today()), $2, 3, 0), (app_current_company(), $1, 1, (select app_company_today()), $3, 0, 3)`, [rows[0].id, A.bank.id, A.equity.id]));
    });
    expect(refused).toEqual(['23505', 'journal_line_pkey']);
    const su = await t.superuser();
    try {
      const { rows: [key] } = await su.query<{ columns: string[] }>(
        `select array_agg(a.attname::text order by k.n) as columns
           from pg_constraint c cross join unnest(c.conkey) with ordinality k(attnum, n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
          where c.conrelid = 'journal_line'::regclass and c.contype = 'p'`,
      );
      expect(key.columns).toEqual(['company_id', 'entry_id', 'line_no']);
      const { rows: ids } = await su.query(`select 1 from pg_attribute where attrelid = 'journal_line'::regclass and attname = 'id' and not attisdropped`);
      expect(ids).toHaveLength(0);
    } finally {
      await su.end();
    }
  });

  it('stamps every entry with the transaction writing it: an entry claiming another transaction is refused', async () => {
    const err = await asRuntimeRole(t, 'ROSSI', (c) =>
      errorOf(c.query(`insert into journal_entry (company_id, entry_date, description, source, created_txid) values (app_current_company(), (select app_company_today()), 'forged', 'manual', txid_current() + 1)`)),
    );
    expect(err).toMatch(/stamped with the transaction writing it/);
  });

  it('gives the run-time role no access to the pending checks of the books', async () => {
    for (const sql of [`select * from ledger_entry_check`, `delete from ledger_line_check`, `insert into ledger_entry_check (company_id, entry_ids, entry_dates) values (app_current_company(), '{}', '{}')`]) {
      const err = await asRuntimeRole(t, 'ROSSI', (c) => errorOf(c.query(sql)));
      expect(err, sql).toMatch(/permission denied/);
    }
  });
});
