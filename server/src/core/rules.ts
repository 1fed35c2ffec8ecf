import { rule, and, allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { Action, ModuleName, Right } from '@agency/shared';
import type { RequestContext } from './context.js';
import { AppError, forbidden, unauthenticated } from './errors.js';

/** Rule maps are plain objects: `{ Query: { field: rule }, Mutation: { ... } }`. */
export type RuleMap = { Query?: Record<string, unknown>; Mutation?: Record<string, unknown> };

/** Public operations are listed by name with this rule. */
export const isPublic = allow;

type Ctx = RequestContext;

/** A session exists (even one waiting for its second factor). */
export const hasSession = rule('hasSession', { cache: 'contextual' })((_p, _a, ctx: Ctx) => (ctx.session ? true : unauthenticated()));

export const isSecondFactorPending = rule('isSecondFactorPending', { cache: 'contextual' })((_p, _a, ctx: Ctx) =>
  ctx.session?.stage === 'mfa_pending' ? true : unauthenticated('Sign in with your password first.'),
);

/** Signed in; may still be obliged to enrol a second factor (only enrollment and `me` allow that). */
export const isSignedInEnrolling = rule('isSignedInEnrolling', { cache: 'contextual' })((_p, _a, ctx: Ctx) =>
  ctx.signedIn ? true : unauthenticated(),
);

/** Signed in, second factor in order. */
export const isSignedIn = rule('isSignedIn', { cache: 'contextual' })((_p, _a, ctx: Ctx) => {
  if (!ctx.signedIn) return unauthenticated();
  if (ctx.mfaEnrollmentRequired) {
    return new AppError('FORBIDDEN', 'Set up two-factor authentication first.', { reason: 'MFA_ENROLLMENT_REQUIRED' });
  }
  return true;
});

export const isOperator = and(
  isSignedIn,
  rule('isOperator', { cache: 'contextual' })((_p, _a, ctx: Ctx) => (ctx.user?.isOperator ? true : forbidden())),
);

const rightRules = new Map<Right, unknown>();

/** The right `module:action` in the active company. */
export function can(module: ModuleName, action: Action) {
  const key = `${module}:${action}` as Right;
  let r = rightRules.get(key);
  if (!r) {
    r = and(
      isSignedIn,
      rule(`can_${module}_${action}`, { cache: 'contextual' })((_p, _a, ctx: Ctx) =>
        ctx.companyId && ctx.can(key) ? true : forbidden(`You need the right ${key}.`),
      ),
    );
    rightRules.set(key, r);
  }
  return r as ReturnType<typeof and>;
}

export type { IRules };
