import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { emailSchema, LOGIN_LOCK, passwordProblems, PASSWORD_MESSAGES } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { badField, badInput, fromZod, rateLimited, unauthenticated, forbidden, notFound } from '../../../core/errors.js';
import { sha256, newToken } from '../../../core/crypto.js';
import { User } from '../users/user.entity.js';
import { LoginEvent, PasswordResetToken, UserSession } from './session.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { createSession, loadCompanyScope } from './session.service.js';
import { membershipsOfUser } from '../users/membership.queries.js';
import { verifySecondFactor } from './totp.service.js';
import { enqueueMail } from '../../mail/outbox.service.js';
import { render } from '../../mail/templates.js';
import { grantToEnter } from '../support/support.service.js';

export const LOCK_THRESHOLD = LOGIN_LOCK.attempts;
export const LOCK_MINUTES = LOGIN_LOCK.minutes;
const PENDING_MFA_MS = 5 * 60_000;
const RESET_TTL_MS = 60 * 60_000;
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

/** Per-address limits on top of the per-account lockout; LOGIN_RATE_LIMIT sets sign-ins per address per 15 minutes. */
const loginByIp = new RateLimiterMemory({ points: Number(process.env.LOGIN_RATE_LIMIT ?? 50), duration: 15 * 60 });
const resetByIp = new RateLimiterMemory({ points: Number(process.env.RESET_RATE_LIMIT ?? 10), duration: 15 * 60 });
const secondFactorBySession = new RateLimiterMemory({ points: 5, duration: 5 * 60 });

async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimited('Too many attempts. Try again later.', Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Test hook: limits are per process; each test file starts from zero. */
export async function resetRateLimits(): Promise<void> {
  await Promise.all([loginByIp, resetByIp, secondFactorBySession].map((l) => l.delete('127.0.0.1').catch(() => undefined)));
}

export type LoginStatus = 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED';
export interface LoginOutcome {
  status: LoginStatus;
  token: string | null;
  expiresAt: Date;
}

/** The one answer for a wrong password, an unknown address and a locked account: nothing tells them apart. */
const wrongCredentials = () => unauthenticated('Wrong e-mail or password.');

/**
 * Records a sign-in attempt in its own transaction (it must survive the refused request). A failure
 * of a known account counts towards its lock; the attempt that locks it also e-mails the person,
 * in their language, since the sign-in page no longer tells a locked account from a wrong password.
 */
function recordLogin(ctx: RequestContext, email: string, user: User | null, success: boolean, reason: string, failure: boolean) {
  return ctx.outside(async (em) => {
    em.create(LoginEvent, { userId: user?.id ?? null, email, success, reason, ip: ctx.ip, at: new Date() });
    if (user && failure) {
      const fresh = await em.findOneOrFail(User, user.id);
      fresh.failedLogins += 1;
      if (fresh.failedLogins >= LOCK_THRESHOLD) {
        fresh.lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
        fresh.failedLogins = 0;
        const mail = render('locked', fresh.locale, {
          name: fresh.displayName,
          minutes: String(LOCK_MINUTES),
          link: `${ctx.config.publicUrl}/forgot-password`,
        });
        await enqueueMail(em, { to: fresh.email, ...mail, kind: 'account.locked', companyId: null });
      }
    }
  });
}

function issue(ctx: RequestContext, token: string, session: UserSession): string | null {
  if (session.kind === 'cookie') {
    ctx.transport.setSessionCookie(token, session.expiresAt);
    return null;
  }
  return token;
}

export async function login(ctx: RequestContext, input: { email: string; password: string; bearer?: boolean | null }): Promise<LoginOutcome> {
  await consume(loginByIp, ctx.ip ?? 'unknown');
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) throw fromZod(parsed.error, 'email');
  const email = parsed.data;
  const user = await ctx.em.findOne(User, { email });
  // The password is checked in every case (unknown, locked or not), so the answer also takes the same time.
  const ok = await verifyPassword(user?.passwordHash, input.password);
  const locked = !!user?.lockedUntil && user.lockedUntil.getTime() > Date.now();
  if (locked || !ok || !user || user.disabled) {
    // One answer, thrown from one place, for a locked account, an unknown address and a wrong
    // password (no account enumeration); a locked-out person was told by e-mail. Attempts on a
    // locked account do not count again.
    const reason = locked ? 'locked' : !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password';
    await recordLogin(ctx, email, user, false, reason, !!user && !locked);
    throw wrongCredentials();
  }
  // With a second factor the failures keep counting until a correct code completes the sign-in:
  // signing in again with the password must not buy more guesses.
  if (!user.totpEnabled) {
    user.failedLogins = 0;
    user.lockedUntil = null;
  }
  ctx.user = user;
  await ctx.applyScope(undefined);
  const memberships = await membershipsOfUser(ctx.em, user.id);
  const companyId = memberships[0]?.company.id ?? null;
  const stage = user.totpEnabled ? 'mfa_pending' : 'active';
  const ttl = stage === 'active' ? ctx.config.sessionTtlHours * 3600_000 : PENDING_MFA_MS;
  const { token, session } = createSession(ctx, user, stage, input.bearer ? 'bearer' : 'cookie', ttl, companyId);
  ctx.session = session;
  if (stage === 'active') {
    user.lastLoginAt = new Date();
    ctx.em.create(LoginEvent, { userId: user.id, email, success: true, reason: 'password', ip: ctx.ip, at: new Date() });
    await loadCompanyScope(ctx, companyId ?? undefined);
  }
  await ctx.em.flush();
  return { status: stage === 'active' ? 'SIGNED_IN' : 'SECOND_FACTOR_REQUIRED', token: issue(ctx, token, session), expiresAt: session.expiresAt };
}

/** Second step of sign-in: a TOTP code or a recovery code for the pending session. */
export async function completeSecondFactor(ctx: RequestContext, code: string): Promise<LoginOutcome> {
  const session = ctx.session;
  const user = ctx.user;
  if (!session || !user || session.stage !== 'mfa_pending') throw unauthenticated('Sign in with your password first.');
  await consume(secondFactorBySession, session.id);
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    // Locked meanwhile (by wrong codes in this or another pending session): this sign-in is over.
    await recordLogin(ctx, user.email, user, false, 'locked', false);
    throw unauthenticated('Sign in with your password first.');
  }
  const method = verifySecondFactor(ctx, user, code);
  if (!method) {
    await recordLogin(ctx, user.email, user, false, 'wrong_second_factor', true);
    throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  }
  // A correct code completes the sign-in: only now do the failures start again from zero.
  user.failedLogins = 0;
  user.lockedUntil = null;
  session.stage = 'active';
  session.expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  user.lastLoginAt = new Date();
  ctx.em.create(LoginEvent, { userId: user.id, email: user.email, success: true, reason: method, ip: ctx.ip, at: new Date() });
  await loadCompanyScope(ctx, session.activeCompanyId ?? undefined);
  // A new token for the upgraded session: a token seen before the second factor is worth nothing after it.
  const token = newToken();
  session.tokenHash = sha256(token);
  await ctx.em.flush();
  return { status: 'SIGNED_IN', token: issue(ctx, token, session), expiresAt: session.expiresAt };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (ctx.session) ctx.session.revokedAt = new Date();
  ctx.transport.clearSessionCookie();
  await ctx.em.flush();
  return true;
}

/** Revokes every session of the user, this one included (BASE-2, "log out everywhere"). */
export async function logoutEverywhere(ctx: RequestContext): Promise<number> {
  const user = ctx.requireUser();
  const count = await ctx.em.nativeUpdate(UserSession, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  ctx.transport.clearSessionCookie();
  return count;
}

export async function revokeSession(ctx: RequestContext, sessionId: string): Promise<boolean> {
  const user = ctx.requireUser();
  const session = await ctx.em.findOne(UserSession, { id: sessionId, user: user.id, revokedAt: null });
  if (!session) throw notFound('Session');
  session.revokedAt = new Date();
  await ctx.em.flush();
  return true;
}

export function activeSessions(ctx: RequestContext): Promise<UserSession[]> {
  const user = ctx.requireUser();
  return ctx.em.find(UserSession, { user: user.id, revokedAt: null, stage: 'active', expiresAt: { $gt: new Date() } }, { orderBy: { lastSeenAt: 'desc' } });
}

/** Switches the session's active company without signing in again (BASE-3). */
export async function switchCompany(ctx: RequestContext, companyId: string): Promise<void> {
  const session = ctx.session;
  if (!session || !ctx.user) throw unauthenticated();
  const previousGrant = session.supportGrantId;
  if (ctx.user.isOperator) {
    await ctx.applyScope(companyId);
    // the grant that lets the operator in now (one whose administrator still may grant), as listed in `me`
    session.supportGrantId = await grantToEnter(ctx);
  }
  if (!(await loadCompanyScope(ctx, companyId))) {
    session.supportGrantId = previousGrant;
    await loadCompanyScope(ctx, session.activeCompanyId ?? undefined);
    throw forbidden('You have no access to this company.');
  }
  session.activeCompanyId = companyId;
  await ctx.em.flush();
}

export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
  await consume(resetByIp, ctx.ip ?? 'unknown');
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) throw fromZod(parsed.error, 'email');
  const user = await ctx.em.findOne(User, { email: parsed.data, disabled: false });
  // The same answer whether or not the address is known: no account enumeration.
  if (!user) return true;
  await issueAccountLink(ctx, user, 'reset');
  return true;
}

/** Writes a one-time link (reset or invitation) and its e-mail in the current transaction. */
export async function issueAccountLink(ctx: RequestContext, user: User, purpose: 'reset' | 'invite', companyName?: string): Promise<void> {
  const token = newToken();
  ctx.em.create(PasswordResetToken, {
    user,
    tokenHash: sha256(token),
    purpose,
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + (purpose === 'reset' ? RESET_TTL_MS : INVITE_TTL_MS)),
  });
  const link = `${ctx.config.publicUrl}/reset-password?token=${token}${purpose === 'invite' ? '&invite=1' : ''}`;
  const mail = render(purpose, user.locale, { name: user.displayName, link, company: companyName ?? '' });
  await enqueueMail(ctx.em, { to: user.email, ...mail, kind: `account.${purpose}`, companyId: purpose === 'invite' ? ctx.companyId : null });
}

export async function resetPassword(ctx: RequestContext, token: string, newPassword: string): Promise<boolean> {
  const record = await ctx.em.findOne(PasswordResetToken, { tokenHash: sha256(token) }, { populate: ['user'] });
  if (!record || record.usedAt || record.expiresAt.getTime() <= Date.now()) {
    throw badField('token', 'link_expired', 'This link has expired or was already used. Ask for a new one.');
  }
  const user = record.user.$;
  await setPassword(ctx, user, newPassword, 'newPassword');
  record.usedAt = new Date();
  user.failedLogins = 0;
  user.lockedUntil = null;
  await ctx.em.nativeUpdate(UserSession, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  await ctx.em.nativeUpdate(PasswordResetToken, { user: user.id, usedAt: null }, { usedAt: new Date() });
  await ctx.em.flush();
  return true;
}

export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const user = ctx.requireUser();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw badField('currentPassword', 'wrong_password', 'The current password is not correct.');
  }
  await setPassword(ctx, user, newPassword, 'newPassword');
  // Other sessions end; this one stays.
  await ctx.em.nativeUpdate(UserSession, { user: user.id, revokedAt: null, id: { $ne: ctx.session!.id } }, { revokedAt: new Date() });
  await ctx.em.flush();
  return true;
}

async function setPassword(ctx: RequestContext, user: User, password: string, field: string): Promise<void> {
  const problems = passwordProblems(password, user.email);
  if (problems.length) {
    throw badInput(problems.map((p) => ({ field, reason: `password_${p}`, message: PASSWORD_MESSAGES[p] })));
  }
  user.passwordHash = await hashPassword(password);
  user.passwordChangedAt = new Date();
}

