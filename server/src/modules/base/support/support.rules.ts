import { can, type RuleMap } from '../../../core/rules.js';

export const supportRules: RuleMap = {
  Query: { supportGrants: can('base', 'view') },
  Mutation: { grantSupportAccess: can('base', 'edit'), revokeSupportAccess: can('base', 'edit') },
};
