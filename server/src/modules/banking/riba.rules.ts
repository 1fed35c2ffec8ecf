import { and, chain, or, rule } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';
import { RibaOutcome } from './riba.types.js';

/** setRibaOutcome was called with this outcome (the rule reads the parsed argument). */
const outcomeIs = (outcome: RibaOutcome) => rule(`riba_outcome_${outcome}`, { cache: 'strict' })((_p, args: { outcome?: unknown }) => args.outcome === outcome);

/**
 * RiBa operations and their rights (module billing): view reads, edit settings and debtors, create runs and states, export the file.
 * The states move payments, so they also need what the payments module asks for the same work (payments.rules.ts):
 * presenting a run records a payment per receipt (collections:create); the bank's "paid" books the credit of that
 * payment (collections:create); "unpaid" undoes its allocation and reverses it (collections:edit, as undoPaymentAllocation).
 */
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
    presentRibaRun: and(can('billing', 'create'), can('collections', 'create')),
    setRibaOutcome: and(
      can('billing', 'create'),
      or(chain(outcomeIs(RibaOutcome.PAID), can('collections', 'create')), chain(outcomeIs(RibaOutcome.UNPAID), can('collections', 'edit'))),
    ),
  },
};
