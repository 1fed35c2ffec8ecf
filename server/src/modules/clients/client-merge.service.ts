import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { Client, displayNameOf } from './client.entity.js';
import { AddressKind, ClientStatus, ServiceEntryKind } from './client.enums.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { ServiceEntry } from './service-entry.entity.js';
import { clientExtensions } from './client-extensions.js';
import { getEditableClient } from './client.service.js';
import { Company } from '../base/companies/company.entity.js';
import { mergeNote, mergedAddressLabel } from './client-merge.texts.js';
import { companyToday } from '../../core/company-calendar.js';

/** Registry fields the surviving card takes from the merged one when it has none. */
const FILLABLE = [
  'firstName', 'lastName', 'gender', 'birthDate', 'birthPlace', 'birthProvince', 'birthCountry', 'citizenship', 'legalName', 'legalForm',
  'taxCode', 'vatNumber', 'preferredLocale', 'maritalStatus', 'occupation', 'employer', 'registryNumber', 'activityCode',
  'activityDescription', 'legalRepresentativeId', 'legalRepresentativeName',
] as const;

/**
 * Merges a duplicate card (`sourceId`) into the one that stays (`targetId`), CL-7: the target keeps
 * its data and takes what it lacks; everything attached moves (addresses, contacts, bank accounts,
 * identity documents, household links both ways, documents, service entries, sent e-mails, and
 * whatever other modules registered); the source card is deleted. Every row change is audited.
 */
export async function mergeClients(ctx: RequestContext, sourceId: string, targetId: string): Promise<Client> {
  const source = await getEditableClient(ctx, sourceId, 'sourceId');
  const target = await getEditableClient(ctx, targetId, 'targetId');
  if (source.id === target.id) throw badField('targetId', 'same_client', 'Choose two different cards.');
  if (source.kind !== target.kind) throw badField('targetId', 'kind_mismatch', 'A person and a legal entity cannot be merged.');
  const to = ctx.em.getReference(Client, target.id, { wrapped: true });
  const company = await ctx.loaders.byId(Company).load(ctx.requireCompany());
  const locale = company?.locale ?? 'en';

  for (const key of FILLABLE) {
    if ((target[key] === null || target[key] === undefined) && source[key] !== null && source[key] !== undefined) {
      (target as unknown as Record<string, unknown>)[key] = source[key];
    }
  }
  if (target.legalRepresentativeId === source.id || target.legalRepresentativeId === target.id) target.legalRepresentativeId = null;
  if (target.taxCode) {
    target.noLocalTaxId = false;
    target.noLocalTaxIdReason = null;
  }
  target.displayName = displayNameOf(target);
  if (source.status === ClientStatus.ACTIVE && target.status === ClientStatus.PROSPECT) target.status = ClientStatus.ACTIVE;

  // addresses: the target's residence and domicile stay; the source's become "other"
  const targetAddresses = await ctx.em.find(ClientAddress, { client: target.id });
  const sourceAddresses = await ctx.em.find(ClientAddress, { client: source.id });
  // what the note says of the merged card, read before its data moves
  const note = mergeNote(locale, {
    displayName: source.displayName,
    taxCode: source.taxCode,
    vatNumber: source.vatNumber,
    birthDate: source.birthDate,
    createdAt: source.createdAt,
    city: sourceAddresses.find((a) => a.kind === AddressKind.RESIDENCE)?.city ?? null,
  });
  for (const a of sourceAddresses) {
    if ((a.kind === AddressKind.RESIDENCE || a.kind === AddressKind.DOMICILE) && targetAddresses.some((t) => t.kind === a.kind)) {
      a.label = a.label ?? mergedAddressLabel(locale, a.kind);
      a.kind = AddressKind.OTHER;
    }
    a.client = to;
  }
  // contacts: same value dropped; preferred only if the target has none of that kind
  const targetContacts = await ctx.em.find(ClientContact, { client: target.id });
  for (const c of await ctx.em.find(ClientContact, { client: source.id })) {
    if (targetContacts.some((t) => t.kind === c.kind && t.value === c.value)) {
      ctx.em.remove(c);
      continue;
    }
    if (c.preferred && targetContacts.some((t) => t.kind === c.kind && t.preferred)) c.preferred = false;
    c.client = to;
  }
  const targetAccounts = await ctx.em.find(ClientBankAccount, { client: target.id });
  for (const b of await ctx.em.find(ClientBankAccount, { client: source.id })) {
    if (targetAccounts.some((t) => t.iban === b.iban)) {
      ctx.em.remove(b);
      continue;
    }
    if (b.preferred && targetAccounts.some((t) => t.preferred)) b.preferred = false;
    b.client = to;
  }
  for (const d of await ctx.em.find(IdentityDocument, { client: source.id })) d.client = to;
  // household: the source's members join the target's; links to the source point to the target
  for (const m of await ctx.em.find(HouseholdMember, { client: source.id })) {
    if (m.memberClient?.id === target.id) ctx.em.remove(m);
    else m.client = to;
  }
  for (const m of await ctx.em.find(HouseholdMember, { memberClient: source.id })) {
    if (m.client.id === target.id) ctx.em.remove(m);
    else m.memberClient = to;
  }
  for (const represented of await ctx.em.find(Client, { legalRepresentativeId: source.id })) {
    represented.legalRepresentativeId = represented.id === target.id ? null : target.id;
  }
  for (const ext of clientExtensions()) if (ext.merge) await ext.merge(ctx, source.id, target.id);
  await ctx.em.flush();

  ctx.em.create(ServiceEntry, {
    company: target.company,
    client: to,
    kind: ServiceEntryKind.EVENT,
    subject: note.subject,
    body: note.body,
    occurredOn: await companyToday(ctx),
    createdById: ctx.user?.id ?? null,
    createdAt: new Date(),
  });
  ctx.em.remove(source);
  await ctx.em.flush();
  return target;
}

/** Moves the contact history (outbox rows) of one card to another of the active company. Raw SQL: listed in core/tenant-bypass.ts. */
export async function relinkOutbox(ctx: RequestContext, fromId: string, toId: string): Promise<number> {
  ctx.requireCompany();
  const [row] = await ctx.em.execute<Array<{ moved: number }>>(`select client_outbox_relink(?, ?) as moved`, [fromId, toId]);
  return Number(row?.moved ?? 0);
}
