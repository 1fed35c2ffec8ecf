import { can, isSignedIn, type RuleMap } from '../../../core/rules.js';

export const rolesRules: RuleMap = {
  Query: { roles: can('base', 'view'), role: can('base', 'view'), roleTemplates: can('base', 'view'), rightsCatalogue: isSignedIn },
  Mutation: { createRole: can('base', 'create'), copyRoleTemplate: can('base', 'create'), updateRole: can('base', 'edit'), deleteRole: can('base', 'edit') },
};
