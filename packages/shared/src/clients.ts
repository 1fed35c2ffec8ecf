/**
 * The client card (CL-1…CL-3): enums and validators of each data area, shared by the server (which
 * refuses bad input with BAD_USER_INPUT naming the field) and the web form (which shows the same
 * messages before sending). Field paths match the GraphQL inputs: `taxCode`, `bankAccounts.0.iban`.
 */
import { z } from 'zod';
import { checkBic, checkEmail, checkIban, checkPhone, checkTaxId, checkVat, codiceFiscaleMismatches, nationalNumber, peselMismatches, sepaDebtorIssues, type Check } from './identifiers.js';
import { countrySchema, localeSchema } from './validation.js';
import { asksBirthProvince, checkActivityCode, NAME_PREFIX } from './naming.js';
import { RECORD_FIRST_DAY, RECORD_LAST_DAY } from './dates.js';

export const CLIENT_KINDS = ['person', 'entity'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const CLIENT_STATUSES = ['prospect', 'active', 'hidden'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const GENDERS = ['M', 'F', 'X'] as const;
export const ADDRESS_KINDS = ['residence', 'domicile', 'billing', 'risk', 'other'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];
/** `pec`: Italian certified e-mail (posta elettronica certificata). */
export const CONTACT_KINDS = ['email', 'phone', 'pec'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const IDENTITY_DOCUMENT_TYPES = ['identity_card', 'passport', 'driving_licence', 'residence_permit', 'other'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'civil_union', 'cohabiting', 'separated', 'divorced', 'widowed'] as const;
export const HOUSEHOLD_RELATIONS = ['spouse', 'partner', 'child', 'parent', 'sibling', 'other'] as const;
export const SERVICE_ENTRY_KINDS = ['note', 'complaint', 'event', 'call', 'vehicle_sold'] as const;
export const DOCUMENT_CATEGORIES = ['identity', 'consent', 'contract', 'claim', 'photo', 'correspondence', 'other'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];
/** Categories kept after a GDPR erasure (legal retention: contracts, consents, claims, correspondence). */
export const RETAINED_DOCUMENT_CATEGORIES: readonly DocumentCategory[] = ['consent', 'contract', 'claim', 'correspondence'];

/** Documents (DR-1): accepted types and size. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_TYPES: Record<string, { extensions: string[] }> = {
  'application/pdf': { extensions: ['pdf'] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'] },
  'image/png': { extensions: ['png'] },
  'image/heic': { extensions: ['heic', 'heif'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'] },
};

export interface ClientValidationOptions {
  /** The company's country: default for tax ids, phone numbers and addresses. */
  country: string;
  /** Today, YYYY-MM-DD (tests pin it). */
  today?: string;
}

const today = (o: ClientValidationOptions) => o.today ?? new Date().toISOString().slice(0, 10);

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
const required = (max: number) => text(max).min(1, 'Required');
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date (YYYY-MM-DD)')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, 'Not a calendar date')
  .superRefine((v, ctx) => {
    if (/^\d{4}-/.test(v) && (v < RECORD_FIRST_DAY || v > RECORD_LAST_DAY)) issue(ctx, [], 'out_of_range', `A date from ${RECORD_FIRST_DAY} to ${RECORD_LAST_DAY}`);
  });
const optDate = isoDate.nullish().transform((v) => v ?? null);
const country = countrySchema;
const optId = z.string().uuid('Not a valid id').nullish().transform((v) => v ?? null);

function issue(ctx: z.RefinementCtx, path: (string | number)[], reason: string, message: string) {
  ctx.addIssue({ code: 'custom', path, message, params: { reason } });
}

/** Each item listed again (same `key`; items without one are skipped) is refused on its `field` as `duplicate`. */
function refuseDuplicates<T>(ctx: z.RefinementCtx, list: T[], key: (item: T) => string | null, field: string) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (k === null) return;
    if (seen.has(k)) issue(ctx, [i, field], 'duplicate', 'Listed twice');
    seen.add(k);
  });
}

/** Applies a check: the normalized value, or an issue on `path`. */
function checked(ctx: z.RefinementCtx, path: (string | number)[], result: Check): string | null {
  if (result.ok) return result.value;
  issue(ctx, path, result.reason, result.message);
  return null;
}

const POSTAL_CODES: Record<string, RegExp> = {
  IT: /^\d{5}$/,
  DE: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  PL: /^\d{2}-\d{3}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  AT: /^\d{4}$/,
  BE: /^\d{4}$/,
  CH: /^\d{4}$/,
};

// ---------------------------------------------------------------- registry (anagrafica)

export function registrySchema(o: ClientValidationOptions) {
  return z
    .object({
      kind: z.enum(CLIENT_KINDS),
      firstName: optText(100),
      namePrefix: optText(20),
      lastName: optText(100),
      gender: z.enum(GENDERS).nullish().transform((v) => v ?? null),
      birthDate: optDate,
      birthPlace: optText(100),
      birthProvince: optText(10),
      birthCountry: country.nullish().transform((v) => v ?? null),
      citizenship: country.nullish().transform((v) => v ?? null),
      legalName: optText(200),
      legalForm: optText(60),
      taxCountry: country.nullish().transform((v) => v ?? o.country.toUpperCase()),
      taxCode: optText(30),
      noLocalTaxId: z.boolean().nullish().transform((v) => !!v),
      noLocalTaxIdReason: optText(300),
      vatNumber: optText(20),
      preferredLocale: localeSchema.nullish().transform((v) => v ?? null),
    })
    .transform((r, ctx) => {
      const person = r.kind === 'person';
      if (person) {
        if (!r.firstName) issue(ctx, ['firstName'], 'required', 'Required');
        if (!r.lastName) issue(ctx, ['lastName'], 'required', 'Required');
        if (r.birthDate && (r.birthDate > today(o) || r.birthDate < '1900-01-01')) issue(ctx, ['birthDate'], 'out_of_range', 'Not a plausible birth date');
        if (r.namePrefix && !NAME_PREFIX.test(r.namePrefix)) issue(ctx, ['namePrefix'], 'name_prefix_format', 'Letters only, such as "de" or "van der"');
        if (r.birthProvince && !asksBirthProvince(r.birthCountry)) issue(ctx, ['birthProvince'], 'birth_province_italy_only', 'Only for persons born in Italy');
      } else {
        if (!r.legalName) issue(ctx, ['legalName'], 'required', 'Required');
        if (!r.legalForm) issue(ctx, ['legalForm'], 'required', 'Required');
      }
      let taxCode = r.taxCode;
      let vatNumber = r.vatNumber;
      if (r.noLocalTaxId) {
        if (!r.noLocalTaxIdReason || r.noLocalTaxIdReason.length < 3) issue(ctx, ['noLocalTaxIdReason'], 'required', 'Say why the client has no local tax id');
      } else if (person && !taxCode) {
        issue(ctx, ['taxCode'], 'required', 'Required (or mark the client as having no local tax id)');
      } else if (!person && !taxCode && !vatNumber) {
        issue(ctx, ['vatNumber'], 'required', 'A VAT number or a tax code is required (or mark the client as having no local tax id)');
      }
      if (taxCode) {
        taxCode = checked(ctx, ['taxCode'], checkTaxId(person ? 'person' : 'entity', r.taxCountry, taxCode));
        if (taxCode && person) {
          // the codice fiscale encodes the whole surname, prefix included ("De Luca")
          const facts = { firstName: r.firstName, lastName: [r.namePrefix, r.lastName].filter(Boolean).join(' ') || null, birthDate: r.birthDate, gender: r.gender, birthPlace: r.birthPlace, birthProvince: r.birthProvince };
          const mismatches = r.taxCountry === 'IT' ? codiceFiscaleMismatches(taxCode, facts) : r.taxCountry === 'PL' ? peselMismatches(taxCode, facts) : [];
          for (const m of mismatches) issue(ctx, [m.field], m.reason, m.message);
        }
      }
      if (vatNumber) vatNumber = checked(ctx, ['vatNumber'], checkVat(vatNumber, r.taxCountry));
      return {
        ...r,
        taxCode,
        vatNumber,
        noLocalTaxIdReason: r.noLocalTaxId ? r.noLocalTaxIdReason : null,
        // fields of the other kind are dropped, never stored
        ...(person ? { legalName: null, legalForm: null } : { firstName: null, namePrefix: null, lastName: null, gender: null, birthDate: null, birthPlace: null, birthProvince: null, birthCountry: null, citizenship: null }),
      };
    });
}

// ---------------------------------------------------------------- addresses

export function addressSchema(o: ClientValidationOptions) {
  return z
    .object({
      id: optId,
      kind: z.enum(ADDRESS_KINDS),
      label: optText(100),
      line1: required(200),
      line2: optText(200),
      postalCode: required(20),
      city: required(100),
      province: optText(10),
      country: country.nullish().transform((v) => v ?? o.country.toUpperCase()),
    })
    .transform((a, ctx) => {
      const pattern = POSTAL_CODES[a.country];
      const postalCode = a.postalCode.toUpperCase();
      if (pattern && !pattern.test(postalCode)) issue(ctx, ['postalCode'], 'postal_code_format', `Not a postal code of ${a.country}`);
      return { ...a, postalCode: a.country === 'NL' ? postalCode.replace(/^(\d{4}) ?([A-Z]{2})$/, '$1 $2') : postalCode };
    });
}

export function addressesSchema(o: ClientValidationOptions) {
  return z.array(addressSchema(o)).max(50, 'At most 50 addresses').superRefine((list, ctx) => {
    for (const kind of ['residence', 'domicile'] as const) {
      const at = list.map((a, i) => (a.kind === kind ? i : -1)).filter((i) => i >= 0);
      if (at.length > 1) issue(ctx, [at[1], 'kind'], 'duplicate', `Only one ${kind}`);
    }
  });
}

// ---------------------------------------------------------------- contacts

export function contactSchema(o: ClientValidationOptions) {
  return z
    .object({
      id: optId,
      kind: z.enum(CONTACT_KINDS),
      value: required(254),
      label: optText(60),
      preferred: z.boolean().nullish().transform((v) => !!v),
    })
    .transform((c, ctx) => {
      const value = checked(ctx, ['value'], c.kind === 'phone' ? checkPhone(c.value, o.country) : checkEmail(c.value)) ?? c.value;
      return { ...c, value, nationalNumber: c.kind === 'phone' ? nationalNumber(value) : null };
    });
}

/** Several e-mails and phones; exactly one preferred per kind (the first when none is marked). */
export function contactsSchema(o: ClientValidationOptions) {
  return z
    .array(contactSchema(o))
    .max(50, 'At most 50 contacts')
    .transform((list, ctx) => {
      refuseDuplicates(ctx, list, (c) => `${c.kind}:${c.value}`, 'value');
      for (const kind of CONTACT_KINDS) {
        const ofKind = list.map((c, i) => ({ c, i })).filter((x) => x.c.kind === kind);
        const preferred = ofKind.filter((x) => x.c.preferred);
        if (preferred.length > 1) issue(ctx, [preferred[1].i, 'preferred'], 'preferred_duplicate', `Only one preferred ${kind}`);
        if (ofKind.length && !preferred.length) ofKind[0].c.preferred = true;
      }
      return list;
    });
}

// ---------------------------------------------------------------- bank accounts

const MANDATE_REF = /^[A-Za-z0-9+?/:().,' -]{1,35}$/;

export function bankAccountSchema(o: ClientValidationOptions) {
  return z
    .object({
      id: optId,
      iban: required(42),
      bic: optText(11),
      holder: required(140),
      bankName: optText(140),
      sepaMandateRef: optText(35),
      sepaMandateDate: optDate,
      preferred: z.boolean().nullish().transform((v) => !!v),
    })
    .transform((b, ctx) => {
      const ibanCheck = checkIban(b.iban);
      const iban = checked(ctx, ['iban'], ibanCheck) ?? b.iban;
      const bic = b.bic ? checked(ctx, ['bic'], checkBic(b.bic)) : null;
      if (b.sepaMandateRef && !MANDATE_REF.test(b.sepaMandateRef)) issue(ctx, ['sepaMandateRef'], 'mandate_ref_format', 'Up to 35 letters, digits and + ? / : ( ) . , \' -');
      if (b.sepaMandateRef && !b.sepaMandateDate) issue(ctx, ['sepaMandateDate'], 'required', 'The date the mandate was signed');
      if (b.sepaMandateDate && !b.sepaMandateRef) issue(ctx, ['sepaMandateRef'], 'required', 'The mandate reference');
      if (b.sepaMandateDate && b.sepaMandateDate > today(o)) issue(ctx, ['sepaMandateDate'], 'out_of_range', 'Cannot be in the future');
      // any account may be on the card; a direct-debit mandate only on one in a SEPA country, with its BIC outside the EEA
      if (b.sepaMandateRef && ibanCheck.ok && (bic || !b.bic)) for (const x of sepaDebtorIssues(iban, bic)) issue(ctx, [x.field], x.reason, x.message);
      return { ...b, iban, bic };
    });
}

export function bankAccountsSchema(o: ClientValidationOptions) {
  return z
    .array(bankAccountSchema(o))
    .max(20, 'At most 20 bank accounts')
    .transform((list, ctx) => {
      refuseDuplicates(ctx, list, (b) => b.iban, 'iban');
      const preferred = list.map((b, i) => ({ b, i })).filter((x) => x.b.preferred);
      if (preferred.length > 1) issue(ctx, [preferred[1].i, 'preferred'], 'preferred_duplicate', 'Only one preferred account');
      if (list.length && !preferred.length) list[0].preferred = true;
      return list;
    });
}

// ---------------------------------------------------------------- identity documents

export function identityDocumentSchema(o: ClientValidationOptions) {
  return z
    .object({
      id: optId,
      type: z.enum(IDENTITY_DOCUMENT_TYPES),
      number: required(40).transform((v) => v.toUpperCase()),
      issuer: required(120),
      issueDate: isoDate,
      expiryDate: optDate,
      scanDocumentId: optId,
    })
    .superRefine((d, ctx) => {
      if (d.issueDate > today(o)) issue(ctx, ['issueDate'], 'out_of_range', 'Cannot be in the future');
      if (d.expiryDate && d.expiryDate <= d.issueDate) issue(ctx, ['expiryDate'], 'date_order', 'Must be after the issue date');
      if (d.type !== 'other' && !d.expiryDate) issue(ctx, ['expiryDate'], 'required', 'Required');
    });
}

export function identityDocumentsSchema(o: ClientValidationOptions) {
  return z
    .array(identityDocumentSchema(o))
    .max(20, 'At most 20 documents')
    .superRefine((list, ctx) => {
      // the same document (type and number, as stored: upper case) once
      refuseDuplicates(ctx, list, (d) => `${d.type}\n${d.number}`, 'number');
    });
}

// ---------------------------------------------------------------- family situation

export function familySchema(o: ClientValidationOptions) {
  return z.object({
    maritalStatus: z.enum(MARITAL_STATUSES).nullish().transform((v) => v ?? null),
    members: z
      .array(
        z
          .object({
            id: optId,
            memberClientId: optId,
            name: optText(200),
            relation: z.enum(HOUSEHOLD_RELATIONS),
            birthDate: optDate,
            dependent: z.boolean().nullish().transform((v) => !!v),
          })
          .superRefine((m, ctx) => {
            if (!m.memberClientId && !m.name) issue(ctx, ['name'], 'required', 'A name, or a link to another client');
            if (m.birthDate && m.birthDate > today(o)) issue(ctx, ['birthDate'], 'out_of_range', 'Cannot be in the future');
          }),
      )
      .max(30, 'At most 30 members')
      .superRefine((members, ctx) => {
        // a client linked once
        refuseDuplicates(ctx, members, (m) => m.memberClientId, 'memberClientId');
      }),
  });
}

// ---------------------------------------------------------------- occupation / activity

/**
 * Occupation and activity. The activity code follows the classification of `country` (the client's
 * tax country, else the company's): SBI, WZ, PKD, ATECO, or NACE everywhere (see naming.ts).
 */
export function activitySchema(o: ClientValidationOptions, country: string = o.country) {
  return z
    .object({
      occupation: optText(120),
      employer: optText(200),
      registryNumber: optText(40),
      activityCode: optText(12),
      activityDescription: optText(300),
      legalRepresentativeId: optId,
      legalRepresentativeName: optText(200),
    })
    .transform((a, ctx) => {
      if (!a.activityCode) return a;
      const code = checkActivityCode(a.activityCode, country);
      if (!code.ok) issue(ctx, ['activityCode'], code.reason, code.message);
      return { ...a, activityCode: code.ok ? code.value : a.activityCode };
    });
}

// ---------------------------------------------------------------- service entries

export function serviceEntrySchema(o: ClientValidationOptions) {
  return z
    .object({
      kind: z.enum(SERVICE_ENTRY_KINDS),
      subject: required(200),
      body: optText(10_000),
      occurredOn: optDate,
    })
    .superRefine((e, ctx) => {
      if (e.occurredOn && e.occurredOn > today(o)) issue(ctx, ['occurredOn'], 'out_of_range', 'Cannot be in the future');
    });
}

// ---------------------------------------------------------------- the whole card on creation

export type FieldIssue = { field: string; reason: string; message: string };
export type Parsed<T> = { ok: true; data: T } | { ok: false, errors: FieldIssue[] };

/** Runs a schema; issues come back with their field path (`prefix.0.iban`). */
export function parseArea<S extends z.ZodTypeAny>(schema: S, value: unknown, prefix = ''): Parsed<z.output<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({
      field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || prefix || 'input',
      reason: i.code === 'custom' ? String((i.params as { reason?: string } | undefined)?.reason ?? 'invalid') : i.code === 'invalid_type' && i.received === 'undefined' ? 'required' : i.code,
      message: i.code === 'invalid_type' && i.received === 'undefined' ? 'Required' : i.message,
    })),
  };
}

export interface NewClientInput {
  status?: string | null;
  addresses?: unknown[] | null;
  contacts?: unknown[] | null;
  bankAccounts?: unknown[] | null;
  identityDocuments?: unknown[] | null;
  family?: unknown | null;
  activity?: unknown | null;
  [registryField: string]: unknown;
}

/** The whole card on creation: registry fields at the top level, then each area; every issue named. */
export function validateNewClient(input: NewClientInput, o: ClientValidationOptions) {
  const { status, addresses, contacts, bankAccounts, identityDocuments, family, activity, ...registry } = input;
  const parts = {
    status: parseArea(z.enum(['prospect', 'active']).nullish().transform((v) => v ?? 'active'), status, 'status'),
    registry: parseArea(registrySchema(o), registry),
    addresses: parseArea(addressesSchema(o), addresses ?? [], 'addresses'),
    contacts: parseArea(contactsSchema(o), contacts ?? [], 'contacts'),
    bankAccounts: parseArea(bankAccountsSchema(o), bankAccounts ?? [], 'bankAccounts'),
    identityDocuments: parseArea(identityDocumentsSchema(o), identityDocuments ?? [], 'identityDocuments'),
    family: parseArea(familySchema(o).nullable(), family ?? null, 'family'),
    // the activity code follows the client's tax country (the company's when not given)
    activity: parseArea(activitySchema(o, typeof registry.taxCountry === 'string' && registry.taxCountry.trim() ? registry.taxCountry.trim() : o.country).nullable(), activity ?? null, 'activity'),
  };
  const errors = Object.values(parts).flatMap((p) => (p.ok ? [] : p.errors));
  if (errors.length) return { ok: false as const, errors };
  const data = (p: { ok: boolean; data?: unknown }) => p.data;
  return {
    ok: true as const,
    data: {
      status: data(parts.status) as 'prospect' | 'active',
      registry: data(parts.registry) as RegistryData,
      addresses: data(parts.addresses) as AddressData[],
      contacts: data(parts.contacts) as ContactData[],
      bankAccounts: data(parts.bankAccounts) as BankAccountData[],
      identityDocuments: data(parts.identityDocuments) as IdentityDocumentData[],
      family: data(parts.family) as FamilyData | null,
      activity: data(parts.activity) as ActivityData | null,
    },
  };
}

export type RegistryData = z.output<ReturnType<typeof registrySchema>>;
export type AddressData = z.output<ReturnType<typeof addressSchema>>;
export type ContactData = z.output<ReturnType<typeof contactSchema>>;
export type BankAccountData = z.output<ReturnType<typeof bankAccountSchema>>;
export type IdentityDocumentData = z.output<ReturnType<typeof identityDocumentSchema>>;
export type FamilyData = z.output<ReturnType<typeof familySchema>>;
export type ActivityData = z.output<ReturnType<typeof activitySchema>>;
export type ServiceEntryData = z.output<ReturnType<typeof serviceEntrySchema>>;
