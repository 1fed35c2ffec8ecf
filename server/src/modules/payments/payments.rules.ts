import { can, type RuleMap } from '../../core/rules.js';

/**
 * Every operation of payments and remittances and its right (deny by default for anything not
 * listed): payments and matching are the `collections` module (view / create; undoing an allocation
 * is edit); remittances to insurers belong to `billing` (view, create; the statement file needs export).
 */
export const paymentsRules: RuleMap = {
  Query: {
    payments: can('collections', 'view'),
    payment: can('collections', 'view'),
    paymentSuggestions: can('collections', 'view'),
    clientAccount: can('collections', 'view'),
    paymentsDashboard: can('collections', 'view'),
    remittances: can('billing', 'view'),
    remittance: can('billing', 'view'),
    remittanceStatement: can('billing', 'export'),
  },
  Mutation: {
    recordPayment: can('collections', 'create'),
    matchPayment: can('collections', 'create'),
    undoPaymentAllocation: can('collections', 'edit'),
    createRemittance: can('billing', 'create'),
    cancelRemittance: can('billing', 'create'),
  },
};
