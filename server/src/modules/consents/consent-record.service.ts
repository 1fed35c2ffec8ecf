import type { FieldError } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { ClientContact } from '../clients/contact.entity.js';
import { ContactKind } from '../clients/client.enums.js';
import { getEditableClient, isUuid } from '../clients/client.service.js';
import { StoredDocument } from '../documents/document.entity.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord } from './consent.entity.js';
import { ConsentChannel, ConsentDecision, ConsentFormKind, ConsentGivenBy, ConsentRecordKind, ConsentVersionStatus, DELIVERY_KINDS } from './consent.enums.js';
import type { ConsentEvidenceInput, RecordConsentsInput } from './consent.types.js';
import { currentVersion, getForm } from './consent-form.service.js';
import { appendRecords, lockClientChain, lockFormShared } from './consent-record.store.js';
import { afterRecords } from './consent-delivery.service.js';

/**
 * Acceptance records (CN-2, CN-3, item 8). Decisions:
 * - every clause of the version is answered yes or no; all required clauses yes → ACCEPTED (optional
 *   ones may be no), any required clause no → REFUSED (a record too: the refusal is proof as well);
 * - a withdrawal is a new record WITHDRAWN answering every clause of the withdrawn version no;
 * - a delivery (Allegato 3 / 4 / 4-ter) is a record DELIVERED with no answers;
 * - electronic channels (all but PAPER) need an e-mail address of the client and an accepted current
 *   e-consent form — except when the e-consent form itself is being answered (it is the client's choice
 *   of the electronic medium); the same request may answer e-consent first and then the other forms;
 * - PORTAL only from the portal; PAPER only with the signed scan, a document of this client in category consent;
 * - nothing new is recorded on an erased (anonymized) card; its records stay readable.
 */

/** The client's e-mail addresses (e-mail and PEC), preferred first. */
export async function emailsOf(ctx: RequestContext, clientId: string): Promise<string[]> {
  const rows = await ctx.em.find(ClientContact, { client: clientId, kind: { $in: [ContactKind.EMAIL, ContactKind.PEC] } }, { orderBy: { preferred: 'desc', position: 'asc' } });
  return rows.map((r) => r.value);
}

/** The last answer record of a client to a form (any version). */
export function lastAnswer(ctx: RequestContext, clientId: string, formId: string): Promise<ConsentRecord | null> {
  return ctx.em.findOne(ConsentRecord, { clientId, formId, kind: ConsentRecordKind.ANSWER }, { orderBy: { seq: 'desc' } });
}

/** Whether the client has accepted the current version of an e-consent form of the company. */
async function hasCurrentEConsent(ctx: RequestContext, clientId: string): Promise<boolean> {
  const forms = await ctx.em.find(ConsentForm, { kind: ConsentFormKind.E_CONSENT, retired: false });
  for (const f of forms) {
    const [cur, last] = await Promise.all([currentVersion(ctx, f.id), lastAnswer(ctx, clientId, f.id)]);
    if (cur && last && last.formVersionId === cur.id && last.decision === ConsentDecision.ACCEPTED) return true;
  }
  return false;
}

async function checkEvidence(ctx: RequestContext, input: ConsentEvidenceInput, issues: FieldError[]): Promise<void> {
  if (input.channel === ConsentChannel.PORTAL && ctx.channel !== 'portal') {
    issues.push({ field: 'channel', reason: 'portal_only', message: 'Only the client in the portal answers on the portal channel.' });
  }
  if (input.channel === ConsentChannel.PAPER) {
    const doc = isUuid(input.paperDocumentId) ? await ctx.em.findOne(StoredDocument, { id: input.paperDocumentId, clientId: input.clientId }) : null;
    if (!input.paperDocumentId) issues.push({ field: 'paperDocumentId', reason: 'required', message: 'Upload the signed form first and give its document.' });
    else if (!doc) issues.push({ field: 'paperDocumentId', reason: 'not_found', message: 'Not a document of this client.' });
    // the signed scan is a consent document of the card (the web offers only those): the law keeps it,
    // so an erasure never removes what a record points at
    else if (doc.category !== 'consent') issues.push({ field: 'paperDocumentId', reason: 'wrong_category', message: 'The signed scan must be a document of category consent: upload it as a consent document.' });
  } else if (input.paperDocumentId) {
    issues.push({ field: 'paperDocumentId', reason: 'not_allowed', message: 'A scan goes only with the paper channel.' });
  }
}

/** CN-2: electronic collection needs an e-mail address and the e-consent agreement. */
async function checkElectronic(ctx: RequestContext, clientId: string, channel: ConsentChannel, answersEConsent: boolean, issues: FieldError[]): Promise<string[]> {
  const emails = await emailsOf(ctx, clientId);
  if (channel === ConsentChannel.PAPER) return emails;
  if (!emails.length) issues.push({ field: 'email', reason: 'missing', message: 'The client has no e-mail address: add one to the card first.' });
  if (!answersEConsent && !(await hasCurrentEConsent(ctx, clientId))) {
    issues.push({ field: 'eConsent', reason: 'missing', message: 'The client has not accepted the current e-consent form (electronic collection agreement).' });
  }
  return emails;
}

async function sentToOf(ctx: RequestContext, emails: string[]): Promise<string[]> {
  const company = await ctx.loaders.byId(Company).load(ctx.requireCompany());
  return [...new Set([...emails.slice(0, 1), ...(company?.email ? [company.email] : [])])];
}

function decide(version: ConsentFormVersion, answers: Record<string, boolean>): ConsentDecision {
  return version.clauses.every((c) => !c.required || answers[c.key]) ? ConsentDecision.ACCEPTED : ConsentDecision.REFUSED;
}

const givenBy = (ctx: RequestContext) => (ctx.channel === 'portal' ? ConsentGivenBy.CLIENT : ConsentGivenBy.STAFF);

/** Staff-assisted acceptance (item 7): one client's answers to one or more current form versions. */
export async function recordConsents(ctx: RequestContext, input: RecordConsentsInput): Promise<ConsentRecord[]> {
  const client = await getEditableClient(ctx, input.clientId);
  // checks and append as one step per client (two agents, or an agent and the client on the portal)
  await lockClientChain(ctx, client.id);
  const issues: FieldError[] = [];
  await checkEvidence(ctx, input, issues);
  if (!input.forms?.length) issues.push({ field: 'forms', reason: 'required', message: 'Pick at least one form.' });
  const planned: Array<{ form: ConsentForm; version: ConsentFormVersion; answers: Record<string, boolean> }> = [];
  const seen = new Set<string>();
  for (const [i, f] of (input.forms ?? []).entries()) {
    const field = `forms.${i}.formVersionId`;
    const version = isUuid(f.formVersionId) ? await ctx.em.findOne(ConsentFormVersion, { id: f.formVersionId, status: ConsentVersionStatus.PUBLISHED }) : null;
    const form = version ? await ctx.em.findOne(ConsentForm, { id: version.formId }) : null;
    if (!version || !form) {
      issues.push({ field, reason: 'not_found', message: 'Not a published form version of this company.' });
      continue;
    }
    // no publication of the form between this check and the commit: the answer is to the current version
    await lockFormShared(ctx, form.id);
    if (form.retired) issues.push({ field, reason: 'retired', message: `The form ${form.code} is retired.` });
    else if ((await currentVersion(ctx, form.id))?.id !== version.id) issues.push({ field, reason: 'not_current', message: `A newer version of ${form.code} exists: show the client that one.` });
    if (DELIVERY_KINDS.includes(form.kind)) issues.push({ field, reason: 'delivery_form', message: `${form.code} is delivered, not answered: record a delivery.` });
    if (seen.has(form.id)) issues.push({ field, reason: 'duplicate', message: `${form.code} is answered twice.` });
    seen.add(form.id);
    const answers: Record<string, boolean> = {};
    for (const a of f.answers ?? []) {
      if (!version.clauses.some((c) => c.key === a.key)) issues.push({ field: `forms.${i}.answers`, reason: 'unknown_clause', message: `The version has no clause ${a.key}.` });
      else if (a.key in answers) issues.push({ field: `forms.${i}.answers`, reason: 'duplicate', message: `${a.key} is answered twice.` });
      answers[a.key] = a.accepted;
    }
    const missing = version.clauses.filter((c) => !(c.key in answers)).map((c) => c.key);
    if (missing.length) issues.push({ field: `forms.${i}.answers`, reason: 'unanswered', message: `Every clause needs a yes or no: ${missing.join(', ')}.` });
    planned.push({ form, version, answers });
  }
  const answersEConsent = planned.some((p) => p.form.kind === ConsentFormKind.E_CONSENT && decide(p.version, p.answers) === ConsentDecision.ACCEPTED);
  const emails = await checkElectronic(ctx, client.id, input.channel, answersEConsent, issues);
  if (issues.length) throw badInput(issues);
  // the e-consent agreement first: the chain shows it before what it allows
  planned.sort((a, b) => Number(b.form.kind === ConsentFormKind.E_CONSENT) - Number(a.form.kind === ConsentFormKind.E_CONSENT));
  const sentTo = await sentToOf(ctx, emails);
  const records = await appendRecords(
    ctx,
    planned.map((p) => ({
      clientId: client.id,
      kind: ConsentRecordKind.ANSWER,
      formId: p.form.id,
      formVersionId: p.version.id,
      decision: decide(p.version, p.answers),
      answers: p.answers,
      channel: input.channel,
      paperDocumentId: input.channel === ConsentChannel.PAPER ? input.paperDocumentId! : null,
      givenBy: givenBy(ctx),
      sentTo,
    })),
  );
  await afterRecords(ctx, client, records);
  return records;
}

/** Withdrawal (GDPR art. 7(3)): a new record answering every clause of the withdrawn version no. */
export async function withdrawConsent(ctx: RequestContext, input: ConsentEvidenceInput, formId: string): Promise<ConsentRecord> {
  const client = await getEditableClient(ctx, input.clientId);
  const form = await getForm(ctx, formId);
  // the last answer is read under the chain lock: two concurrent withdrawals record one (the other: CONFLICT)
  await lockClientChain(ctx, client.id);
  const last = await lastAnswer(ctx, client.id, form.id);
  if (!last || last.decision !== ConsentDecision.ACCEPTED) throw conflict(`The client has no accepted ${form.code} to withdraw.`, { reason: 'nothing_to_withdraw' });
  const issues: FieldError[] = [];
  await checkEvidence(ctx, input, issues);
  // Withdrawing is as easy as giving (art. 7(3)): on any channel, with or without a current e-consent
  // agreement — a client who withdrew the e-consent still withdraws marketing on-line, not on paper only.
  // An electronic withdrawal still needs an address to send its stamped record to.
  const emails = await checkElectronic(ctx, client.id, input.channel, true, issues);
  if (issues.length) throw badInput(issues);
  const version = await ctx.em.findOneOrFail(ConsentFormVersion, { id: last.formVersionId });
  const [record] = await appendRecords(ctx, [
    {
      clientId: client.id,
      kind: ConsentRecordKind.ANSWER,
      formId: form.id,
      formVersionId: version.id,
      decision: ConsentDecision.WITHDRAWN,
      answers: Object.fromEntries(version.clauses.map((c) => [c.key, false])),
      channel: input.channel,
      paperDocumentId: input.channel === ConsentChannel.PAPER ? input.paperDocumentId! : null,
      givenBy: givenBy(ctx),
      sentTo: await sentToOf(ctx, emails),
    },
  ]);
  await afterRecords(ctx, client, [record]);
  return record;
}

/** Pre-contract delivery (item 8): Allegato 3 / 4 / 4-ter handed over, recorded like an answer. */
export async function recordDelivery(ctx: RequestContext, input: ConsentEvidenceInput, formId: string): Promise<ConsentRecord> {
  const client = await getEditableClient(ctx, input.clientId);
  const form = await getForm(ctx, formId);
  const issues: FieldError[] = [];
  if (!DELIVERY_KINDS.includes(form.kind)) issues.push({ field: 'formId', reason: 'not_a_delivery', message: `${form.code} is answered, not delivered.` });
  await lockClientChain(ctx, client.id);
  await lockFormShared(ctx, form.id);
  if (form.retired) issues.push({ field: 'formId', reason: 'retired', message: `The form ${form.code} is retired.` });
  const version = await currentVersion(ctx, form.id);
  if (!version) issues.push({ field: 'formId', reason: 'unpublished', message: `${form.code} has no published version.` });
  await checkEvidence(ctx, input, issues);
  const emails = await checkElectronic(ctx, client.id, input.channel, false, issues);
  if (issues.length) throw badInput(issues);
  const [record] = await appendRecords(ctx, [
    {
      clientId: client.id,
      kind: ConsentRecordKind.DELIVERY,
      formId: form.id,
      formVersionId: version!.id,
      decision: ConsentDecision.DELIVERED,
      answers: {},
      channel: input.channel,
      paperDocumentId: input.channel === ConsentChannel.PAPER ? input.paperDocumentId! : null,
      givenBy: givenBy(ctx),
      sentTo: await sentToOf(ctx, emails),
    },
  ]);
  await afterRecords(ctx, client, [record]);
  return record;
}

/** A record of the active company, or NOT_FOUND. */
export async function getRecord(ctx: RequestContext, id: string): Promise<ConsentRecord> {
  ctx.requireCompany();
  const r = isUuid(id) ? await ctx.em.findOne(ConsentRecord, { id }) : null;
  if (!r) throw notFound('Consent record');
  return r;
}
