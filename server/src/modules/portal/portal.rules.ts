import { allow, rule } from 'graphql-shield';
import { forbidden, unauthenticated } from '../../core/errors.js';
import type { RuleMap } from '../../core/rules.js';
import type { PortalRequestContext } from './portal-context.js';

/**
 * The portal schema's own permission map (deny by default: anything not listed is refused). Only
 * a portal session opens these; a staff token is no portal session.
 */
const isPortalUser = rule('isPortalUser', { cache: 'contextual' })((_p, _a, ctx: PortalRequestContext) =>
  ctx.portalSignedIn && ctx.companyId ? true : unauthenticated(),
);

const isPortalSecondFactorPending = rule('isPortalSecondFactorPending', { cache: 'contextual' })((_p, _a, ctx: PortalRequestContext) =>
  ctx.portalSession?.stage === 'mfa_pending' ? true : unauthenticated('Sign in with your password first.'),
);

/** A change by the user (never in staff's read-only "view as"). */
const isPortalWriter = rule('isPortalWriter', { cache: 'contextual' })((_p, _a, ctx: PortalRequestContext) => {
  if (!ctx.portalSignedIn || !ctx.companyId) return unauthenticated();
  return ctx.readOnly ? forbidden('This is a read-only view.') : true;
});

export const portalRules: RuleMap = {
  Query: {
    portalMe: allow,
    portalHome: isPortalUser,
    portalContract: isPortalUser,
    portalClaim: isPortalUser,
    portalCard: isPortalUser,
    portalThreads: isPortalUser,
    portalConsents: isPortalUser,
    portalContractDocuments: isPortalUser,
    portalOffers: isPortalUser,
    portalQuoteProducts: isPortalUser,
    portalQuoteRequests: isPortalUser,
  },
  Mutation: {
    portalSignIn: allow,
    portalVerifySecondFactor: isPortalSecondFactorPending,
    portalSignOut: allow,
    portalAcceptInvitation: allow,
    portalRegister: allow,
    portalVerifyEmail: allow,
    portalChangeCard: isPortalWriter,
    portalChangePassword: isPortalWriter,
    portalReportClaim: isPortalWriter,
    portalStartThread: isPortalWriter,
    portalPostMessage: isPortalWriter,
    portalGiveConsents: isPortalWriter,
    portalWithdrawConsent: isPortalWriter,
    portalBeginTotp: isPortalWriter,
    portalConfirmTotp: isPortalWriter,
    portalDisableTotp: isPortalWriter,
    portalRequestQuote: isPortalWriter,
  },
};
