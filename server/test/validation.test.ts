import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
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
});

describe('nothing half-saved', () => {
  it('rolls back every field of a request when one of them fails', async () => {
    const r = await giulia.gql('mutation { a: createRole(input: { name: "First half", rights: [] }) { id } b: createRole(input: { name: "", rights: [] }) { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await su.query(`select count(*) as n from role where name = 'First half'`)).rows[0].n).toBe('0');
    expect((await su.query(`select count(*) as n from audit_event where after->>'name' = 'First half'`)).rows[0].n).toBe('0');
  });
});
