import { RETAINED_DOCUMENT_CATEGORIES } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { Client } from './client.entity.js';
import { clientExtensions } from './client-extensions.js';
import { getEditableClient } from './client.service.js';

/**
 * GDPR erasure (CL-5): the card stays, anonymized and hidden, so that what the law keeps still points
 * at it (audit trail, amounts in policies and the ledger, complaints, contracts and consents);
 * everything else personal is removed: names, identifiers, birth data, addresses, contacts, bank
 * accounts, identity documents, household links, documents not kept by law (their files are
 * collected by docs:verify), the text of notes. Sent e-mails stay in the outbox (proof of notice).
 *
 * Raw SQL (listed in core/tenant-bypass.ts; row-level security applies): the ORM's audit subscriber
 * would copy every erased value into the trail as the "before" image. Instead one audit row records
 * the erasure, its reason and what was removed, without the personal data.
 */
export async function eraseClient(ctx: RequestContext, id: string, reason: string): Promise<Client> {
  const why = reason?.trim();
  if (!why || why.length < 3) throw badField('reason', 'required', 'Say why (e.g. the request reference).');
  if (why.length > 300) throw badField('reason', 'too_long', 'At most 300 characters.');
  const client = await getEditableClient(ctx, id);
  const companyId = ctx.requireCompany();
  const run = async (sql: string, params: unknown[] = [companyId, client.id]) => {
    const res = await ctx.em.getConnection().execute(sql, params, 'run', ctx.em.getTransactionContext());
    return (res as { affectedRows?: number }).affectedRows ?? 0;
  };
  const removed: Record<string, number> = {};
  removed.householdLinks = await run(`delete from client_household_member where company_id = ? and (client_id = ? or member_client_id = ?)`, [companyId, client.id, client.id]);
  removed.addresses = await run(`delete from client_address where company_id = ? and client_id = ?`);
  removed.contacts = await run(`delete from client_contact where company_id = ? and client_id = ?`);
  removed.bankAccounts = await run(`delete from client_bank_account where company_id = ? and client_id = ?`);
  removed.identityDocuments = await run(`delete from client_identity_document where company_id = ? and client_id = ?`);
  await run(`update client set legal_representative_id = null where company_id = ? and legal_representative_id = ?`);
  // erased: the card's own documents (a claim's or a policy's stay with their record) outside the
  // categories the law keeps, except those another module's records point at (a consent's signed scan)
  const kept: string[] = [];
  for (const ext of clientExtensions()) if (ext.keptDocuments) kept.push(...(await ext.keptDocuments(ctx, client.id)));
  removed.documents = await run(
    `delete from document d
      where d.company_id = ? and d.client_id = ? and d.owner_type = 'client'
        and d.category <> all(string_to_array(?, ',')) and d.id <> all(?::uuid[])`,
    [companyId, client.id, RETAINED_DOCUMENT_CATEGORIES.join(','), `{${kept.join(',')}}`],
  );
  // complaints stay in the register; the text of other service entries is removed
  removed.serviceEntriesRedacted = await run(
    `update client_service_entry set subject = '[erased]', body = null, redacted_at = now()
      where company_id = ? and client_id = ? and kind <> 'complaint' and redacted_at is null`,
  );
  await run(
    `update client set
       display_name = 'Erased client ' || left(id::text, 8), first_name = null, name_prefix = null, last_name = null, gender = null,
       birth_date = null, birth_place = null, birth_province = null, birth_country = null, citizenship = null,
       legal_name = null, legal_form = null, tax_code = null, no_local_tax_id = false, no_local_tax_id_reason = null,
       vat_number = null, preferred_locale = null, marital_status = null, occupation = null, employer = null,
       registry_number = null, activity_code = null, activity_description = null, legal_representative_id = null,
       legal_representative_name = null, status = 'hidden', hidden_reason = 'GDPR erasure', hidden_at = now(),
       erased_at = now(), updated_at = now()
     where company_id = ? and id = ?`,
  );
  // other modules (later policies, claims…) erase what is theirs
  for (const ext of clientExtensions()) if (ext.erase) Object.assign(removed, await ext.erase(ctx, client.id));
  await ctx.em.flush();
  await insertAuditRows(ctx.em, ctx.actor(), [
    { companyId, action: 'erase', entityType: 'Client', entityId: client.id, before: null, after: { reason: why, erasedAt: new Date().toISOString(), removed } },
  ]);
  await ctx.em.refresh(client);
  return client;
}
