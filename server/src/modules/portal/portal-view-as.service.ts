import type { RequestContext } from '../../core/context.js';
import { conflict, forbidden } from '../../core/errors.js';
import { newToken, sha256 } from '../../core/crypto.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { PortalSession } from './portal-account.entity.js';
import { grantUserOf } from './portal-grant.service.js';

const VIEW_AS_MS = 30 * 60_000;

/**
 * "View as this user" (PO-8): staff open the portal exactly as a grant's user sees it — a portal
 * session of that user, read-only (every change refused), 30 minutes, marked as such, and audited.
 * It lasts only while its opener may open it: app_open_portal_request (migration 0048) refuses it, as an
 * ended session, once the staff session that opened it is signed out or ended, the staff user disabled,
 * their membership (or the operator's support grant) gone, or a right portalViewAs requires removed —
 * and for good: the change that takes those grounds away revokes the view in its own transaction,
 * audited `view_as_end` (migration 0052), so giving them back does not revive it.
 */
export async function startViewAs(ctx: RequestContext, grantUserId: string): Promise<{ token: string; expiresAt: Date }> {
  const member = await grantUserOf(ctx, grantUserId);
  if (!member.portalUserId) throw conflict('This user has not accepted the invitation yet: there is nothing to see as them.');
  const token = newToken();
  const expiresAt = new Date(Date.now() + VIEW_AS_MS);
  const session = ctx.em.create(PortalSession, {
    company: ctx.requireCompany(),
    portalUserId: member.portalUserId,
    tokenHash: sha256(token),
    stage: 'active',
    kind: 'bearer',
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    expiresAt,
    viewAsBy: ctx.user?.id ?? null,
    // the opening statement ends the view with this staff session, the staff member's account, membership or rights
    viewAsSessionId: ctx.evidenceSessionId(),
  });
  await ctx.em.flush();
  // the rows the grounds are read from held until this commits: a change racing this opening either
  // waits and then revokes the new view, or has committed and is seen here (migration 0052)
  const [held] = await ctx.em.execute<Array<{ ok: boolean }>>('select app_view_as_hold(?) as ok', [session.id]);
  if (!held?.ok) throw forbidden('You may no longer see the portal as this user.');
  await insertAuditRows(ctx.em, ctx.actor(), [
    { companyId: ctx.requireCompany(), action: 'view_as', entityType: 'PortalUser', entityId: member.portalUserId, before: null, after: { email: member.email, grantId: member.grantId, until: expiresAt.toISOString() } },
  ]);
  return { token, expiresAt };
}
