import './billing-mail-attachments.js';
import { BillingResolver } from './billing.resolver.js';

export { billingRules } from './billing.rules.js';
export { billingJobs } from './billing-run.job.js';
export { requeueUnfinishedRuns } from './billing-run.service.js';

/** The billing module's resolvers. */
export const BILLING_RESOLVERS = [BillingResolver] as const;
