import { conflict } from '../../core/errors.js';
import { registerClientExtension, registerClientPanelTab } from '../clients/client-extensions.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument, ConsentTimelineStart } from './consent.entity.js';
import { validationString, verificationCode } from './consent.texts.js';

/**
 * The consents module on the client card (through client-extensions.ts):
 * - panel tab "consents" (right consents:view, order 50) with the count of records;
 * - legal hold: a client with consent records cannot be deleted for good — the records are the proof
 *   GDPR art. 7(1) and IVASS Reg. 40/2018 require, kept as long as a claim could need them;
 * - erasure keeps the records (no `erase` hook): the card's data is anonymized by the clients module,
 *   the records and their PDFs stay as legal holds, and so do the documents they point at
 *   (`keptDocuments`: the signed scan, the records' PDFs, whatever their category);
 * - merge: records are immutable and chained per client, so they cannot move to another card; merging
 *   a card that has records INTO another is refused (CONFLICT `consent_records`) — merge the other way
 *   (keep the card with the records) instead; the merged card's agreed timeline start goes with it;
 * - deletion (a card without records) removes its agreed timeline start;
 * - GDPR export: every record with its form, version, answers, stamp and hashes, and the agreed start.
 */
registerClientPanelTab({
  key: 'consents',
  title: 'Consents',
  right: 'consents:view',
  order: 50,
  countRows: { table: 'consent_record' },
});

registerClientExtension({
  key: 'consents',
  async legalHolds(ctx, clientId) {
    const count = await ctx.em.count(ConsentRecord, { clientId });
    return [{ reason: 'consents', count, message: `${count} consent record(s) of this client (kept as proof)` }];
  },
  // the documents the records point at (the signed scan of a paper consent, the record's PDFs) stay
  // through an erasure whatever their category: the records are the proof, and cannot change
  async keptDocuments(ctx, clientId) {
    const records = await ctx.em.find(ConsentRecord, { clientId }, { fields: ['id', 'paperDocumentId'], disableIdentityMap: true });
    const pdfs = records.length ? await ctx.em.find(ConsentRecordDocument, { recordId: { $in: records.map((r) => r.id) } }, { fields: ['documentId'], disableIdentityMap: true }) : [];
    return [...records.flatMap((r) => (r.paperDocumentId ? [r.paperDocumentId] : [])), ...pdfs.map((d) => d.documentId)];
  },
  async remove(ctx, clientId) {
    const start = await ctx.em.findOne(ConsentTimelineStart, { clientId });
    if (start) ctx.em.remove(start);
  },
  async merge(ctx, fromId) {
    const count = await ctx.em.count(ConsentRecord, { clientId: fromId });
    if (count) {
      throw conflict('The card being merged has consent records, which never move (they are chained to their card). Merge the other way: keep the card with the records.', {
        reason: 'consent_records',
        count,
      });
    }
    const start = await ctx.em.findOne(ConsentTimelineStart, { clientId: fromId });
    if (start) ctx.em.remove(start);
  },
  async export(ctx, clientId) {
    const records = await ctx.em.find(ConsentRecord, { clientId }, { orderBy: { seq: 'asc' } });
    const versions = records.length ? await ctx.em.find(ConsentFormVersion, { id: { $in: [...new Set(records.map((r) => r.formVersionId))] } }) : [];
    const forms = records.length ? await ctx.em.find(ConsentForm, { id: { $in: [...new Set(records.map((r) => r.formId))] } }) : [];
    const start = await ctx.em.findOne(ConsentTimelineStart, { clientId });
    return {
      consentTimelineStart: start ? { agreedFrom: start.agreedFrom, note: start.note ?? null } : null,
      consentRecords: records.map((r) => {
        const v = versions.find((x) => x.id === r.formVersionId);
        return {
          position: r.seq,
          form: forms.find((f) => f.id === r.formId)?.code ?? null,
          version: v?.version ?? null,
          decision: r.decision,
          answers: r.answers,
          channel: r.channel,
          givenBy: r.givenBy,
          staffName: r.staffName,
          recordedAt: r.recordedAt,
          validation: validationString(r.stamp, r.sentTo),
          verificationCode: verificationCode(r.hash),
          textHash: r.textHash,
          hash: r.hash,
        };
      }),
    };
  },
});
