import { can, type RuleMap } from '../../core/rules.js';

/** Bank statements (issue #14 §5): view on billing reads, create on billing imports and confirms. Deny by default. */
export const statementRules: RuleMap = {
  Query: {
    bankStatements: can('billing', 'view'),
    bankStatement: can('billing', 'view'),
    bankTransactions: can('billing', 'view'),
    bankTransaction: can('billing', 'view'),
    bankLinesDashboard: can('billing', 'view'),
    directDebitMonths: can('billing', 'view'),
  },
  Mutation: {
    importBankStatement: can('billing', 'create'),
    confirmBankTransaction: can('billing', 'create'),
  },
};
