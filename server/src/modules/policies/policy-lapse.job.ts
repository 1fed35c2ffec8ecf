import type { MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { withSystemContext } from '../../core/system-context.js';
import { Company } from '../base/companies/company.entity.js';
import { Policy } from './policy.entity.js';
import { IN_FORCE, LAPSED_STATUS } from './policy-status.js';
import { renewPolicy } from './renewal.service.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * The lapse job (issue #9 §4), run every night by the worker (crontab below): in every company, a
 * policy in force whose cover ended before `today` without a renewal
 * - with tacit renewal is renewed (renewal.service.ts, as the platform: channel `system`);
 * - otherwise becomes `dormant` (LAPSED_STATUS; allowed from every status in force).
 * Idempotent: a renewed or dormant policy is no longer a candidate, so a second run changes nothing.
 * A tacit renewal whose new cover has also ended (the job did not run for a year) is handled in the
 * same run, period after period.
 */
export const LAPSE_TASK = 'policies_lapse';
export const LAPSE_CRONTAB = `15 2 * * * ${LAPSE_TASK}`;

export interface LapseResult {
  lapsed: number;
  renewed: number;
}

export async function lapseCompanyPolicies(ctx: RequestContext, today: string): Promise<LapseResult> {
  const result: LapseResult = { lapsed: 0, renewed: 0 };
  for (let round = 0; round < 50; round++) {
    const due = await ctx.em.find(Policy, { status: { $in: [...IN_FORCE] }, coverEnd: { $lt: today }, renewals: { $none: {} } }, { orderBy: { coverEnd: 'asc', id: 'asc' } });
    if (!due.length) break;
    let renewed = 0;
    for (const policy of due) {
      if (policy.tacitRenewal) {
        await renewPolicy(ctx, policy.id, {}, true);
        renewed++;
      } else policy.status = LAPSED_STATUS;
    }
    result.lapsed += due.length - renewed;
    result.renewed += renewed;
    await ctx.em.flush();
    if (!renewed) break;
  }
  return result;
}

/** One run over every company, each in its own scope (row-level security as for any request), up to its own today (or `today`). */
export async function runLapseJob(orm: MikroORM, config: Config, today?: string): Promise<LapseResult> {
  const companies = await withSystemContext(orm, config, (ctx) => ctx.em.find(Company, {}, { orderBy: { code: 'asc' }, fields: ['id'] }));
  const total: LapseResult = { lapsed: 0, renewed: 0 };
  for (const { id } of companies) {
    const r = await withSystemContext(orm, config, async (ctx) => {
      await ctx.applyScope(id);
      return lapseCompanyPolicies(ctx, today ?? (await companyToday(ctx)));
    });
    total.lapsed += r.lapsed;
    total.renewed += r.renewed;
  }
  return total;
}

/** The worker's task and its schedule (mail.worker.ts runs it). */
export function policyJobs(orm: MikroORM, config: Config): { tasks: Record<string, Task>; crontab: string[] } {
  return { tasks: { [LAPSE_TASK]: async () => void (await runLapseJob(orm, config)) }, crontab: [LAPSE_CRONTAB] };
}
