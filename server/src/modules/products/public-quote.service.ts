import { LOCALES, type FieldIssue, type Locale } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { createClient } from '../clients/client-card.service.js';
import { isUuid } from '../clients/client.service.js';
import { checkAnswers } from './answers.js';
import { QuoteRequest, type WebConsent } from './offer.entity.js';
import type { Answer, AnswerInput, LocalizedText, ProductQuestion } from './product-design.types.js';
import { Product, ProductVersion } from './product.entity.js';
import { ProductVersionStatus, QuestionType, QuoteRequestStatus } from './product.enums.js';
import type { PublicSite } from './public-quote.site.js';
import { WEB_CONSENT_VERSION, webConsentText } from './public-quote.texts.js';
import { quoteWebsiteRef } from './quote-website.service.js';
import { type Breakdown, rateCompiled } from './rating.js';
import { publishedFacts } from './rating-facts.js';
import { compiledVersion, rateVersion } from './rating.service.js';

/**
 * The embeddable quote form's public operations (PR-3), run in the website's company (public-quote.routes.ts
 * enters it): the form of the company's published products in the visitor's language, a rating, and
 * a request that creates a prospect client and a quote request attributed to the website's producer.
 * Only published versions are ever read (never drafts nor versions in test); answers are checked on the
 * server (BAD_USER_INPUT naming `answers.<question>`); nothing of staff is served.
 */

/** Questions a visitor cannot answer (they point at the agency's own records); products needing one are not offered on-line. */
const STAFF_ONLY = new Set<QuestionType>([QuestionType.VEHICLE, QuestionType.PERSON]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_ANSWERS = 200;

export function localeOf(lang: unknown, fallback: string): Locale {
  const l = typeof lang === 'string' ? lang.trim().slice(0, 2).toLowerCase() : '';
  if ((LOCALES as readonly string[]).includes(l)) return l as Locale;
  return (LOCALES as readonly string[]).includes(fallback) ? (fallback as Locale) : 'en';
}

export function text(t: LocalizedText | null | undefined, locale: Locale): string | null {
  if (!t) return null;
  const all = t as Record<string, string | null | undefined>;
  return all[locale] || all.en || Object.values(all).find((v) => !!v) || null;
}

function onLine(v: ProductVersion): boolean {
  return onLineQuestions(v.questions);
}

function onLineQuestions(questions: ProductQuestion[]): boolean {
  return !questions.some((q) => q.required && STAFF_ONLY.has(q.type));
}

function publicQuestion(q: ProductQuestion, locale: Locale) {
  return {
    key: q.key,
    type: q.type,
    required: q.required,
    label: text(q.label, locale) ?? q.key,
    help: text(q.help, locale),
    unit: q.unit ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    options: q.options?.map((o) => ({ value: o.value, label: text(o.label, locale) ?? o.value })) ?? null,
    showWhen: q.showWhen ? { question: q.showWhen.question, anyOf: q.showWhen.anyOf } : null,
  };
}

async function company(ctx: RequestContext): Promise<Company> {
  return ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
}

/**
 * The company's published products that a client can request on-line (no required staff-only question),
 * with their questions in `locale`, sorted by code — the website's form and the client portal (PO-4) offer the same.
 */
export async function onLineProducts(ctx: RequestContext, locale: Locale) {
  const versions = (await ctx.em.find(ProductVersion, { status: ProductVersionStatus.PUBLISHED })).filter(onLine);
  const products = versions.length ? await ctx.em.find(Product, { id: { $in: versions.map((v) => v.product.id) } }) : [];
  const codeOf = new Map(products.map((p) => [p.id, p.code]));
  return versions
    .map((v) => ({
      id: v.product.id,
      code: codeOf.get(v.product.id) ?? '',
      name: text(v.names, locale) ?? codeOf.get(v.product.id) ?? '',
      questions: v.questions.filter((q) => !STAFF_ONLY.has(q.type)).map((q) => publicQuestion(q, locale)),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The form: the company's name, its published products that can be quoted on-line, their questions, the consent. */
export async function publicForm(ctx: RequestContext, site: PublicSite, lang: unknown) {
  const c = await company(ctx);
  const locale = localeOf(lang, c.locale);
  return {
    locale,
    company: c.name,
    website: site.name,
    currency: c.currency,
    products: await onLineProducts(ctx, locale),
    consent: { version: WEB_CONSENT_VERSION, text: webConsentText(locale, c.name), privacyNoticeUrl: site.privacyNoticeUrl },
  };
}

/** The published version of one of the company's products, or NOT_FOUND — the same for another company's product, a draft or a product in test. */
export async function onLineVersion(ctx: RequestContext, productId: unknown): Promise<ProductVersion> {
  const v = isUuid(productId) ? await ctx.em.findOne(ProductVersion, { product: productId, status: ProductVersionStatus.PUBLISHED }) : null;
  if (!v || !onLine(v)) throw notFound('Product');
  return v;
}

/** Untrusted JSON to answer inputs; a malformed entry is named (`answers.<question>` or `answers`). */
function answerInputs(raw: unknown, issues: FieldIssue[]): AnswerInput[] {
  if (!Array.isArray(raw) || raw.length > MAX_ANSWERS) {
    issues.push({ field: 'answers', reason: 'invalid', message: `A list of at most ${MAX_ANSWERS} answers.` });
    return [];
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'boolean' ? String(v) : undefined);
  const out: AnswerInput[] = [];
  for (const a of raw as Array<Record<string, unknown>>) {
    const question = a && typeof a === 'object' && typeof a.question === 'string' ? a.question : '';
    const bad = () => issues.push({ field: `answers.${question || '?'}`, reason: 'invalid', message: 'Not an answer.' });
    if (!question) {
      bad();
      continue;
    }
    const value = a.value == null ? null : str(a.value);
    const values = a.values == null ? null : Array.isArray(a.values) && a.values.length <= 100 ? a.values.map(str) : undefined;
    const ad = a.address as Record<string, unknown> | null | undefined;
    const address = ad == null ? null : typeof ad === 'object' ? { street: str(ad.street) ?? '', postalCode: str(ad.postalCode) ?? '', city: str(ad.city) ?? '', country: str(ad.country) ?? '' } : undefined;
    if (value === undefined || values === undefined || values?.some((v) => v === undefined) || address === undefined) {
      bad();
      continue;
    }
    out.push({ question, value, values: values as string[] | null, address } as AnswerInput);
  }
  return out;
}

/** A visitor's answers are never looked up on the agency's records: vehicle and person questions are staff-only. */
const NO_LOOKUP = { vehicle: async () => null, person: async () => null };

/** Answers to an on-line product's questionnaire, checked as staff's are but never looked up on the agency's records. */
export async function checkOnLineAnswers(ctx: RequestContext, v: ProductVersion, raw: unknown, issues: FieldIssue[]): Promise<Answer[]> {
  const inputs = answerInputs(raw, issues);
  const r = await checkAnswers(v.questions, inputs, NO_LOOKUP);
  issues.push(...r.issues);
  return r.answers;
}

function publicBreakdown(b: Breakdown, locale: Locale) {
  return {
    base: b.base,
    steps: b.steps.map((s) => ({ kind: s.kind, key: s.key, label: text(s.label, locale), detail: s.detail, effect: s.effect, after: s.after })),
    net: b.net,
    taxRate: b.taxRate,
    taxes: b.taxes,
    total: b.total,
  };
}

/**
 * A premium with its breakdown for a published product's answers: one statement for the published
 * version, its line's tax rate and the company's currency and language (rating-facts.ts); the design
 * compiled once per version (rating-cache.ts). NOT_FOUND for a product without a published version,
 * another company's, or one needing staff-only answers.
 */
export async function publicRate(ctx: RequestContext, body: Record<string, unknown>) {
  const f = isUuid(body.productId) ? await publishedFacts(ctx, body.productId) : null;
  const v = f ? await compiledVersion(ctx, f) : null;
  if (!f || !v || !onLineQuestions(v.questions)) throw notFound('Product');
  const locale = localeOf(body.lang, f.locale);
  const issues: FieldIssue[] = [];
  const inputs = answerInputs(body.answers, issues);
  const r = await checkAnswers(v.questions, inputs, NO_LOOKUP);
  issues.push(...r.issues);
  if (issues.length) throw badInput(issues);
  return { productId: f.productId, currency: f.currency, breakdown: publicBreakdown(rateCompiled(v.rules, v.questions, r.answers, f.taxRate, false), locale) };
}

/**
 * A request for a quote from the website: name, e-mail and the privacy-notice consent are required;
 * every field and answer is checked before anything is written (one transaction, nothing half-saved).
 * Creates a prospect client (a new card, even when the e-mail is known: the public never learns
 * whether it is — staff merge duplicates) and a waiting quote request attributed to the website's
 * producer, with the consent as given: the text served, its version, the notice, time and address.
 */
export async function publicRequest(ctx: RequestContext, site: PublicSite, body: Record<string, unknown>) {
  const c = await company(ctx);
  const locale = localeOf(body.lang, c.locale);
  const v = await onLineVersion(ctx, body.productId);
  const issues: FieldIssue[] = [];
  const str = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  const firstName = str(body.firstName);
  const lastName = str(body.lastName);
  const email = str(body.email).toLowerCase();
  if (!firstName) issues.push({ field: 'firstName', reason: 'required', message: 'Your first name.' });
  else if (firstName.length > 100) issues.push({ field: 'firstName', reason: 'too_long', message: 'At most 100 characters.' });
  if (!lastName) issues.push({ field: 'lastName', reason: 'required', message: 'Your last name.' });
  else if (lastName.length > 100) issues.push({ field: 'lastName', reason: 'too_long', message: 'At most 100 characters.' });
  if (!EMAIL.test(email) || email.length > 320) issues.push({ field: 'email', reason: 'invalid_email', message: 'An e-mail address.' });
  if (body.consent !== true) issues.push({ field: 'consent', reason: 'required', message: 'Agree to the privacy notice to send the request.' });
  else if (body.consentVersion !== WEB_CONSENT_VERSION) issues.push({ field: 'consent', reason: 'stale', message: 'The privacy notice changed: read it again.' });
  const answers = await checkOnLineAnswers(ctx, v, body.answers, issues);
  if (issues.length) throw badInput(issues);
  const breakdown = await rateVersion(ctx, v, answers);

  const client = await createClient(
    ctx,
    {
      kind: 'person',
      status: 'prospect',
      firstName,
      lastName,
      noLocalTaxId: true,
      noLocalTaxIdReason: `Prospect from the website ${site.name}: tax id not asked yet`,
      preferredLocale: locale,
      contacts: [{ kind: 'email', value: email, preferred: true }],
    },
    true,
  ).catch((e: unknown) => {
    // the card's own checks name the card's fields: the visitor typed `firstName`, `lastName`, `email`
    const fields = (e as { extensions?: { code?: string; fields?: FieldIssue[] } }).extensions;
    if (fields?.code !== 'BAD_USER_INPUT' || !fields.fields) throw e;
    throw badInput(fields.fields.map((f) => ({ ...f, field: f.field.startsWith('contacts') ? 'email' : f.field })));
  });
  const consent: WebConsent = { version: WEB_CONSENT_VERSION, text: webConsentText(locale, c.name), url: site.privacyNoticeUrl, locale, acceptedAt: new Date().toISOString(), ip: ctx.ip };
  const request = ctx.em.create(QuoteRequest, {
    company: ctx.em.getReference(Company, c.id, { wrapped: true }),
    product: ctx.em.getReference(Product, v.product.id, { wrapped: true }),
    client,
    requesterName: `${firstName} ${lastName}`,
    requesterEmail: email,
    answers,
    note: null,
    status: QuoteRequestStatus.WAITING,
    handlerId: null,
    createdBy: null,
    createdAt: new Date(),
    answeredAt: null,
    website: quoteWebsiteRef(ctx, site.id),
    producerId: site.producerId,
    consent,
  });
  await ctx.em.flush();
  return { requestId: request.id, currency: c.currency, breakdown: publicBreakdown(breakdown, locale) };
}
