import { RETAINED_DOCUMENT_CATEGORIES } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { StoredDocument } from '../documents/document.entity.js';
import { onDocumentDelete, registerDocumentOwner } from '../documents/documents.service.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { relinkOutbox } from './client-merge.service.js';
import { ServiceEntry } from './service-entry.entity.js';
import { Client } from './client.entity.js';
import { ServiceEntryKind } from './client.enums.js';
import { IdentityDocument } from './identity-document.entity.js';
import { registerClientExtension, registerClientPanelTab, registerSearchSource } from './client-extensions.js';

/**
 * The clients module's own parts of the card life cycle, registered like any other module's:
 * documents, service entries and the contact history (outbox).
 */

/** A service entry older than this is part of the client's record: the card is no longer "added by mistake". */
export const SERVICE_ENTRY_HOLD_DAYS = 30;

const retained = [...RETAINED_DOCUMENT_CATEGORIES];

// What a search hit matched among the card's own terms (a name or tax code needs no saying: the hit shows them).
registerSearchSource({ source: 'contact', right: 'clients:view', table: 'client_contact', text: 'm.value' });
registerSearchSource({ source: 'address', right: 'clients:view', table: 'client_address', text: `concat_ws(', ', m.line1, m.postal_code || ' ' || m.city)` });
registerSearchSource({ source: 'bank', right: 'clients:view', table: 'client_bank_account', text: 'm.iban' });

registerClientExtension({
  key: 'documents',
  async legalHolds(ctx, clientId) {
    const count = await ctx.em.count(StoredDocument, { clientId, category: { $in: retained } });
    return [{ reason: 'documents', count, message: `${count} document(s) the law keeps (contracts, consents, claims, correspondence)` }];
  },
  async remove(ctx, clientId) {
    await removeDocuments(ctx, clientId);
  },
  async merge(ctx, fromId, toId) {
    for (const d of await ctx.em.find(StoredDocument, { clientId: fromId })) {
      d.clientId = toId;
      if (d.ownerType === 'client' && d.ownerId === fromId) d.ownerId = toId;
    }
  },
  async export(ctx, clientId) {
    const docs = await ctx.em.find(StoredDocument, { clientId }, { orderBy: { createdAt: 'asc' } });
    return {
      documents: docs.map((d) => ({ id: d.id, category: d.category, fileName: d.fileName, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256, createdAt: d.createdAt })),
    };
  },
});

/** The documents of a card deleted by mistake (none kept by law: that is a hold); files are collected by docs:verify. */
async function removeDocuments(ctx: RequestContext, clientId: string): Promise<number> {
  const docs = await ctx.em.find(StoredDocument, { clientId });
  if (!docs.length) return 0;
  for (const scan of await ctx.em.find(IdentityDocument, { scanDocumentId: { $in: docs.map((d) => d.id) } })) scan.scanDocumentId = null;
  await ctx.em.flush();
  for (const d of docs) ctx.em.remove(d);
  await ctx.em.flush();
  return docs.length;
}

registerClientExtension({
  key: 'serviceEntries',
  async legalHolds(ctx, clientId) {
    const before = new Date(Date.now() - SERVICE_ENTRY_HOLD_DAYS * 86_400_000);
    const complaints = await ctx.em.count(ServiceEntry, { client: clientId, kind: ServiceEntryKind.COMPLAINT });
    const old = await ctx.em.count(ServiceEntry, { client: clientId, kind: { $ne: ServiceEntryKind.COMPLAINT }, createdAt: { $lt: before } });
    return [
      { reason: 'complaints', count: complaints, message: `${complaints} complaint(s) in the complaints register` },
      { reason: 'service_entries', count: old, message: `${old} service entr(ies) older than ${SERVICE_ENTRY_HOLD_DAYS} days` },
    ];
  },
  async remove(ctx, clientId) {
    for (const e of await ctx.em.find(ServiceEntry, { client: clientId })) ctx.em.remove(e);
  },
  async merge(ctx, fromId, toId) {
    for (const e of await ctx.em.find(ServiceEntry, { client: fromId })) e.client = ctx.em.getReference(Client, toId, { wrapped: true });
  },
  async export(ctx, clientId) {
    const entries = await ctx.em.find(ServiceEntry, { client: clientId }, { orderBy: { createdAt: 'asc' } });
    return { serviceEntries: entries.map((e) => ({ kind: e.kind, subject: e.subject, body: e.body, occurredOn: e.occurredOn, createdAt: e.createdAt })) };
  },
});

// Sent e-mails: a deleted card's mail stays without the link (foreign key ON DELETE SET NULL); a
// merge moves it with client_outbox_relink() (migration 0003), the outbox being the worker's to update.
registerClientExtension({
  key: 'contactHistory',
  async merge(ctx, fromId, toId) {
    await relinkOutbox(ctx, fromId, toId);
  },
  async export(ctx, clientId) {
    const mails = await ctx.em.find(OutboxMessage, { companyId: ctx.requireCompany(), clientId }, { orderBy: { createdAt: 'asc' } });
    return { emailsSent: mails.map((m) => ({ to: m.to, subject: m.subject, kind: m.kind, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt })) };
  },
});

registerClientPanelTab({ key: 'data', title: 'Client data', right: 'clients:view', order: 0 });
registerClientPanelTab({
  key: 'service',
  title: 'Service entries',
  right: 'clients:view',
  order: 60,
  countRows: { table: 'client_service_entry' },
});
registerClientPanelTab({
  key: 'documents',
  title: 'Client documents',
  right: 'clients:view',
  order: 70,
  countRows: { table: 'document' },
});
registerClientPanelTab({
  key: 'contactHistory',
  title: 'Contact history',
  right: 'clients:view',
  order: 90,
  countRows: { table: 'outbox_message' },
});


// Documents attached to a card: owner type `client`, guarded by the clients rights.
registerDocumentOwner('client', {
  module: 'clients',
  async clientIdOf(ctx, ownerId) {
    const client = await ctx.em.findOne(Client, { id: ownerId }, { fields: ['id', 'erasedAt'] });
    return client && !client.erasedAt ? client.id : null;
  },
});

// An identity document lets go of its scan before the scan is deleted.
onDocumentDelete(async (ctx, documentId) => {
  for (const d of await ctx.em.find(IdentityDocument, { scanDocumentId: documentId })) d.scanDocumentId = null;
});
