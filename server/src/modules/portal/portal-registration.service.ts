import { validateNewClient, type FieldError, type NewClientInput } from '@agency/shared';
import { badInput } from '../../core/errors.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { createClient } from '../clients/client-card.service.js';
import { validationOptions } from '../clients/client.service.js';
import { findDuplicates } from '../clients/client-duplicates.service.js';
import type { PortalRequestContext } from './portal-context.js';
import { PortalUser } from './portal-account.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantUser } from './portal-grant.entity.js';
import { companyByCode, consumeLinkAttempt, setPortalPassword, startPortalSession, type PortalSignInOutcome } from './portal-auth.service.js';
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
 * to be verified (a one-time link, 24 hours). A tax id already on a card of the company is refused
 * on its field without telling whose card it is. An address that has an account already gets the
 * same answer (no account enumeration) and nothing is created.
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
  const taken = await findDuplicates(ctx, { taxCode: parsed.data.registry.taxCode, vatNumber: parsed.data.registry.vatNumber });
  if (taken.length) {
    const field = taken.some((d) => d.matchedOn.includes('taxCode')) ? 'client.taxCode' : 'client.vatNumber';
    throw badInput([{ field, reason: 'already_registered', message: 'This tax id is already registered with the agency. Please contact the agency.' }]);
  }
  if (await ctx.em.findOne(PortalUser, { company: company!.id, email })) return true;
  const user = ctx.em.create(PortalUser, { company: company!.id, email, displayName: name, locale: parsed.data.registry.preferredLocale ?? company!.locale, createdAt: new Date() });
  await setPortalPassword(user, input.password, 'password');
  // the audit trail names the person who entered the card (channel portal)
  ctx.portalUser = user;
  const client = await createClient(ctx, clientInput, true);
  const grant = ctx.em.create(PortalGrant, { company: company!.id, name: `${name} (${email})`.slice(0, 200), includeClaims: true, shareStatuses: ALL_STATUSES, commercialView: true });
  await ctx.em.flush();
  ctx.em.create(PortalGrantClient, { company: company!.id, grantId: grant.id, clientId: client.id });
  ctx.em.create(PortalGrantUser, { company: company!.id, grantId: grant.id, email, portalUserId: user.id, linkedAt: new Date(), createdAt: new Date() });
  const token = await issuePortalLink(ctx.em, company!.id, 'verify', email, { portalUserId: user.id }, VERIFY_TTL_MS);
  const mail = portalMail('verify', user.locale, { name, company: company!.name, link: portalLinkUrl(ctx.config.publicUrl, 'verify', token) });
  await enqueueMail(ctx.em, { to: email, ...mail, kind: 'portal.verify', companyId: company!.id, clientId: client.id });
  await ctx.em.flush();
  return true;
}

/** The verification link, once: the address is verified and the person signed in. */
export async function verifyEmail(ctx: PortalRequestContext, token: string, bearer: boolean): Promise<PortalSignInOutcome> {
  const link = await openPortalLink(ctx, token, 'verify');
  const user = await ctx.em.findOneOrFail(PortalUser, { company: ctx.requireCompany(), id: link.portalUserId! });
  user.emailVerifiedAt ??= new Date();
  link.usedAt = new Date();
  const outcome = startPortalSession(ctx, user, user.totpEnabled ? 'mfa_pending' : 'active', bearer);
  await ctx.em.flush();
  return outcome;
}
