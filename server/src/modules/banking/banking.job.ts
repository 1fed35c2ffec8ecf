import type { MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { Config } from '../../config.js';
import { SEPA_RUN_TASK, runSepaJob } from './sepa-run.service.js';
import { RIBA_RUN_TASK, runRibaJob } from './riba-run.service.js';

/** The worker's banking tasks: SEPA direct-debit runs, payload { runId, companyId }. */
export function bankingJobs(orm: MikroORM, config: Config): { tasks: Record<string, Task>; crontab: string[] } {
  return {
    tasks: {
      [SEPA_RUN_TASK]: async (payload) => {
        const { runId, companyId } = payload as { runId: string; companyId: string };
        await runSepaJob(orm, config, companyId, runId);
      },
      [RIBA_RUN_TASK]: async (payload) => {
        const { runId, companyId } = payload as { runId: string; companyId: string };
        await runRibaJob(orm, config, companyId, runId);
      },
    },
    crontab: [],
  };
}
