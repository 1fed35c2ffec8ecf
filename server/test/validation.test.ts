import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DUTCH_PERSON } from './clients-helpers.js';
import { USERS, signedIn, startTestPlatform, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';

/** bad input gets BAD_USER_INPUT naming each field and why; a refused request saves nothing. */

let t: TestPlatform;
let su: pg.Client;
let giulia: GqlClient;
let roles: Record<string, string>;
let members: Record<string, string>;

function fieldsOf(r: GqlResult): string[] | undefined {
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return r.errors?.[0]?.extensions?.fields?.map((f) => f.field);
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  giulia = await signedIn(t, USERS.rossiAdmin);
  const r = await giulia.ok<{ roles: Array<{ id: string; name: string }> }>('{ roles { id name } }');
  roles = Object.fromEntries(r.roles.map((x) => [x.name, x.id]));
  const u = await giulia.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
  members = Object.fromEntries(u.users.map((x) => [x.user.email, x.id]));
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('roles', () => {
  it('counts the members of each role, in this company only (regression: memberCount failed in SQL)', async () => {
    const r = await giulia.ok<{ roles: Array<{ name: string; memberCount: number }> }>('{ roles { name memberCount } }');
    const counts = Object.fromEntries(r.roles.map((x) => [x.name, x.memberCount]));
    expect(counts).toMatchObject({ Amministratore: 1, Agente: 2, Contabile: 1, 'Liquidatore sinistri': 0, 'Sola lettura': 0 });
  });

  it('names the field of a bad role', async () => {
    expect(fieldsOf(await giulia.gql('mutation { createRole(input: { name: "   ", rights: [] }) { id } }'))).toEqual(['name']);
    expect(fieldsOf(await giulia.gql(`mutation { createRole(input: { name: "${'x'.repeat(101)}", rights: [] }) { id } }`))).toEqual(['name']);
    expect(fieldsOf(await giulia.gql('mutation { createRole(input: { name: "Odd", rights: ["clients:fly"] }) { id } }'))).toEqual(['rights']);
    const taken = await giulia.gql('mutation { createRole(input: { name: "Agente", rights: [] }) { id } }');
    expect(fieldsOf(taken)).toEqual(['name']);
    expect(taken.errors?.[0]?.extensions?.fields?.[0]?.reason).toBe('taken');
    expect(fieldsOf(await giulia.gql('mutation { copyRoleTemplate(template: "pirate", name: "Pirates") { id } }'))).toEqual(['template']);
  });

  it('copies a built-in template into an editable role', async () => {
    const r = await giulia.ok('mutation { copyRoleTemplate(template: "claims_handler", name: "Claims (copy)") { name template rights } }');
    expect(r.copyRoleTemplate).toMatchObject({ name: 'Claims (copy)', template: 'claims_handler' });
    expect(r.copyRoleTemplate.rights).toContain('claims:create');
  });

  it('refuses to delete a role in use, and to strip one’s own administration rights', async () => {
    expect(await giulia.code('mutation($id: ID!) { deleteRole(id: $id) }', { id: roles.Agente })).toBe('CONFLICT');
    expect(await giulia.code('mutation($id: ID!) { updateRole(id: $id, input: { name: "Administrator", rights: ["base:view"] }) { id } }', { id: roles.Amministratore })).toBe('FORBIDDEN');
    const { rows } = await su.query('select rights from role where id = $1', [roles.Amministratore]);
    expect(rows[0].rights).toContain('base:edit');
  });
});

describe('users', () => {
  it('names the field of a bad invitation', async () => {
    const invite = (input: Record<string, unknown>) => giulia.gql('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: 'new.person@example.com', displayName: 'New Person', roleId: roles.Agente, ...input } });
    expect(fieldsOf(await invite({ email: 'new.person' }))).toEqual(['email']);
    expect(fieldsOf(await invite({ displayName: '' }))).toEqual(['displayName']);
    expect(fieldsOf(await invite({ roleId: 'agent' }))).toEqual(['roleId']);
    expect(fieldsOf(await invite({ roleId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['roleId']);
    const twice = await invite({ email: USERS.rossiAgent });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect((await su.query(`select count(*) as n from app_user where email = 'new.person@example.com'`)).rows[0].n).toBe('0');
  });

  it('refuses to disable oneself or to take one’s own administration away', async () => {
    const self = members[USERS.rossiAdmin];
    expect(await giulia.code('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id } }', { id: self })).toBe('FORBIDDEN');
    expect(await giulia.code('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: self, r: roles.Agente })).toBe('FORBIDDEN');
    expect((await giulia.ok('{ me { rights } }')).me.rights).toContain('base:edit');
  });
});

describe('ids and argument types', () => {
  it('names an id argument that is not an id, instead of failing in the database', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['query($id: ID!) { userMembership(id: $id) { id } }', { id: 'marco' }, 'id'],
      ['query($id: ID!) { role(id: $id) { id } }', { id: '1' }, 'id'],
      ['mutation($id: ID!) { deleteRole(id: $id) }', { id: "1' or '1'='1" }, 'id'],
      ['mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: 'ROSSI' }, 'companyId'],
      ['mutation($id: ID!) { revokeSession(id: $id) }', { id: 'x' }, 'id'],
      ['mutation($id: ID!) { revokeSupportAccess(id: $id) { id } }', { id: 'x' }, 'id'],
      ['mutation($id: ID!, $r: ID) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: members[USERS.rossiAgent], r: 'agent' }, 'roleId'],
      ['query($u: ID) { auditEvents(filter: { userId: $u }) { totalCount } }', { u: 'giulia' }, 'userId'],
    ];
    for (const [query, variables, field] of cases) {
      const r = await giulia.gql(query, variables);
      expect(fieldsOf(r), query).toEqual([field]);
      expect(r.errors?.[0]?.extensions?.fields?.[0]?.reason).toBe('invalid_id');
    }
  });

  it('answers a well-formed id that names nothing with NOT_FOUND', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect(await giulia.code('query($id: ID!) { userMembership(id: $id) { id } }', { id: none })).toBe('NOT_FOUND');
    expect(await giulia.code('query($id: ID!) { role(id: $id) { id } }', { id: none })).toBe('NOT_FOUND');
    expect(await giulia.code('mutation($id: ID!) { revokeSupportAccess(id: $id) { id } }', { id: none })).toBe('NOT_FOUND');
  });

  it('refuses arguments of the wrong type or missing, and out-of-range sizes', async () => {
    expect(await giulia.code('{ userMembership { id } }')).toBe('BAD_USER_INPUT');
    expect(await giulia.code('{ outboxMessages(first: "ten") { id } }')).toBe('BAD_USER_INPUT');
    expect(await giulia.code('query($f: Int) { outboxMessages(first: $f) { id } }', { f: 'ten' })).toBe('BAD_USER_INPUT');
    expect(fieldsOf(await giulia.gql('{ outboxMessages(first: 0) { id } }'))).toEqual(['first']);
    expect(fieldsOf(await giulia.gql('{ outboxMessages(first: 501) { id } }'))).toEqual(['first']);
  });

  it('names the argument of a literal of the wrong type or an unknown enum literal', async () => {
    const wrongType = await giulia.gql('{ outboxMessages(first: "abc") { id } }');
    expect(fieldsOf(wrongType)).toEqual(['first']);
    expect(wrongType.errors?.[0]?.message).toBe('Argument "first": Int cannot represent non-integer value: "abc"');
    const agent = await signedIn(t, USERS.rossiAgent);
    const badEnum = await agent.gql('{ clients(filter: { statuses: [ACTIVE, RETIRED] }) { totalCount } }');
    expect(fieldsOf(badEnum)).toEqual(['filter.statuses']);
    expect(badEnum.errors?.[0]?.message).toMatch(/^Argument "filter\.statuses": Value "RETIRED" does not exist in "ClientStatus" enum\./);
    const badKind = await agent.gql('{ clients(filter: { kind: ROBOT }) { totalCount } }');
    expect(fieldsOf(badKind)).toEqual(['filter.kind']);
    expect(badKind.errors?.[0]?.extensions?.fields?.[0]?.reason).toBe('invalid_value');
  });
});

describe('nothing half-saved', () => {
  it('rolls back every field of a request when one of them fails', async () => {
    const r = await giulia.gql('mutation { a: createRole(input: { name: "First half", rights: [] }) { id } b: createRole(input: { name: "", rights: [] }) { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await su.query(`select count(*) as n from role where name = 'First half'`)).rows[0].n).toBe('0');
    expect((await su.query(`select count(*) as n from audit_event where after->>'name' = 'First half'`)).rows[0].n).toBe('0');
  });
});

describe('texts PostgreSQL cannot store (NUL, unpaired surrogates)', () => {
  const NUL = 'Ro\u0000ssi';
  const LONE = 'Ro\ud800ssi';
  const counts = async () =>
    (await su.query(`select (select count(*) from role) as roles, (select count(*) from app_user) as users, (select count(*) from client) as clients,
      (select count(*) from client where first_name = 'Mario' and last_name = 'Bianco') as bianco`)).rows[0];

  it('refuses a NUL or an unpaired surrogate in any text argument as BAD_USER_INPUT naming the field, with no SQL and nothing saved', async () => {
    const before = await counts();
    const agent = await signedIn(t, USERS.rossiAgent);
    const created = await agent.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
      i: { ...DUTCH_PERSON, taxCountry: 'NL', firstName: 'Mario', lastName: 'Bianco', contacts: [] },
    });
    const clientId = created.createClient.id;
    const afterCreate = await counts();
    const cases: Array<[GqlClient, string, Record<string, unknown>, string[]]> = [
      [giulia, 'mutation($n: String!) { createRole(input: { name: $n, rights: [] }) { id } }', { n: NUL }, ['name']],
      [giulia, 'mutation($n: String!) { createRole(input: { name: "Fine", description: $n, rights: [] }) { id } }', { n: LONE }, ['description']],
      [giulia, 'mutation($r: ID!, $n: String!) { inviteUser(input: { email: "nul@rossi-assicurazioni.example", displayName: $n, roleId: $r }) { id } }', { r: roles.Agente, n: NUL }, ['displayName']],
      [agent, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
        i: { ...DUTCH_PERSON, taxCountry: 'NL', taxCode: '123456782', lastName: NUL, contacts: [], addresses: [{ ...DUTCH_PERSON.addresses[0], city: LONE }] },
      }, ['lastName', 'addresses.0.city']],
      [agent, 'mutation($id: ID!, $i: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $i) { id } }', { id: clientId, i: { firstName: NUL } }, ['firstName']],
      // literals in the document, and arguments of queries and public operations
      [agent, `{ searchClients(query: "${'Ro\\u0000ssi'}") { score } }`, {}, ['query']],
      [t.client(), 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }', { e: USERS.rossiAgent, p: 'Demo\u0000Password' }, ['password']],
    ];
    for (const [client, query, variables, fields] of cases) {
      const r = await client.gql(query, variables);
      expect(fieldsOf(r), query).toEqual(fields);
      expect(r.errors?.[0]?.extensions?.fields?.every((f) => f.reason === 'invalid_characters')).toBe(true);
      expect(JSON.stringify(r), query).not.toMatch(/insert |update |select |invalid byte|0x00/i);
      expect(r.data ?? null).toBeNull();
    }
    expect(await counts()).toEqual(afterCreate);
    expect(afterCreate).toEqual({ ...before, clients: String(Number(before.clients) + 1), bianco: String(Number(before.bianco) + 1) });
    // A surrogate pair (an emoji) is text like any other.
    expect((await giulia.ok('mutation { createRole(input: { name: "Team 🚀", rights: [] }) { name } }')).createRole.name).toBe('Team 🚀');
  });
});

describe('codes: countries (ISO 3166-1 alpha-2) and locales (en it de nl pl)', () => {
  it('refuses a country that is not ISO 3166-1 alpha-2 and a locale that is not one of the five, naming the field, with nothing saved', async () => {
    const agent = await signedIn(t, USERS.rossiAgent);
    const before = (await su.query('select (select count(*) from client) as clients, (select count(*) from app_user) as users')).rows[0];
    const person = { ...DUTCH_PERSON, taxCountry: 'NL', taxCode: '123456782', contacts: [] };
    const cases: Array<[GqlClient, string, Record<string, unknown>, string[]]> = [
      [agent, CREATE_CLIENT, { i: { ...person, addresses: [{ ...DUTCH_PERSON.addresses[0], country: 'XX' }] } }, ['addresses.0.country']],
      [agent, CREATE_CLIENT, { i: { ...person, taxCountry: 'ZZ' } }, ['taxCountry']],
      [agent, CREATE_CLIENT, { i: { ...person, citizenship: 'UK' } }, ['citizenship']],
      [agent, CREATE_CLIENT, { i: { ...person, preferredLocale: 'fr' } }, ['preferredLocale']],
      [giulia, INVITE, { r: roles.Agente, e: 'script@rossi-assicurazioni.example', l: '<script>' }, ['locale']],
      [giulia, INVITE, { r: roles.Agente, e: 'script@rossi-assicurazioni.example', l: 'EN' }, ['locale']],
    ];
    for (const [client, query, variables, fields] of cases) {
      const r = await client.gql(query, variables);
      expect(fieldsOf(r), JSON.stringify(variables)).toEqual(fields);
    }
    expect((await su.query('select (select count(*) from client) as clients, (select count(*) from app_user) as users')).rows[0]).toEqual(before);
    // Real codes pass, in any letter case.
    const ok = await agent.ok(`mutation($i: CreateClientInput!) { createClient(input: $i) { taxCountry citizenship addresses { country } } }`, {
      i: { ...person, citizenship: 'gb', addresses: [{ ...DUTCH_PERSON.addresses[0], country: 'nl' }] },
    });
    expect(ok.createClient).toEqual({ taxCountry: 'NL', citizenship: 'GB', addresses: [{ country: 'NL' }] });
    const invited = await giulia.ok(`${INVITE.replace('{ id }', '{ user { locale } }')}`, { r: roles.Agente, e: 'pieter.de.wit@rossi-assicurazioni.example', l: 'nl' });
    expect(invited.inviteUser.user.locale).toBe('nl');
  });
});

const CREATE_CLIENT = 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }';
const INVITE = 'mutation($r: ID!, $e: String!, $l: String) { inviteUser(input: { email: $e, displayName: "Someone", roleId: $r, locale: $l }) { id } }';
