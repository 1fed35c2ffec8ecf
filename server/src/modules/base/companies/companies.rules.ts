import { isOperator, type RuleMap } from '../../../core/rules.js';

export const companiesRules: RuleMap = {
  Query: { companies: isOperator },
  Mutation: { createCompany: isOperator },
};
