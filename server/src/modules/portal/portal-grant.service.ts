import type { FieldError } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from '../clients/client.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { PortalUser } from './portal-account.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantPolicy, PortalGrantUser } from './portal-grant.entity.js';
import { INVITE_TTL_MS, issuePortalLink, portalLinkUrl } from './portal-links.service.js';
import { portalMail } from './portal-mail.texts.js';
import { nameProblems, parseEmail } from './portal-validation.js';

export interface GrantInput {
  name: string;
  clientIds: string[];
  includeClaims?: boolean | null;
  shareMode?: 'by_status' | 'picked' | null;
  shareStatuses?: string[] | null;
  shareLines?: string[] | null;
  policyIds?: string[] | null;
  commercialView?: boolean | null;
}

/** The grant of the active company, or NOT_FOUND (another company's id finds nothing either). */
export async function grantOf(ctx: RequestContext, id: string): Promise<PortalGrant> {
  const grant = await ctx.em.findOne(PortalGrant, { id, company: ctx.requireCompany() });
  if (!grant) throw notFound('Portal grant');
  return grant;
}

/**
 * Checks a grant's input: a name unique in the company, at least one client, clients and picked
 * contracts of this company (NOT_FOUND otherwise), picked contracts only of the grant's clients.
 */
async function checkGrantInput(ctx: RequestContext, input: GrantInput, grantId: string | null): Promise<{ clientIds: string[]; policyIds: string[] }> {
  const companyId = ctx.requireCompany();
  const problems: FieldError[] = [...nameProblems(input.name, 'name')];
  const clientIds = [...new Set(input.clientIds)];
  const policyIds = [...new Set(input.policyIds ?? [])];
  if (!clientIds.length) problems.push({ field: 'clientIds', reason: 'required', message: 'Choose at least one client.' });
  if (clientIds.length > 50) problems.push({ field: 'clientIds', reason: 'too_many', message: 'At most 50 clients.' });
  const mode = input.shareMode ?? 'by_status';
  if (mode === 'by_status' && input.shareStatuses && !input.shareStatuses.length) problems.push({ field: 'shareStatuses', reason: 'required', message: 'Choose at least one status.' });
  if (mode === 'picked' && policyIds.length > 500) problems.push({ field: 'policyIds', reason: 'too_many', message: 'At most 500 contracts.' });
  if (problems.length) throw badInput(problems);
  const clients = await ctx.em.find(Client, { id: { $in: clientIds }, company: companyId, erasedAt: null });
  if (clients.length !== clientIds.length) throw notFound('Client');
  if (policyIds.length) {
    const policies = await ctx.em.find(Policy, { id: { $in: policyIds }, company: companyId });
    if (policies.length !== policyIds.length) throw notFound('Policy');
    const outside = policies.filter((p) => !clientIds.includes(p.client.id));
    if (outside.length) throw badInput([{ field: 'policyIds', reason: 'not_of_grant_clients', message: 'A picked contract belongs to a client the grant does not cover.' }]);
  }
  const same = await ctx.em.findOne(PortalGrant, { company: companyId, name: input.name.trim(), ...(grantId ? { id: { $ne: grantId } } : {}) });
  if (same) throw badInput([{ field: 'name', reason: 'taken', message: 'Another grant has this name.' }]);
  return { clientIds, policyIds };
}

function applyOptions(grant: PortalGrant, input: GrantInput): void {
  grant.name = input.name.trim();
  grant.includeClaims = !!input.includeClaims;
  grant.shareMode = input.shareMode ?? 'by_status';
  grant.shareStatuses = input.shareStatuses?.length ? [...new Set(input.shareStatuses)] : ['policy'];
  grant.shareLines = input.shareLines?.length ? [...new Set(input.shareLines)] : null;
  grant.commercialView = !!input.commercialView;
}

async function setMembers(ctx: RequestContext, grant: PortalGrant, clientIds: string[], policyIds: string[]): Promise<void> {
  const company = ctx.requireCompany();
  await ctx.em.nativeDelete(PortalGrantClient, { company, grantId: grant.id });
  await ctx.em.nativeDelete(PortalGrantPolicy, { company, grantId: grant.id });
  for (const clientId of clientIds) ctx.em.create(PortalGrantClient, { company, grantId: grant.id, clientId });
  if (grant.shareMode === 'picked') for (const policyId of policyIds) ctx.em.create(PortalGrantPolicy, { company, grantId: grant.id, policyId });
}

export async function createGrant(ctx: RequestContext, input: GrantInput): Promise<PortalGrant> {
  const { clientIds, policyIds } = await checkGrantInput(ctx, input, null);
  const grant = ctx.em.create(PortalGrant, { company: ctx.requireCompany(), name: input.name.trim(), createdBy: ctx.user?.id ?? null });
  applyOptions(grant, input);
  await ctx.em.flush();
  await setMembers(ctx, grant, clientIds, policyIds);
  await ctx.em.flush();
  return grant;
}

export async function updateGrant(ctx: RequestContext, id: string, input: GrantInput): Promise<PortalGrant> {
  const grant = await grantOf(ctx, id);
  const { clientIds, policyIds } = await checkGrantInput(ctx, input, grant.id);
  applyOptions(grant, input);
  await setMembers(ctx, grant, clientIds, policyIds);
  await ctx.em.flush();
  return grant;
}

async function companyOf(ctx: RequestContext): Promise<Company> {
  return ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
}

/** Invites an address without a verified account: a one-time link, valid 7 days, through the outbox. */
async function sendInvitation(ctx: RequestContext, grant: PortalGrant, member: PortalGrantUser): Promise<void> {
  const company = await companyOf(ctx);
  const token = await issuePortalLink(ctx.em, company.id, 'invite', member.email, { grantUserId: member.id }, INVITE_TTL_MS);
  member.invitedAt = new Date();
  const mail = portalMail('invite', company.locale, { company: company.name, grant: grant.name, link: portalLinkUrl(ctx.config.publicUrl, 'invite', token) });
  await enqueueMail(ctx.em, { to: member.email, ...mail, kind: 'portal.invite', companyId: company.id });
}

/**
 * Adds a user to the grant by e-mail: an address with a verified portal account of the company is
 * linked at once (and told); any other address receives an invitation — an unknown one as well as
 * one whose account was never verified (anyone may register with any address: only the invitation
 * link, which proves control of the address, links it).
 */
export async function addGrantUser(ctx: RequestContext, grantId: string, rawEmail: string): Promise<PortalGrantUser> {
  const grant = await grantOf(ctx, grantId);
  const parsed = parseEmail(rawEmail, 'email');
  if ('problem' in parsed) throw badInput([parsed.problem]);
  const company = ctx.requireCompany();
  if (await ctx.em.findOne(PortalGrantUser, { company, grantId: grant.id, email: parsed.email })) throw conflict('This address is already a user of the grant.');
  const found = await ctx.em.findOne(PortalUser, { company, email: parsed.email });
  const account = found?.emailVerifiedAt ? found : null;
  const member = ctx.em.create(PortalGrantUser, {
    company,
    grantId: grant.id,
    email: parsed.email,
    portalUserId: account?.id ?? null,
    linkedAt: account ? new Date() : null,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  if (account) {
    const c = await companyOf(ctx);
    const mail = portalMail('linked', account.locale, { name: account.displayName, company: c.name, grant: grant.name, link: `${ctx.config.publicUrl}/portal/?company=${c.code}` });
    await enqueueMail(ctx.em, { to: account.email, ...mail, kind: 'portal.linked', companyId: c.id });
  } else {
    await sendInvitation(ctx, grant, member);
  }
  await ctx.em.flush();
  return member;
}

export async function grantUserOf(ctx: RequestContext, id: string): Promise<PortalGrantUser> {
  const member = await ctx.em.findOne(PortalGrantUser, { id, company: ctx.requireCompany() });
  if (!member) throw notFound('Portal grant user');
  return member;
}

/** Sends the invitation again: a new link; the earlier ones stop working. */
export async function resendInvitation(ctx: RequestContext, grantUserId: string): Promise<PortalGrantUser> {
  const member = await grantUserOf(ctx, grantUserId);
  if (member.portalUserId) throw conflict('This user has an account already: no invitation needed.');
  await sendInvitation(ctx, await grantOf(ctx, member.grantId), member);
  await ctx.em.flush();
  return member;
}

export async function removeGrantUser(ctx: RequestContext, grantUserId: string): Promise<boolean> {
  const member = await grantUserOf(ctx, grantUserId);
  ctx.em.remove(member);
  await ctx.em.flush();
  return true;
}

export function grantsOfCompany(ctx: RequestContext): Promise<PortalGrant[]> {
  return ctx.em.find(PortalGrant, { company: ctx.requireCompany() }, { orderBy: { name: 'asc' } });
}
