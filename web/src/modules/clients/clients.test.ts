import { describe, expect, it } from 'vitest';
import {
  ADDRESS_KINDS,
  CLIENT_KINDS,
  CLIENT_STATUSES,
  CONTACT_KINDS,
  DOCUMENT_CATEGORIES,
  GENDERS,
  HOUSEHOLD_RELATIONS,
  IDENTITY_DOCUMENT_TYPES,
  MARITAL_STATUSES,
  SERVICE_ENTRY_KINDS,
  checkVat,
  validateNewClient,
} from '@agency/shared';
import en from '../../i18n/en.json';
import { buildCreateInput, emptyCreateValues, validateCreate } from './create/create-values';
import { resolveClientTabs, type ClientPanelTab } from './panel-tabs';
import type { ClientCard } from './common/client-types';
import { readParams, sortOf, sortingOf, toFilter, writeParams } from './list/list-params';

type Tree = { [key: string]: string | Tree };
const clients = (en as unknown as { clients: Tree }).clients;
const enumKeys = (group: string) => Object.keys((clients.enum as Tree)[group] as Tree);

describe('clients catalogue', () => {
  it('every value of the shared closed lists has its text', () => {
    const lists: Record<string, readonly string[]> = {
      kind: CLIENT_KINDS,
      status: CLIENT_STATUSES,
      gender: GENDERS,
      addressKind: ADDRESS_KINDS,
      contactKind: CONTACT_KINDS,
      identityDocumentType: IDENTITY_DOCUMENT_TYPES,
      maritalStatus: MARITAL_STATUSES,
      relation: HOUSEHOLD_RELATIONS,
      serviceEntryKind: SERVICE_ENTRY_KINDS,
      documentCategory: DOCUMENT_CATEGORIES,
    };
    for (const [group, values] of Object.entries(lists)) expect(enumKeys(group).sort(), group).toEqual([...values].sort());
  });

  it("the shared validators' reasons have their text", () => {
    const reasons = Object.keys(((en as unknown as { validation: Tree }).validation.reason as Tree));
    const result = validateNewClient(
      {
        kind: 'person', firstName: 'Mario', lastName: 'Bianchi', taxCode: 'RSSMRA85T10A562X', vatNumber: 'IT123',
        contacts: [{ kind: 'email', value: 'nope' }, { kind: 'phone', value: '12' }],
        bankAccounts: [{ iban: 'IT60X0542811101000000123457', bic: 'XX', holder: 'Mario' }],
        addresses: [{ kind: 'residence', line1: 'Via Roma 1', postalCode: '1234', city: 'Pisa' }],
      },
      { country: 'IT' },
    );
    expect(result.ok).toBe(false);
    const seen = result.ok ? [] : result.errors.map((e) => e.reason);
    expect(seen.length).toBeGreaterThan(4);
    for (const r of seen) expect(reasons.includes(r) || r === 'required', r).toBe(true);
  });
});

describe('new card', () => {
  it('maps the API field paths back to the form', () => {
    const v = { ...emptyCreateValues('IT'), firstName: 'Mario', lastName: 'Rossi', taxCode: 'RSSMRA85T10A562S', phone: '12', bank: { iban: 'IT60X0542811101000000123457', bic: '', holder: 'Mario Rossi' } };
    const { issues, map } = validateCreate(v, 'person', { country: 'IT' });
    const placed = issues.map((i) => map(i.field));
    expect(placed).toContain('phone');
    expect(placed).toContain('bank.iban');
  });

  it('accepts a valid Italian person (codice fiscale RSSMRA85T10A562S) and entity (partita IVA)', () => {
    const person = { ...emptyCreateValues('IT'), firstName: 'Mario', lastName: 'Rossi', taxCode: 'RSSMRA85T10A562S', birthDate: '1985-12-10', gender: 'M', email: 'mario.rossi@example.it' };
    expect(validateCreate(person, 'person', { country: 'IT' }).issues).toEqual([]);
    expect(checkVat('IT12345670017', 'IT').ok).toBe(true);
    const entity = { ...emptyCreateValues('IT'), legalName: 'Officina Rossi S.r.l.', legalForm: 'S.r.l.', vatNumber: 'IT12345670017' };
    expect(validateCreate(entity, 'entity', { country: 'IT' }).issues).toEqual([]);
    const built = buildCreateInput(entity, 'entity');
    expect(built.api.kind).toBe('ENTITY');
    expect(built.api.firstName).toBeNull();
    expect(built.api.addresses).toEqual([]);
  });

  it('refuses a person without a tax id unless "no local tax id" is chosen with a reason', () => {
    const v = { ...emptyCreateValues('IT'), firstName: 'Emma', lastName: 'Schneider' };
    expect(validateCreate(v, 'person', { country: 'IT' }).issues.map((i) => i.field)).toEqual(['taxCode']);
    expect(validateCreate({ ...v, noLocalTaxId: true }, 'person', { country: 'IT' }).issues.map((i) => i.field)).toEqual(['noLocalTaxIdReason']);
    expect(validateCreate({ ...v, noLocalTaxId: true, noLocalTaxIdReason: 'German citizen' }, 'person', { country: 'IT' }).issues).toEqual([]);
  });
});

describe('client panel tabs', () => {
  const Dummy = () => null;
  const card = (kind: string, serverTabs: string[]) => ({ kind, panelTabs: serverTabs.map((key) => ({ key, title: `Server ${key}`, count: 3 })) }) as unknown as ClientCard;
  const registered: ClientPanelTab[] = [
    { key: 'registry', label: 'clients.tabs.registry', order: 0, right: 'clients:view', serverTab: 'data', component: Dummy },
    { key: 'family', label: 'clients.tabs.family', order: 30, right: 'clients:view', serverTab: 'data', appliesTo: (c) => c.kind === 'PERSON', component: Dummy },
    { key: 'documents', label: 'clients.tabs.documents', order: 70, right: 'clients:view', serverTab: 'documents', component: Dummy },
    { key: 'vehicles', label: 'policies.vehicles', order: 110, right: 'policies:view', serverTab: 'vehicles', component: Dummy },
  ];

  it('shows the registered tabs the rights allow and the server announces, with counts', () => {
    const tabs = resolveClientTabs(card('PERSON', ['data', 'documents']), (r) => r === 'clients:view', registered);
    expect(tabs.map((t) => t.key)).toEqual(['registry', 'family', 'documents']);
    expect(tabs.find((t) => t.key === 'documents')?.count).toBe(3);
    expect(tabs.find((t) => t.key === 'registry')?.count).toBeNull();
  });

  it('hides person-only tabs on entities, and tabs of modules the user may not see', () => {
    const tabs = resolveClientTabs(card('ENTITY', ['data', 'documents', 'vehicles']), (r) => r === 'clients:view', registered);
    expect(tabs.map((t) => t.key)).toEqual(['registry', 'documents']);
  });

  it("shows a server tab no web module registered yet as pending, after the others", () => {
    const tabs = resolveClientTabs(card('PERSON', ['data', 'activePolicies', 'documents']), () => true, registered);
    expect(tabs.map((t) => t.key)).toEqual(['registry', 'family', 'documents', 'server-activePolicies']);
    const pending = tabs.at(-1)!;
    expect(pending.tab).toBeNull();
    expect(pending.label).toBe('Server activePolicies');
  });
});

describe('client list address', () => {
  it('round-trips filters, order and page through the address', () => {
    const p = readParams(new URLSearchParams('status=prospect,bogus&kind=entity&hidden=1&sort=newest&page=3&size=100'));
    expect(p).toEqual({ statuses: ['prospect'], kind: 'entity', text: '', city: '', from: '', to: '', includeHidden: true, sort: 'newest', page: 3, size: 100 });
    expect(readParams(writeParams(p))).toEqual(p);
    expect(toFilter(p)).toEqual({ statuses: ['PROSPECT'], kind: 'ENTITY', includeHidden: true, sort: 'NEWEST', text: null, city: null, createdFrom: null, createdTo: null });
    expect(sortOf(sortingOf('name_desc'))).toBe('name_desc');
    expect(sortOf([])).toBe('name_asc');
  });

  it('keeps the text, city and created-between filters in the address; a bad day is dropped, an end before the start is not sent', () => {
    const p = readParams(new URLSearchParams('q=de+vries&city=Forl%C3%AC&from=2024-01-10&to=2024-02-15'));
    expect(p).toMatchObject({ text: 'de vries', city: 'Forlì', from: '2024-01-10', to: '2024-02-15' });
    expect(readParams(writeParams(p))).toEqual(p);
    expect(toFilter(p)).toMatchObject({ text: 'de vries', city: 'Forlì', createdFrom: '2024-01-10', createdTo: '2024-02-15' });
    expect(readParams(new URLSearchParams('from=2024-02-30&to=yesterday'))).toMatchObject({ from: '', to: '' });
    expect(toFilter(readParams(new URLSearchParams('from=2024-03-02&to=2024-03-01')))).toMatchObject({ createdFrom: '2024-03-02', createdTo: null });
  });
});
