import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { countRows } from './clients-helpers.js';
import { booksBalance, booksSnapshot } from './ledger-helpers.js';
import { DOCS, GET_RUN, RESUME_RUN, START_RUN, rossiPolicy, waitForRun } from './billing-helpers.js';

/**
 * Billing runs (issue #13 §2, BI-1, EX-4): the accountant starts a run over a due range; the worker
 * bills in batches, each batch a transaction with the run's progress; a second run issues nothing new;
 * a failed batch leaves the earlier batches and nothing half-done, and the resumed run completes
 * without billing anything twice or leaving a gap in the numbers.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const issues = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

async function numbersOf(policyId: string): Promise<number[]> {
  const su = await t.superuser();
  const { rows } = await su.query<{ number: number }>(`select number from premium_document where policy_id = $1 and kind = 'receipt' order by number`, [policyId]);
  await su.end();
  return rows.map((r) => r.number);
}
async function gapFree(year: number) {
  const su = await t.superuser();
  const { rows } = await su.query(`select company_id, count(*)::int as n, min(number) as lo, max(number) as hi, count(distinct number)::int as d from premium_document where series = 'Q' and year = $1 group by company_id`, [year]);
  await su.end();
  for (const r of rows) expect([r.lo, r.hi, r.d]).toEqual([1, r.n, r.n]);
}

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '2';
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  await t?.stop();
});

describe('a billing run', () => {
  it('bills everything due in the range as a job whose stored progress reaches 100 %; running it again issues nothing new', async () => {
    const P = await rossiPolicy(giulia, marco, 'RUNA', { paymentFrequency: 'MONTHLY', premiumNet: '600.00', premiumTaxes: '133.50', premiumGross: '733.50', coverStart: '2027-01-01', coverEnd: '2027-12-31' });
    const started = (await laura.ok(START_RUN, { input: { dueFrom: '2027-01-01', dueTo: '2027-06-30', issueDate: today } })).startBillingRun;
    expect(started).toMatchObject({ status: 'QUEUED', processed: 0, issued: 0, startedByName: 'Laura Conti' });
    expect(started.total).toBeGreaterThanOrEqual(6);
    const done = await waitForRun(laura, started.id);
    expect(done).toMatchObject({ status: 'DONE', percent: 100, error: null });
    expect([done.issued, done.processed]).toEqual([started.total, started.total]);
    expect(await numbersOf(P.policyId)).toHaveLength(6);
    const docs = (await laura.ok(DOCS, { f: { runId: started.id }, first: 200 })).premiumDocuments;
    expect(docs.total).toBe(started.total);
    expect(docs.items.every((d: { issueDate: string }) => d.issueDate === today)).toBe(true);

    const before = await booksSnapshot(t, 'ROSSI');
    const again = (await laura.ok(START_RUN, { input: { dueFrom: '2027-01-01', dueTo: '2027-06-30', issueDate: today } })).startBillingRun;
    expect(again.total).toBe(0);
    const done2 = await waitForRun(laura, again.id);
    expect([done2.status, done2.issued]).toEqual(['DONE', 0]);
    expect((await booksSnapshot(t, 'ROSSI')).split('\n').filter((l) => !l.startsWith('billing_run'))).toEqual(before.split('\n').filter((l) => !l.startsWith('billing_run')));
    await gapFree(Number(today.slice(0, 4)));
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });

  it('keeps the earlier batches of a run whose batch fails, with nothing half-done; resumed, it completes without a double receipt or a gap', async () => {
    const P = await rossiPolicy(giulia, marco, 'RUNF', { paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2028-01-01', coverEnd: '2028-12-31' });
    const seventh = P.installments.find((i) => i.seq === 7)!;
    // the database refuses the 7th installment's receipt: the 4th batch of two fails
    const su = await t.superuser();
    await su.query(`create function test_fail_batch() returns trigger language plpgsql as $$ begin raise exception 'simulated failure in a batch'; end $$`);
    await su.query(`create trigger test_fail_batch before insert on premium_document for each row when (new.installment_id = '${seventh.id}') execute function test_fail_batch()`);
    const started = (await laura.ok(START_RUN, { input: { dueFrom: '2028-01-01', dueTo: '2028-12-31', issueDate: today } })).startBillingRun;
    expect(started.total).toBe(12);
    const failed = await waitForRun(laura, started.id);
    expect(failed).toMatchObject({ status: 'FAILED', processed: 6, issued: 6, error: expect.stringContaining('simulated failure') });
    expect(await numbersOf(P.policyId)).toHaveLength(6);
    const b1 = await booksBalance(t);
    expect([b1.difference, b1.unbalanced]).toEqual(['0.00', 0]);
    // the run's page after a reload shows the same stored state
    expect((await laura.ok(GET_RUN, { id: started.id })).billingRun).toMatchObject({ status: 'FAILED', processed: 6, percent: 50 });

    await su.query(`drop trigger test_fail_batch on premium_document; drop function test_fail_batch()`);
    await su.end();
    const resumed = (await laura.ok(RESUME_RUN, { id: started.id })).resumeBillingRun;
    expect(resumed.status).toBe('QUEUED');
    const done = await waitForRun(laura, started.id);
    expect(done).toMatchObject({ status: 'DONE', issued: 12, processed: 12, percent: 100 });
    const numbers = await numbersOf(P.policyId);
    expect(numbers).toHaveLength(12);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => numbers[0] + i));
    expect(await countRows(t, 'premium_document', 'policy_id = $1', [P.policyId])).toBe(12);
    await gapFree(Number(today.slice(0, 4)));
    const b2 = await booksBalance(t);
    expect([b2.difference, b2.unbalanced]).toEqual(['0.00', 0]);
    expect(await laura.code(RESUME_RUN, { id: started.id })).toBe('CONFLICT');
  });

  it('refuses a range ending before it starts, malformed dates and a range over a year, naming the field; nothing is stored', async () => {
    const before = await countRows(t, 'billing_run');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ dueFrom: '2026-05-01', dueTo: '2026-04-30' }, ['dueTo:before_from']],
      [{ dueFrom: '2026-02-30', dueTo: 'x', issueDate: '2026/01/01' }, ['dueFrom:invalid_date', 'dueTo:invalid_date', 'issueDate:invalid_date']],
      [{ dueFrom: '2026-01-01', dueTo: '2027-06-30' }, ['dueTo:too_long']],
    ];
    for (const [input, expected] of cases) {
      const r = await laura.gql(START_RUN, { input });
      expect([r.errors?.[0]?.extensions?.code, issues(r)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', expected]);
    }
    expect(await countRows(t, 'billing_run')).toBe(before);
  });

  it("answers NOT_FOUND for another company's run and FORBIDDEN to an agent without billing rights", async () => {
    const run = (await laura.ok(`{ billingRuns(first: 1) { id } }`)).billingRuns[0];
    expect(await pieter.code(GET_RUN, { id: run.id })).toBe('NOT_FOUND');
    expect(await pieter.code(RESUME_RUN, { id: run.id })).toBe('NOT_FOUND');
    expect(await marco.code(START_RUN, { input: { dueFrom: '2026-01-01', dueTo: '2026-01-31' } })).toBe('FORBIDDEN');
    expect(await marco.code(GET_RUN, { id: run.id })).toBe('FORBIDDEN');
  });
});
