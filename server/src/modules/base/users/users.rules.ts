import { chain } from 'graphql-shield';
import { can, type RuleMap } from '../../../core/rules.js';
import { notUnderSupportGrant } from '../support/support-guard.js';

/** Who may enter the company is the company's own business: never changed under a support grant. */
export const usersRules: RuleMap = {
  Query: { users: can('base', 'view'), userMembership: can('base', 'view') },
  Mutation: {
    inviteUser: chain(can('base', 'create'), notUnderSupportGrant),
    updateMembership: chain(can('base', 'edit'), notUnderSupportGrant),
    resetUserTotp: chain(can('base', 'edit'), notUnderSupportGrant),
  },
};
