import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, fieldsOf, italianPerson } from './clients-helpers.js';

/** Issue #8 §3: Dutch and other naming conventions — name prefixes, collations, country-specific fields. */

let t: TestPlatform;
let sanne: GqlClient; // agent of VDBERG (Netherlands, Dutch)
let marco: GqlClient; // agent of ROSSI (Italy, Italian)
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  sanne = await signedIn(t, USERS.vdbergAgent);
  marco = await signedIn(t, USERS.rossiAgent);
});
afterAll(async () => t?.stop());

const NAME = 'id kind displayName fullName firstName namePrefix lastName birthCountry birthProvince activityCode';
const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input, confirmDuplicate: true) { ${NAME} } }`;
const REGISTRY = `mutation($id: ID!, $r: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $r) { ${NAME} } }`;
const ACTIVITY = `mutation($id: ID!, $a: ActivityInput!) { setClientActivity(id: $id, activity: $a) { id activityCode } }`;
const LIST = `query($filter: ClientFilterInput) { clients(first: 200, filter: $filter) { items { displayName } } }`;

let seq = 0;
/** A valid BSN (eleven test), different on each call. */
function bsn(): string {
  for (;;) {
    const base = String(100000000 + 7919 * ++seq + Math.floor(Math.random() * 1000)).slice(0, 8);
    const sum = base.split('').reduce((s, d, i) => s + Number(d) * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return base + String(last);
  }
}

const dutch = (over: Record<string, unknown> = {}) => ({ kind: 'PERSON', firstName: 'Jan', namePrefix: 'de', lastName: 'Vries', birthCountry: 'NL', taxCode: bsn(), ...over });
const namesOf = async (c: GqlClient, filter: Record<string, unknown> = {}) =>
  ((await c.ok<{ clients: { items: Array<{ displayName: string }> } }>(LIST, { filter })).clients.items).map((x) => x.displayName);

describe('name prefixes (tussenvoegsel)', () => {
  it('a Dutch person "Jan de Vries" is shown as "Jan de Vries" and listed under V as "Vries Jan de"', async () => {
    const jan = (await sanne.ok(CREATE, { input: dutch() })).createClient;
    expect(jan).toMatchObject({ firstName: 'Jan', namePrefix: 'de', lastName: 'Vries', fullName: 'Jan de Vries', displayName: 'Vries Jan de' });
    const card = (await sanne.ok(`query($id: ID!) { client(id: $id) { fullName displayName namePrefix } }`, { id: jan.id })).client;
    expect(card).toEqual({ fullName: 'Jan de Vries', displayName: 'Vries Jan de', namePrefix: 'de' });
  });

  it('names without a prefix keep "Last First"; an entity is its legal name in both', async () => {
    const mario = (await marco.ok(CREATE, { input: italianPerson({ contacts: [] }) })).createClient;
    expect(mario.displayName).toBe(`Esposito ${mario.firstName}`);
    expect(mario.fullName).toBe(`${mario.firstName} Esposito`);
    expect(mario.namePrefix).toBeNull();
    const bv = (await sanne.ok(CREATE, { input: { kind: 'ENTITY', legalName: 'Van der Berg Holding B.V.', legalForm: 'B.V.', noLocalTaxId: true, noLocalTaxIdReason: 'Being registered' } })).createClient;
    expect([bv.displayName, bv.fullName, bv.namePrefix]).toEqual(['Van der Berg Holding B.V.', 'Van der Berg Holding B.V.', null]);
  });

  it('changing the prefix on the registry renames the card and its list name', async () => {
    const p = (await sanne.ok(CREATE, { input: dutch({ firstName: 'Pieter', namePrefix: null, lastName: 'Berg' }) })).createClient;
    expect(p.displayName).toBe('Berg Pieter');
    const r = (await sanne.ok(REGISTRY, { id: p.id, r: { firstName: 'Pieter', namePrefix: 'van den', lastName: 'Berg', birthCountry: 'NL', noLocalTaxId: true, noLocalTaxIdReason: 'Lives abroad' } })).updateClientRegistry;
    expect([r.fullName, r.displayName]).toEqual(['Pieter van den Berg', 'Berg Pieter van den']);
  });

  it('a name prefix that is not letters is refused with BAD_USER_INPUT naming namePrefix, and nothing is saved', async () => {
    const before = await countRows(t, 'client');
    const r = await sanne.gql(CREATE, { input: dutch({ firstName: 'Kees', namePrefix: 'de 2' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['namePrefix']);
    expect(await countRows(t, 'client')).toBe(before);
  });

  it("another company's card cannot be renamed with a prefix: NOT_FOUND", async () => {
    const rossiCard = (await marco.ok(`{ clients(first: 1) { items { id } } }`)).clients.items[0].id;
    expect(await sanne.code(REGISTRY, { id: rossiCard, r: { namePrefix: 'de', firstName: 'X', lastName: 'Y', noLocalTaxId: true, noLocalTaxIdReason: 'none' } })).toBe('NOT_FOUND');
  });

  it('search finds a prefixed person by "de Wit", "Femke de Wit" and "Wit"', async () => {
    await sanne.ok(CREATE, { input: dutch({ firstName: 'Femke', namePrefix: 'de', lastName: 'Wit' }) });
    const search = async (q: string) => (await sanne.ok(`query($q: String!) { searchClients(query: $q, first: 5) { client { fullName } } }`, { q })).searchClients.map((h: { client: { fullName: string } }) => h.client.fullName);
    expect((await search('de Wit'))[0]).toBe('Femke de Wit');
    expect((await search('Femke de Wit'))[0]).toBe('Femke de Wit');
    expect((await search('Wit'))[0]).toBe('Femke de Wit');
  });

  it('GDPR erasure removes the name prefix too', async () => {
    const pieter = await signedIn(t, USERS.vdbergAdmin);
    const c = (await sanne.ok(CREATE, { input: dutch({ firstName: 'Anouk', namePrefix: 'ter', lastName: 'Horst' }) })).createClient;
    await pieter.ok(`mutation($id: ID!) { eraseClient(id: $id, reason: "GDPR request") { id } }`, { id: c.id });
    expect(await countRows(t, 'client', 'id = $1 and name_prefix is null and first_name is null', [c.id])).toBe(1);
    const card = (await pieter.ok(`query($id: ID!) { client(id: $id) { fullName namePrefix } }`, { id: c.id })).client;
    expect(card.namePrefix).toBeNull();
    expect(card.fullName).toMatch(/^Erased client /);
  });
});

describe('sorting with the collation of the company language', () => {
  it('the Dutch list puts "de Boer" and "de Jong" before "Visser": case never decides, prefixes are not sorted on', async () => {
    const names = await namesOf(sanne);
    // "Bram de Boer" (prefix) files under B; "Jan de Jong" (entered without a prefix) under d — both before V
    expect(names.indexOf('Boer Bram de')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('de Jong Jan')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Boer Bram de')).toBeLessThan(names.indexOf('Dijk Sophie van'));
    expect(names.indexOf('de Jong Jan')).toBeLessThan(names.indexOf('Dijk Sophie van'));
    expect(names.indexOf('Dijk Sophie van')).toBeLessThan(names.indexOf('Visser Julia'));
    expect(names).toEqual([...names].sort(new Intl.Collator('nl').compare));
    const desc = await namesOf(sanne, { sort: 'NAME_DESC' });
    expect(desc).toEqual([...names].reverse());
  });

  it('the dashboard lists names in the same order as the list: "de Jong" before "Visser"', async () => {
    const sample = (await sanne.ok(`{ clientsDashboard { missingScanSample { displayName } } }`)).clientsDashboard.missingScanSample.map((x: { displayName: string }) => x.displayName);
    expect(sample.indexOf('de Jong Jan')).toBeGreaterThanOrEqual(0);
    expect(sample.indexOf('de Jong Jan')).toBeLessThan(sample.indexOf('Visser Julia'));
    expect(sample).toEqual([...sample].sort(new Intl.Collator('nl').compare));
  });

  it('each company sorts in its own language: a Polish agency files "Żak" after "Zyga", a Dutch one before', async () => {
    const operator = await signedIn(t, USERS.operator);
    const pl = (await operator.ok(`mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`, {
      i: { code: 'NOWAK', name: 'Nowak Ubezpieczenia', country: 'PL', locale: 'pl', currency: 'PLN', adminEmail: USERS.vdbergAdmin, adminName: 'Pieter van den Berg' },
    })).createCompany.id;
    const pieter = await signedIn(t, USERS.vdbergAdmin); // administrator of VDBERG (second factor enrolled) and now of NOWAK
    const person = (firstName: string, lastName: string) => ({ kind: 'PERSON', firstName, lastName, noLocalTaxId: true, noLocalTaxIdReason: 'Test card' });
    for (const [first, last] of [['Anna', 'Żak'], ['Piotr', 'Zyga']]) await sanne.ok(CREATE, { input: person(first, last) });
    const dutch = (await namesOf(sanne)).filter((n) => /^(Żak|Zyga) /.test(n));
    expect(dutch).toEqual(['Żak Anna', 'Zyga Piotr']); // Ż is a Z with a dot in Dutch: a, then y
    await pieter.ok(`mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }`, { id: pl });
    for (const [first, last] of [['Anna', 'Żak'], ['Piotr', 'Zyga'], ['Ewa', 'Łata'], ['Jan', 'Lis']]) await pieter.ok(CREATE, { input: person(first, last) });
    expect(await namesOf(pieter)).toEqual(['Lis Jan', 'Łata Ewa', 'Zyga Piotr', 'Żak Anna']); // Polish: ł after l, ż after z
  });

  it('the Italian list also ignores case: "de Luca" style surnames sort among the Ds', async () => {
    await marco.ok(CREATE, { input: { kind: 'PERSON', firstName: 'Aldo', lastName: 'del Piero', noLocalTaxId: true, noLocalTaxIdReason: 'Test card' } });
    const names = await namesOf(marco);
    expect(names.indexOf('del Piero Aldo')).toBeLessThan(names.indexOf('Esposito Roberto') >= 0 ? names.indexOf('Esposito Roberto') : names.length);
    expect(names.indexOf('del Piero Aldo')).toBeGreaterThan(names.indexOf('Conti Sofia'));
    expect(names).toEqual([...names].sort(new Intl.Collator('it').compare));
  });
});

describe('province of birth only for persons born in Italy', () => {
  it('a Dutch-born person given a province of birth is refused naming birthProvince; nothing is saved', async () => {
    const before = await countRows(t, 'client');
    const r = await sanne.gql(CREATE, { input: dutch({ firstName: 'Lotte', birthPlace: 'Utrecht', birthProvince: 'UT' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['birthProvince']);
    expect(r.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ reason: 'birth_province_italy_only' });
    expect(await countRows(t, 'client')).toBe(before);
    const ok = (await sanne.ok(CREATE, { input: dutch({ firstName: 'Lotte', birthPlace: 'Utrecht' }) })).createClient;
    expect(ok).toMatchObject({ birthCountry: 'NL', birthProvince: null });
  });

  it('an Italian-born person keeps the province of birth', async () => {
    const c = (await marco.ok(CREATE, { input: italianPerson({ birthCountry: 'IT', contacts: [] }) })).createClient;
    expect(c).toMatchObject({ birthCountry: 'IT', birthProvince: 'NA' });
  });
});

describe('activity codes follow the classification of the country', () => {
  it('a Dutch company accepts the SBI code "10711" and NACE "10.71"; an ATECO shape is refused naming SBI', async () => {
    const bakery = (await sanne.ok(CREATE, { input: { kind: 'ENTITY', legalName: 'Bakkerij de Wit B.V.', legalForm: 'B.V.', noLocalTaxId: true, noLocalTaxIdReason: 'Being registered', activity: { activityCode: '10711' } } })).createClient;
    expect(bakery.activityCode).toBe('10711');
    expect((await sanne.ok(ACTIVITY, { id: bakery.id, a: { activityCode: '10.71' } })).setClientActivity.activityCode).toBe('10.71');
    const bad = await sanne.gql(ACTIVITY, { id: bakery.id, a: { activityCode: '10.71.10' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['activity.activityCode']);
    const message = bad.errors?.[0]?.extensions?.fields?.[0] as { reason?: string; message?: string } | undefined;
    expect(message?.reason).toBe('activity_code_sbi');
    expect(message?.message).toContain('SBI');
    expect(message?.message).not.toContain('ATECO');
    expect(await countRows(t, 'client', 'id = $1 and activity_code = $2', [bakery.id, '10.71'])).toBe(1);
  });

  it('an Italian company refuses "10711" with a message naming ATECO and accepts "10.71.10"', async () => {
    const r = await marco.gql(CREATE, { input: { kind: 'ENTITY', legalName: 'Panificio Rossi S.r.l.', legalForm: 'S.r.l.', noLocalTaxId: true, noLocalTaxIdReason: 'Being registered', activity: { activityCode: '10711' } } });
    expect(fieldsOf(r)).toEqual(['activity.activityCode']);
    expect((r.errors?.[0]?.extensions?.fields?.[0] as { message: string }).message).toContain('ATECO');
    const ok = (await marco.ok(CREATE, { input: { kind: 'ENTITY', legalName: 'Panificio Rossi S.r.l.', legalForm: 'S.r.l.', noLocalTaxId: true, noLocalTaxIdReason: 'Being registered', activity: { activityCode: '10.71.10' } } })).createClient;
    expect(ok.activityCode).toBe('10.71.10');
  });

  it("the client's tax country decides: a German client of the Italian company takes WZ, a Polish one PKD", async () => {
    const entity = (country: string, code: string) => ({ kind: 'ENTITY', legalName: `Bäckerei ${country} ${++seq}`, legalForm: 'GmbH', taxCountry: country, noLocalTaxId: true, noLocalTaxIdReason: 'Foreign company', activity: { activityCode: code } });
    expect((await marco.ok(CREATE, { input: entity('DE', '10.71.0') })).createClient.activityCode).toBe('10.71.0');
    expect((await marco.ok(CREATE, { input: entity('PL', '10.71.z') })).createClient.activityCode).toBe('10.71.Z');
    const pkdForGerman = await marco.gql(CREATE, { input: entity('DE', '10.71.Z') });
    expect((pkdForGerman.errors?.[0]?.extensions?.fields?.[0] as { field: string; message: string })).toMatchObject({ field: 'activity.activityCode', message: expect.stringContaining('WZ') });
    const atecoForPolish = await marco.gql(CREATE, { input: entity('PL', '10.71.10') });
    expect((atecoForPolish.errors?.[0]?.extensions?.fields?.[0] as { message: string }).message).toContain('PKD');
    const nace = await marco.gql(CREATE, { input: entity('FR', '10.71.1') });
    expect((nace.errors?.[0]?.extensions?.fields?.[0] as { message: string }).message).toContain('NACE');
  });
});
