import { createElement as h, type ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT } from '../../core/pdf-fonts.js';
import type { DocumentRow } from './billing-queries.service.js';
import { displayNumber } from './billing-queries.service.js';
import { formatAmount, formatDate, textsOf } from './billing-texts.js';

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: PDF_FONT.regular, color: '#222' },
  company: { fontSize: 12, fontFamily: PDF_FONT.bold, marginBottom: 18 },
  title: { fontSize: 18, fontFamily: PDF_FONT.bold, marginBottom: 4 },
  number: { fontSize: 11, marginBottom: 16, color: '#444' },
  row: { flexDirection: 'row', paddingVertical: 2 },
  key: { width: '38%', color: '#555' },
  value: { width: '62%' },
  amounts: { marginTop: 16, borderTop: '1pt solid #999', paddingTop: 6 },
  total: { flexDirection: 'row', paddingVertical: 3, fontFamily: PDF_FONT.bold },
  footer: { position: 'absolute', bottom: 28, left: 40, right: 40, fontSize: 7, color: '#777', textAlign: 'center' },
});

const line = (key: string, value: string, style = styles.row): ReactElement => h(View, { style, key }, h(Text, { style: styles.key }, key), h(Text, { style: styles.value }, value));

/** The PDF of a premium receipt or credit note in the document's language (the client's). */
export async function renderPremiumDocumentPdf(d: DocumentRow, currency: string): Promise<Buffer> {
  const t = textsOf(d.locale);
  const amt = (v: string) => formatAmount(String(v), d.locale, currency);
  const date = (v: string) => formatDate(v, d.locale);
  const isCredit = d.kind === 'credit_note';
  const doc = h(
    Document,
    { title: `${isCredit ? t.creditNote : t.receipt} ${displayNumber(d.series, d.year, d.number)}` },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.company }, d.company_name),
      h(Text, { style: styles.title }, isCredit ? t.creditNote : t.receipt),
      h(Text, { style: styles.number }, `${t.number} ${displayNumber(d.series, d.year, d.number)} — ${t.issueDate} ${date(d.issue_date)}`),
      line(t.client, d.client_name),
      line(t.policy, d.policy_number),
      line(t.insurer, d.insurer_name),
      line(t.line, d.line_name),
      line(t.period, `${date(d.period_start)} – ${date(d.period_end)}`),
      line(t.dueDate, date(d.due_date)),
      ...(isCredit ? [line(t.cancels, d.credits_number ?? ''), line(t.reason, d.reason ?? '')] : []),
      h(
        View,
        { style: styles.amounts },
        line(t.net, amt(d.net)),
        line(t.taxes, amt(d.taxes)),
        line(t.gross, isCredit ? amt(`-${d.gross}`) : amt(d.gross), styles.total),
      ),
      h(Text, { style: styles.footer, fixed: true }, t.footer),
    ),
  );
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}
