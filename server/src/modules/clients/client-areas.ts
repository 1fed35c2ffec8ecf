import type { AddressData, BankAccountData, ContactData, FamilyData, FieldIssue, IdentityDocumentData, ActivityData, RegistryData } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { StoredDocument } from '../documents/document.entity.js';
import { Client, displayNameOf } from './client.entity.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { AddressKind, type ContactKind, type Gender, type HouseholdRelation, type IdentityDocumentType, type MaritalStatus } from './client.enums.js';
import { checkClientRefs, isUuid, throwIfIssues } from './client.service.js';

/**
 * Applying validated data areas to a card. List areas use "the list as the form shows it" semantics:
 * items with an `id` update that row, items without create one, rows left out are removed. Ids that
 * are not rows of this client are refused naming the field (`addresses.2.id`).
 */

export function applyRegistry(client: Client, r: RegistryData): void {
  client.firstName = r.firstName;
  client.namePrefix = r.namePrefix;
  client.lastName = r.lastName;
  client.gender = r.gender as Gender | null;
  client.birthDate = r.birthDate;
  client.birthPlace = r.birthPlace;
  client.birthProvince = r.birthProvince;
  client.birthCountry = r.birthCountry;
  client.citizenship = r.citizenship;
  client.legalName = r.legalName;
  client.legalForm = r.legalForm;
  client.taxCountry = r.taxCountry;
  client.taxCode = r.taxCode;
  client.noLocalTaxId = r.noLocalTaxId;
  client.noLocalTaxIdReason = r.noLocalTaxIdReason;
  client.vatNumber = r.vatNumber;
  client.preferredLocale = r.preferredLocale;
  client.displayName = displayNameOf(client);
}

export function applyActivity(client: Client, a: ActivityData | null): void {
  client.occupation = a?.occupation ?? null;
  client.employer = a?.employer ?? null;
  client.registryNumber = a?.registryNumber ?? null;
  client.activityCode = a?.activityCode ?? null;
  client.activityDescription = a?.activityDescription ?? null;
  client.legalRepresentativeId = a?.legalRepresentativeId ?? null;
  client.legalRepresentativeName = a?.legalRepresentativeName ?? null;
}

interface SyncSpec<E extends { id: string }, I extends { id: string | null }> {
  field: string;
  existing: E[];
  inputs: I[];
  create(input: I, position: number): E;
  update(row: E, input: I, position: number): void;
  /** A row holding a value a partial unique index allows once (preferred, residence)… */
  holdsUnique?(row: E): boolean;
  /** …that the input no longer gives it: cleared and flushed first, so rows can swap it. */
  keepsUnique?(row: E, input: I): boolean;
  releaseUnique?(row: E): void;
}

/** Two flushes so that a unique marker (preferred, residence) can move from one row to another. */
export async function syncRows<E extends { id: string }, I extends { id: string | null }>(ctx: RequestContext, spec: SyncSpec<E, I>): Promise<E[]> {
  const byId = new Map(spec.existing.map((r) => [r.id, r]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  spec.inputs.forEach((input, i) => {
    if (input.id && (!byId.has(input.id) || seen.has(input.id))) issues.push({ field: `${spec.field}.${i}.id`, reason: 'not_found', message: 'Not a row of this client' });
    if (input.id) seen.add(input.id);
  });
  if (issues.length) throw badInput(issues);
  for (const row of spec.existing) if (!seen.has(row.id)) ctx.em.remove(row);
  let released = false;
  spec.inputs.forEach((input) => {
    const row = input.id ? byId.get(input.id) : undefined;
    if (row && spec.holdsUnique?.(row) && !spec.keepsUnique?.(row, input)) {
      spec.releaseUnique?.(row);
      released = true;
    }
  });
  if (released || spec.existing.length > seen.size) await ctx.em.flush();
  const rows = spec.inputs.map((input, i) => {
    const row = input.id ? byId.get(input.id)! : undefined;
    if (row) {
      spec.update(row, input, i);
      return row;
    }
    return spec.create(input, i);
  });
  await ctx.em.flush();
  return rows;
}

/** The two columns every child row takes from its card. */
const tenantOf = (client: Client) => ({ company: client.company, client });

export function syncAddresses(ctx: RequestContext, client: Client, inputs: AddressData[], field = 'addresses'): Promise<ClientAddress[]> {
  const set = (row: ClientAddress, a: AddressData, position: number) => {
    Object.assign(row, { kind: a.kind as AddressKind, label: a.label, line1: a.line1, line2: a.line2, postalCode: a.postalCode, city: a.city, province: a.province, country: a.country, position });
  };
  return loadRows(ctx, ClientAddress, client).then((existing) =>
    syncRows(ctx, {
      field,
      existing,
      inputs,
      create: (a, i) => {
        const row = ctx.em.create(ClientAddress, { ...tenantOf(client), kind: a.kind as AddressKind, line1: a.line1, postalCode: a.postalCode, city: a.city, country: a.country, position: i });
        set(row, a, i);
        return row;
      },
      update: set,
      holdsUnique: (row) => row.kind === AddressKind.RESIDENCE || row.kind === AddressKind.DOMICILE,
      keepsUnique: (row, a) => row.kind === a.kind,
      releaseUnique: (row) => (row.kind = AddressKind.OTHER),
    }),
  );
}

export function syncContacts(ctx: RequestContext, client: Client, inputs: ContactData[], field = 'contacts'): Promise<ClientContact[]> {
  const set = (row: ClientContact, c: ContactData, position: number) => {
    Object.assign(row, { kind: c.kind as ContactKind, value: c.value, nationalNumber: c.nationalNumber, label: c.label, preferred: c.preferred, position });
  };
  return loadRows(ctx, ClientContact, client).then((existing) =>
    syncRows(ctx, {
      field,
      existing,
      inputs,
      create: (c, i) => {
        const row = ctx.em.create(ClientContact, { ...tenantOf(client), kind: c.kind as ContactKind, value: c.value, preferred: c.preferred, position: i });
        set(row, c, i);
        return row;
      },
      update: set,
      holdsUnique: (row) => row.preferred,
      keepsUnique: (row, c) => c.preferred && row.kind === c.kind,
      releaseUnique: (row) => (row.preferred = false),
    }),
  );
}

export function syncBankAccounts(ctx: RequestContext, client: Client, inputs: BankAccountData[], field = 'bankAccounts'): Promise<ClientBankAccount[]> {
  const set = (row: ClientBankAccount, b: BankAccountData, position: number) => {
    Object.assign(row, { iban: b.iban, bic: b.bic, holder: b.holder, bankName: b.bankName, sepaMandateRef: b.sepaMandateRef, sepaMandateDate: b.sepaMandateDate, preferred: b.preferred, position });
  };
  return loadRows(ctx, ClientBankAccount, client).then((existing) =>
    syncRows(ctx, {
      field,
      existing,
      inputs,
      create: (b, i) => {
        const row = ctx.em.create(ClientBankAccount, { ...tenantOf(client), iban: b.iban, holder: b.holder, preferred: b.preferred, position: i });
        set(row, b, i);
        return row;
      },
      update: set,
      holdsUnique: (row) => row.preferred,
      keepsUnique: (_row, b) => b.preferred,
      releaseUnique: (row) => (row.preferred = false),
    }),
  );
}

export async function syncIdentityDocuments(ctx: RequestContext, client: Client, inputs: IdentityDocumentData[], field = 'identityDocuments'): Promise<IdentityDocument[]> {
  // a scan must be a document of this client
  const scanIds = inputs.map((d) => d.scanDocumentId).filter((id): id is string => !!id);
  const scans = scanIds.length ? await ctx.em.find(StoredDocument, { id: { $in: scanIds.filter(isUuid) }, clientId: client.id }) : [];
  const known = new Set(scans.map((s) => s.id));
  throwIfIssues(
    inputs.flatMap((d, i) => (d.scanDocumentId && !known.has(d.scanDocumentId) ? [{ field: `${field}.${i}.scanDocumentId`, reason: 'not_found', message: 'No such document of this client' }] : [])),
  );
  const set = (row: IdentityDocument, d: IdentityDocumentData) => {
    Object.assign(row, { type: d.type as IdentityDocumentType, number: d.number, issuer: d.issuer, issueDate: d.issueDate, expiryDate: d.expiryDate, scanDocumentId: d.scanDocumentId });
  };
  const existing = await loadRows(ctx, IdentityDocument, client);
  return syncRows(ctx, {
    field,
    existing,
    inputs,
    create: (d) => {
      const row = ctx.em.create(IdentityDocument, { ...tenantOf(client), type: d.type as IdentityDocumentType, number: d.number, issuer: d.issuer, issueDate: d.issueDate });
      set(row, d);
      return row;
    },
    update: set,
  });
}

export async function applyFamily(ctx: RequestContext, client: Client, family: FamilyData | null, field = 'family'): Promise<void> {
  const members = family?.members ?? [];
  throwIfIssues(await checkClientRefs(ctx, members.map((m, i) => ({ field: `${field}.members.${i}.memberClientId`, id: m.memberClientId, self: client.id }))));
  client.maritalStatus = (family?.maritalStatus as MaritalStatus | null) ?? null;
  const set = (row: HouseholdMember, m: FamilyData['members'][number]) => {
    Object.assign(row, {
      memberClient: m.memberClientId ? ctx.em.getReference(Client, m.memberClientId) : null,
      name: m.name,
      relation: m.relation as HouseholdRelation,
      birthDate: m.birthDate,
      dependent: m.dependent,
    });
  };
  const existing = await loadRows(ctx, HouseholdMember, client);
  await syncRows(ctx, {
    field: `${field}.members`,
    existing,
    inputs: members,
    create: (m) => {
      const row = ctx.em.create(HouseholdMember, { ...tenantOf(client), relation: m.relation as HouseholdRelation, dependent: m.dependent });
      set(row, m);
      return row;
    },
    update: set,
  });
}

type ClientChild = ClientAddress | ClientContact | ClientBankAccount | IdentityDocument | HouseholdMember;

export function loadRows<E extends ClientChild>(ctx: RequestContext, entity: new () => E, client: Client): Promise<E[]> {
  return ctx.em.find(entity as never, { client: client.id } as never, { orderBy: { id: 'asc' } as never }) as Promise<E[]>;
}
