import { registerMailAttachments, type AttachmentSource } from '../mail/mail-attachments.js';
import { renderPremiumDocumentPdf } from './billing-pdf.js';
import { DOCUMENT_SELECT, type DocumentRow, displayNumber } from './billing-queries.service.js';

/**
 * A receipt's or credit note's e-mail carries its PDF (rendered on delivery, in the document's
 * language, like the download). The outbox worker delivers outside any request: this source enters
 * the message's own company for its transaction (set_config(…, true), as consents do) and reads the
 * document linked to the message (premium_document_mail, migration 0020) through row-level security.
 */
const premiumDocumentPdf: AttachmentSource = async (em, message) => {
  if (!message.companyId) return [];
  await em.execute(`select set_config('app.company_id', ?, true)`, [message.companyId]);
  const rows = await em.execute<Array<DocumentRow & { currency: string }>>(
    `select s.*, (select c.currency from company c where c.id = ?) as currency
       from (${DOCUMENT_SELECT} where d.company_id = ? and d.id in (select m.document_id from premium_document_mail m where m.company_id = ? and m.outbox_message_id = ?)) s`,
    [message.companyId, message.companyId, message.companyId, message.id],
  );
  const out = [];
  for (const d of rows) {
    out.push({ filename: `${displayNumber(d.series, d.year, d.number).replace(/[ /]/g, '-')}.pdf`, content: await renderPremiumDocumentPdf(d, d.currency), contentType: 'application/pdf' });
  }
  return out;
};

registerMailAttachments('billing.receipt', premiumDocumentPdf);
registerMailAttachments('billing.credit_note', premiumDocumentPdf);
