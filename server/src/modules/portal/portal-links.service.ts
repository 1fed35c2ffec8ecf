import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken, sha256 } from '../../core/crypto.js';
import { badField } from '../../core/errors.js';
import type { PortalRequestContext } from './portal-context.js';
import { PortalToken } from './portal-account.entity.js';
import { consumeLinkAttempt } from './portal-auth.service.js';

export const INVITE_TTL_MS = 7 * 24 * 3600_000;
export const VERIFY_TTL_MS = 24 * 3600_000;

type Purpose = PortalToken['purpose'];

/** The page of the portal web app a link opens. */
const PAGES: Record<Purpose, string> = { invite: 'accept-invitation', verify: 'verify-email', reset: 'reset-password' };

export function portalLinkUrl(publicUrl: string, purpose: Purpose, token: string): string {
  return `${publicUrl}/portal/${PAGES[purpose]}?token=${token}`;
}

/**
 * A new one-time link in the caller's transaction; earlier unused links for the same purpose and
 * the same grant user (or account) stop working — only the last link sent is valid.
 */
export async function issuePortalLink(
  em: EntityManager,
  companyId: string,
  purpose: Purpose,
  email: string,
  refs: { portalUserId?: string | null; grantUserId?: string | null },
  ttlMs: number,
): Promise<string> {
  const now = new Date();
  if (refs.grantUserId) await em.nativeUpdate(PortalToken, { company: companyId, purpose, grantUserId: refs.grantUserId, usedAt: null }, { usedAt: now });
  else if (refs.portalUserId) await em.nativeUpdate(PortalToken, { company: companyId, purpose, portalUserId: refs.portalUserId, usedAt: null }, { usedAt: now });
  const token = newToken();
  em.create(PortalToken, {
    company: companyId,
    purpose,
    tokenHash: sha256(token),
    email,
    portalUserId: refs.portalUserId ?? null,
    grantUserId: refs.grantUserId ?? null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return token;
}

const linkExpired = () => badField('token', 'link_expired', 'This link has expired or was already used. Ask for a new one.');

/**
 * The valid, unused link of `token` for `purpose`; the request enters the link's company (the link
 * carries nothing else). Refused alike when unknown, used, expired or of another purpose.
 */
export async function openPortalLink(ctx: PortalRequestContext, token: string, purpose: Purpose): Promise<PortalToken> {
  await consumeLinkAttempt(ctx);
  const hash = sha256(token.trim());
  const [row] = await ctx.em.execute<Array<{ c: string | null }>>(`select app_portal_link_company(?) as c`, [hash]);
  if (!row?.c) throw linkExpired();
  await ctx.applyScope(row.c);
  const link = await ctx.em.findOne(PortalToken, { tokenHash: hash, purpose });
  if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now()) throw linkExpired();
  return link;
}
