import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/postgresql';
import type { FieldIssue } from '@agency/shared';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { withSystemContext } from '../../core/system-context.js';
import { companyToday } from '../../core/company-calendar.js';
import { Company } from '../base/companies/company.entity.js';
import { ensureChart } from '../ledger/chart.service.js';
import { UUID, isClosed, isIsoDate } from '../ledger/ledger-sql.js';
import { checkIssueDate, issueRunBatch } from './billing-issue.service.js';
import type { BillingRun, BillingRunInput, BillingRunStatus } from './billing.types.js';

/**
 * Billing runs (BI-1, EX-4): every installment due in a range and not yet billed gets its receipt.
 * `startBillingRun` stores the run (status queued, the number of installments to bill) and queues the
 * worker's job in the same transaction. The job bills in batches, each batch one transaction that also
 * advances the run's progress — so what a reload of the page shows is what is committed. A failed batch
 * rolls back alone: the run is marked failed with the error, earlier batches stay; resuming (or a
 * restart of the platform, which requeues runs left queued or running) continues where it stopped.
 * Billing the same installment twice is impossible (unique installment_id), so running again issues
 * nothing new. One active run per company (a unique index).
 */
export const BILLING_RUN_TASK = 'billing_run';
export const batchSize = () => Math.max(1, Number(process.env.BILLING_BATCH_SIZE ?? 2000) || 2000);

interface RunRow {
  id: string;
  due_from: string;
  due_to: string;
  issue_date: string;
  status: string;
  total: number;
  processed: number;
  issued: number;
  error: string | null;
  started_by_name: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const RUN_SELECT = `select r.id, to_char(r.due_from, 'YYYY-MM-DD') as due_from, to_char(r.due_to, 'YYYY-MM-DD') as due_to, to_char(r.issue_date, 'YYYY-MM-DD') as issue_date,
  r.status, r.total, r.processed, r.issued, r.error, (select u.display_name from app_user u where u.id = r.started_by) as started_by_name, r.created_at, r.finished_at
  from billing_run r`;

const toRun = (r: RunRow): BillingRun => ({
  id: r.id,
  dueFrom: r.due_from,
  dueTo: r.due_to,
  issueDate: r.issue_date,
  status: r.status as BillingRunStatus,
  total: r.total,
  processed: r.processed,
  issued: r.issued,
  percent: r.status === 'done' ? 100 : r.total > 0 ? Math.min(100, Math.floor((r.processed * 100) / r.total)) : 0,
  error: r.error,
  startedByName: r.started_by_name,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

export async function getRun(ctx: RequestContext, id: string): Promise<BillingRun> {
  const rows = UUID.test(id) ? await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFound('Billing run');
  return toRun(rows[0]);
}

export async function listRuns(ctx: RequestContext, first: number): Promise<BillingRun[]> {
  const rows = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? order by r.created_at desc limit ?`, [ctx.requireCompany(), Math.min(Math.max(first, 1), 100)]);
  return rows.map(toRun);
}

async function countDue(ctx: RequestContext, from: string, to: string): Promise<number> {
  const [r] = await ctx.em.execute<Array<{ n: string }>>(
    // the run's due installments by the rule it bills by (the view billing_candidate, migration 0043)
    `select count(*) as n from billing_candidate c where c.company_id = ? and c.due_date between ?::date and ?::date`,
    [ctx.requireCompany(), from, to],
  );
  return Number(r?.n ?? 0);
}

export async function startBillingRun(ctx: RequestContext, input: BillingRunInput): Promise<BillingRun> {
  const companyId = ctx.requireCompany();
  const issues: FieldIssue[] = [];
  if (!isIsoDate(input.dueFrom)) issues.push({ field: 'dueFrom', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  if (!isIsoDate(input.dueTo)) issues.push({ field: 'dueTo', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  else if (isIsoDate(input.dueFrom)) {
    if (input.dueTo < input.dueFrom) issues.push({ field: 'dueTo', reason: 'before_from', message: 'The end of the range is before its start.' });
    else if (Date.parse(input.dueTo) - Date.parse(input.dueFrom) > 366 * 86_400_000) issues.push({ field: 'dueTo', reason: 'too_long', message: 'A run covers at most a year.' });
  }
  const issueDate = checkIssueDate(issues, input.issueDate, await companyToday(ctx));
  if (!issues.some((i) => i.field === 'issueDate') && (await isClosed(ctx, issueDate))) issues.push({ field: 'issueDate', reason: 'period_closed', message: `The month ${issueDate.slice(0, 7)} is closed.` });
  if (issues.length) throw badInput(issues);
  const active = await activeRun(ctx);
  if (active) throw underWay(active);
  await ensureChart(ctx);
  const total = await countDue(ctx, input.dueFrom, input.dueTo);
  // two starts at once both pass the check above; the second's insert waits for the first on the index
  // of active runs (billing_run_active) and then inserts nothing: it is told which run is under way
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into billing_run (company_id, due_from, due_to, issue_date, status, total, started_by) values (?, ?::date, ?::date, ?::date, 'queued', ?, ?)
     on conflict (company_id) where status in ('queued', 'running') do nothing returning id`,
    [companyId, input.dueFrom, input.dueTo, issueDate, total, ctx.user?.id ?? null],
  );
  if (!row) throw underWay(await activeRun(ctx));
  await queueRun(ctx, row.id);
  return getRun(ctx, row.id);
}

/** The company's run queued or running, if any (one at most: billing_run_active). */
async function activeRun(ctx: RequestContext): Promise<string | undefined> {
  const [active] = await ctx.em.execute<Array<{ id: string }>>(`select id from billing_run where company_id = ? and status in ('queued', 'running')`, [ctx.requireCompany()]);
  return active?.id;
}

const underWay = (runId: string | undefined) => conflict('A billing run is already under way.', runId ? { runId } : {});

async function queueRun(ctx: RequestContext, runId: string): Promise<void> {
  await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [BILLING_RUN_TASK, runId, ctx.requireCompany(), 3]);
}

/** Continues a failed run (right billing:create); a run already done or under way: CONFLICT. */
export async function resumeBillingRun(ctx: RequestContext, id: string): Promise<BillingRun> {
  const run = await getRun(ctx, id);
  if (run.status !== 'failed') throw conflict(`Only a failed run is resumed; this one is ${run.status}.`, { status: run.status });
  const active = await activeRun(ctx);
  if (active) throw underWay(active);
  // only while it is still failed: a resume at the same time waits for this one's row lock, then finds the
  // run queued and changes nothing (CONFLICT below) — the run is queued once, not once per click
  const [resumed] = await ctx.em
    .execute<Array<{ status: string }>>(
      `update billing_run set status = 'queued', error = null, finished_at = null where company_id = ? and id = ? and status = 'failed' returning status`,
      [ctx.requireCompany(), id],
    )
    .catch((error: unknown) => {
      // a run started meanwhile holds the company's one active place (billing_run_active); the
      // transaction is aborted by the violation, so the run is not named
      if (error instanceof UniqueConstraintViolationException) throw underWay(undefined);
      throw error;
    });
  if (!resumed) {
    const now = await getRun(ctx, id);
    throw conflict(`Only a failed run is resumed; this one is ${now.status}.`, { status: now.status });
  }
  await queueRun(ctx, id);
  return getRun(ctx, id);
}

const inCompany = <T>(orm: MikroORM, config: Config, companyId: string, fn: (ctx: RequestContext) => Promise<T>) =>
  withSystemContext(orm, config, async (ctx) => {
    await ctx.applyScope(companyId);
    return fn(ctx);
  });

/** The job: batches until nothing is left, each its own transaction with the run's progress. */
export async function runBillingJob(orm: MikroORM, config: Config, companyId: string, runId: string): Promise<void> {
  const run = await inCompany(orm, config, companyId, async (ctx) => {
    const rows = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.id = ?`, [companyId, runId]);
    const r = rows[0];
    if (!r || r.status === 'done' || r.status === 'failed') return null;
    await ctx.em.execute(`update billing_run set status = 'running', started_at = coalesce(started_at, now()) where company_id = ? and id = ?`, [companyId, runId]);
    return r;
  });
  if (!run) return;
  const size = batchSize();
  try {
    for (;;) {
      const n = await inCompany(orm, config, companyId, async (ctx) => {
        const ids = await issueRunBatch(ctx, runId, size);
        await ctx.em.execute(`update billing_run set processed = processed + ?, issued = issued + ?, total = greatest(total, processed + ?) where company_id = ? and id = ?`, [ids.length, ids.length, ids.length, companyId, runId]);
        return ids.length;
      });
      if (n < size) break;
    }
    await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute(`update billing_run set status = 'done', total = processed, finished_at = now() where company_id = ? and id = ?`, [companyId, runId]),
    );
  } catch (error) {
    // the database's own words, without the statement (knex prefixes it with " - ")
    const message = (error instanceof Error ? error.message : String(error)).split(' - ').pop()!.slice(0, 500);
    console.error(`[billing] run ${runId} failed: ${message}`);
    await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute(`update billing_run set status = 'failed', error = ?, finished_at = now() where company_id = ? and id = ?`, [message, companyId, runId]),
    );
  }
}

/** At start: runs left queued or running by a stopped platform are queued again (they continue; nothing is billed twice). */
export async function requeueUnfinishedRuns(orm: MikroORM, config: Config): Promise<number> {
  const companies = await withSystemContext(orm, config, (ctx) => ctx.em.find(Company, {}, { fields: ['id'] }));
  let n = 0;
  for (const { id } of companies) {
    n += await inCompany(orm, config, id, async (ctx) => {
      const runs = await ctx.em.execute<Array<{ id: string }>>(`select id from billing_run where company_id = ? and status in ('queued', 'running')`, [id]);
      for (const r of runs) await queueRun(ctx, r.id);
      return runs.length;
    });
  }
  return n;
}
