import type { FieldIssue } from '@agency/shared';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { AppError, badField, badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Membership } from '../base/users/membership.entity.js';
import { Client } from '../clients/client.entity.js';
import { isUuid } from '../clients/client.service.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { ProductOffer, QuoteRequest, type PortalQuoteConfirmation } from './offer.entity.js';
import type { Answer, AnswerInput } from './product-design.types.js';
import { Product, ProductVersion } from './product.entity.js';
import { ProductVersionStatus, QuoteRequestStatus } from './product.enums.js';
import { getProduct } from './product.service.js';
import { validAnswers } from './rating.service.js';
import { quoteReadyMail, quoteReceivedMail } from './quote-request.mail.js';
import { pick } from './offer-pdf.js';

/** Quote requests: a queue for staff; a handler answers with offers and the requester is e-mailed through the outbox. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function getQuoteRequest(ctx: RequestContext, id: string, forUpdate = false): Promise<QuoteRequest> {
  ctx.requireCompany();
  const r = isUuid(id) ? await ctx.em.findOne(QuoteRequest, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!r) throw notFound('Quote request');
  return r;
}

export function listQuoteRequests(ctx: RequestContext, statuses: QuoteRequestStatus[] | null): Promise<QuoteRequest[]> {
  ctx.requireCompany();
  return ctx.em.find(QuoteRequest, statuses?.length ? { status: { $in: statuses } } : {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 200 });
}

/** The version a request is answered on: the product's published one (CONFLICT when it has none). */
async function publishedVersion(ctx: RequestContext, product: Product): Promise<ProductVersion> {
  const v = await ctx.em.findOne(ProductVersion, { product: product.id, status: ProductVersionStatus.PUBLISHED });
  if (!v) throw conflict(`Product ${product.code} has no published version.`);
  return v;
}

export async function createQuoteRequest(ctx: RequestContext, input: { productId: string; clientId?: string | null; requesterName: string; requesterEmail: string; answers: AnswerInput[]; note?: string | null }): Promise<QuoteRequest> {
  const company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  const product = await getProduct(ctx, input.productId);
  const client = input.clientId ? (isUuid(input.clientId) ? await ctx.em.findOne(Client, { id: input.clientId, erasedAt: null }) : null) : null;
  if (input.clientId && !client) throw new AppError('NOT_FOUND', 'Not found — clientId', { fields: [{ field: 'clientId', reason: 'not_found', message: 'No such client.' }] });
  const v = await publishedVersion(ctx, product);
  const issues: FieldIssue[] = [];
  const name = input.requesterName?.trim() ?? '';
  const email = input.requesterEmail?.trim().toLowerCase() ?? '';
  if (!name) issues.push({ field: 'requesterName', reason: 'required', message: 'Who asks for the quote?' });
  else if (name.length > 200) issues.push({ field: 'requesterName', reason: 'too_long', message: 'At most 200 characters.' });
  if (!EMAIL.test(email) || email.length > 320) issues.push({ field: 'requesterEmail', reason: 'invalid_email', message: 'An e-mail address.' });
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) issues.push({ field: 'note', reason: 'too_long', message: 'At most 2000 characters.' });
  if (issues.length) throw badInput(issues);
  const answers = await validAnswers(ctx, v, input.answers);
  const r = ctx.em.create(QuoteRequest, {
    company,
    product,
    client,
    requesterName: name,
    requesterEmail: email,
    answers,
    note,
    status: QuoteRequestStatus.WAITING,
    handlerId: null,
    createdBy: ctx.user?.id ?? null,
    createdAt: new Date(),
    answeredAt: null,
  });
  await ctx.em.flush();
  return r;
}

export async function assignQuoteRequest(ctx: RequestContext, id: string, handlerId: string): Promise<QuoteRequest> {
  const r = await getQuoteRequest(ctx, id, true);
  const member = isUuid(handlerId) ? await ctx.em.count(Membership, { user: handlerId, active: true }) : 0;
  if (!member) throw badField('handlerId', 'not_found', 'No such active user in this company.');
  r.handlerId = handlerId;
  await ctx.em.flush();
  return r;
}

/** Answers a waiting request with offers made for it (not TEST); the requester is e-mailed in the client's (or company's) language. */
export async function answerQuoteRequest(ctx: RequestContext, id: string, offerIds: string[]): Promise<QuoteRequest> {
  const r = await getQuoteRequest(ctx, id, true);
  if (r.status !== QuoteRequestStatus.WAITING) throw conflict(`The request is ${r.status}.`, { status: r.status });
  const duplicates = offerIds.map((id, i) => (offerIds.indexOf(id) < i ? { field: `offerIds.${i}`, reason: 'duplicate', message: 'This offer is already in the list.' } : null)).filter((x) => !!x);
  if (duplicates.length) throw badInput(duplicates);
  const ids = [...new Set(offerIds)].filter(isUuid);
  const offers = ids.length ? await ctx.em.find(ProductOffer, { id: { $in: ids } }) : [];
  if (!offerIds.length) throw badField('offerIds', 'required', 'Answer with at least one offer.');
  if (offers.length !== offerIds.length) throw new AppError('NOT_FOUND', 'Not found — offerIds', { fields: [{ field: 'offerIds', reason: 'not_found', message: 'No such offer.' }] });
  const wrong = offers.filter((o) => o.test || o.request?.id !== r.id);
  if (wrong.length) throw badField('offerIds', 'not_for_request', 'Answer with offers made for this request (not TEST).');
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  const client = r.client ? await ctx.em.findOne(Client, { id: r.client.id }) : null;
  const locale = client?.preferredLocale || company.locale || 'en';
  const versions = await ctx.em.find(ProductVersion, { id: { $in: offers.map((o) => o.version.id) } });
  const nameOf = (vid: string) => {
    const names = versions.find((v) => v.id === vid)?.names ?? {};
    return (names as Record<string, string | null | undefined>)[locale] ?? names.en ?? Object.values(names).find(Boolean) ?? '';
  };
  const mail = quoteReadyMail(locale, { name: r.requesterName, company: company.name }, offers.map((o) => ({ product: nameOf(o.version.id), total: o.premiumGross, until: o.validUntil })));
  r.status = QuoteRequestStatus.ANSWERED;
  r.answeredAt = new Date();
  if (!r.handlerId) r.handlerId = ctx.user?.id ?? null;
  await ctx.em.flush();
  await enqueueMail(ctx.em, { companyId: company.id, clientId: client?.id ?? null, to: r.requesterEmail, ...mail, kind: 'products.quote_ready' });
  return r;
}

/**
 * A request a client sends from the client portal (PO-4) for a card it may see: the answers already
 * checked against the on-line product's questionnaire (`checkOnLineAnswers`), the confirmation of its
 * data and consents kept with the request. It waits in the staff queue as any request, linked to the
 * client and to the portal account (`portalUserId`: "from the portal"); the client gets a receipt and the
 * agency a notice, both through the outbox, in the same transaction as the request.
 */
export async function createClientQuoteRequest(
  ctx: RequestContext,
  input: { version: ProductVersion; client: Client; requesterName: string; requesterEmail: string; answers: Answer[]; note: string | null; portalUserId: string; confirmation: PortalQuoteConfirmation },
): Promise<QuoteRequest> {
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  const r = ctx.em.create(QuoteRequest, {
    company: ctx.em.getReference(Company, company.id, { wrapped: true }),
    product: ctx.em.getReference(Product, input.version.product.id, { wrapped: true }),
    client: input.client,
    requesterName: input.requesterName,
    requesterEmail: input.requesterEmail,
    answers: input.answers,
    note: input.note,
    status: QuoteRequestStatus.WAITING,
    handlerId: null,
    createdBy: null,
    createdAt: new Date(),
    answeredAt: null,
    portalUserId: input.portalUserId,
    portalConfirmation: input.confirmation,
  });
  await ctx.em.flush();
  const vars = (locale: string) => ({
    name: input.requesterName,
    email: input.requesterEmail,
    company: company.name,
    client: input.client.displayName,
    product: pick(input.version.names, locale as never),
    date: r.createdAt.toISOString().slice(0, 10),
    note: input.note ?? '',
  });
  const clientLocale = input.client.preferredLocale || company.locale || 'en';
  await enqueueMail(ctx.em, { companyId: company.id, clientId: input.client.id, to: input.requesterEmail, ...quoteReceivedMail('client', clientLocale, vars(clientLocale)), kind: 'products.quote_received' });
  if (company.email) await enqueueMail(ctx.em, { companyId: company.id, clientId: input.client.id, to: company.email, ...quoteReceivedMail('agency', company.locale, vars(company.locale)), kind: 'products.quote_request_portal' });
  return r;
}
