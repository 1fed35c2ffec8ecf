export { billingRules } from './billing.rules.js';

/** The billing module's resolvers. */
export const BILLING_RESOLVERS = [] as const;
