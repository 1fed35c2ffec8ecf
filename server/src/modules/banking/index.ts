import './banking-client.extensions.js';
import './riba-client.extensions.js';
import './mandate-audit.js';
import { BankingResolver, SepaRunFields } from './banking.resolver.js';
import { RibaResolver, RibaRunFields } from './riba.resolver.js';

export { bankingRules } from './banking.rules.js';
export { bankingJobs } from './banking.job.js';
export { bankImportRoutes, bankingRoutes } from './banking.routes.js';
export { requeueUnfinishedSepaRuns } from './sepa-run.service.js';

/** The banking module's resolvers. */
export const BANKING_RESOLVERS = [BankingResolver, SepaRunFields] as const;

// RiBa (issue #14 §4)
export const RIBA_RESOLVERS = [RibaResolver, RibaRunFields] as const;
export { requeueUnfinishedRibaRuns } from './riba-run.service.js';
// bank statements (issue #14 §5)
export { StatementResolver, BankTransactionFields } from './statement.resolver.js';
export { statementRules } from './statement.rules.js';
