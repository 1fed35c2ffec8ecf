import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../src/db/migrations.js';
import { benchDatabase, inCompanyScope, scoped } from './lib.js';
import { generateClients } from './generate-clients.js';
import { generatePolicies } from './generate-policies.js';
import { generateMoney } from './generate-money.js';

/**
 * The billing run's speed (issue #13, Q-6), measured in ONE run on ONE generated data set:
 *   1. BENCH_CLIENTS (25,000) clients in two companies (GEN02 holds 90 %, it is billed) with two policies each (the policies benchmark's
 *      generator), the installments due up to today are what a run bills;
 *   2. the database is copied twice (CREATE DATABASE … TEMPLATE): in `before` the speed migration
 *      SPEED_MIGRATION (default 0042_billing_run_windows) is rolled back with its down file, `after` keeps it
 *      (and runs the SQL of the file EXPERIMENT_SQL, if given: a change measured before it is written);
 *      BEFORE_SQL, a file of SQL, replaces the down file (an empty file: `before` is the code as it is);
 *   3. in each copy a billing run over everything due is issued as the job issues it — batches of
 *      BILLING_BATCH_SIZE (2000) installments, each its own transaction as the run-time role: the batch
 *      statement, the balance check (`set constraints … immediate`) and the run's progress —
 *      `before` of 0034 with billing_issue_receipts over the due range (each batch selects its candidates again),
 *      `after` with billing_issue_run_batch (the run's keyset cursor);
 *   4. PROFILE_BATCHES (3) more batches of each path, on a further copy, under auto_explain (ANALYZE,
 *      BUFFERS, triggers, nested statements): the time of each statement and of each trigger
 *      (foreign-key checks included), summed per batch.
 * `BENCH_CLIENTS=25000 npx tsx --conditions=development bench/billing-profile.ts` (SKIP_BEFORE=1: only `after`;
 * PROFILE_BATCHES=0: no auto_explain profile; PROFILE_ANALYZE=0: the statements' durations without ANALYZE's
 * per-node timing; BEFORE_BATCH_SIZE: another batch size for `before`, with BEFORE_SQL an empty file to compare
 * batch sizes of the same code)
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 25_000);
const BATCH = Math.max(1, Number(process.env.BILLING_BATCH_SIZE ?? 2000));
/** BEFORE_BATCH_SIZE: the batch size of `before` (default BILLING_BATCH_SIZE), to compare batch sizes on one data set. */
const BEFORE_BATCH = Math.max(1, Number(process.env.BEFORE_BATCH_SIZE ?? BATCH));
const batchOf = (path: Path) => (path === 'before' ? BEFORE_BATCH : BATCH);
const PROFILE_BATCHES = Number(process.env.PROFILE_BATCHES ?? 3);
const SPEED = process.env.SPEED_MIGRATION ?? '0042_billing_run_windows';
/** `before` of 0034 had no run cursor: its batches went through billing_issue_receipts. */
const BEFORE_BY_RANGE = SPEED === '0034_billing_speed';
/** EXPERIMENT_SQL: a file of SQL applied to the `after` copies (to measure a change before writing its migration). */
const EXPERIMENT = process.env.EXPERIMENT_SQL ? readFileSync(process.env.EXPERIMENT_SQL, 'utf8') : '';
const today = new Date().toISOString().slice(0, 10);

const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

type Path = 'before' | 'after';

/** One batch as the job sends it, in its own transaction; returns the receipts issued. */
async function batch(c: pg.Client, path: Path, companyId: string, runId: string): Promise<number> {
  return inCompanyScope(c, companyId, async () => {
    const { rows: [r] } =
      path === 'before' && BEFORE_BY_RANGE
        ? await c.query<{ n: number }>(`select count(*)::int as n from billing_issue_receipts(null, '2000-01-01'::date, $1::date, $2, $1::date, $3::uuid, null)`, [today, batchOf(path), runId])
        : await c.query<{ n: number }>(`select count(*)::int as n from billing_issue_run_batch($1::uuid, $2, null)`, [runId, batchOf(path)]);
    await c.query('set constraints journal_entry_balanced immediate');
    await c.query('set constraints journal_entry_balanced deferred');
    await c.query(`update billing_run set processed = processed + $1, issued = issued + $1 where company_id = $2 and id = $3`, [r.n, companyId, runId]);
    return r.n;
  });
}

async function newRun(c: pg.Client, companyId: string): Promise<string> {
  const [r] = await scoped<{ id: string }>(
    c,
    companyId,
    `insert into billing_run (company_id, due_from, due_to, issue_date, status) values ($1, '2000-01-01', $2::date, $2::date, 'running') returning id`,
    [companyId, today],
  );
  return r.id;
}

async function wholeRun(url: string, path: Path, companyId: string) {
  return withClient(url, async (c) => {
    const runId = await newRun(c, companyId);
    const t0 = performance.now();
    let issued = 0;
    let batches = 0;
    const perBatch: number[] = [];
    for (;;) {
      const t = performance.now();
      const n = await batch(c, path, companyId, runId);
      perBatch.push(performance.now() - t);
      issued += n;
      batches += 1;
      if (n < batchOf(path)) break;
    }
    const seconds = (performance.now() - t0) / 1000;
    return { issued, batches, seconds, perSecond: issued / seconds, firstMs: perBatch[0], lastFullMs: perBatch[Math.max(0, perBatch.length - 2)] };
  });
}

/** auto_explain's plans of PROFILE_BATCHES batches: ms per statement and per trigger, averaged per batch. */
async function profile(superUrl: string, appRole: string, path: Path, companyId: string) {
  return withClient(superUrl, async (c) => {
    const notices: string[] = [];
    c.on('notice', (n) => notices.push(String(n.message)));
    await c.query(`load 'auto_explain'`);
    // PROFILE_ANALYZE=0: the statements' durations only, without the per-node timing that ANALYZE adds
    const analyze = process.env.PROFILE_ANALYZE === '0' ? 'off' : 'on';
    for (const s of ['log_min_duration = 2', `log_analyze = ${analyze}`, 'log_buffers = on', 'log_triggers = on', 'log_nested_statements = on', 'log_timing = on', `log_level = 'notice'`]) {
      await c.query(`set auto_explain.${s}`);
    }
    await c.query(`set role ${appRole}`);
    const runId = await newRun(c, companyId);
    // the first batch of the run, then batches deeper in it: the cost of a batch where the run is
    for (let i = 0; i < 3; i++) await batch(c, path, companyId, runId);
    notices.length = 0;
    for (let i = 0; i < PROFILE_BATCHES; i++) await batch(c, path, companyId, runId);
    const statements = new Map<string, number>();
    const triggers = new Map<string, number>();
    for (const n of notices) {
      const ms = Number(/duration: ([\d.]+) ms/.exec(n)?.[1] ?? 0);
      const text = (/Query Text: ([\s\S]*?)\n\s*(?:[A-Z][a-zA-Z ]+ (?:on|\(cost)|->|Result|Limit|Insert|Update|Function|Sort|Hash|Nested|Aggregate|WindowAgg|Subquery)/.exec(n)?.[1] ?? n.split('\n')[1] ?? '').replace(/\s+/g, ' ').trim().slice(0, 110);
      statements.set(text, (statements.get(text) ?? 0) + ms);
      for (const m of n.matchAll(/Trigger (?:for constraint )?([\w]+)(?: on [\w]+)?: time=([\d.]+) calls=(\d+)/g)) {
        const key = `${m[1]} (${Math.round(Number(m[3]) / PROFILE_BATCHES)} calls/batch)`;
        triggers.set(key, (triggers.get(key) ?? 0) + Number(m[2]));
      }
    }
    const per = (m: Map<string, number>) => [...m.entries()].map(([k, v]) => [k, v / PROFILE_BATCHES] as const).sort((a, b) => b[1] - a[1]);
    return { statements: per(statements), triggers: per(triggers), sample: notices.slice(0, 40) };
  });
}

const db = await benchDatabase();
try {
  await generateClients(db.superuserUrl, { companies: 2, clients: CLIENTS, log: console.log });
  await generatePolicies(db.superuserUrl, { perClient: 2, log: console.log });
  const { companyId, due } = await withClient(db.superuserUrl, async (su) => {
    const { rows: [c] } = await su.query<{ id: string }>(`select id from company where code = 'GEN02'`);
    await generateMoney(db.superuserUrl, { companyId: c.id, accountItems: 0, log: console.log });
    const { rows: [d] } = await su.query<{ n: number }>(
      `select count(*)::int as n from policy_installment i join policy p on p.id = i.policy_id
        where i.company_id = (select id from company where code = 'GEN02') and i.due_date <= $1::date and p.status in ('policy', 'own', 'foreign', 'foreign_part') and not p.foreign_business and i.gross > 0`,
      [today],
    );
    await su.query('vacuum analyze');
    return { companyId: c.id, due: d.n };
  });
  console.log(`${due.toLocaleString('en')} installments due up to ${today} in GEN02`);
  const appRole = new URL(db.urls.appUrl).username;
  const hasSpeed = await withClient(db.superuserUrl, async (su) => (await su.query(`select 1 from mikro_orm_migrations where name = $1`, [SPEED])).rowCount === 1);
  const copies: Record<string, string> = {};
  await withClient(withDb(db.superuserUrl, 'postgres'), async (su) => {
    for (const name of ['bench_before', 'bench_after', 'bench_prof_before', 'bench_prof_after']) {
      if (!hasSpeed && name.endsWith('after')) continue;
      await su.query(`create database ${name} template bench owner ${new URL(db.urls.ownerUrl).username}`);
      copies[name] = name;
    }
  });
  const down = process.env.BEFORE_SQL !== undefined ? readFileSync(process.env.BEFORE_SQL, 'utf8') : hasSpeed ? readFileSync(path.join(MIGRATIONS_DIR, `${SPEED}.down.sql`), 'utf8') : '';
  for (const name of ['bench_before', 'bench_prof_before']) {
    if (down) await withClient(withDb(db.urls.ownerUrl, name), (c) => c.query(down));
  }
  for (const name of ['bench_after', 'bench_prof_after']) {
    if (EXPERIMENT && copies[name]) await withClient(withDb(db.superuserUrl, name), (c) => c.query(EXPERIMENT));
  }
  const results: Record<string, unknown> = {};
  const paths = (hasSpeed ? (process.env.SKIP_BEFORE ? ['after'] : ['before', 'after']) : ['before']) as Path[];
  for (const p of paths) {
    results[p] = await wholeRun(withDb(db.urls.appUrl, `bench_${p}`), p, companyId);
    console.log(p, results[p]);
  }
  for (const p of process.env.PROFILE_BATCHES === '0' ? [] : paths) {
    const prof = await profile(withDb(db.superuserUrl, `bench_prof_${p}`), appRole, p, companyId);
    console.log(`\n### ${p}: ms per batch of ${batchOf(p)}, per statement (auto_explain, ANALYZE: slower than the whole run above)`);
    for (const [k, v] of prof.statements) console.log(`${v.toFixed(1).padStart(9)}  ${k}`);
    console.log(`--- triggers (foreign-key checks and the ledger's checks), ms per batch`);
    for (const [k, v] of prof.triggers) console.log(`${v.toFixed(1).padStart(9)}  ${k}`);
    if (process.env.PROFILE_PLANS) console.log(prof.sample.join('\n\n'));
  }
  if (results.after && results.before) {
    const b = results.before as { perSecond: number };
    const a = results.after as { perSecond: number };
    console.log(`\nreceipts/s before ${b.perSecond.toFixed(0)}, after ${a.perSecond.toFixed(0)}: ×${(a.perSecond / b.perSecond).toFixed(2)}`);
  }
} finally {
  await db.stop();
}
process.exit(0);
