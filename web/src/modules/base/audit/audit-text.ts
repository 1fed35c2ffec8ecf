import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';

/** What the web reads of an audit row to present it (both the company trail and a card's History). */
export interface AuditRowLike {
  entityType: string;
  action: string;
  before?: unknown;
  after?: unknown;
  changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>;
}

/** One change as a person reads it. */
export interface ChangeText {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Columns that are bookkeeping, links or secrets, never shown to a person. */
const INTERNAL = new Set([
  'id', 'company', 'companyId', 'client', 'clientId', 'ownerId', 'ownerType', 'position', 'nationalNumber', 'createdAt', 'updatedAt',
  'storageKey', 'sha256', 'hash', 'prevHash', 'passwordHash', 'tokenHash', 'totpSecret', 'recoveryCodes', 'totpLastStep',
  'failedLogins', 'lastLoginAt', 'lockedUntil', 'lastSeenAt', 'createdById', 'uploadedById', 'legalRepresentativeId', 'scanDocumentId',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Fields holding money (exact decimals as strings): formatted in the company's currency. */
const MONEY = /(amount|premium|price|commission|balance|total)$/i;
/**
 * Enumerated fields whose values the catalogue names, per object: the key prefix of the names
 * (`<prefix>.<value>`, the value as written, in lower or in upper case — services write either).
 */
const ENUMS: Record<string, Record<string, string>> = {
  Client: { kind: 'clients.enum.kind', status: 'clients.enum.status', gender: 'clients.enum.gender', maritalStatus: 'clients.enum.maritalStatus' },
  ClientAddress: { kind: 'clients.enum.addressKind' },
  ClientContact: { kind: 'clients.enum.contactKind' },
  IdentityDocument: { type: 'clients.enum.identityDocumentType' },
  HouseholdMember: { relation: 'clients.enum.relation' },
  ServiceEntry: { kind: 'clients.enum.serviceEntryKind' },
  StoredDocument: { category: 'clients.enum.documentCategory' },
  SepaMandate: { status: 'banking.mandateStatus', recurrence: 'banking.recurrence' },
  RibaItem: { state: 'riba.state' },
  // why a support grant ended before its time (migration 0051, 0056)
  SupportGrant: { revokedReason: 'base.audit.supportGrantEndReason' },
};
/**
 * Enumerated fields of the rows of one action (whatever the object), named as ENUMS names them: the
 * reason a "view as" session ended is the kind of row whose change ended it (migration 0052).
 */
const ACTION_ENUMS: Record<string, Record<string, string>> = {
  view_as_end: { reason: 'base.audit.viewAsEndReason' },
};

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
/** `sepaMandateRef` → `Sepa mandate ref`: the last resort for a field the catalogue does not name. */
const humanize = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Translated object and field names, values formatted for the locale, internal columns hidden. */
export function useAuditText() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const currency = session.me.company?.currency ?? 'EUR';
  return useMemo(() => auditText(t, (key) => i18n.exists(key), format, currency), [t, i18n, format, currency]);
}

/** What `useAuditText` gives, for a catalogue (`t`, `exists`), the locale's formatters and the company's currency. */
export function auditText(t: TFunction, exists: (key: string) => boolean, format: Formatters, currency: string) {
  const enumText = (entityType: string, field: string, value: string, action?: string) => {
    const prefix = (action ? ACTION_ENUMS[action]?.[field] : undefined) ?? ENUMS[entityType]?.[field];
    if (!prefix) return null;
    const key = [value, value.toLowerCase(), value.toUpperCase()].map((v) => `${prefix}.${v}`).find((k) => exists(k));
    return key ? t(key) : value;
  };
  const entityLabel = (entityType: string) => t(`audit.entity.${entityType}`, { defaultValue: humanize(entityType) });
  /** A contact's value is named by its kind ("Phone"), other fields by the catalogue. */
  const fieldLabel = (entityType: string, field: string, row?: AuditRowLike) => {
    if (entityType === 'ClientContact' && field === 'value' && row) {
      const kind = asRecord(row.after).kind ?? asRecord(row.before).kind;
      if (typeof kind === 'string') return enumText('ClientContact', 'kind', kind)!;
    }
    return t(`audit.field.${field}`, { defaultValue: t(`clients.fields.${field}`, { defaultValue: humanize(field) }) });
  };
  /** A value as a person reads it; `action`, when given, names the enumerated values of that action's rows. */
  const value = (entityType: string, field: string, v: unknown, action?: string): string => {
    if (isEmpty(v)) return '—';
    if (v === '[redacted]') return t('audit.redacted');
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    if (typeof v === 'number') return format.number(v);
    if (Array.isArray(v)) return v.map((x) => value(entityType, field, x, action)).join(', ');
    if (typeof v === 'string') {
      const named = enumText(entityType, field, v, action);
      if (named) return named;
      if (DAY.test(v)) return format.date(`${v}T12:00:00`);
      if (INSTANT.test(v)) return format.dateTime(v);
      if (MONEY.test(field) && DECIMAL.test(v)) return new Intl.NumberFormat(format.locale, { style: 'currency', currency }).format(v as unknown as number);
      return v;
    }
    return JSON.stringify(v);
  };
  /** The changes a person sees: no internal column, no link shown as a UUID. */
  const changes = (row: AuditRowLike): ChangeText[] =>
    row.changes
      .filter((c) => !INTERNAL.has(c.field) && !(typeof c.before === 'string' && UUID.test(c.before)) && !(typeof c.after === 'string' && UUID.test(c.after)))
      .map((c) => ({ field: c.field, label: fieldLabel(row.entityType, c.field, row), before: value(row.entityType, c.field, c.before, row.action), after: value(row.entityType, c.field, c.after, row.action) }));
  /** "Contact · Phone": the object, and for a contact, address or document which one it is. */
  const objectLabel = (row: AuditRowLike) => {
    const data = { ...asRecord(row.before), ...asRecord(row.after) };
    const which = ['ClientContact', 'ClientAddress', 'ServiceEntry'].includes(row.entityType) ? data.kind : row.entityType === 'IdentityDocument' ? data.type : null;
    const field = row.entityType === 'IdentityDocument' ? 'type' : 'kind';
    const qualifier = typeof which === 'string' ? enumText(row.entityType, field, which) : null;
    return qualifier ? `${entityLabel(row.entityType)} · ${qualifier}` : entityLabel(row.entityType);
  };
  return { entityLabel, fieldLabel, value, changes, objectLabel };
}
