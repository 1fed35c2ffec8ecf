import type { FieldIssue } from '@agency/shared';
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Membership } from '../base/users/membership.entity.js';
import { isUuid } from '../clients/client.service.js';
import { QuoteWebsite, type QuoteWebsiteInput } from './quote-website.entity.js';

/**
 * The websites of the embeddable quote form (PR-3), managed by staff (products:edit): every field
 * checked before anything is saved, each issue named (`name`, `origins.<i>`, `producerId`,
 * `privacyNoticeUrl`). The public key is made here, random, and never changes.
 */

const MAX_ORIGINS = 20;

/** `scheme://host[:port]` as browsers send it in the Origin header, or null when `value` is not one. */
export function normalOrigin(value: string): string | null {
  const v = value.trim();
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(v)) return null;
  try {
    const u = new URL(v);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

async function checked(ctx: RequestContext, input: QuoteWebsiteInput): Promise<{ issues: FieldIssue[]; value: Omit<QuoteWebsiteInput, 'active'> & { active: boolean } }> {
  const issues: FieldIssue[] = [];
  const name = input.name?.trim() ?? '';
  if (!name) issues.push({ field: 'name', reason: 'required', message: 'Name the website.' });
  else if (name.length > 200) issues.push({ field: 'name', reason: 'too_long', message: 'At most 200 characters.' });
  const origins: string[] = [];
  const given = input.origins ?? [];
  if (!given.length) issues.push({ field: 'origins', reason: 'required', message: 'At least one origin, e.g. https://www.example.com.' });
  if (given.length > MAX_ORIGINS) issues.push({ field: 'origins', reason: 'too_many', message: `At most ${MAX_ORIGINS} origins.` });
  given.slice(0, MAX_ORIGINS).forEach((o, i) => {
    const origin = normalOrigin(o ?? '');
    if (!origin) issues.push({ field: `origins.${i}`, reason: 'invalid_origin', message: 'An origin: http(s)://host[:port], without a path.' });
    else if (origins.includes(origin)) issues.push({ field: `origins.${i}`, reason: 'duplicate', message: 'Listed twice.' });
    else origins.push(origin);
  });
  const producerId = input.producerId || null;
  if (producerId) {
    const member = isUuid(producerId) ? await ctx.em.count(Membership, { user: producerId, active: true }) : 0;
    if (!member) issues.push({ field: 'producerId', reason: 'not_found', message: 'No such active user in this company.' });
  }
  const privacyNoticeUrl = input.privacyNoticeUrl?.trim() ?? '';
  let urlOk = /^https?:\/\/\S+$/i.test(privacyNoticeUrl) && privacyNoticeUrl.length <= 500;
  if (urlOk) {
    try {
      new URL(privacyNoticeUrl);
    } catch {
      urlOk = false;
    }
  }
  if (!urlOk) issues.push({ field: 'privacyNoticeUrl', reason: 'invalid_url', message: 'The address of the privacy notice (http or https, at most 500 characters).' });
  return { issues, value: { name, origins, producerId, privacyNoticeUrl, active: input.active ?? true } };
}

export function listQuoteWebsites(ctx: RequestContext): Promise<QuoteWebsite[]> {
  ctx.requireCompany();
  return ctx.em.find(QuoteWebsite, {}, { orderBy: { name: 'asc' } });
}

/** A website of the active company, or NOT_FOUND (another company's id included). */
export async function getQuoteWebsite(ctx: RequestContext, id: string): Promise<QuoteWebsite> {
  ctx.requireCompany();
  const w = isUuid(id) ? await ctx.em.findOne(QuoteWebsite, { id }) : null;
  if (!w) throw notFound('Quote website');
  return w;
}

async function nameTaken(ctx: RequestContext, name: string, except?: string): Promise<void> {
  const other = await ctx.em.findOne(QuoteWebsite, { name, ...(except ? { id: { $ne: except } } : {}) }, { fields: ['id'] });
  if (other) throw conflict(`A website named "${name}" exists already.`, { fields: [{ field: 'name', reason: 'duplicate', message: 'Another website has this name.' }] });
}

export async function createQuoteWebsite(ctx: RequestContext, input: QuoteWebsiteInput): Promise<QuoteWebsite> {
  const companyId = ctx.requireCompany();
  const { issues, value } = await checked(ctx, input);
  if (issues.length) throw badInput(issues);
  await nameTaken(ctx, value.name);
  const w = ctx.em.create(QuoteWebsite, {
    company: ctx.em.getReference(Company, companyId, { wrapped: true }),
    ...value,
    publicKey: randomBytes(16).toString('hex'),
    createdBy: ctx.user?.id ?? null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await ctx.em.flush();
  return w;
}

export async function updateQuoteWebsite(ctx: RequestContext, id: string, input: QuoteWebsiteInput): Promise<QuoteWebsite> {
  const w = await getQuoteWebsite(ctx, id);
  const { issues, value } = await checked(ctx, input);
  if (issues.length) throw badInput(issues);
  await nameTaken(ctx, value.name, w.id);
  Object.assign(w, value);
  await ctx.em.flush();
  return w;
}

/** The snippet staff paste into the website: a container and the platform's script naming the key. */
export function snippetOf(publicUrl: string, w: QuoteWebsite): string {
  return `<div data-agency-quote></div>\n<script src="${publicUrl}/embed/quote.js" data-key="${w.publicKey}" async></script>`;
}

export function quoteWebsiteRef(ctx: RequestContext, id: string) {
  return ctx.em.getReference(QuoteWebsite, id, { wrapped: true });
}
