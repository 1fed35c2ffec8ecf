import {
  activitySchema,
  addressesSchema,
  bankAccountsSchema,
  contactsSchema,
  familySchema,
  identityDocumentsSchema,
  parseArea,
  registrySchema,
  validateNewClient,
  type NewClientInput,
  type Parsed,
} from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client, displayNameOf } from './client.entity.js';
import { ClientKind, ClientStatus } from './client.enums.js';
import { applyActivity, applyFamily, applyRegistry, syncAddresses, syncBankAccounts, syncContacts, syncIdentityDocuments } from './client-areas.js';
import { checkClientRefs, getEditableClient, throwIfIssues, validationOptions } from './client.service.js';
import { guardDuplicates } from './client-duplicates.service.js';

function data<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw badInput(parsed.errors);
  return parsed.data;
}

/**
 * Creates a card with every area given (CL-1, CL-2): the kind first, then the registry fields
 * required for that kind; each area validated with the shared validators; duplicates (CL-7) refused
 * with their candidates unless `confirmDuplicate`. One transaction: nothing half-saved.
 */
export async function createClient(ctx: RequestContext, input: NewClientInput, confirmDuplicate: boolean): Promise<Client> {
  const options = await validationOptions(ctx);
  const parsed = validateNewClient(input, options);
  if (!parsed.ok) throw badInput(parsed.errors);
  const d = parsed.data;
  throwIfIssues(await checkClientRefs(ctx, [{ field: 'activity.legalRepresentativeId', id: d.activity?.legalRepresentativeId, personOnly: true }]));
  if (d.identityDocuments.some((x) => x.scanDocumentId)) {
    const i = d.identityDocuments.findIndex((x) => x.scanDocumentId);
    throwIfIssues([{ field: `identityDocuments.${i}.scanDocumentId`, reason: 'not_found', message: 'Upload the scan after creating the card' }]);
  }
  await guardDuplicates(
    ctx,
    { taxCode: d.registry.taxCode, vatNumber: d.registry.vatNumber, emails: d.contacts.filter((c) => c.kind !== 'phone').map((c) => c.value) },
    confirmDuplicate,
  );
  const client = ctx.em.create(Client, {
    company: ctx.em.getReference(Company, ctx.requireCompany()),
    kind: d.registry.kind as ClientKind,
    status: d.status as ClientStatus,
    displayName: displayNameOf(d.registry),
    taxCountry: d.registry.taxCountry,
    noLocalTaxId: d.registry.noLocalTaxId,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  applyRegistry(client, d.registry);
  applyActivity(client, d.activity);
  await ctx.em.flush();
  await syncAddresses(ctx, client, d.addresses);
  await syncContacts(ctx, client, d.contacts);
  await syncBankAccounts(ctx, client, d.bankAccounts);
  await syncIdentityDocuments(ctx, client, d.identityDocuments);
  await applyFamily(ctx, client, d.family);
  await ctx.em.flush();
  return client;
}

/** Registry area (anagrafica); the kind never changes. */
export async function updateRegistry(ctx: RequestContext, id: string, input: Record<string, unknown>, confirmDuplicate: boolean): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  const r = data(parseArea(registrySchema(await validationOptions(ctx)), { ...input, kind: client.kind }));
  const changedKeys = r.taxCode !== client.taxCode || r.vatNumber !== client.vatNumber;
  if (changedKeys) await guardDuplicates(ctx, { taxCode: r.taxCode !== client.taxCode ? r.taxCode : null, vatNumber: r.vatNumber !== client.vatNumber ? r.vatNumber : null }, confirmDuplicate, client.id);
  applyRegistry(client, r);
  await ctx.em.flush();
  return client;
}

export async function setAddresses(ctx: RequestContext, id: string, input: unknown[]): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  await syncAddresses(ctx, client, data(parseArea(addressesSchema(await validationOptions(ctx)), input, 'addresses')));
  return client;
}

export async function setContacts(ctx: RequestContext, id: string, input: unknown[]): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  await syncContacts(ctx, client, data(parseArea(contactsSchema(await validationOptions(ctx)), input, 'contacts')));
  return client;
}

export async function setBankAccounts(ctx: RequestContext, id: string, input: unknown[]): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  await syncBankAccounts(ctx, client, data(parseArea(bankAccountsSchema(await validationOptions(ctx)), input, 'bankAccounts')));
  return client;
}

export async function setIdentityDocuments(ctx: RequestContext, id: string, input: unknown[]): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  await syncIdentityDocuments(ctx, client, data(parseArea(identityDocumentsSchema(await validationOptions(ctx)), input, 'identityDocuments')));
  return client;
}

export async function setFamily(ctx: RequestContext, id: string, input: unknown): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  await applyFamily(ctx, client, data(parseArea(familySchema(await validationOptions(ctx)), input, 'family')));
  await ctx.em.flush();
  return client;
}

export async function setActivity(ctx: RequestContext, id: string, input: unknown): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  // the activity code follows the classification of the client's tax country (SBI, WZ, PKD, ATECO; NACE everywhere)
  const a = data(parseArea(activitySchema(await validationOptions(ctx), client.taxCountry), input, 'activity'));
  throwIfIssues(await checkClientRefs(ctx, [{ field: 'activity.legalRepresentativeId', id: a.legalRepresentativeId, self: client.id, personOnly: true }]));
  applyActivity(client, a);
  await ctx.em.flush();
  return client;
}
