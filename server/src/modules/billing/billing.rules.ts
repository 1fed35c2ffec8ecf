import { can, type RuleMap } from '../../core/rules.js';

/** Every operation of the billing module and its right (deny by default for anything not listed). */
export const billingRules: RuleMap = {
  Query: {
    premiumDocuments: can('billing', 'view'),
    premiumDocument: can('billing', 'view'),
    premiumDocumentPdf: can('billing', 'view'),
    billingRuns: can('billing', 'view'),
    billingRun: can('billing', 'view'),
    billingDashboard: can('billing', 'view'),
  },
  Mutation: {
    issuePremiumReceipt: can('billing', 'create'),
    issueCreditNote: can('billing', 'create'),
    sendPremiumDocument: can('billing', 'edit'),
    startBillingRun: can('billing', 'create'),
    resumeBillingRun: can('billing', 'create'),
    setCommissionRate: can('billing', 'edit'),
  },
};
