import './banking-client.extensions.js';
import { BankingResolver, SepaRunFields } from './banking.resolver.js';

export { bankingRules } from './banking.rules.js';
export { bankingJobs } from './banking.job.js';
export { bankingRoutes } from './banking.routes.js';
export { requeueUnfinishedSepaRuns } from './sepa-run.service.js';

/** The banking module's resolvers. */
export const BANKING_RESOLVERS = [BankingResolver, SepaRunFields] as const;

// bank statements (issue #14 §5)
export { StatementResolver, BankTransactionFields } from './statement.resolver.js';
export { statementRules } from './statement.rules.js';
