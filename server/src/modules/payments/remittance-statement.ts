import { createElement as h, type ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import ExcelJS from 'exceljs';
import { PDF_FONT } from '../../core/pdf-fonts.js';
import { formatAmount, formatDate } from '../billing/billing-texts.js';
import type { RemittanceItem } from './payments.types.js';
import type { RemittanceRow } from './remittance.service.js';

/**
 * The remittance statement to an insurer, in the company's language: PDF (@react-pdf/renderer) and
 * XLSX (exceljs) — the collected receipts with gross premium, commission retained and amount remitted.
 */
type Locale = 'en' | 'it' | 'de' | 'nl' | 'pl';
interface StatementTexts {
  title: string;
  insurer: string;
  period: string;
  date: string;
  receipt: string;
  policy: string;
  client: string;
  gross: string;
  commission: string;
  amount: string;
  total: string;
  cancelled: string;
}
const TEXTS: Record<Locale, StatementTexts> = {
  en: { title: 'Remittance statement', insurer: 'Insurer', period: 'Period', date: 'Date', receipt: 'Receipt', policy: 'Policy', client: 'Client', gross: 'Premium collected', commission: 'Commission retained', amount: 'Remitted', total: 'Total', cancelled: 'CANCELLED' },
  it: { title: 'Rimessa alla compagnia', insurer: 'Compagnia', period: 'Periodo', date: 'Data', receipt: 'Quietanza', policy: 'Polizza', client: 'Contraente', gross: 'Premio incassato', commission: 'Provvigioni trattenute', amount: 'Rimesso', total: 'Totale', cancelled: 'ANNULLATA' },
  de: { title: 'Abrechnung an den Versicherer', insurer: 'Versicherer', period: 'Zeitraum', date: 'Datum', receipt: 'Beitragsrechnung', policy: 'Police', client: 'Kunde', gross: 'Eingenommene Prämie', commission: 'Einbehaltene Provision', amount: 'Überwiesen', total: 'Summe', cancelled: 'STORNIERT' },
  nl: { title: 'Afdrachtoverzicht', insurer: 'Maatschappij', period: 'Periode', date: 'Datum', receipt: 'Premienota', policy: 'Polis', client: 'Klant', gross: 'Ontvangen premie', commission: 'Ingehouden provisie', amount: 'Afgedragen', total: 'Totaal', cancelled: 'GEANNULEERD' },
  pl: { title: 'Rozliczenie z ubezpieczycielem', insurer: 'Ubezpieczyciel', period: 'Okres', date: 'Data', receipt: 'Pokwitowanie', policy: 'Polisa', client: 'Klient', gross: 'Zebrana składka', commission: 'Zatrzymana prowizja', amount: 'Przekazano', total: 'Razem', cancelled: 'ANULOWANE' },
};
const localeOf = (companyLocale: string): Locale => {
  const l = companyLocale.split('-')[0] as Locale;
  return l in TEXTS ? l : 'en';
};

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 9, fontFamily: PDF_FONT.regular, color: '#222' },
  company: { fontSize: 12, fontFamily: PDF_FONT.bold, marginBottom: 14 },
  title: { fontSize: 16, fontFamily: PDF_FONT.bold, marginBottom: 6 },
  meta: { marginBottom: 2 },
  head: { flexDirection: 'row', borderBottom: '1pt solid #999', paddingVertical: 3, marginTop: 12, fontFamily: PDF_FONT.bold },
  row: { flexDirection: 'row', paddingVertical: 2 },
  total: { flexDirection: 'row', borderTop: '1pt solid #999', paddingVertical: 3, fontFamily: PDF_FONT.bold },
  c1: { width: '14%' },
  c2: { width: '18%' },
  c3: { width: '26%' },
  n: { width: '14%', textAlign: 'right' },
});

export async function remittancePdf(r: RemittanceRow, items: RemittanceItem[]): Promise<Buffer> {
  const loc = localeOf(r.company_locale);
  const t = TEXTS[loc];
  const amt = (v: string) => formatAmount(v, loc, r.currency);
  const cells = (a: string, b: string, c: string, d: string, e: string, f: string, style: typeof styles.row | typeof styles.head | typeof styles.total, key: string): ReactElement =>
    h(View, { style, key }, h(Text, { style: styles.c1 }, a), h(Text, { style: styles.c2 }, b), h(Text, { style: styles.c3 }, c), h(Text, { style: styles.n }, d), h(Text, { style: styles.n }, e), h(Text, { style: styles.n }, f));
  const doc = h(
    Document,
    { title: `${t.title} — ${r.insurer_name}` },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.company }, r.company_name),
      h(Text, { style: styles.title }, `${t.title}${r.cancelled_at ? ` — ${t.cancelled}` : ''}`),
      h(Text, { style: styles.meta }, `${t.insurer}: ${r.insurer_name}`),
      h(Text, { style: styles.meta }, `${t.period}: ${formatDate(r.period_from, loc)} – ${formatDate(r.period_to, loc)}`),
      h(Text, { style: styles.meta }, `${t.date}: ${formatDate(r.remit_date, loc)}`),
      cells(t.receipt, t.policy, t.client, t.gross, t.commission, t.amount, styles.head, 'head'),
      ...items.map((i) => cells(i.receiptNumber, i.policyNumber, i.clientName, amt(i.gross), amt(i.commission), amt(i.amount), styles.row, i.receiptId)),
      cells(t.total, '', '', amt(String(r.gross)), amt(String(r.commission)), amt(String(r.amount)), styles.total, 'total'),
    ),
  );
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}

export async function remittanceXlsx(r: RemittanceRow, items: RemittanceItem[]): Promise<Buffer> {
  const t = TEXTS[localeOf(r.company_locale)];
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const sheet = wb.addWorksheet(t.title.slice(0, 31));
  sheet.addRow([r.company_name]);
  sheet.addRow([t.insurer, r.insurer_name]);
  sheet.addRow([t.period, r.period_from, r.period_to]);
  sheet.addRow([t.date, r.remit_date]);
  if (r.cancelled_at) sheet.addRow([t.cancelled, r.cancel_reason ?? '']);
  sheet.addRow([]);
  const head = sheet.addRow([t.receipt, t.policy, t.client, t.gross, t.commission, t.amount]);
  head.font = { bold: true };
  // two-decimal amounts: the cell holds the decimal's number, shown with two places
  for (const i of items) sheet.addRow([i.receiptNumber, i.policyNumber, i.clientName, Number(i.gross), Number(i.commission), Number(i.amount)]);
  const total = sheet.addRow([t.total, '', '', Number(r.gross), Number(r.commission), Number(r.amount)]);
  total.font = { bold: true };
  for (const c of [4, 5, 6]) sheet.getColumn(c).numFmt = '#,##0.00';
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 20;
  sheet.getColumn(3).width = 32;
  for (const c of [4, 5, 6]) sheet.getColumn(c).width = 16;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
