import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { emailSchema, LOGIN_LOCK } from '@agency/shared';
import { AppError, badField, fromZod, rateLimited, unauthenticated } from '../../core/errors.js';
import { newToken, sha256 } from '../../core/crypto.js';
import { hashPassword, verifyPassword } from '../base/auth/password.js';
import { checkTotp } from '../base/auth/totp.service.js';
import { Company } from '../base/companies/company.entity.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { inCompany, type PortalRequestContext } from './portal-context.js';
import { PortalSession, PortalUser } from './portal-account.entity.js';
import { portalMail } from './portal-mail.texts.js';
import { checkPortalPassword } from './portal-validation.js';

const PENDING_MFA_MS = 5 * 60_000;

/** Sign-ins per address per 15 minutes (LOGIN_RATE_LIMIT, as for staff), on top of the per-account lockout. */
const signInByIp = new RateLimiterMemory({ points: Number(process.env.LOGIN_RATE_LIMIT ?? 50), duration: 15 * 60 });
const secondFactorBySession = new RateLimiterMemory({ points: 5, duration: 5 * 60 });
/** One-time links tried per address (invitations, verification): a token is not guessed, but nobody may try. */
const linksByIp = new RateLimiterMemory({ points: Number(process.env.LOGIN_RATE_LIMIT ?? 50), duration: 15 * 60 });

export async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimited('Too many attempts. Try again later.', Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

export function consumeLinkAttempt(ctx: PortalRequestContext): Promise<void> {
  return consume(linksByIp, ctx.ip ?? 'unknown');
}

/** Test hook: limits are per process. */
export async function resetPortalRateLimits(): Promise<void> {
  await Promise.all([signInByIp, secondFactorBySession, linksByIp].map((l) => l.delete('127.0.0.1').catch(() => undefined)));
}

export type PortalSignInStatus = 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED';
export interface PortalSignInOutcome {
  status: PortalSignInStatus;
  token: string | null;
}

/** One answer for an unknown company, an unknown address, a wrong password and a locked account. */
const wrongCredentials = () => unauthenticated('Wrong e-mail or password.');

/**
 * A failure of a known account counts towards its lock, in its own transaction (it must survive the
 * refused request); the failure that locks the account e-mails its owner.
 */
function recordFailure(ctx: PortalRequestContext, company: Company, userId: string): Promise<void> {
  return inCompany(ctx, company.id, async (em) => {
    const fresh = await em.findOneOrFail(PortalUser, { id: userId });
    fresh.failedLogins += 1;
    if (fresh.failedLogins >= LOGIN_LOCK.attempts) {
      fresh.lockedUntil = new Date(Date.now() + LOGIN_LOCK.minutes * 60_000);
      fresh.failedLogins = 0;
      const mail = portalMail('locked', fresh.locale, { name: fresh.displayName, minutes: String(LOGIN_LOCK.minutes), company: company.name });
      await enqueueMail(em, { to: fresh.email, ...mail, kind: 'portal.locked', companyId: company.id });
    }
  });
}

function issue(ctx: PortalRequestContext, token: string, session: PortalSession): string | null {
  if (session.kind === 'cookie') {
    ctx.transport.setSessionCookie(token, session.expiresAt);
    return null;
  }
  return token;
}

/** A new portal session of `user` in the request's company (the token is returned once, only its hash is kept). */
export function startPortalSession(ctx: PortalRequestContext, user: PortalUser, stage: PortalSession['stage'], bearer: boolean): PortalSignInOutcome {
  const token = newToken();
  const ttl = stage === 'active' ? ctx.config.sessionTtlHours * 3600_000 : PENDING_MFA_MS;
  const session = ctx.em.create(PortalSession, {
    company: ctx.requireCompany(),
    portalUserId: user.id,
    tokenHash: sha256(token),
    stage,
    kind: bearer ? 'bearer' : 'cookie',
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    expiresAt: new Date(Date.now() + ttl),
  });
  ctx.portalSession = session;
  ctx.portalUser = user;
  if (stage === 'active') user.lastLoginAt = new Date();
  return { status: stage === 'active' ? 'SIGNED_IN' : 'SECOND_FACTOR_REQUIRED', token: issue(ctx, token, session) };
}

/** The company of a portal by its code (the portal's address names it). */
export async function companyByCode(ctx: PortalRequestContext, code: string): Promise<Company | null> {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9_-]{1,19}$/.test(normalized)) return null;
  return ctx.em.findOne(Company, { code: normalized });
}

export async function portalSignIn(ctx: PortalRequestContext, input: { company: string; email: string; password: string; bearer?: boolean | null }): Promise<PortalSignInOutcome> {
  await consume(signInByIp, ctx.ip ?? 'unknown');
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) throw fromZod(parsed.error, 'email');
  const company = await companyByCode(ctx, input.company);
  if (!company) {
    await verifyPassword(null, input.password);
    throw wrongCredentials();
  }
  await ctx.applyScope(company.id);
  const user = await ctx.em.findOne(PortalUser, { email: parsed.data });
  // The password is checked in every case, so the answer also takes the same time.
  const ok = await verifyPassword(user?.passwordHash, input.password);
  const locked = !!user?.lockedUntil && user.lockedUntil.getTime() > Date.now();
  if (locked || !ok || !user || user.disabled) {
    if (user && !locked) await recordFailure(ctx, company, user.id);
    throw wrongCredentials();
  }
  if (!user.emailVerifiedAt) {
    throw new AppError('FORBIDDEN', 'Confirm your e-mail address first: open the link we sent you.', { reason: 'EMAIL_NOT_VERIFIED' });
  }
  // With a second factor, failures keep counting until a correct code completes the sign-in.
  if (!user.totpEnabled) {
    user.failedLogins = 0;
    user.lockedUntil = null;
  }
  const outcome = startPortalSession(ctx, user, user.totpEnabled ? 'mfa_pending' : 'active', !!input.bearer);
  await ctx.em.flush();
  return outcome;
}

export async function portalVerifySecondFactor(ctx: PortalRequestContext, code: string): Promise<PortalSignInOutcome> {
  const session = ctx.portalSession;
  const user = ctx.portalUser;
  if (!session || !user || session.stage !== 'mfa_pending') throw unauthenticated('Sign in with your password first.');
  await consume(secondFactorBySession, session.id);
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw unauthenticated('Sign in with your password first.');
  if (!checkTotp(ctx, user, code)) {
    await recordFailure(ctx, company, user.id);
    throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  }
  user.failedLogins = 0;
  user.lockedUntil = null;
  user.lastLoginAt = new Date();
  session.stage = 'active';
  session.expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  // a token seen before the second factor is worth nothing after it
  const token = newToken();
  session.tokenHash = sha256(token);
  await ctx.em.flush();
  return { status: 'SIGNED_IN', token: issue(ctx, token, session) };
}

export async function portalSignOut(ctx: PortalRequestContext): Promise<boolean> {
  if (ctx.portalSession) ctx.portalSession.revokedAt = new Date();
  ctx.transport.clearSessionCookie();
  await ctx.em.flush();
  return true;
}

/**
 * Checks the password of a known account outside sign-in (the e-mail verification link): the same
 * per-address limit, the same lockout and failure count as sign-in, the same time whatever the
 * outcome. A wrong password, a locked or a disabled account is refused on `field` (BAD_USER_INPUT).
 */
export async function checkAccountPassword(ctx: PortalRequestContext, user: PortalUser, password: string, field: string): Promise<void> {
  await consume(signInByIp, ctx.ip ?? 'unknown');
  const ok = await verifyPassword(user.passwordHash, password);
  const locked = !!user.lockedUntil && user.lockedUntil.getTime() > Date.now();
  if (locked || !ok || user.disabled) {
    if (!locked) {
      const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
      await recordFailure(ctx, company, user.id);
    }
    throw badField(field, 'wrong_password', 'Wrong password.');
  }
  if (!user.totpEnabled) {
    user.failedLogins = 0;
    user.lockedUntil = null;
  }
}

/**
 * An account nobody had proven to hold the address of (never verified), taken by whoever now does:
 * the new name, no second factor, no failure count or lock, and every session of the account (staff's
 * "view as" included) ended (their number is returned). The caller sets the new password and voids or
 * replaces the links (`takeOverUnprovenAccount` in `portal-account.service.ts`).
 */
export async function resetUnprovenAccount(ctx: PortalRequestContext, user: PortalUser, name: string): Promise<number> {
  user.displayName = name;
  user.totpEnabled = false;
  user.totpSecret = null;
  user.totpLastStep = null;
  user.failedLogins = 0;
  user.lockedUntil = null;
  return ctx.em.nativeUpdate(PortalSession, { company: ctx.requireCompany(), portalUserId: user.id, revokedAt: null }, { revokedAt: new Date() });
}

/** Sets a new password after the policy's checks (BAD_USER_INPUT on `field`). */
export async function setPortalPassword(user: PortalUser, password: string, field: string): Promise<void> {
  checkPortalPassword(password, user.email, field);
  user.passwordHash = await hashPassword(password);
  user.passwordChangedAt = new Date();
}
