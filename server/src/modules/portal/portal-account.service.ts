import type { FieldError } from '@agency/shared';
import { badInput } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import type { PortalRequestContext } from './portal-context.js';
import { PortalToken, PortalUser } from './portal-account.entity.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { PortalGrant, PortalGrantClient, PortalGrantPolicy, PortalGrantUser } from './portal-grant.entity.js';
import { resetUnprovenAccount, setPortalPassword, startPortalSession } from './portal-auth.service.js';
import { openPortalLink } from './portal-links.service.js';
import { nameProblems, passwordFieldProblems } from './portal-validation.js';
import { PortalSignInStatus, type PortalAccount, type PortalSignInResult } from './portal.types.js';

export async function portalMe(ctx: PortalRequestContext): Promise<PortalAccount | null> {
  if (!ctx.portalSignedIn || !ctx.portalUser) return null;
  const user = ctx.portalUser;
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    emailVerified: !!user.emailVerifiedAt,
    totpEnabled: user.totpEnabled,
    companyCode: company.code,
    companyName: company.name,
    companyCurrency: company.currency,
    readOnly: ctx.readOnly,
  };
}

/** How an account nobody had proven to hold the address of was taken over. */
export type PortalTakeover = 'invitation' | 'registration';

/**
 * An account nobody had proven to hold the address of (never verified: anyone may register with any
 * address), taken over by whoever now does — the invitee opening an invitation link (`acceptInvitation`),
 * or a new registration of the address replacing a pending one (`register`). Nothing the earlier holder
 * made for themselves survives it:
 * - the new name, no second factor, no failure count or lock, every session of the account (staff's
 *   "view as" included) ended (`resetUnprovenAccount`), every unused one-time link of the account void;
 * - the account withdrawn from every grant its earlier holder made for themselves: a grant nobody on the
 *   staff created (`createdBy` null — a registration's, over the card that registration entered), removed
 *   with its clients and picked contracts when no other user is left on it; the card stays with the
 *   agency, as a prospect. Grants staff made (and the addresses staff added to such a grant) are kept;
 * - audited: action `takeover` on the `PortalUser`, channel portal, naming the address, with
 *   `{ email, via, displayName, grantsLeft, grantsRemoved, sessionsEnded, linksVoided }` (before:
 *   the earlier holder's name and whether a second factor was on).
 * The caller sets the new password (and, for an invitation, verifies the address and links the
 * invitations waiting for it — after this, so that they are kept).
 */
export async function takeOverUnprovenAccount(ctx: PortalRequestContext, user: PortalUser, name: string, via: PortalTakeover): Promise<void> {
  const company = ctx.requireCompany();
  const before = { displayName: user.displayName, totpEnabled: user.totpEnabled };
  // the trail names the address that takes the account over (channel portal)
  ctx.portalUser = user;
  const sessionsEnded = await resetUnprovenAccount(ctx, user, name);
  const linksVoided = await ctx.em.nativeUpdate(PortalToken, { company, portalUserId: user.id, usedAt: null }, { usedAt: new Date() });
  const { left, removed } = await withdrawSelfMadeGrants(ctx, user);
  await insertAuditRows(ctx.em, ctx.actor(), [
    {
      companyId: company,
      action: 'takeover',
      entityType: 'PortalUser',
      entityId: user.id,
      before,
      after: { email: user.email, via, displayName: name, grantsLeft: left, grantsRemoved: removed, sessionsEnded, linksVoided },
    },
  ]);
}

/**
 * Withdraws the account from the grants no staff member created (its registration's): such a grant is
 * removed, with its clients and picked contracts, when no other user is left on it. Returns the grants
 * left and those removed.
 */
async function withdrawSelfMadeGrants(ctx: PortalRequestContext, user: PortalUser): Promise<{ left: string[]; removed: string[] }> {
  const company = ctx.requireCompany();
  const memberships = await ctx.em.find(PortalGrantUser, { company, portalUserId: user.id });
  if (!memberships.length) return { left: [], removed: [] };
  const grants = await ctx.em.find(PortalGrant, { company, id: { $in: memberships.map((m) => m.grantId) }, createdBy: null }, { orderBy: { id: 'asc' } });
  if (!grants.length) return { left: [], removed: [] };
  const grantIds = grants.map((g) => g.id);
  const others = await ctx.em.find(PortalGrantUser, { company, grantId: { $in: grantIds }, id: { $nin: memberships.map((m) => m.id) } });
  const shared = new Set(others.map((o) => o.grantId));
  const removed = grantIds.filter((id) => !shared.has(id));
  for (const member of memberships) if (grantIds.includes(member.grantId)) ctx.em.remove(member);
  if (removed.length) {
    for (const row of await ctx.em.find(PortalGrantClient, { company, grantId: { $in: removed } })) ctx.em.remove(row);
    for (const row of await ctx.em.find(PortalGrantPolicy, { company, grantId: { $in: removed } })) ctx.em.remove(row);
  }
  // the grant's rows first, then the grant: a grant written next (a new registration's) may take its name
  await ctx.em.flush();
  for (const grant of grants) if (removed.includes(grant.id)) ctx.em.remove(grant);
  await ctx.em.flush();
  return { left: grantIds, removed };
}

/**
 * An invitation link, once. The link proves control of the address, nothing more:
 * - a new address becomes an account (e-mail verified by the link itself) and is signed in;
 * - an address whose account was never verified (anyone can register with any address) is taken over
 *   by the invitee as a new account would be (`takeOverUnprovenAccount`): name and password chosen here
 *   (the old password is replaced, a second factor and the sessions of the account are revoked, its
 *   pending links stop working, the grants its earlier holder's registration made are withdrawn; audited
 *   `takeover`), the e-mail is verified and the person signed in;
 * - a verified account is linked to the grant and signs in as usual (LINKED).
 * Every waiting invitation of the address in the company is linked with it.
 */
export async function acceptInvitation(
  ctx: PortalRequestContext,
  input: { token: string; displayName?: string | null; password?: string | null; bearer?: boolean | null },
): Promise<PortalSignInResult> {
  const link = await openPortalLink(ctx, input.token, 'invite');
  const company = ctx.requireCompany();
  let user = await ctx.em.findOne(PortalUser, { company, email: link.email });
  const verified = !!user?.emailVerifiedAt;
  const now = new Date();
  if (!verified) {
    const problems: FieldError[] = [...nameProblems(input.displayName, 'displayName'), ...passwordFieldProblems(input.password ?? '', link.email, 'password')];
    if (problems.length) throw badInput(problems);
    if (!user) {
      user = ctx.em.create(PortalUser, { company, email: link.email, displayName: input.displayName!.trim(), emailVerifiedAt: now, createdAt: now });
    } else {
      await takeOverUnprovenAccount(ctx, user, input.displayName!.trim(), 'invitation');
      user.emailVerifiedAt = now;
    }
    await setPortalPassword(user, input.password!, 'password');
    await ctx.em.flush();
  }
  await ctx.em.nativeUpdate(PortalGrantUser, { company, email: link.email, portalUserId: null }, { portalUserId: user!.id, linkedAt: now });
  link.usedAt = now;
  if (verified) {
    await ctx.em.flush();
    return { status: PortalSignInStatus.LINKED, token: null };
  }
  const outcome = startPortalSession(ctx, user!, 'active', !!input.bearer);
  await ctx.em.flush();
  return { status: outcome.status as PortalSignInStatus, token: outcome.token };
}
