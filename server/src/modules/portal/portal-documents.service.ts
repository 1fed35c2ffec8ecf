import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { StoredDocument } from '../documents/document.entity.js';
import { ProductOffer } from '../products/offer.entity.js';
import { ProductVersion } from '../products/product.entity.js';
import type { LocalizedText } from '../products/product-design.types.js';
import { offerState } from '../products/offer.service.js';
import { pick } from '../products/offer-pdf.js';
import { LOCALES, type Locale } from '@agency/shared';
import { normaliseDecimal } from '../policies/money.js';
import type { PortalRequestContext } from './portal-context.js';
import { PORTAL_SCOPE_SQL } from './portal-scope.sql.js';
import { coversClient } from './portal-home.service.js';
import type { PortalDocument, PortalOffer } from './portal-documents.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * Documents shared with a portal user (issue #12 item 8): the consent PDFs of the clients its grants
 * cover, and the documents of the contracts its grants share. One SQL rule, filtered by the grants
 * (as every portal read); any other document — another client's, another company's, an identity
 * scan — is NOT_FOUND. Each download is audited (action `download`, the portal user named).
 */

export const portalDocumentUrl = (id: string) => `/portal/files/documents/${id}`;
export const portalOfferUrl = (id: string) => `/portal/files/offers/${id}`;

/** What a portal user may download: SQL over the user's grants. */
const SHARED_DOCUMENTS = `
  shared_documents as (
    select d.id, 'consent' as shared_as from document d join my_clients m on m.client_id = d.client_id, me
     where d.company_id = me.company_id and d.owner_type = 'client' and d.category = 'consent'
    union all
    select d.id, 'policy' as shared_as from document d join (select distinct policy_id from shared) s on s.policy_id = d.owner_id, me
     where d.company_id = me.company_id and d.owner_type = 'policy'
  )`;

/** A document the user's grants share, or NOT_FOUND (whoever's it is). */
export async function sharedDocument(ctx: PortalRequestContext, id: string): Promise<StoredDocument> {
  const user = ctx.requirePortalUser();
  if (!isUuid(id)) throw notFound('Document');
  const rows = await ctx.em.execute<Array<{ id: string }>>(`with ${PORTAL_SCOPE_SQL}, ${SHARED_DOCUMENTS} select id from shared_documents where id = ? limit 1`, [ctx.requireCompany(), user.id, id]);
  if (!rows.length) throw notFound('Document');
  const doc = await ctx.em.findOne(StoredDocument, { id });
  if (!doc) throw notFound('Document');
  return doc;
}

/** The documents of one shared contract (newest first); NOT_FOUND for a contract the grants do not share. */
export async function contractDocuments(ctx: PortalRequestContext, policyId: string): Promise<StoredDocument[]> {
  const user = ctx.requirePortalUser();
  if (!isUuid(policyId)) throw notFound('Contract');
  const shared = await ctx.em.execute<Array<{ ok: number }>>(`with ${PORTAL_SCOPE_SQL} select 1 as ok from shared where policy_id = ? limit 1`, [ctx.requireCompany(), user.id, policyId]);
  if (!shared.length) throw notFound('Contract');
  return ctx.em.find(StoredDocument, { ownerType: 'policy', ownerId: policyId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** One audit row per download: who (the portal user, or staff viewing as), which file, of which client. */
export async function auditDownload(ctx: PortalRequestContext, entityType: string, entityId: string, what: Record<string, unknown>): Promise<void> {
  await insertAuditRows(ctx.em, ctx.actor(), [{ companyId: ctx.requireCompany(), action: 'download', entityType, entityId, before: null, after: what }]);
}

export function documentView(d: StoredDocument): PortalDocument {
  return { id: d.id, fileName: d.fileName, contentType: d.contentType, sizeBytes: Number(d.sizeBytes), category: d.category, createdAt: d.createdAt, downloadUrl: portalDocumentUrl(d.id) };
}

/** Offers made to a client the user's grants cover (test ratings left out), newest first; NOT_FOUND for any other client. */
export async function portalOffers(ctx: PortalRequestContext, clientId: string, lang?: string | null): Promise<PortalOffer[]> {
  ctx.requirePortalUser();
  if (!isUuid(clientId) || !(await coversClient(ctx, clientId))) throw notFound('Client');
  const offers = await ctx.em.find(ProductOffer, { client: clientId, test: false }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  return offerViews(ctx, offers, portalLocale(lang));
}

export const portalLocale = (lang?: string | null): Locale => ((LOCALES as readonly string[]).includes(lang ?? '') ? lang : 'en') as Locale;

/**
 * The names of product versions, by version ids or by product ids, as plain rows: only what a portal list
 * shows (never a version's questions, rating rules or documents, which a list need not load).
 */
export function versionNames(ctx: PortalRequestContext, where: { ids?: string[]; productIds?: string[] }): Promise<Array<{ id: string; product: string; version: number; status: string; names: LocalizedText }>> {
  const filter = where.ids ? { id: { $in: where.ids } } : { product: { $in: where.productIds ?? [] } };
  return ctx.em
    .createQueryBuilder(ProductVersion, 'v')
    .select(['v.id', 'v.product', 'v.version', 'v.status', 'v.names'])
    .where({ company: ctx.requireCompany(), ...filter })
    .orderBy({ version: 'desc' })
    .execute('all', true);
}

/** Offers as the portal shows them: the product's name in `locale`, the state, the gross premium, the PDF's URL. */
export async function offerViews(ctx: PortalRequestContext, offers: ProductOffer[], locale: Locale): Promise<PortalOffer[]> {
  const versions = offers.length ? await versionNames(ctx, { ids: [...new Set(offers.map((o) => o.version.id))] }) : [];
  const today = await companyToday(ctx);
  return offers.map((o) => ({
    id: o.id,
    clientId: o.client.id,
    productName: pick(versions.find((v) => v.id === o.version.id)?.names, locale),
    state: offerState(o, today),
    premiumGross: normaliseDecimal(String(o.premiumGross)),
    validFrom: String(o.validFrom).slice(0, 10),
    validUntil: String(o.validUntil).slice(0, 10),
    createdAt: o.createdAt,
    pdfUrl: portalOfferUrl(o.id),
  }));
}

/** An offer (not a test rating) of a client the user's grants cover, or NOT_FOUND. */
export async function sharedOffer(ctx: PortalRequestContext, id: string): Promise<ProductOffer> {
  ctx.requirePortalUser();
  const offer = isUuid(id) ? await ctx.em.findOne(ProductOffer, { id, test: false }) : null;
  if (!offer || !(await coversClient(ctx, offer.client.id))) throw notFound('Offer');
  return offer;
}
