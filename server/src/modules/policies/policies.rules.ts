import { and } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';

/**
 * Every operation of the policies module and its right (deny by default for anything else).
 * Reference data (insurers, lines of business) is company configuration: reading it needs
 * policies:view; changing it needs policies:edit AND base:edit (administrators), so an agent who
 * edits policies cannot rename an insurer or change a tax rate.
 */
const administers = and(can('policies', 'edit'), can('base', 'edit'));

export const policiesRules: RuleMap = {
  Query: {
    insurers: can('policies', 'view'),
    linesOfBusiness: can('policies', 'view'),
    policies: can('policies', 'view'),
    policy: can('policies', 'view'),
    policyStatusTransitions: can('policies', 'view'),
    renewalsDue: can('policies', 'view'),
    policyAuditTrail: can('policies', 'view'),
    policiesDashboard: can('policies', 'view'),
  },
  Mutation: {
    createInsurer: administers,
    updateInsurer: administers,
    deleteInsurer: and(can('policies', 'delete'), can('base', 'edit')),
    updateLineOfBusiness: administers,
    createPolicy: can('policies', 'create'),
    updatePolicy: can('policies', 'edit'),
    setPolicyStatus: can('policies', 'edit'),
    endorsePolicy: can('policies', 'edit'),
    // renewing creates the next period's policy and links the old one to it
    renewPolicy: and(can('policies', 'create'), can('policies', 'edit')),
    addInsuredPerson: can('policies', 'edit'),
    removeInsuredPerson: can('policies', 'edit'),
    addInsuredObject: can('policies', 'edit'),
  },
};
