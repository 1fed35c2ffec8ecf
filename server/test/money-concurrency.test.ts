import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { CREDIT, ISSUE, RESUME_RUN, START_RUN, rossiPolicy, waitForRun } from './billing-helpers.js';
import { CLOSE, booksBalance } from './ledger-helpers.js';
import { GET_PAYMENT, MATCH, RECORD, REMIT, clientWithReceipts, codeOf, fieldsOf } from './payments-helpers.js';

/**
 * Concurrency of the money modules, as two people (two signed-in sessions, two HTTP requests at once)
 * would meet. Each race is made certain, not left to timing: a superuser connection holds a lock one
 * request needs at a chosen point, the other request is sent meanwhile, and the lock is released only
 * when both are in the database (waiting on a lock) or the second has answered. Then the books, the open
 * amounts and the documents are checked:
 *   - a credit note racing a matching of its receipt: never a cancelled receipt with payments on it;
 *   - a month closed while a payment is posted into it: the close waits for it, so what the closed month
 *     shows when the close answers is what it keeps; a payment posted while the month is being closed
 *     waits and is refused on its date;
 *   - a failed billing run resumed twice at once: queued once, the second resume is a CONFLICT;
 *   - two billing runs started at once: one runs, the other is a CONFLICT naming it;
 *   - a receipt issued (dated last year) while a billing run (this year) bills the same installment: the
 *     run skips it and completes, one receipt per installment, numbers without gaps;
 *   - two remittances of the same insurer and period at once: the receipts are remitted once.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant
let laura2: GqlClient; // the same accountant in a second browser
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent
const today = dayIn(ROME);

/** How many backends of this test's database wait for a lock (row, table, transaction or advisory). */
async function lockWaiters(su: pg.Client): Promise<number> {
  const r = await su.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`);
  return r.rows[0].n;
}
async function until(cond: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out waiting for the race to be set up');
    await new Promise((r) => setTimeout(r, 50));
  }
}
/** A request sent now, and whether it has answered yet. */
function sent<T>(p: Promise<T>): { answer: Promise<T>; done: () => boolean } {
  let done = false;
  const answer = p.finally(() => {
    done = true;
  });
  return { answer, done: () => done };
}
async function balanced() {
  const b = await booksBalance(t);
  expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
}

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, laura2, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
});
afterAll(async () => t?.stop());

describe('money at the same time', () => {
  it('never leaves a receipt both cancelled by a credit note and matched: the matching that comes second is refused on the receipt', async () => {
    const C = await clientWithReceipts(giulia, marco, laura, 'RACEA', 1);
    const receipt = C.receipts[0];
    const p = (await laura.ok(RECORD, { input: { clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '100.00' } })).recordPayment;
    const su = await t.superuser();
    try {
      // the credit note passes its checks, then waits for its number (the counter held here)
      await su.query('begin');
      await su.query('lock table billing_counter in share mode');
      const credit = sent(laura.gql(CREDIT, { id: receipt.id, reason: 'Storno' }));
      await until(async () => (await lockWaiters(su)) >= 1);
      const match = sent(laura2.gql(MATCH, { id: p.id, a: [{ receiptId: receipt.id, amount: '100.00' }] }));
      await until(async () => match.done() || (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const [c, m] = await Promise.all([credit.answer, match.answer]);
      expect(c.errors).toBeUndefined();
      expect([codeOf(m), fieldsOf(m)]).toEqual(['BAD_USER_INPUT', ['allocations.0.receiptId:cancelled']]);
      const { rows } = await su.query(`select credited, allocated::text from receipt_open_item where receipt_id = $1`, [receipt.id]);
      expect(rows).toEqual([{ credited: true, allocated: '0.00' }]);
      expect((await laura.ok(GET_PAYMENT, { id: p.id })).payment).toMatchObject({ allocated: '0.00', remaining: '100.00', allocations: [] });
    } finally {
      await su.end();
    }
    await balanced();
  });

  it('cancels a receipt once when two credit notes of it, dated in different years, are issued at once: the second is a CONFLICT naming the first', async () => {
    const C = await clientWithReceipts(giulia, marco, laura, 'RACEN', 1);
    const receipt = C.receipts[0];
    const nextYear = `${Number(today.slice(0, 4)) + 1}-01-05`;
    const su = await t.superuser();
    try {
      // both credit notes pass their checks, then wait to lock the receipt's open item (the table held here)
      await su.query('begin');
      await su.query('lock table money_open_item in share mode');
      const a = sent(laura.gql(CREDIT, { id: receipt.id, reason: 'Storno', date: today }));
      const b = sent(laura2.gql(CREDIT, { id: receipt.id, reason: 'Storno', date: nextYear }));
      await until(async () => (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const answers = await Promise.all([a.answer, b.answer]);
      const issued = answers.find((r) => !r.errors)?.data?.issueCreditNote;
      const refused = answers.find((r) => r.errors);
      expect(issued).toMatchObject({ kind: 'CREDIT_NOTE' });
      expect(refused?.errors?.[0]).toMatchObject({ message: 'This receipt has already been cancelled.', extensions: { code: 'CONFLICT', creditNoteId: issued.id } });
      const { rows } = await su.query(`select count(*)::int as n from premium_document where credits_id = $1`, [receipt.id]);
      expect(rows[0].n).toBe(1);
    } finally {
      await su.end();
    }
    await balanced();
  });

  it('closes a month only after the payment being posted into it has committed: the closed month keeps what it showed when closed', async () => {
    const C = await clientWithReceipts(giulia, marco, laura, 'RACEB', 1);
    const su = await t.superuser();
    const inMonth = async () => Number((await su.query(`select count(*)::int as n from journal_entry where entry_date between '2025-03-01' and '2025-03-31'`)).rows[0].n);
    const reader = await t.superuser();
    try {
      // the payment's entry is written, its lines wait (the lines' table held here)
      await su.query('begin');
      await su.query('lock table journal_line in share mode');
      const pay = sent(laura.gql(RECORD, { input: { clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: '2025-03-10', amount: '50.00' } }));
      await until(async () => (await lockWaiters(su)) >= 1);
      // what the month holds at the moment the close answers
      const close = sent(
        laura2.gql(CLOSE, { m: '2025-03' }).then(async (r: GqlResult) => ({ r, entries: Number((await reader.query(`select count(*)::int as n from journal_entry where entry_date between '2025-03-01' and '2025-03-31'`)).rows[0].n) })),
      );
      await until(async () => close.done() || (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const [p, c] = await Promise.all([pay.answer, close.answer]);
      expect(p.errors).toBeUndefined();
      expect(c.r.errors).toBeUndefined();
      expect(await inMonth()).toBe(c.entries);
    } finally {
      await su.end();
      await reader.end();
    }
    await balanced();
  });

  it('refuses on its date a payment posted while its month is being closed', async () => {
    const C = await clientWithReceipts(giulia, marco, laura, 'RACEC', 1);
    const su = await t.superuser();
    try {
      // the close has begun (its row waits: the closes' table held here)
      await su.query('begin');
      await su.query('lock table ledger_period_close in share mode');
      const close = sent(laura2.gql(CLOSE, { m: '2025-04' }));
      await until(async () => (await lockWaiters(su)) >= 1);
      const pay = sent(laura.gql(RECORD, { input: { clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: '2025-04-10', amount: '50.00' } }));
      await until(async () => pay.done() || (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const [c, p] = await Promise.all([close.answer, pay.answer]);
      expect(c.errors).toBeUndefined();
      expect([codeOf(p), fieldsOf(p)]).toEqual(['BAD_USER_INPUT', ['paymentDate:period_closed']]);
      const { rows } = await su.query(`select count(*)::int as n from journal_entry where entry_date between '2025-04-01' and '2025-04-30' and source = 'payment'`);
      expect(rows[0].n).toBe(0);
    } finally {
      await su.end();
    }
    await balanced();
  });

  it('bills an installment once when a receipt dated last year races a billing run of this year: the run skips it and completes, numbers without gaps', async () => {
    const P = await rossiPolicy(giulia, marco, 'RACED', { paymentFrequency: 'QUARTERLY', coverStart: '2027-01-01', coverEnd: '2027-12-31' });
    const lastYear = Number(today.slice(0, 4)) - 1;
    const su = await t.superuser();
    try {
      // the single receipt is written, then waits on its policy (held here) before it commits
      await su.query('begin');
      await su.query('select 1 from policy where id = $1 for update', [P.policyId]);
      const single = sent(laura2.gql(ISSUE, { id: P.installments[0].id, date: `${lastYear}-12-31` }));
      await until(async () => (await lockWaiters(su)) >= 1);
      const started = (await laura.ok(START_RUN, { input: { dueFrom: '2027-01-01', dueTo: '2027-12-31', issueDate: today } })).startBillingRun;
      await until(async () => (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const s = await single.answer;
      expect(s.errors).toBeUndefined();
      expect(s.data?.issuePremiumReceipt).toMatchObject({ installmentId: P.installments[0].id, year: lastYear });
      const run = await waitForRun(laura, started.id);
      expect(run).toMatchObject({ status: 'DONE', error: null });
      const { rows } = await su.query(`select installment_id, count(*)::int as n from premium_document where policy_id = $1 and kind = 'receipt' group by 1`, [P.policyId]);
      expect(rows).toHaveLength(P.installments.length);
      expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
      const gaps = await su.query(
        `select company_id, year, count(*)::int as n, min(number) as lo, max(number) as hi, count(distinct number)::int as d from premium_document where series = 'Q' group by 1, 2`,
      );
      for (const g of gaps.rows) expect([g.lo, g.hi, g.d]).toEqual([1, g.n, g.n]);
    } finally {
      await su.end();
    }
    await balanced();
  });

  it('queues a failed run once when it is resumed twice at once: the second resume is a CONFLICT', async () => {
    const su = await t.superuser();
    try {
      const { rows } = await su.query(`insert into billing_run (company_id, due_from, due_to, issue_date, status, total, error, finished_at)
        values ((select id from company where code = 'ROSSI'), '2031-01-01', '2031-01-31', $1::date, 'failed', 0, 'a batch failed', now()) returning id`, [today]);
      const id = rows[0].id as string;
      // both resumes have read the run as failed and wait to change it (its row held here)
      await su.query('begin');
      await su.query('select 1 from billing_run where id = $1 for update', [id]);
      const a = sent(laura.gql(RESUME_RUN, { id }));
      const b = sent(laura2.gql(RESUME_RUN, { id }));
      await until(async () => (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const answers = await Promise.all([a.answer, b.answer]);
      expect(answers.map((r) => codeOf(r) ?? r.data?.resumeBillingRun.status).sort()).toEqual(['CONFLICT', 'QUEUED']);
      expect(await waitForRun(laura, id)).toMatchObject({ status: 'DONE' });
    } finally {
      await su.end();
    }
  });

  it('starts one billing run when two are started at once: the second is a CONFLICT naming the run under way', async () => {
    const su = await t.superuser();
    try {
      // both starts find no run under way, then wait to write theirs (the table held here in share mode)
      await su.query('begin');
      await su.query('lock table billing_run in share mode');
      const input = { dueFrom: '2032-01-01', dueTo: '2032-01-31', issueDate: today };
      const a = sent(laura.gql(START_RUN, { input }));
      const b = sent(laura2.gql(START_RUN, { input }));
      await until(async () => (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const answers = await Promise.all([a.answer, b.answer]);
      const started = answers.find((r) => !r.errors)?.data?.startBillingRun;
      const refused = answers.find((r) => r.errors);
      expect(started).toMatchObject({ status: 'QUEUED' });
      expect(refused?.errors?.[0]).toMatchObject({ message: 'A billing run is already under way.', extensions: { code: 'CONFLICT', runId: started.id } });
      expect(await waitForRun(laura, started.id)).toMatchObject({ status: 'DONE' });
      const { rows } = await su.query(`select count(*)::int as n from billing_run where due_from = '2032-01-01'`);
      expect(rows[0].n).toBe(1);
    } finally {
      await su.end();
    }
  });

  it('remits the receipts of an insurer and period once when two remittances are created at once', async () => {
    const C = await clientWithReceipts(giulia, marco, laura, 'RACEE', 2);
    const total = C.receipts.reduce((s, r) => s + Math.round(Number(r.gross) * 100), 0);
    const p = (await laura.ok(RECORD, { input: { clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: (total / 100).toFixed(2) } })).recordPayment;
    await laura.ok(MATCH, { id: p.id, a: C.receipts.map((r) => ({ receiptId: r.id, amount: r.gross })) });
    const input = { insurerId: C.refs.insurerId, periodFrom: `${today.slice(0, 7)}-01`, periodTo: today, remitDate: today };
    const su = await t.superuser();
    try {
      await su.query('begin');
      await su.query('lock table remittance in share mode');
      const a = sent(laura.gql(REMIT, { input }));
      const b = sent(laura2.gql(REMIT, { input }));
      await until(async () => (a.done() && b.done()) || (await lockWaiters(su)) >= 2);
      await su.query('commit');
      const answers = await Promise.all([a.answer, b.answer]);
      expect(answers.filter((r) => !r.errors)).toHaveLength(1);
      expect(answers.filter((r) => r.errors).map((r) => [codeOf(r), fieldsOf(r)])).toEqual([['BAD_USER_INPUT', ['periodTo:nothing_to_remit']]]);
      const { rows } = await su.query(`select receipt_id, count(*)::int as n from remittance_item where receipt_id = any($1::uuid[]) and active group by 1`, [C.receipts.map((r) => r.id)]);
      expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 1]);
    } finally {
      await su.end();
    }
    await balanced();
  });
});
