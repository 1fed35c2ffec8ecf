import { and } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';

/**
 * Bank statements (issue #14 §5): view on billing reads, create on billing imports. Confirming a line
 * records and allocates a payment, so it also needs what recording a payment needs (collections:create).
 * Deny by default.
 */
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
    confirmBankTransaction: and(can('billing', 'create'), can('collections', 'create')),
  },
};
