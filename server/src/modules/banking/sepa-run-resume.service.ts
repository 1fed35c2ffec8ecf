import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { SEPA_RUN_TASK, getSepaRun } from './sepa-run.service.js';
import type { SepaRun } from './banking.types.js';

/**
 * Resuming a SEPA run that failed while booking (issue #14, "Money II" follow-up). Such a run has its
 * validated file stored already — the bank may have it — so it is never written again: the job skips
 * selection and writing when the run has a file and books only the collections without a payment
 * (`postBatch`, one transaction per batch, items locked). Right billing:create, like starting a run.
 *
 * Refused (CONFLICT, `extensions.status` and `reason`): a run that is not failed (`not_failed`), a run
 * that failed before its file was stored (`no_file` — its receipts were released: start a new run), and
 * while another bank run is under way (`run_active`). Another company's run: NOT_FOUND.
 */
export async function resumeSepaRun(ctx: RequestContext, id: string): Promise<SepaRun> {
  const companyId = ctx.requireCompany();
  const run = await getSepaRun(ctx, id);
  if (run.status !== 'failed') {
    throw conflict(`Only a run that failed while booking is resumed; this one is ${run.status}.`, { status: run.status, reason: 'not_failed' });
  }
  if (!run.fileId) {
    throw conflict('This run failed before its file was stored and its receipts were released: start a new run.', { status: run.status, reason: 'no_file' });
  }
  const [active] = await ctx.em.execute<Array<{ id: string }>>(`select id from bank_run where company_id = ? and status in ('queued', 'running')`, [companyId]);
  if (active) throw conflict('A bank run is already under way.', { runId: active.id, status: run.status, reason: 'run_active' });
  // the state is checked again in the update itself: two resumes at once queue one job
  const rows = await ctx.em.execute<Array<{ id: string }>>(
    `update bank_run set status = 'queued', error = null, finished_at = null where company_id = ? and id = ? and status = 'failed' and file_id is not null returning id`,
    [companyId, id],
  );
  if (!rows.length) throw conflict('The run changed meanwhile.', { status: (await getSepaRun(ctx, id)).status, reason: 'not_failed' });
  await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [SEPA_RUN_TASK, id, companyId, 1]);
  return getSepaRun(ctx, id);
}
