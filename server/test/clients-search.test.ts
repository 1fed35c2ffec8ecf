import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform, statementsOf } from './harness.js';
import { createClient, fieldsOf } from './clients-helpers.js';
import { searchText } from '../src/modules/clients/client-search.service.js';

let t: TestPlatform;
let agent: GqlClient;
let sanne: GqlClient;
const SEARCH = `query($q: String!, $n: Int! = 20) { searchClients(query: $q, first: $n) { score client { id displayName } } }`;
const names = async (c: GqlClient, q: string) => ((await c.ok(SEARCH, { q })).searchClients as Array<{ client: { displayName: string } }>).map((h) => h.client.displayName);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  sanne = await signedIn(t, USERS.vdbergAgent);
  await createClient(agent, {
    kind: 'PERSON',
    firstName: 'Jürgen',
    lastName: 'Müller',
    noLocalTaxId: true,
    noLocalTaxIdReason: 'German citizen',
    contacts: [{ kind: 'EMAIL', value: 'j.mueller@example.de' }, { kind: 'PHONE', value: '+49 151 11112222' }],
  });
  await createClient(agent, { kind: 'ENTITY', legalName: 'Società Cooperativa Agricola Sant’Anna', legalForm: 'Soc. Coop.', vatNumber: '00743110157' });
});
afterAll(async () => t?.stop());

describe('global search (CL-6)', () => {
  it('finds by name despite typos and accents, ranked', async () => {
    expect((await names(agent, 'Russo Giuseppe'))[0]).toBe('Russo Giuseppe');
    expect((await names(agent, 'giuseppe russo'))[0]).toBe('Russo Giuseppe');
    expect((await names(agent, 'Rusoo'))[0]).toBe('Russo Giuseppe');
    expect((await names(agent, 'muller'))[0]).toBe('Müller Jürgen');
    expect((await names(agent, 'MÜLLER jurgen'))[0]).toBe('Müller Jürgen');
    expect((await names(agent, 'niccolo de luca'))[0]).toBe('De Luca Niccolò');
    expect((await names(agent, 'societa cooperativa santanna'))[0]).toBe('Società Cooperativa Agricola Sant’Anna');
    expect((await names(agent, 'Frncesca Marno'))[0]).toBe('Marino Francesca');
  });

  it('answers a search page in one statement — the hits with the columns asked, preferred e-mail and residence — with no look-up per hit', async () => {
    let hits: Array<{ client: { displayName: string; preferredEmail: string | null; residence: { city: string } | null } }> = [];
    const reads = await statementsOf(t, async () => {
      hits = (await agent.ok(`{ searchClients(query: "muller", first: 5) { score client { id displayName preferredEmail residence { city } } } }`)).searchClients;
    });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/client_search\(/);
    expect(reads[0]).toMatch(/p\.display_name/);
    expect(reads[0]).not.toMatch(/p\.\*|p\.tax_code/);
    expect(hits[0].client).toMatchObject({ displayName: 'Müller Jürgen', preferredEmail: 'j.mueller@example.de' });
    // a field no column answers: every column is read, the answer is the same
    const wide = (await agent.ok(`{ searchClients(query: "muller", first: 5) { client { id displayName preferredEmail residence { city } panelTabs { key } } } }`)).searchClients;
    expect(wide[0].client).toMatchObject({ displayName: hits[0].client.displayName, preferredEmail: hits[0].client.preferredEmail, residence: hits[0].client.residence });
  });

  it('finds by tax code, VAT (with or without prefix), e-mail and phone', async () => {
    expect(await names(agent, 'RSSGPP68B14F205O')).toEqual(['Russo Giuseppe']);
    expect((await names(agent, 'rssgpp68'))[0]).toBe('Russo Giuseppe');
    expect((await names(agent, '00743110157'))[0]).toBe('Società Cooperativa Agricola Sant’Anna');
    expect((await names(agent, 'IT00743110157'))[0]).toBe('Società Cooperativa Agricola Sant’Anna');
    expect((await names(agent, 'j.mueller@example'))[0]).toBe('Müller Jürgen');
    expect((await names(agent, '0151 1111 2222'))[0]).toBe('Müller Jürgen');
    expect((await names(agent, '+39 320 1234567'))[0]).toBe('Russo Giuseppe');
    expect((await names(agent, '320 123 4567'))[0]).toBe('Russo Giuseppe');
  });

  it('a hit carries the card as the card query shows it: preferred e-mail and phone, residence', async () => {
    const [hit] = (await agent.ok(`{ searchClients(query: "j.mueller@example", first: 5) { score client { id kind status displayName taxCode vatNumber noLocalTaxId createdAt preferredEmail preferredPhone residence { id city } } } }`)).searchClients;
    const card = (await agent.ok(`query($id: ID!) { client(id: $id) { kind status displayName taxCode vatNumber noLocalTaxId createdAt preferredEmail preferredPhone residence { id city } } }`, { id: hit.client.id })).client;
    expect(hit.client).toEqual({ id: hit.client.id, ...card });
    expect(hit.client).toMatchObject({ preferredEmail: 'j.mueller@example.de', preferredPhone: '+4915111112222', residence: null });
    expect(hit.score).toBeGreaterThanOrEqual(1);
  });

  it('stays inside the company: a ROSSI session never finds VDBERG clients, and the other way round', async () => {
    expect(await names(agent, 'de Jong')).not.toContain('de Jong Jan');
    expect((await names(sanne, 'de Jong'))[0]).toMatch(/^de Jong/);
    expect(await names(sanne, 'Russo Giuseppe')).not.toContain('Russo Giuseppe');
    expect(await names(sanne, 'RSSGPP68B14F205O')).toEqual([]);
  });

  it('follows changes at once: a new e-mail is searchable, a removed one is not', async () => {
    const c = await createClient(agent, { kind: 'PERSON', firstName: 'Ada', lastName: 'Lovelace', noLocalTaxId: true, noLocalTaxIdReason: 'British', contacts: [{ kind: 'EMAIL', value: 'ada@analytical.example' }] });
    expect(await names(agent, 'ada@analytical')).toEqual(['Lovelace Ada']);
    await agent.ok(`mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { id } }`, { id: c.id, c: [{ kind: 'EMAIL', value: 'countess@engine.example' }] });
    expect(await names(agent, 'ada@analytical')).toEqual([]);
    expect(await names(agent, 'countess@engine')).toEqual(['Lovelace Ada']);
    await agent.ok(`mutation($id: ID!, $i: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $i) { id } }`, { id: c.id, i: { firstName: 'Augusta Ada', lastName: 'King', noLocalTaxId: true, noLocalTaxIdReason: 'British' } });
    expect((await names(agent, 'augusta king'))[0]).toBe('King Augusta Ada');
  });

  it('refuses a query too short or too long, naming the field; accountants may search', async () => {
    expect(fieldsOf(await agent.gql(SEARCH, { q: 'a' }))).toEqual(['query']);
    expect(fieldsOf(await agent.gql(SEARCH, { q: 'x'.repeat(101) }))).toEqual(['query']);
    expect(fieldsOf(await agent.gql(SEARCH, { q: 'rossi', n: 1000 }))).toEqual(['first']);
    const accountant = await signedIn(t, USERS.rossiAccountant);
    expect((await names(accountant, 'russo'))[0]).toBe('Russo Giuseppe');
    expect(await t.client().code(SEARCH, { q: 'russo' })).toBe('UNAUTHENTICATED');
  });

  it('treats %, _ and backslashes as text', async () => {
    expect(await names(agent, '%%%')).toEqual([]);
    expect(await names(agent, '__')).toEqual([]);
    expect(searchText('06 6982 0000')).toEqual({ text: '0669820000', phone: true });
  });
});
