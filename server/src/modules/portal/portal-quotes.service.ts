import type { FieldIssue } from '@agency/shared';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { isUuid } from '../clients/client.service.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord } from '../consents/consent.entity.js';
import { ConsentRecordKind } from '../consents/consent.enums.js';
import { ProductOffer, QuoteRequest, type PortalQuoteConfirmation } from '../products/offer.entity.js';
import { ProductVersionStatus } from '../products/product.enums.js';
import { checkOnLineAnswers, onLineProducts, onLineVersion } from '../products/public-quote.service.js';
import { createClientQuoteRequest } from '../products/quote-request.service.js';
import { pick } from '../products/offer-pdf.js';
import type { PortalRequestContext } from './portal-context.js';
import { myClientIds, coversClient, pendingFormCodes } from './portal-home.service.js';
import { offerViews, portalLocale, versionNames } from './portal-documents.service.js';
import type { PortalQuoteProduct, PortalQuoteRequestInput, PortalQuoteRequestView } from './portal-quotes.types.js';

/**
 * Quote requests from the portal (issue #12 item 5, PO-4). Every rule is the products module's: the
 * products a client may ask for are the published ones the website's form offers (`onLineProducts`), the
 * answers are checked as there (`checkOnLineAnswers`, BAD_USER_INPUT naming `answers.<question>`), and the
 * request joins the staff queue through `createClientQuoteRequest` (e-mails through the outbox). This file
 * only checks that the user's grants cover the client (NOT_FOUND otherwise, whoever's it is) and that the
 * client confirmed its data and consents.
 */

const MAX_NOTE = 2000;

export async function portalQuoteProducts(ctx: PortalRequestContext, lang?: string | null): Promise<PortalQuoteProduct[]> {
  ctx.requirePortalUser();
  return onLineProducts(ctx, portalLocale(lang));
}

/** The client's consent records it confirms: the latest answer to each form, with its stamp. */
async function consentSnapshot(ctx: PortalRequestContext, clientId: string): Promise<PortalQuoteConfirmation['consents']> {
  const records = await ctx.em.find(ConsentRecord, { clientId, kind: ConsentRecordKind.ANSWER }, { orderBy: { seq: 'desc' } });
  const latest = records.filter((r, i) => records.findIndex((x) => x.formId === r.formId) === i);
  const forms = latest.length ? await ctx.em.find(ConsentForm, { id: { $in: latest.map((r) => r.formId) } }) : [];
  const versions = latest.length ? await ctx.em.find(ConsentFormVersion, { id: { $in: latest.map((r) => r.formVersionId) } }) : [];
  return latest.map((r) => ({
    recordId: r.id,
    formCode: forms.find((f) => f.id === r.formId)?.code ?? '',
    version: versions.find((v) => v.id === r.formVersionId)?.version ?? 0,
    decision: r.decision,
    stamp: r.stamp,
  }));
}

/**
 * The client asks for a quote: every field is checked before anything is written (one transaction,
 * nothing half-saved) — another client's or an unknown product's id is NOT_FOUND; consent forms waiting
 * for the client's answer (CN-5) are CONFLICT `consents_pending` (`extensions.pendingForms`); a missing
 * confirmation, a too long note or a wrong answer is BAD_USER_INPUT naming the field.
 */
export async function requestQuote(ctx: PortalRequestContext, input: PortalQuoteRequestInput): Promise<PortalQuoteRequestView> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  if (!isUuid(input.clientId) || !(await coversClient(ctx, input.clientId))) throw notFound('Client');
  const client = await ctx.em.findOne(Client, { id: input.clientId, erasedAt: null });
  if (!client) throw notFound('Client');
  const version = await onLineVersion(ctx, input.productId);
  // CN-5 / PO-2: consent forms changed since the client's last answer are answered first
  const pending = await pendingFormCodes(ctx, client.id);
  if (pending.length) {
    throw conflict(`Answer the consent forms waiting for your answer (${pending.join(', ')}) on the consents page before asking for a quote.`, { reason: 'consents_pending', pendingForms: pending, clientId: client.id });
  }
  const issues: FieldIssue[] = [];
  if (input.confirmData !== true) issues.push({ field: 'confirmData', reason: 'required', message: 'Confirm the data of your card.' });
  if (input.confirmConsents !== true) issues.push({ field: 'confirmConsents', reason: 'required', message: 'Confirm your consents.' });
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE) issues.push({ field: 'note', reason: 'too_long', message: `At most ${MAX_NOTE} characters.` });
  const answers = await checkOnLineAnswers(ctx, version, input.answers ?? [], issues);
  if (issues.length) throw badInput(issues);
  const confirmation: PortalQuoteConfirmation = { confirmedAt: new Date().toISOString(), dataConfirmed: true, consents: await consentSnapshot(ctx, client.id) };
  const r = await createClientQuoteRequest(ctx, { version, client, requesterName: user.displayName, requesterEmail: user.email, answers, note, portalUserId: user.id, confirmation });
  return (await requestViews(ctx, [r], portalLocale(user.locale)))[0];
}

/** The quote requests of the clients the user's grants cover, newest first, with the offers made for them (never TEST ones). */
export async function portalQuoteRequests(ctx: PortalRequestContext, lang?: string | null): Promise<PortalQuoteRequestView[]> {
  ctx.requirePortalUser();
  const ids = await myClientIds(ctx);
  if (!ids.length) return [];
  const requests = await ctx.em.find(QuoteRequest, { client: { $in: ids } }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 100 });
  return requestViews(ctx, requests, portalLocale(lang));
}

async function requestViews(ctx: PortalRequestContext, requests: QuoteRequest[], locale: ReturnType<typeof portalLocale>): Promise<PortalQuoteRequestView[]> {
  if (!requests.length) return [];
  const ids = requests.map((r) => r.id);
  const offers = await ctx.em.find(ProductOffer, { request: { $in: ids }, test: false }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const views = await offerViews(ctx, offers, locale);
  const clients = await ctx.em.find(Client, { id: { $in: [...new Set(requests.map((r) => r.client!.id))] } }, { fields: ['id', 'displayName'] });
  const productIds = [...new Set(requests.map((r) => r.product.id))];
  const versions = await versionNames(ctx, { productIds });
  const nameOf = (productId: string) => {
    const mine = versions.filter((v) => String(v.product) === productId);
    return pick((mine.find((v) => v.status === ProductVersionStatus.PUBLISHED) ?? mine[0])?.names, locale);
  };
  return requests.map((r) => ({
    id: r.id,
    clientId: r.client!.id,
    clientName: clients.find((c) => c.id === r.client!.id)?.displayName ?? '',
    productName: nameOf(r.product.id),
    status: r.status,
    fromPortal: !!r.portalUserId,
    createdAt: r.createdAt,
    answeredAt: r.answeredAt ?? null,
    offers: views.filter((_, i) => offers[i].request?.id === r.id),
  }));
}
