import { createElement as h, type ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT } from '../../core/pdf-fonts.js';
import type { ClauseData, ConsentFormVersion, ConsentRecord } from './consent.entity.js';
import { type ConsentTexts, pick, validationString, verificationCode } from './consent.texts.js';

/** CN-4: a record as a PDF — the form text as accepted, the answers, the stamp, the hash and a short code. */

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 9.5, fontFamily: PDF_FONT.regular, color: '#222' },
  title: { fontSize: 15, marginBottom: 2, fontFamily: PDF_FONT.bold },
  subtitle: { fontSize: 9, color: '#555', marginBottom: 12 },
  heading: { fontSize: 11, fontFamily: PDF_FONT.bold, marginTop: 10, marginBottom: 4 },
  body: { marginBottom: 6, lineHeight: 1.4 },
  row: { flexDirection: 'row', paddingVertical: 1.5 },
  key: { width: '34%', color: '#555' },
  value: { width: '66%' },
  mono: { fontFamily: PDF_FONT.mono, fontSize: 8.5 },
  clause: { flexDirection: 'row', marginBottom: 4 },
  box: { width: '14%', fontFamily: PDF_FONT.bold },
  clauseText: { width: '86%' },
  note: { marginTop: 14, fontSize: 8, color: '#666' },
  rule: { borderBottom: '1pt solid #bbb', marginVertical: 14 },
});

export interface RecordView {
  record: ConsentRecord;
  version: ConsentFormVersion;
  formCode: string;
  clientName: string;
}

const kv = (k: string, v: string, mono = false) =>
  h(View, { style: styles.row, key: k }, h(Text, { style: styles.key }, k), h(Text, { style: mono ? [styles.value, styles.mono] : styles.value }, v));

function recordBlock(v: RecordView, t: ConsentTexts, lang: string, companyLang: string): ReactElement[] {
  const r = v.record;
  const title = pick(v.version.title, lang, companyLang);
  const clause = (c: ClauseData) =>
    h(
      View,
      { style: styles.clause, key: c.key, wrap: false },
      h(Text, { style: styles.box }, r.kind === 'delivery' ? '' : r.answers[c.key] ? `[X] ${t.yes}` : `[X] ${t.no}`),
      h(Text, { style: styles.clauseText }, `${pick(c.text, lang, companyLang)}${c.required ? ` (${t.required})` : ''}`),
    );
  return [
    h(Text, { style: styles.title, key: 'title' }, `${t.record}: ${title}`),
    h(Text, { style: styles.subtitle, key: 'sub' }, `${t.form} ${v.formCode}, ${t.version} ${v.version.version}`),
    kv(t.client, v.clientName),
    kv(t.decision, t.decisions[r.decision] ?? r.decision),
    kv(t.channel, t.channels[r.channel] ?? r.channel),
    kv(t.givenBy, r.givenBy === 'staff' ? t.staff(r.staffName ?? '') : t.clientSelf),
    kv(t.recordedAt, r.recordedAt.toISOString().replace('T', ' ').slice(0, 19) + ' UTC'),
    kv(t.stamp, validationString(r.stamp, r.sentTo)),
    kv(t.position, String(r.seq)),
    kv(t.code, verificationCode(r.hash)),
    kv(t.hash, r.hash, true),
    kv(t.prevHash, r.prevHash, true),
    kv(t.textHash, r.textHash, true),
    h(Text, { style: styles.heading, key: 'text-h' }, title),
    h(Text, { style: styles.body, key: 'text' }, pick(v.version.body, lang, companyLang)),
    ...(v.version.clauses.length ? [h(Text, { style: styles.heading, key: 'ans-h' }, t.answers), ...v.version.clauses.map(clause)] : []),
    h(Text, { style: styles.note, key: 'note' }, t.verifyNote),
  ];
}

/** One record, or a client's whole history (a bundle: one section per record, oldest first). */
export async function renderConsentPdf(views: RecordView[], t: ConsentTexts, lang: string, companyLang: string, bundle = false): Promise<Buffer> {
  const blocks = views.map((v, i) => h(View, { key: v.record.id, break: bundle && i > 0 }, ...recordBlock(v, t, lang, companyLang)));
  const title = bundle ? `${t.bundle} — ${views[0]?.clientName ?? ''}` : `${t.record} ${views[0]?.record.stamp ?? ''}`;
  const doc = h(Document, { title, author: 'Agency platform' }, h(Page, { size: 'A4', style: styles.page, wrap: true }, ...blocks));
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}
