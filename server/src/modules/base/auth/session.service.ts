import { MFA_REQUIRING_RIGHT, isRight } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { sha256, newToken } from '../../../core/crypto.js';
import { UserSession } from './session.entity.js';
import { Membership } from '../users/membership.entity.js';
import { SupportGrant } from '../support/support-grant.entity.js';
import type { User } from '../users/user.entity.js';

const TOUCH_EVERY_MS = 60_000;

/**
 * Reads the session of a request from its token (cookie or bearer) and sets the request's scope:
 * active company, rights, channel. Never trusts a company named by the client.
 */
export async function resolveSession(ctx: RequestContext, token: string | undefined): Promise<void> {
  if (!token) return ctx.applyScope(undefined);
  const tokenHash = sha256(token);
  const session = await ctx.em.findOne(UserSession, { tokenHash }, { populate: ['user'] });
  const now = Date.now();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now || session.user.$.disabled) {
    return ctx.applyScope(undefined);
  }
  ctx.session = session;
  ctx.user = session.user.$;
  ctx.tokenHash = tokenHash;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await ctx.em.nativeUpdate(UserSession, { id: session.id }, { lastSeenAt: new Date(now) });
  }
  if (session.stage !== 'active') return ctx.applyScope(undefined);
  await loadCompanyScope(ctx, session.activeCompanyId ?? undefined);
}

/**
 * Applies company `companyId` to the request when the user may act there: through an active
 * membership (staff) or, for the platform operator, through an open support grant. Otherwise the
 * request has no company (fail closed). Returns whether the company was applied.
 */
export async function loadCompanyScope(ctx: RequestContext, companyId: string | undefined): Promise<boolean> {
  ctx.rights = new Set();
  ctx.roleName = null;
  ctx.channel = 'staff';
  await ctx.applyScope(companyId);
  let applied = false;
  if (companyId && ctx.user) {
    const membership = await ctx.em.findOne(Membership, { user: ctx.user.id, active: true }, { populate: ['role'] });
    if (membership) {
      ctx.rights = new Set(membership.role.$.rights.filter(isRight));
      ctx.roleName = membership.role.$.name;
      applied = true;
    } else if (ctx.user.isOperator && ctx.session?.supportGrantId) {
      const grant = await ctx.em.findOne(SupportGrant, { id: ctx.session.supportGrantId });
      if (grant?.active) {
        ctx.rights = new Set(grant.rights.filter(isRight));
        ctx.roleName = 'support';
        ctx.channel = 'operator';
        applied = true;
      }
    }
  }
  if (!applied && companyId) await ctx.applyScope(undefined);
  ctx.mfaEnrollmentRequired = !!ctx.user && !ctx.user.totpEnabled && (ctx.user.isOperator || ctx.rights.has(MFA_REQUIRING_RIGHT));
  return applied;
}

export interface NewSession {
  token: string;
  session: UserSession;
}

export function createSession(ctx: RequestContext, user: User, stage: UserSession['stage'], kind: UserSession['kind'], ttlMs: number, companyId: string | null): NewSession {
  const token = newToken();
  const session = ctx.em.create(UserSession, {
    tokenHash: sha256(token),
    user,
    stage,
    kind,
    activeCompanyId: companyId,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return { token, session };
}
