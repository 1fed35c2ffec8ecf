import './ledger-client.extensions.js';
import { LedgerResolver } from './ledger.resolver.js';

export { ledgerRules } from './ledger.rules.js';

/** The ledger module's resolvers (its client-card extension registers on import). */
export const LEDGER_RESOLVERS = [LedgerResolver] as const;
