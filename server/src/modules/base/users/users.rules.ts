import { can, type RuleMap } from '../../../core/rules.js';

export const usersRules: RuleMap = {
  Query: { users: can('base', 'view'), userMembership: can('base', 'view') },
  Mutation: { inviteUser: can('base', 'create'), updateMembership: can('base', 'edit'), resetUserTotp: can('base', 'edit') },
};
