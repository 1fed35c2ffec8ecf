import { LockMode } from '@mikro-orm/core';
import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { checkRecordDate } from '../../core/dates.js';
import { addDays as addDaysOf } from '../policies/installments.js';
import { formatCents, MAX_CENTS, parseStoredCents } from '../policies/money.js';
import { Client } from '../clients/client.entity.js';
import { isUuid } from '../clients/client.service.js';
import { Policy } from '../policies/policy.entity.js';
import { PolicyStatus } from '../policies/policy.enums.js';
import { createPolicy } from '../policies/policy-write.service.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { Product } from './product.entity.js';
import { OfferState, OfferStatus } from './product.enums.js';
import type { OfferInput, OfferPolicyInput } from './product.inputs.js';
import { getVersion } from './product.service.js';
import { assertRatable, rateVersion, validAnswers } from './rating.service.js';
import { companyToday } from '../../core/company-calendar.js';

/** Offers (CL-4): a rating saved on a client; offer → application → policy, or it expires. */

export async function getOffer(ctx: RequestContext, id: string, forUpdate = false): Promise<ProductOffer> {
  ctx.requireCompany();
  const o = isUuid(id) ? await ctx.em.findOne(ProductOffer, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!o) throw notFound('Offer');
  return o;
}

/** `date` + `days` (the policies' date arithmetic: never throws). */
export const addDays = addDaysOf;

/** Expired: still an offer and its last valid day has passed (computed, no job needed). */
export function offerState(o: ProductOffer, on: string): OfferState {
  if (o.status === OfferStatus.OFFERED && o.validUntil < on) return OfferState.EXPIRED;
  return o.status as unknown as OfferState;
}

export async function createOffer(ctx: RequestContext, input: OfferInput): Promise<ProductOffer> {
  const company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  const [client, request] = await Promise.all([
    isUuid(input.clientId) ? ctx.em.findOne(Client, { id: input.clientId }, { fields: ['id', 'erasedAt'] }) : null,
    input.requestId && isUuid(input.requestId) ? ctx.em.findOne(QuoteRequest, { id: input.requestId }) : null,
  ]);
  const missing: FieldIssue[] = [];
  if (!client || client.erasedAt) missing.push({ field: 'clientId', reason: 'not_found', message: 'No such client.' });
  if (input.requestId && !request) missing.push({ field: 'requestId', reason: 'not_found', message: 'No such quote request.' });
  if (missing.length) throw new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });
  const v = await getVersion(ctx, input.versionId);
  assertRatable(ctx, v, true);
  if (request && request.product.id !== v.product.id) throw badInput([{ field: 'requestId', reason: 'other_product', message: 'The request is for another product.' }]);

  const issues: FieldIssue[] = [];
  const validFrom = input.validFrom?.trim() || (await companyToday(ctx));
  const fromIssue = checkRecordDate('validFrom', validFrom);
  if (fromIssue) issues.push(fromIssue);
  const validUntil = input.validUntil?.trim() || (fromIssue ? '' : addDays(validFrom, 30));
  const untilIssue = fromIssue && !input.validUntil?.trim() ? null : checkRecordDate('validUntil', validUntil);
  if (untilIssue) issues.push(untilIssue);
  else if (!fromIssue && validUntil < validFrom) issues.push({ field: 'validUntil', reason: 'before_valid_from', message: 'The offer must be valid at least one day.' });
  if (issues.length) throw badInput(issues);
  const answers = await validAnswers(ctx, v, input.answers);
  const breakdown = await rateVersion(ctx, v, answers);
  // the premium is stored as numeric(14,2): a rating beyond it is refused naming the answers, not failed on save
  const tooLarge = [breakdown.net, breakdown.taxes, breakdown.total].some((a) => {
    const c = parseStoredCents(String(a).replace(/^-/, ''));
    return c === null || c > MAX_CENTS;
  });
  if (tooLarge) throw badInput([{ field: 'answers', reason: 'premium_too_large', message: `These answers rate to a premium above ${formatCents(MAX_CENTS)}.` }]);

  const offer = ctx.em.create(ProductOffer, {
    company,
    client: ctx.em.getReference(Client, client!.id, { wrapped: true }),
    version: v,
    request: request ?? null,
    policy: null,
    status: OfferStatus.OFFERED,
    test: breakdown.test,
    answers,
    breakdown,
    premiumNet: breakdown.net,
    premiumTaxes: breakdown.taxes,
    premiumGross: breakdown.total,
    validFrom,
    validUntil,
    createdBy: ctx.user?.id ?? null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await ctx.em.flush();
  return offer;
}

function assertNotTest(o: ProductOffer): void {
  if (o.test) throw conflict('A TEST offer (rated in test mode) never becomes an application or a policy.', { reason: 'TEST_OFFER' });
}

/** The client accepts: the offer becomes an application (CONFLICT for TEST, expired or already moved offers). */
export async function acceptOffer(ctx: RequestContext, id: string): Promise<ProductOffer> {
  const o = await getOffer(ctx, id, true);
  assertNotTest(o);
  const state = offerState(o, await companyToday(ctx));
  if (state !== OfferState.OFFERED) throw conflict(`The offer is ${state}; only a valid offer can become an application.`, { state });
  o.status = OfferStatus.APPLICATION;
  await ctx.em.flush();
  return o;
}

/** An application becomes a policy through the policies module (premium, client, line and insurer from the offer). */
export async function issuePolicyFromOffer(ctx: RequestContext, id: string, input: OfferPolicyInput): Promise<ProductOffer> {
  const o = await getOffer(ctx, id, true);
  assertNotTest(o);
  if (o.status !== OfferStatus.APPLICATION) {
    const state = offerState(o, await companyToday(ctx));
    throw conflict(`The offer is ${state}; accept it (application) before it becomes a policy.`, { state });
  }
  const v = await getVersion(ctx, o.version.id);
  const product = await ctx.em.findOneOrFail(Product, { id: v.product.id });
  const policy: Policy = await createPolicy(ctx, {
    number: input.number,
    clientId: o.client.id,
    insurerId: product.insurer.id,
    lineId: product.line.id,
    status: PolicyStatus.POLICY,
    foreignBusiness: false,
    coverStart: input.coverStart,
    coverEnd: input.coverEnd,
    issueDate: (await companyToday(ctx)),
    premiumNet: o.premiumNet,
    premiumTaxes: o.premiumTaxes,
    premiumGross: o.premiumGross,
    paymentFrequency: input.paymentFrequency,
    producerId: null,
    notes: null,
    tacitRenewal: null,
  });
  o.status = OfferStatus.POLICY;
  o.policy = ctx.em.getReference(Policy, policy.id, { wrapped: true });
  await ctx.em.flush();
  return o;
}

export function listOffers(ctx: RequestContext, clientId: string | null): Promise<ProductOffer[]> {
  ctx.requireCompany();
  const where = clientId ? { client: isUuid(clientId) ? clientId : '00000000-0000-0000-0000-000000000000' } : {};
  return ctx.em.find(ProductOffer, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
}
