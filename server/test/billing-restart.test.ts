import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlatform, type Platform } from '../src/platform.js';
import { GqlClient, startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { booksBalance } from './ledger-helpers.js';
import { GET_RUN, START_RUN, rossiPolicy, waitForRun } from './billing-helpers.js';
import { CREATE_POLICY, policyInput } from './policies-helpers.js';

/**
 * The kill -9 test (issue #13: "a billing run killed mid-way leaves no half run: restarted, it
 * completes or rolls back, never double-bills"). The real server runs as a child process (node with
 * tsx, src/main.ts, on this test's database) with one installment per batch; a billing run is started
 * through its API and the process is killed with SIGKILL while the run is under way. What it left is
 * whole batches only (the run's progress equals the receipts it issued). The platform started again on
 * the same database queues the run again and completes it: every installment billed once, numbers
 * without gaps, books balanced.
 */
const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let t: TestPlatform;
let child: ChildProcess | undefined;
let second: Platform | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts src/main.ts in a child process on the test's database; resolves with its URL once it listens. */
async function startChildServer(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: t.urls.ownerUrl,
      DATABASE_APP_URL: t.urls.appUrl,
      DATA_DIR: t.config.dataDir,
      SECRET_KEY: 'test-secret',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      BILLING_BATCH_SIZE: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 120_000;
  while (!out.includes('Agency platform running at')) {
    if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode}):\n${out}`);
    if (Date.now() > until) throw new Error(`the server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${port}`, proc };
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await second?.stop();
  await t?.stop().catch(() => undefined);
});

describe('a billing run when its server is killed (kill -9)', () => {
  it('leaves only whole batches when the server process is SIGKILLed mid-run, and completes after a restart billing nothing twice', async () => {
    const [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
    // 20 monthly policies of 2030: 240 installments to bill, one per batch
    const P = await rossiPolicy(giulia, marco, 'KILL', { paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2030-01-01', coverEnd: '2030-12-31' });
    const policyIds = [P.policyId];
    for (let i = 2; i <= 20; i++) {
      const p = await marco.ok(CREATE_POLICY, {
        input: policyInput({ clientId: P.clientId, insurerId: P.refs.insurerId, lineId: P.refs.lines.home }, { number: `KILL-CASA-${i}`, paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2030-01-01', coverEnd: '2030-12-31' }),
      });
      policyIds.push(p.createPolicy.id);
    }
    await t.stop(); // the child process is now the only server on this database

    const first = await startChildServer();
    child = first.proc;
    const laura = await new GqlClient(`${first.url}/graphql`).login(USERS.rossiAccountant);
    const run = (await laura.ok(START_RUN, { input: { dueFrom: '2030-01-01', dueTo: '2030-12-31' } })).startBillingRun;
    expect(run.total).toBeGreaterThanOrEqual(240);
    // kill -9 while the run is under way
    for (;;) {
      const r = (await laura.ok(GET_RUN, { id: run.id })).billingRun;
      if (r.status === 'DONE') throw new Error('the run finished before the kill: make it longer');
      if (r.processed >= 5) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    child.kill('SIGKILL');
    await new Promise((res) => child!.once('exit', res));
    expect(child.signalCode).toBe('SIGKILL');

    // what the dead server left: whole batches, each with its progress
    const su = await t.superuser();
    const left = (await su.query(`select r.status, r.processed, r.total, (select count(*)::int from premium_document d where d.run_id = r.id) as issued from billing_run r where r.id = $1`, [run.id])).rows[0];
    expect(left.status).toBe('running');
    expect(left.processed).toBe(left.issued);
    expect(left.processed).toBeLessThan(left.total);

    // started again: the run continues where it stopped
    second = await startPlatform(t.config, { urls: t.urls, log: () => undefined, sender: { send: async () => undefined } });
    const laura2 = await new GqlClient(`${second.url}/graphql`).login(USERS.rossiAccountant);
    const done = await waitForRun(laura2, run.id, 120_000);
    expect(done).toMatchObject({ status: 'DONE', percent: 100 });
    expect(done.processed).toBe(left.total);
    const { rows } = await su.query(`select installment_id, number, year from premium_document where policy_id = any($1::uuid[]) order by year, number`, [policyIds]);
    const all = (await su.query(`select count(*)::int as n, count(distinct installment_id)::int as distinct_n from premium_document where run_id = $1`, [run.id])).rows[0];
    const numbers = (await su.query(`select number from premium_document where series = 'Q' and year = $1 and company_id = (select id from company where code = 'ROSSI') order by number`, [rows[0].year])).rows.map((r) => r.number as number);
    await su.end();
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.installment_id)).size).toBe(240);
    expect(all.n).toBe(all.distinct_n);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  }, 300_000);
});
