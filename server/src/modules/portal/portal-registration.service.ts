import { validateNewClient, type FieldError, type NewClientInput } from '@agency/shared';
import { badInput } from '../../core/errors.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { createClient } from '../clients/client-card.service.js';
import { validationOptions } from '../clients/client.service.js';
import { findDuplicates } from '../clients/client-duplicates.service.js';
import type { PortalRequestContext } from './portal-context.js';
import { PortalUser } from './portal-account.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantUser } from './portal-grant.entity.js';
import { takeOverUnprovenAccount } from './portal-account.service.js';
import { hashPassword } from '../base/auth/password.js';
import { checkAccountPassword, companyByCode, consumeLinkAttempt, startPortalSession, type PortalSignInOutcome } from './portal-auth.service.js';
import { issuePortalLink, openPortalLink, portalLinkUrl, VERIFY_TTL_MS } from './portal-links.service.js';
import { portalMail } from './portal-mail.texts.js';
import { nameProblems, parseEmail, passwordFieldProblems } from './portal-validation.js';

const ALL_STATUSES = ['request', 'offer', 'application', 'policy', 'own', 'foreign', 'foreign_part', 'blocked', 'info', 'dormant', 'cancelled'];

export interface RegistrationInput {
  company: string;
  email: string;
  password: string;
  displayName?: string | null;
  client: Omit<NewClientInput, 'status'>;
}

/**
 * A prospective client registers on the agency's portal (PO-1): the card is created by the clients
 * module's own service with the staff validators, as a prospect; the account waits for its e-mail
 * to be verified (a one-time link, 24 hours, opened with the password chosen here).
 *
 * Nothing on the form tells whether an address or a tax id is known (no account enumeration): once
 * the input is valid the answer is always `true`, and the password is hashed on every path (the bulk
 * of the time; a new registration still does more database work). An address that has an account already gets a short notice by e-mail ("someone tried to
 * register with your address; if it was you, sign in") and nothing is created; a tax id or VAT number
 * already on a card of the company creates nothing either, and the given address is told by e-mail
 * that the registration could not be completed and to contact the agency (never whose card it is).
 *
 * An account that is still only a pending registration — never verified, never signed in, not
 * disabled — proves nothing about who holds the address (anyone may register with any address), so it
 * must not keep the address from its owner: registering that address again replaces it, as a new
 * registration (`replacePendingRegistration`, a takeover audited `takeover`): the new name, language and password, the earlier
 * verification links and sessions void, the earlier registration's own grant withdrawn, the new card
 * and grant created and a fresh verification link sent. Only whoever holds both the mailbox and the
 * latest password can verify.
 */
export async function register(ctx: PortalRequestContext, input: RegistrationInput): Promise<boolean> {
  await consumeLinkAttempt(ctx);
  const problems: FieldError[] = [];
  const parsedEmail = parseEmail(input.email, 'email');
  if ('problem' in parsedEmail) problems.push(parsedEmail.problem);
  const email = 'email' in parsedEmail ? parsedEmail.email : '';
  problems.push(...passwordFieldProblems(input.password, email, 'password'));
  const company = await companyByCode(ctx, input.company);
  if (!company) problems.push({ field: 'company', reason: 'unknown_company', message: 'No such agency portal.' });
  if (problems.length) throw badInput(problems);
  await ctx.applyScope(company!.id);
  const clientInput: NewClientInput = { ...input.client, status: 'prospect' };
  const parsed = validateNewClient(clientInput, await validationOptions(ctx));
  if (!parsed.ok) throw badInput(parsed.errors.map((e) => ({ ...e, field: `client.${e.field}` })));
  const name = input.displayName?.trim() || parsed.data.registry.legalName || [parsed.data.registry.firstName, parsed.data.registry.lastName].filter(Boolean).join(' ');
  const nameIssues = nameProblems(name, 'displayName');
  if (nameIssues.length) throw badInput(nameIssues);
  // hashed on every path below, so that no answer is faster than a registration
  const passwordHash = await hashPassword(input.password);
  const locale = parsed.data.registry.preferredLocale ?? company!.locale;
  const existing = await ctx.em.findOne(PortalUser, { company: company!.id, email });
  const pending = !!existing && isPendingRegistration(existing);
  if (existing && !pending) {
    const mail = portalMail('registration_exists', existing.locale, { name: existing.displayName, company: company!.name, link: `${ctx.config.publicUrl}/portal/?company=${company!.code}` });
    await enqueueMail(ctx.em, { to: email, ...mail, kind: 'portal.registration_exists', companyId: company!.id });
    await ctx.em.flush();
    return true;
  }
  const taken = await findDuplicates(ctx, { taxCode: parsed.data.registry.taxCode, vatNumber: parsed.data.registry.vatNumber });
  if (taken.length) {
    const mail = portalMail('registration_taken', locale, { company: company!.name });
    await enqueueMail(ctx.em, { to: email, ...mail, kind: 'portal.registration_taken', companyId: company!.id });
    await ctx.em.flush();
    return true;
  }
  const user = pending ? existing! : ctx.em.create(PortalUser, { company: company!.id, email, displayName: name, locale, createdAt: new Date() });
  // the audit trail names the person who entered the card (channel portal)
  ctx.portalUser = user;
  if (pending) await replacePendingRegistration(ctx, user, name, locale);
  // the policy was checked with the other fields above
  user.passwordHash = passwordHash;
  user.passwordChangedAt = new Date();
  const client = await createClient(ctx, clientInput, true);
  const grantName = await freeGrantName(ctx, company!.id, `${name} (${email})`.slice(0, 200));
  const grant = ctx.em.create(PortalGrant, { company: company!.id, name: grantName, includeClaims: true, shareStatuses: ALL_STATUSES, commercialView: true });
  await ctx.em.flush();
  ctx.em.create(PortalGrantClient, { company: company!.id, grantId: grant.id, clientId: client.id });
  ctx.em.create(PortalGrantUser, { company: company!.id, grantId: grant.id, email, portalUserId: user.id, linkedAt: new Date(), createdAt: new Date() });
  const token = await issuePortalLink(ctx.em, company!.id, 'verify', email, { portalUserId: user.id }, VERIFY_TTL_MS);
  const mail = portalMail('verify', user.locale, { name, company: company!.name, link: portalLinkUrl(ctx.config.publicUrl, 'verify', token) });
  await enqueueMail(ctx.em, { to: email, ...mail, kind: 'portal.verify', companyId: company!.id, clientId: client.id });
  await ctx.em.flush();
  return true;
}

/** An account nobody has shown to hold the address of: registered, never verified, never signed in (and not disabled by staff). */
function isPendingRegistration(user: PortalUser): boolean {
  return !user.emailVerifiedAt && !user.lastLoginAt && !user.disabled;
}

/**
 * Clears a pending registration for the registration that replaces it (the caller then sets the new
 * password, creates the new card and grant and sends the new verification link): the account is taken
 * over as by an invitation (`takeOverUnprovenAccount`: the new name, no second factor, no failure count
 * or lock, every session and unused link of the account void, the account withdrawn from the grants its
 * registration made — removed when no other user is left on them —, audited `takeover`), and given the
 * new language. The card that registration entered stays with the agency, as a prospect; grants staff
 * made are kept.
 */
async function replacePendingRegistration(ctx: PortalRequestContext, user: PortalUser, name: string, locale: string): Promise<void> {
  await takeOverUnprovenAccount(ctx, user, name, 'registration');
  user.locale = locale;
}

/** `base`, or `base 2`, `base 3`, … when another grant of the company has that name (the name is unique in the company). */
async function freeGrantName(ctx: PortalRequestContext, companyId: string, base: string): Promise<string> {
  let name = base;
  for (let i = 2; await ctx.em.findOne(PortalGrant, { company: companyId, name }); i++) name = `${base.slice(0, 190)} ${i}`;
  return name;
}

/**
 * The verification link, with the password chosen at registration: the address is verified, the
 * link spent and the person signed in. A wrong password is refused on `password` like a failed
 * sign-in (it counts towards the account's lock and the per-address limit) and the link stays
 * usable until it expires — whoever merely receives the mail cannot verify someone else's account.
 */
export async function verifyEmail(ctx: PortalRequestContext, token: string, password: string, bearer: boolean): Promise<PortalSignInOutcome> {
  const link = await openPortalLink(ctx, token, 'verify');
  const user = await ctx.em.findOneOrFail(PortalUser, { company: ctx.requireCompany(), id: link.portalUserId! });
  await checkAccountPassword(ctx, user, password, 'password');
  user.emailVerifiedAt ??= new Date();
  link.usedAt = new Date();
  const outcome = startPortalSession(ctx, user, user.totpEnabled ? 'mfa_pending' : 'active', bearer);
  await ctx.em.flush();
  return outcome;
}
