import { createElement as h, type ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { RequestContext } from '../../core/context.js';
import { PDF_FONT } from '../../core/pdf-fonts.js';
import { formatDate } from '../billing/billing-texts.js';
import { mandateTextsOf } from './banking-texts.js';
import { getMandate } from './mandate.service.js';
import { settingsRow } from './banking-settings.service.js';
import type { MandatePdf } from './banking.types.js';

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: PDF_FONT.regular, color: '#222' },
  title: { fontSize: 16, fontFamily: PDF_FONT.bold, marginBottom: 14 },
  row: { flexDirection: 'row', paddingVertical: 3, borderBottom: '0.5pt solid #ddd' },
  key: { width: '38%', color: '#555' },
  value: { width: '62%' },
  para: { marginTop: 12, lineHeight: 1.4 },
  sign: { marginTop: 36, flexDirection: 'row', justifyContent: 'space-between' },
  box: { width: '45%', borderTop: '1pt solid #333', paddingTop: 4, color: '#555' },
});

const line = (key: string, value: string): ReactElement => h(View, { style: styles.row, key }, h(Text, { style: styles.key }, key), h(Text, { style: styles.value }, value));

/** The mandate form for signature in the client's language (right billing:view). */
export async function mandatePdf(ctx: RequestContext, id: string): Promise<MandatePdf> {
  const m = await getMandate(ctx, id);
  const settings = await settingsRow(ctx);
  const [info] = await ctx.em.execute<Array<{ locale: string; company_name: string; address: string | null }>>(
    `select split_part(coalesce(c.preferred_locale, co.locale), '-', 1) as locale, co.name as company_name,
            (select concat_ws(', ', a.line1, concat_ws(' ', a.postal_code, a.city), a.country) from client_address a where a.company_id = c.company_id and a.client_id = c.id order by a.position limit 1) as address
       from client c join company co on co.id = c.company_id where c.company_id = ? and c.id = ?`,
    [ctx.requireCompany(), m.clientId],
  );
  const t = mandateTextsOf(info.locale);
  const creditor = settings?.creditor_name ?? info.company_name;
  const doc = h(
    Document,
    { title: `${t.title(m.scheme)} ${m.reference}` },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.title }, t.title(m.scheme)),
      line(t.reference, m.reference),
      line(t.creditor, creditor),
      line(t.creditorId, settings?.creditor_id ?? '—'),
      line(t.debtor, m.debtorName),
      line(t.address, info.address ?? ''),
      line(t.iban, m.iban.replace(/(.{4})/g, '$1 ').trim()),
      line(t.bic, m.bic ?? ''),
      line(t.paymentType, m.recurrence === 'RCUR' ? t.recurrent : t.oneOff),
      line(t.signedOn, formatDate(m.signatureDate, info.locale)),
      h(Text, { style: styles.para }, t.authorisation(creditor)),
      h(Text, { style: styles.para }, m.scheme === 'B2B' ? t.b2bNote : t.rights),
      h(View, { style: styles.sign }, h(Text, { style: styles.box }, t.placeDate), h(Text, { style: styles.box }, t.signature)),
    ),
  );
  const buffer = await renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
  return { fileName: `mandate-${m.reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`, contentType: 'application/pdf', base64: buffer.toString('base64') };
}
