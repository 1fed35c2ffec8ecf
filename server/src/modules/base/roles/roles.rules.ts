import { chain } from 'graphql-shield';
import { can, isSignedIn, type RuleMap } from '../../../core/rules.js';
import { notUnderSupportGrant } from '../support/support-guard.js';

/** Roles carry rights: never created or changed under a support grant. */
export const rolesRules: RuleMap = {
  Query: { roles: can('base', 'view'), role: can('base', 'view'), roleTemplates: can('base', 'view'), rightsCatalogue: isSignedIn },
  Mutation: {
    createRole: chain(can('base', 'create'), notUnderSupportGrant),
    copyRoleTemplate: chain(can('base', 'create'), notUnderSupportGrant),
    updateRole: chain(can('base', 'edit'), notUnderSupportGrant),
    deleteRole: chain(can('base', 'edit'), notUnderSupportGrant),
  },
};
