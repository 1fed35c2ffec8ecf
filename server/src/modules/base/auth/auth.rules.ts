import { isPublic, isSecondFactorPending, isSignedIn, isSignedInEnrolling, type RuleMap } from '../../../core/rules.js';

export const authRules: RuleMap = {
  Query: {
    me: isPublic,
    mySessions: isSignedIn,
  },
  Mutation: {
    login: isPublic,
    verifySecondFactor: isSecondFactorPending,
    logout: isPublic,
    logoutEverywhere: isSignedInEnrolling,
    revokeSession: isSignedIn,
    // Allowed while a second factor is due: one may leave a company that demands it for one that does not.
    switchCompany: isSignedInEnrolling,
    requestPasswordReset: isPublic,
    resetPassword: isPublic,
    changePassword: isSignedInEnrolling,
    beginTotpEnrollment: isSignedInEnrolling,
    confirmTotpEnrollment: isSignedInEnrolling,
    regenerateRecoveryCodes: isSignedIn,
    disableTotp: isSignedIn,
  },
};
