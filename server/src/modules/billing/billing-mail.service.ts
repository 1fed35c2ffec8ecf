import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { ClientContact } from '../clients/contact.entity.js';
import { ContactKind } from '../clients/client.enums.js';
import { Company } from '../base/companies/company.entity.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { displayNumber, documentRow } from './billing-queries.service.js';
import { formatAmount, formatDate, textsOf } from './billing-texts.js';
import { linkMail } from './billing-issue.service.js';

/**
 * E-mails a premium document to the client (right billing:edit) through the outbox, in the client's
 * language: written in this transaction, delivered by the worker. CONFLICT when the client has no
 * e-mail address. Returns the address. The message is linked to the document, so the worker attaches its
 * PDF (billing-mail-attachments.ts).
 */
export async function sendPremiumDocument(ctx: RequestContext, id: string): Promise<string> {
  const d = await documentRow(ctx, id);
  const contacts = await ctx.em.find(ClientContact, { client: d.client_id, kind: ContactKind.EMAIL }, { orderBy: { preferred: 'desc', position: 'asc' } });
  const to = contacts[0]?.value;
  if (!to) throw conflict('The client has no e-mail address.', { reason: 'no_email' });
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  const t = textsOf(d.locale);
  const kind = d.kind === 'credit_note' ? t.creditNote : t.receipt;
  const number = displayNumber(d.series, d.year, d.number);
  const message = await enqueueMail(ctx.em, {
    companyId: company.id,
    clientId: d.client_id,
    to,
    subject: t.mailSubject(kind, number),
    text: t.mailBody(d.client_name, kind, number, d.policy_number, formatAmount(d.kind === 'credit_note' ? `-${d.gross}` : String(d.gross), d.locale, company.currency), formatDate(d.due_date, d.locale)),
    kind: `billing.${d.kind}`,
  });
  // the worker attaches the document's PDF on delivery (billing-mail-attachments.ts)
  await linkMail(ctx, d.id, message.id);
  return to;
}
