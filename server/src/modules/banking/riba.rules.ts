import { can, type RuleMap } from '../../core/rules.js';

/** RiBa operations and their rights (module billing): view reads, edit settings and debtors, create runs and states, export the file. */
export const ribaRules: RuleMap = {
  Query: {
    ribaSettings: can('billing', 'view'),
    ribaDebtors: can('billing', 'view'),
    ribaRuns: can('billing', 'view'),
    ribaRun: can('billing', 'view'),
    ribaUnpaidByMonth: can('billing', 'view'),
    ribaFile: can('billing', 'export'),
  },
  Mutation: {
    setRibaSettings: can('billing', 'edit'),
    setRibaDebtor: can('billing', 'edit'),
    startRibaRun: can('billing', 'create'),
    presentRibaRun: can('billing', 'create'),
    setRibaOutcome: can('billing', 'create'),
  },
};
