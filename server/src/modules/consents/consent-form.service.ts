import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { isUuid } from '../clients/client.service.js';
import { ConsentForm, ConsentFormVersion } from './consent.entity.js';
import { ConsentFormKind, ConsentVersionStatus, DELIVERY_KINDS } from './consent.enums.js';
import type { ConsentDraftInput, CreateConsentFormInput } from './consent.types.js';
import { type CheckedDraft, FORM_CODE, checkDraft } from './consent-form.validation.js';

/** Forms and their versions (CN-1): create with a first draft, edit the draft, publish, retire. */

/** The company's language (two letters): the one a form's texts must have. */
export async function companyLang(ctx: RequestContext): Promise<string> {
  const locale = ctx.companyLocale ?? (await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() })).locale;
  return locale.slice(0, 2).toLowerCase();
}

export async function getForm(ctx: RequestContext, id: string, forUpdate = false): Promise<ConsentForm> {
  ctx.requireCompany();
  const form = isUuid(id) ? await ctx.em.findOne(ConsentForm, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!form) throw notFound('Consent form');
  return form;
}

export async function getVersion(ctx: RequestContext, id: string): Promise<ConsentFormVersion> {
  ctx.requireCompany();
  const v = isUuid(id) ? await ctx.em.findOne(ConsentFormVersion, { id }) : null;
  if (!v) throw notFound('Consent form version');
  return v;
}

export function listForms(ctx: RequestContext, includeRetired: boolean): Promise<ConsentForm[]> {
  ctx.requireCompany();
  return ctx.em.find(ConsentForm, includeRetired ? {} : { retired: false }, { orderBy: { code: 'asc' } });
}

/** The current (latest published) version of a form, or null before its first publication. */
export function currentVersion(ctx: RequestContext, formId: string): Promise<ConsentFormVersion | null> {
  return ctx.em.findOne(ConsentFormVersion, { formId, status: ConsentVersionStatus.PUBLISHED }, { orderBy: { version: 'desc' } });
}

function clausesAllowed(kind: ConsentFormKind, draft: CheckedDraft, prefix: string): void {
  if (DELIVERY_KINDS.includes(kind) && draft.clauses.length) {
    throw badField(`${prefix}clauses`, 'not_allowed', 'A pre-contract document is delivered, not answered: it has no clauses.');
  }
}

export async function createForm(ctx: RequestContext, input: CreateConsentFormInput): Promise<ConsentForm> {
  const companyId = ctx.requireCompany();
  const code = input.code?.trim().toUpperCase() ?? '';
  const { issues, value } = checkDraft(input.draft, await companyLang(ctx), 'draft');
  if (!FORM_CODE.test(code)) issues.unshift({ field: 'code', reason: 'format', message: 'Capitals, digits, - and _, 2 to 30 characters.' });
  else if (await ctx.em.count(ConsentForm, { code })) issues.unshift({ field: 'code', reason: 'taken', message: `The company already has a form ${code}.` });
  if (issues.length) throw badInput(issues);
  clausesAllowed(input.kind, value, 'draft.');
  const company = ctx.em.getReference(Company, companyId, { wrapped: true });
  const form = ctx.em.create(ConsentForm, { company, code, kind: input.kind, retired: false, createdAt: new Date(), updatedAt: new Date() });
  await ctx.em.flush(); // the version references the form (by id only, so the ORM would not order the inserts)
  ctx.em.create(ConsentFormVersion, { company, formId: form.id, status: ConsentVersionStatus.DRAFT, ...value, createdAt: new Date(), updatedAt: new Date() });
  await ctx.em.flush();
  return form;
}

/** Writes the form's draft (creating one from the input when the form has none). */
export async function saveDraft(ctx: RequestContext, formId: string, input: ConsentDraftInput): Promise<ConsentFormVersion> {
  const form = await getForm(ctx, formId, true);
  const { issues, value } = checkDraft(input, await companyLang(ctx));
  if (issues.length) throw badInput(issues);
  clausesAllowed(form.kind, value, '');
  let draft = await ctx.em.findOne(ConsentFormVersion, { formId: form.id, status: ConsentVersionStatus.DRAFT });
  if (!draft) {
    draft = ctx.em.create(ConsentFormVersion, { company: form.company, formId: form.id, status: ConsentVersionStatus.DRAFT, ...value, createdAt: new Date(), updatedAt: new Date() });
  } else {
    Object.assign(draft, value);
  }
  await ctx.em.flush();
  return draft;
}

/** Publishes the draft as the next version; the database numbers it and computes its text hash. */
export async function publishForm(ctx: RequestContext, formId: string): Promise<ConsentFormVersion> {
  const form = await getForm(ctx, formId, true);
  if (form.retired) throw conflict('A retired form cannot be published; bring it back first.');
  const draft = await ctx.em.findOne(ConsentFormVersion, { formId: form.id, status: ConsentVersionStatus.DRAFT });
  if (!draft) throw conflict('The form has no draft to publish.', { reason: 'no_draft' });
  if (!DELIVERY_KINDS.includes(form.kind) && !draft.clauses.length) {
    throw badField('clauses', 'required', 'A form that is answered needs at least one clause.');
  }
  draft.status = ConsentVersionStatus.PUBLISHED;
  draft.publishedBy = ctx.user?.id ?? null;
  // the trigger sets version, text hash and time: placeholders satisfy the ORM's picture until refreshed
  draft.version = 0;
  draft.textHash = '';
  draft.publishedAt = new Date();
  await ctx.em.flush();
  await ctx.em.refresh(draft);
  return draft;
}

export async function retireForm(ctx: RequestContext, formId: string, retired: boolean): Promise<ConsentForm> {
  const form = await getForm(ctx, formId, true);
  form.retired = retired;
  await ctx.em.flush();
  return form;
}
