import type { FieldError } from '@agency/shared';
import { badInput } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import type { PortalRequestContext } from './portal-context.js';
import { PortalToken, PortalUser } from './portal-account.entity.js';
import { PortalGrantUser } from './portal-grant.entity.js';
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

/**
 * An invitation link, once. The link proves control of the address, nothing more:
 * - a new address becomes an account (e-mail verified by the link itself) and is signed in;
 * - an address whose account was never verified (anyone can register with any address) is taken over
 *   by the invitee as a new account would be: name and password chosen here (the old password is
 *   replaced, a second factor and the sessions of the account are revoked, pending verification links
 *   stop working), the e-mail is verified and the person signed in;
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
      await resetUnprovenAccount(ctx, user, input.displayName!.trim());
      user.emailVerifiedAt = now;
      await ctx.em.nativeUpdate(PortalToken, { company, purpose: 'verify', portalUserId: user.id, usedAt: null }, { usedAt: now });
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
