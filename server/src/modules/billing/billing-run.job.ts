import type { MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { Config } from '../../config.js';
import { BILLING_RUN_TASK, runBillingJob } from './billing-run.service.js';

/** The worker's billing task (mail.worker.ts runs it); payload { runId, companyId }. */
export function billingJobs(orm: MikroORM, config: Config): { tasks: Record<string, Task>; crontab: string[] } {
  return {
    tasks: {
      [BILLING_RUN_TASK]: async (payload) => {
        const { runId, companyId } = payload as { runId: string; companyId: string };
        await runBillingJob(orm, config, companyId, runId);
      },
    },
    crontab: [],
  };
}
