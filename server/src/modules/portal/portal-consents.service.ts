import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { Client } from '../clients/client.entity.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument } from '../consents/consent.entity.js';
import { ConsentChannel, ConsentDecision, ConsentRecordKind, ConsentVersionStatus, DELIVERY_KINDS } from '../consents/consent.enums.js';
import { companyLang, getForm } from '../consents/consent-form.service.js';
import { pendingPage } from '../consents/consent-queries.js';
import { recordConsents, withdrawConsent } from '../consents/consent-record.service.js';
import { diffVersions } from '../consents/consent-diff.js';
import { pick, validationString, verificationCode } from '../consents/consent.texts.js';
import { CONSENT_LANGS } from '../consents/consent.enums.js';
import type { PortalRequestContext } from './portal-context.js';
import { coversClient } from './portal-home.service.js';
import { portalDocumentUrl } from './portal-documents.service.js';
import type { PortalConsentChange, PortalConsentForm, PortalConsentFormAnswerInput, PortalConsentRecord, PortalConsents } from './portal-consents.types.js';

/**
 * Consents on the portal (PO-2, CN-5): what the client sees and answers. Every rule — which versions
 * may be answered, the decision, e-consent first, the chain, the stamp, the PDF and its e-mails — is
 * the consents module's; this file only checks that the user's grants cover the client (NOT_FOUND
 * otherwise) and calls the module's services with the channel `portal`.
 */

async function coveredClient(ctx: PortalRequestContext, clientId: string): Promise<Client> {
  if (!isUuid(clientId) || !(await coversClient(ctx, clientId))) throw notFound('Client');
  const client = await ctx.em.findOne(Client, { id: clientId, erasedAt: null });
  if (!client) throw notFound('Client');
  return client;
}

async function langOf(ctx: RequestContext, client: Client, asked: string | null | undefined): Promise<{ lang: string; cl: string }> {
  const cl = await companyLang(ctx);
  const wanted = (asked ?? client.preferredLocale ?? cl).slice(0, 2).toLowerCase();
  return { lang: (CONSENT_LANGS as readonly string[]).includes(wanted) ? wanted : cl, cl };
}

function changesOf(from: ConsentFormVersion, to: ConsentFormVersion, lang: string, cl: string): PortalConsentChange[] {
  const diff = diffVersions(from, to, lang, cl);
  const text: PortalConsentChange[] = diff.body.filter((l) => l.op !== 'same').map((l) => ({ key: 'text', change: l.op, before: l.op === 'removed' ? l.text : null, after: l.op === 'added' ? l.text : null }));
  const clauses = diff.clauses.filter((c) => c.change !== 'same').map((c) => ({ key: c.key, change: c.change, before: c.before ?? null, after: c.after ?? null }));
  return [...text, ...clauses];
}

/** The client's consents: the forms it may answer (pending ones flagged, with their changes) and its stamped records, newest first. */
export async function portalConsents(ctx: PortalRequestContext, clientId: string, asked?: string | null): Promise<PortalConsents> {
  const client = await coveredClient(ctx, clientId);
  const { lang, cl } = await langOf(ctx, client, asked);
  const forms = (await ctx.em.find(ConsentForm, { retired: false }, { orderBy: { code: 'asc' } })).filter((f) => !DELIVERY_KINDS.includes(f.kind));
  const versions = await ctx.em.find(ConsentFormVersion, { status: ConsentVersionStatus.PUBLISHED }, { orderBy: { version: 'desc' } });
  const records = await ctx.em.find(ConsentRecord, { clientId: client.id }, { orderBy: { seq: 'desc' } });
  const pending = new Set((await pendingPage(ctx, { clientId: client.id }, 500, 0)).items.map((p) => p.formId));
  const links = records.length ? await ctx.em.find(ConsentRecordDocument, { recordId: { $in: records.map((r) => r.id) } }, { orderBy: { createdAt: 'asc' } }) : [];
  const allForms = await ctx.em.find(ConsentForm, { id: { $in: [...new Set(records.map((r) => r.formId))] } });
  const version = (id: string) => versions.find((v) => v.id === id);
  const formViews: PortalConsentForm[] = [];
  for (const f of forms) {
    const cur = versions.find((v) => v.formId === f.id);
    if (!cur) continue;
    const last = records.find((r) => r.formId === f.id && r.kind === ConsentRecordKind.ANSWER);
    const answered = last ? version(last.formVersionId) : undefined;
    const isPending = pending.has(f.id);
    formViews.push({
      formId: f.id,
      code: f.code,
      kind: f.kind,
      versionId: cur.id,
      version: cur.version!,
      title: pick(cur.title, lang, cl),
      body: pick(cur.body, lang, cl),
      clauses: cur.clauses.map((c) => ({ key: c.key, required: c.required, text: pick(c.text, lang, cl) })),
      lastDecision: last?.decision ?? null,
      answeredVersion: answered?.version ?? null,
      pending: isPending,
      withdrawable: last?.decision === ConsentDecision.ACCEPTED,
      changes: isPending && answered ? changesOf(answered, cur, lang, cl) : [],
    });
  }
  const recordViews: PortalConsentRecord[] = records.map((r) => {
    const v = version(r.formVersionId);
    const link = links.find((l) => l.recordId === r.id);
    return {
      id: r.id,
      seq: r.seq,
      formCode: allForms.find((f) => f.id === r.formId)?.code ?? '',
      formTitle: v ? pick(v.title, lang, cl) : '',
      version: v?.version ?? 0,
      decision: r.decision,
      channel: r.channel,
      givenBy: r.givenBy,
      recordedAt: r.recordedAt,
      stamp: r.stamp,
      sentTo: r.sentTo,
      validationString: validationString(r.stamp, r.sentTo),
      verificationCode: verificationCode(r.hash),
      hash: r.hash,
      answers: Object.entries(r.answers ?? {}).map(([key, accepted]) => ({ key, accepted: !!accepted })),
      pdfUrl: link ? portalDocumentUrl(link.documentId) : null,
    };
  });
  return { clientId: client.id, forms: formViews, records: recordViews };
}

/**
 * The client answers one or more forms on-line: the consents module records them (channel portal,
 * given by the client, the session's evidence), stamps, chains, renders and e-mails them.
 */
export async function giveConsents(ctx: PortalRequestContext, clientId: string, forms: PortalConsentFormAnswerInput[]): Promise<number> {
  ctx.requireWritable();
  const client = await coveredClient(ctx, clientId);
  const records = await recordConsents(ctx, {
    clientId: client.id,
    channel: ConsentChannel.PORTAL,
    forms: (forms ?? []).map((f) => ({ formVersionId: f.formVersionId, answers: (f.answers ?? []).map((a) => ({ key: a.key, accepted: a.accepted })) })),
  });
  return records.length;
}

/** Withdrawing is as easy as giving: one action, a new record answering every clause no (consents module). */
export async function withdrawPortalConsent(ctx: PortalRequestContext, clientId: string, formId: string): Promise<boolean> {
  ctx.requireWritable();
  const client = await coveredClient(ctx, clientId);
  const form = await getForm(ctx, formId);
  await withdrawConsent(ctx, { clientId: client.id, channel: ConsentChannel.PORTAL }, form.id);
  return true;
}
