import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../core/context.js';
import type { Client } from '../clients/client.entity.js';
import { commitToStores, documentStores, storageKeyOf } from '../documents/document.storage.js';
import { downloadUrlOf, recordDocument } from '../documents/documents.service.js';
import type { StoredDocument } from '../documents/document.entity.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument, ConsentRecordMail } from './consent.entity.js';
import { type RecordView, renderConsentPdf } from './consent-pdf.js';
import { consentTexts, pick, validationString, verificationCode } from './consent.texts.js';
import { companyLang } from './consent-form.service.js';

/**
 * CN-4: after records are appended, each is rendered to a PDF, stored as a client document (category
 * consent, both stores) linked to the record, and e-mailed through the outbox to the addresses of its
 * stamp (the client's and the agency's), in the client's language. All in the request's transaction:
 * a refused request stores no document row and sends nothing (files written meanwhile are collected by
 * docs:verify as unreferenced).
 */

export async function languagesOf(ctx: RequestContext, client: Client): Promise<{ lang: string; companyLang: string }> {
  const cl = await companyLang(ctx);
  return { lang: (client.preferredLocale ?? cl).slice(0, 2).toLowerCase(), companyLang: cl };
}

async function viewsOf(ctx: RequestContext, client: Client, records: ConsentRecord[]): Promise<RecordView[]> {
  const versions = await ctx.em.find(ConsentFormVersion, { id: { $in: [...new Set(records.map((r) => r.formVersionId))] } });
  const forms = await ctx.em.find(ConsentForm, { id: { $in: [...new Set(records.map((r) => r.formId))] } });
  return records.map((record) => ({
    record,
    version: versions.find((v) => v.id === record.formVersionId)!,
    formCode: forms.find((f) => f.id === record.formId)!.code,
    clientName: client.displayName,
  }));
}

/** Writes a PDF into both document stores and records it as a document of the client. */
export async function storePdf(ctx: RequestContext, clientId: string, fileName: string, pdf: Buffer): Promise<StoredDocument> {
  const stores = documentStores(ctx.config);
  const id = randomUUID();
  const key = storageKeyOf(ctx.requireCompany(), id);
  const tmpDir = path.join(stores.a, '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  const tmpFile = path.join(tmpDir, randomUUID());
  await writeFile(tmpFile, pdf);
  await commitToStores(stores, tmpFile, key);
  return recordDocument(ctx, id, { ownerType: 'client', ownerId: clientId, clientId, category: 'consent' }, {
    fileName,
    contentType: 'application/pdf',
    size: pdf.length,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    key,
  });
}

export async function afterRecords(ctx: RequestContext, client: Client, records: ConsentRecord[]): Promise<void> {
  const { lang, companyLang: cl } = await languagesOf(ctx, client);
  const t = consentTexts(lang);
  for (const view of await viewsOf(ctx, client, records)) {
    const r = view.record;
    const pdf = await renderConsentPdf([view], t, lang, cl);
    const doc = await storePdf(ctx, client.id, `consent-${view.formCode}-v${view.version.version}-${r.seq}.pdf`, pdf);
    await ctx.em.flush(); // the document row before its link (no ORM relation orders them)
    ctx.em.create(ConsentRecordDocument, { company: r.company, recordId: r.id, documentId: doc.id, createdAt: new Date() });
    await ctx.em.flush();
    const formTitle = pick(view.version.title, lang, cl);
    for (const to of r.sentTo) {
      const mail = await enqueueMail(ctx.em, {
        companyId: ctx.requireCompany(),
        clientId: client.id,
        to,
        subject: t.subject(formTitle, r.stamp),
        text: `${t.mailBody(client.displayName, formTitle, t.decisions[r.decision] ?? r.decision, validationString(r.stamp, r.sentTo), verificationCode(r.hash))}\n${t.hash}: ${r.hash}\n`,
        kind: 'consent_record',
      });
      ctx.em.create(ConsentRecordMail, { company: r.company, recordId: r.id, outboxMessageId: mail.id });
    }
    await ctx.em.flush();
  }
}

/** The PDF document of a record (its download URL), or null. */
export async function recordPdfUrl(ctx: RequestContext, recordId: string): Promise<string | null> {
  const link = await ctx.em.findOne(ConsentRecordDocument, { recordId }, { orderBy: { createdAt: 'asc' } });
  return link ? downloadUrlOf(link.documentId) : null;
}

/** The whole history of a client as one PDF (stored as a client document): its download URL. */
export async function bundlePdf(ctx: RequestContext, client: Client): Promise<string> {
  const records = await ctx.em.find(ConsentRecord, { clientId: client.id }, { orderBy: { seq: 'asc' } });
  const { lang, companyLang: cl } = await languagesOf(ctx, client);
  const pdf = await renderConsentPdf(await viewsOf(ctx, client, records), consentTexts(lang), lang, cl, true);
  const doc = await storePdf(ctx, client.id, `consent-history-${new Date().toISOString().slice(0, 10)}.pdf`, pdf);
  await ctx.em.flush();
  return downloadUrlOf(doc.id);
}
