import { can, type RuleMap } from '../../core/rules.js';

/** Every operation of the ledger module and its right (deny by default for anything not listed). */
export const ledgerRules: RuleMap = {
  Query: {
    ledgerAccounts: can('ledger', 'view'),
    trialBalance: can('ledger', 'view'),
    accountStatement: can('ledger', 'view'),
    journalEntries: can('ledger', 'view'),
    journalEntry: can('ledger', 'view'),
    ledgerClosedPeriods: can('ledger', 'view'),
    generalLedgerExport: can('ledger', 'export'),
    ledgerExport: can('ledger', 'export'),
    ledgerExportFile: can('ledger', 'export'),
  },
  Mutation: {
    postJournalEntry: can('ledger', 'edit'),
    reverseJournalEntry: can('ledger', 'edit'),
    closeLedgerPeriod: can('ledger', 'edit'),
    startGeneralLedgerExport: can('ledger', 'export'),
  },
};
