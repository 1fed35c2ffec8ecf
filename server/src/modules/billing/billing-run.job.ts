import type { MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { Config } from '../../config.js';
import { BILLING_RUN_TASK, runBillingJob } from './billing-run.service.js';
import { LEDGER_EXPORT_TASK, runLedgerExportJob } from '../ledger/ledger-export-job.service.js';

/**
 * The worker's money tasks (mail.worker.ts runs them): billing runs, payload { runId, companyId }; and
 * the ledger's large exports (EX-4), payload { exportId, companyId }.
 */
export function billingJobs(orm: MikroORM, config: Config): { tasks: Record<string, Task>; crontab: string[] } {
  return {
    tasks: {
      [BILLING_RUN_TASK]: async (payload) => {
        const { runId, companyId } = payload as { runId: string; companyId: string };
        await runBillingJob(orm, config, companyId, runId);
      },
      [LEDGER_EXPORT_TASK]: async (payload) => {
        const { exportId, companyId } = payload as { exportId: string; companyId: string };
        await runLedgerExportJob(orm, config, companyId, exportId);
      },
    },
    crontab: [],
  };
}
