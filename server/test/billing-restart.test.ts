import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../src/platform.js';
import { GqlClient, startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { booksBalance } from './ledger-helpers.js';
import { START_RUN, rossiPolicy, waitForRun } from './billing-helpers.js';

/**
 * A billing run whose server stopped mid-way (issue #13: "a billing run killed mid-way leaves no half
 * run"): the run is left `running` after some batches committed and its job is gone. The platform,
 * started again on the same database, queues the run again; it completes where it stopped — every
 * installment billed once, numbers without gaps, books balanced.
 */
let t: TestPlatform;
let second: Platform | undefined;

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '3';
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  await second?.stop();
  // stopped in the test already (a second stop of the same platform is harmless)
  await t?.stop().catch(() => undefined);
});

describe('a billing run interrupted by a stopped server', () => {
  it('continues after a restart of the platform from the batches already committed, billing nothing twice', async () => {
    const [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
    const P = await rossiPolicy(giulia, marco, 'RSTR', { paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2029-01-01', coverEnd: '2029-12-31' });
    const run = (await laura.ok(START_RUN, { input: { dueFrom: '2029-01-01', dueTo: '2029-12-31' } })).startBillingRun;
    expect([run.status, run.total]).toEqual(['QUEUED', 12]);
    // the state a killed worker leaves: the run marked running, the first batch (3 installments, numbered
    // 1..3 of the year after the others) committed with its progress, and no job left in the queue
    const su = await t.superuser();
    await su.query(`delete from graphile_worker._private_jobs where task_id = (select id from graphile_worker._private_tasks where identifier = 'billing_run')`);
    await su.end();
    const { asRuntimeRole } = await import('./ledger-helpers.js');
    await asRuntimeRole(t, 'ROSSI', async (c) => {
      const { rows } = await c.query(`select billing_issue_receipts(null, '2029-01-01', '2029-12-31', 3, current_date, $1, null) as id`, [run.id]);
      await c.query(`update billing_run set status = 'running', started_at = now(), processed = $2, issued = $2 where id = $1`, [run.id, rows.length]);
      await c.query('commit');
    });
    await t.stop();

    second = await startPlatform(t.config, { urls: t.urls, log: () => undefined, sender: { send: async () => undefined } });
    const laura2 = await new GqlClient(`${second.url}/graphql`).login(USERS.rossiAccountant);
    const done = await waitForRun(laura2, run.id);
    expect(done).toMatchObject({ status: 'DONE', processed: 12, issued: 12, percent: 100 });
    const su2 = await t.superuser();
    const { rows } = await su2.query(`select installment_id, number from premium_document where policy_id = $1 order by number`, [P.policyId]);
    await su2.end();
    expect(new Set(rows.map((r) => r.installment_id)).size).toBe(12);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 12 }, (_, i) => rows[0].number + i));
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });
});
