import { MFA_REQUIRING_RIGHT } from '@agency/shared';
import { openingFor, type Opening, type OpeningRow, type RequestContext } from '../../../core/context.js';
import { sha256, newToken } from '../../../core/crypto.js';
import { UserSession } from './session.entity.js';
import type { User } from '../users/user.entity.js';

const TOUCH_EVERY_SECONDS = 60;

/** The opening of a staff request for its token (core/request.ts sends it with the transaction's BEGIN). */
export function staffOpening(token: string | undefined): Opening {
  return openingFor(token, TOUCH_EVERY_SECONDS);
}

/**
 * The session of a request as its opening statement read it from the token, and the request's scope
 * as it set it: active company, rights, channel (app_open_request). Never trusts a company named by
 * the client.
 */
export function applyOpening(ctx: RequestContext, opening: Opening, row: OpeningRow | undefined): void {
  const opened = ctx.opened(row);
  if (!opened) return;
  // mapped to managed entities when a service first asks for them (changes to them are flushed)
  ctx.openedWith(opened);
  ctx.tokenHash = opening.tokenHash;
  ctx.mfaEnrollmentRequired = mfaEnrollmentRequired(ctx);
}

function mfaEnrollmentRequired(ctx: RequestContext): boolean {
  return !!ctx.userId && !ctx.secondFactorEnabled && (ctx.isOperator || ctx.rights.has(MFA_REQUIRING_RIGHT));
}

/**
 * Applies company `companyId` to the request when the user may act there: through an active
 * membership (staff) or, for the platform operator, through an open support grant. Otherwise the
 * request has no company (fail closed). Returns whether the company was applied.
 */
export async function loadCompanyScope(ctx: RequestContext, companyId: string | undefined): Promise<boolean> {
  const applied = await ctx.enterCompany(companyId);
  ctx.mfaEnrollmentRequired = mfaEnrollmentRequired(ctx);
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
