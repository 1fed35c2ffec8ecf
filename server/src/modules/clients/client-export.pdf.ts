import { createElement as h, type ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT } from '../../core/pdf-fonts.js';

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 9, fontFamily: PDF_FONT.regular, color: '#222' },
  title: { fontSize: 16, marginBottom: 4, fontFamily: PDF_FONT.bold },
  subtitle: { fontSize: 9, color: '#555', marginBottom: 14 },
  section: { marginBottom: 12 },
  heading: { fontSize: 11, fontFamily: PDF_FONT.bold, marginBottom: 4, paddingBottom: 2, borderBottom: '1pt solid #999' },
  item: { marginBottom: 6 },
  row: { flexDirection: 'row', paddingVertical: 1 },
  key: { width: '32%', color: '#555' },
  value: { width: '68%' },
  empty: { color: '#888', fontStyle: 'italic' },
  footer: { position: 'absolute', bottom: 20, left: 36, right: 36, fontSize: 7, color: '#888', textAlign: 'center' },
});

const SECTION_TITLES: Record<string, string> = {
  controller: 'Data controller',
  client: 'Registry data',
  addresses: 'Addresses',
  contacts: 'Contacts',
  bankAccounts: 'Bank accounts',
  identityDocuments: 'Identity documents',
  household: 'Household',
  documents: 'Documents',
  serviceEntries: 'Service entries',
  emailsSent: 'E-mails sent (contact history)',
  auditTrail: 'Changes recorded in the audit trail',
};

const humanKey = (k: string) => k.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (v instanceof Date) return v.toISOString().replace('T', ' ').slice(0, 19);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function keyValues(obj: Record<string, unknown>, key: string): ReactElement {
  return h(
    View,
    { style: styles.item, key, wrap: false },
    ...Object.entries(obj).map(([k, v]) => h(View, { style: styles.row, key: k }, h(Text, { style: styles.key }, humanKey(k)), h(Text, { style: styles.value }, show(v)))),
  );
}

function section(name: string, value: unknown): ReactElement | null {
  if (['format', 'version', 'exportedAt'].includes(name)) return null;
  const title = SECTION_TITLES[name] ?? humanKey(name);
  let body: ReactElement[];
  if (Array.isArray(value)) {
    body = value.length ? value.map((item, i) => keyValues(item as Record<string, unknown>, String(i))) : [h(Text, { style: styles.empty, key: 'none' }, 'None.')];
  } else if (value && typeof value === 'object') {
    body = [keyValues(value as Record<string, unknown>, 'one')];
  } else {
    body = [h(Text, { key: 'v' }, show(value))];
  }
  return h(View, { style: styles.section, key: name }, h(Text, { style: styles.heading }, title), ...body);
}

/** The GDPR export as a printable PDF: one section per data area, every value as stored. */
export async function renderClientExportPdf(data: Record<string, unknown>): Promise<Buffer> {
  const client = data.client as { displayName?: string } | undefined;
  const doc = h(
    Document,
    { title: `Personal data — ${client?.displayName ?? ''}`, author: 'Agency platform' },
    h(
      Page,
      { size: 'A4', style: styles.page, wrap: true },
      h(Text, { style: styles.title }, `Personal data held on ${client?.displayName ?? 'the client'}`),
      h(Text, { style: styles.subtitle }, `Export of ${show(data.exportedAt)} (GDPR art. 15). The same data in machine-readable form: the JSON export.`),
      ...Object.entries(data).map(([k, v]) => section(k, v)).filter((x): x is ReactElement => !!x),
      h(Text, { style: styles.footer, fixed: true, render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) => `Page ${pageNumber} of ${totalPages}` }),
    ),
  );
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}
