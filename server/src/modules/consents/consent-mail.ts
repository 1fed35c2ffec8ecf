import { readFile } from 'node:fs/promises';
import { documentStores, intactCopy } from '../documents/document.storage.js';
import { registerMailAttachments } from '../mail/mail-attachments.js';

/**
 * CN-4: a consent record's e-mail carries the record's PDF. The outbox worker delivers outside any
 * request, so this source enters the message's own company for its transaction (set_config(…, true):
 * transaction-local, the same setting the request scope uses) and reads the PDF through row-level
 * security from whichever document store holds an intact copy. Raw SQL: listed in core/tenant-bypass.ts.
 */
registerMailAttachments('consent_record', async (em, message, config) => {
  if (!message.companyId) return [];
  await em.execute(`select set_config('app.company_id', ?, true)`, [message.companyId]);
  const rows = await em.execute<Array<{ file_name: string; storage_key: string; sha256: string }>>(
    `select d.file_name, d.storage_key, d.sha256
       from consent_record_mail m
       join consent_record_document rd on rd.company_id = m.company_id and rd.record_id = m.record_id
       join document d on d.company_id = rd.company_id and d.id = rd.document_id
      where m.company_id = ? and m.outbox_message_id = ?`,
    [message.companyId, message.id],
  );
  const stores = documentStores(config);
  const out = [];
  for (const r of rows) {
    const file = await intactCopy(stores, r.storage_key, r.sha256);
    if (!file) throw new Error(`consent PDF ${r.storage_key} has no intact copy in either store`);
    out.push({ filename: r.file_name, content: await readFile(file), contentType: 'application/pdf' });
  }
  return out;
});
