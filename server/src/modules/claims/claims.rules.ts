import { can, type RuleMap } from '../../core/rules.js';

/** Every operation of the claims module and its right (deny by default for anything not listed). */
export const claimsRules: RuleMap = {
  Query: {
    claims: can('claims', 'view'),
    claim: can('claims', 'view'),
    claimStatusTransitions: can('claims', 'view'),
    claimsDashboard: can('claims', 'view'),
  },
  Mutation: {
    reportClaim: can('claims', 'create'),
    updateClaim: can('claims', 'edit'),
    moveClaim: can('claims', 'edit'),
    setClaimReserve: can('claims', 'edit'),
    addClaimPayment: can('claims', 'edit'),
    deleteClaim: can('claims', 'delete'),
  },
};
