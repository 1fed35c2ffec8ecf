import type { RuleMap } from '../../core/rules.js';

/** Every operation of the billing module and its right (deny by default for anything not listed). */
export const billingRules: RuleMap = { Query: {}, Mutation: {} };
