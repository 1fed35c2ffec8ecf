import { validateNewClient, type ClientValidationOptions, type FieldIssue, type NewClientInput } from '@agency/shared';
import type { AddressKind, ClientKind, ClientStatus, ContactKind, CreateClientInput } from '../../../gql/graphql';
import { orNull, toApiEnum } from '../common/client-types';
import { emptyRegistry, registryInput, type RegistryValues } from '../common/registry-values';
import type { PathMap } from '../common/field-errors';

export interface CreateValues extends RegistryValues {
  status: 'active' | 'prospect';
  email: string;
  phone: string;
  address: { line1: string; line2: string; postalCode: string; city: string; province: string; country: string };
  bank: { iban: string; bic: string; holder: string };
  activity: { occupation: string; employer: string; registryNumber: string; activityCode: string; legalRepresentativeName: string };
}

export function emptyCreateValues(country: string): CreateValues {
  return {
    ...emptyRegistry(country),
    status: 'active',
    email: '',
    phone: '',
    address: { line1: '', line2: '', postalCode: '', city: '', province: '', country },
    bank: { iban: '', bic: '', holder: '' },
    activity: { occupation: '', employer: '', registryNumber: '', activityCode: '', legalRepresentativeName: '' },
  };
}

const filled = (o: Record<string, string>, ignore: string[] = []) => Object.entries(o).some(([k, v]) => !ignore.includes(k) && v.trim() !== '');

export interface BuiltInput {
  /** What the shared validators read (lower-case enum values). */
  shared: NewClientInput;
  /** What the API takes. */
  api: CreateClientInput;
  /** The API's field paths on the form's fields. */
  map: PathMap;
}

/** The new card from the form: empty optional sections are left out; field paths map back to the form. */
export function buildCreateInput(v: CreateValues, kind: 'person' | 'entity', country = 'IT'): BuiltInput {
  const registry = registryInput(v, kind, country);
  const contacts: Array<{ kind: 'email' | 'phone'; value: string; field: string }> = [];
  if (v.email.trim()) contacts.push({ kind: 'email', value: v.email.trim(), field: 'email' });
  if (v.phone.trim()) contacts.push({ kind: 'phone', value: v.phone.trim(), field: 'phone' });
  const hasAddress = filled(v.address, ['country']);
  const address = { line1: v.address.line1, line2: orNull(v.address.line2), postalCode: v.address.postalCode, city: v.address.city, province: orNull(v.address.province), country: orNull(v.address.country) };
  const hasBank = filled(v.bank);
  const bank = { iban: v.bank.iban, bic: orNull(v.bank.bic), holder: v.bank.holder, preferred: true };
  const activity = {
    occupation: kind === 'person' ? orNull(v.activity.occupation) : null,
    employer: kind === 'person' ? orNull(v.activity.employer) : null,
    registryNumber: kind === 'entity' ? orNull(v.activity.registryNumber) : null,
    activityCode: kind === 'entity' ? orNull(v.activity.activityCode) : null,
    legalRepresentativeName: kind === 'entity' ? orNull(v.activity.legalRepresentativeName) : null,
  };
  const hasActivity = Object.values(activity).some((x) => x !== null);
  const shared: NewClientInput = {
    ...registry,
    kind,
    status: v.status,
    contacts: contacts.map((c) => ({ kind: c.kind, value: c.value, preferred: true })),
    addresses: hasAddress ? [{ kind: 'residence', ...address }] : [],
    bankAccounts: hasBank ? [bank] : [],
    activity: hasActivity ? activity : null,
  };
  const api: CreateClientInput = {
    ...registry,
    kind: toApiEnum<ClientKind>(kind),
    status: toApiEnum<ClientStatus>(v.status),
    contacts: contacts.map((c) => ({ kind: toApiEnum<ContactKind>(c.kind), value: c.value, preferred: true })),
    addresses: hasAddress ? [{ kind: 'RESIDENCE' as AddressKind, ...address }] : [],
    bankAccounts: hasBank ? [bank] : [],
    activity: hasActivity ? activity : null,
  };
  const map: PathMap = (path) => {
    const contact = /^contacts\.(\d+)\.(.+)$/.exec(path);
    if (contact) return contacts[Number(contact[1])]?.field ?? null;
    if (path.startsWith('addresses.0.')) return `address.${path.slice('addresses.0.'.length)}`;
    if (path.startsWith('bankAccounts.0.')) {
      const field = path.slice('bankAccounts.0.'.length);
      return ['iban', 'bic', 'holder'].includes(field) ? `bank.${field}` : null;
    }
    if (path.startsWith('activity.')) return path;
    if (path === 'status' || path === 'kind') return null;
    return /^[a-zA-Z]+$/.test(path) ? path : null;
  };
  return { shared, api, map };
}

/** The shared validators' issues for the new card (the same the server finds). */
export function validateCreate(v: CreateValues, kind: 'person' | 'entity', options: ClientValidationOptions): { issues: FieldIssue[]; map: PathMap } {
  const built = buildCreateInput(v, kind, options.country);
  const result = validateNewClient(built.shared, options);
  return { issues: result.ok ? [] : result.errors, map: built.map };
}
