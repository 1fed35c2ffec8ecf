import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { authenticator } from 'otplib';
import { demo, freshTotp, signedIn, USERS, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE, italianPerson } from './clients-helpers.js';

/**
 * BASE-6: the platform operator sees a company only under a support grant, which the company's
 * administrator confirms with a TOTP code; the grant expires by itself, can be revoked, and
 * everything done under it is audited with channel "operator".
 */

let t: TestPlatform;
let su: pg.Client;
let operator: GqlClient;
let giulia: GqlClient;
let ids: Record<string, string>;

const GRANT = 'mutation($h: Int!, $r: String!, $c: String!) { grantSupportAccess(input: { hours: $h, reason: $r, totpCode: $c }) { id active expiresAt rights } }';
const SWITCH = 'mutation($id: ID!) { switchCompany(companyId: $id) { company { code } channel roleName roleTemplate supportAccessUntil } }';
const code = () => authenticator.generate(demo.totpSecret);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  operator = await signedIn(t, USERS.operator);
  giulia = await signedIn(t, USERS.rossiAdmin);
  const companies = await su.query<{ id: string; code: string }>('select id, code from company');
  ids = Object.fromEntries(companies.rows.map((c) => [c.code, c.id]));
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('without a grant', () => {
  it('shows the operator the company list, but no company to work in', async () => {
    const me = await operator.ok('{ me { company { code } companies { company { code } } channel } }');
    expect(me.me).toEqual({ company: null, companies: [], channel: 'staff' });
    const list = await operator.ok<{ companies: Array<{ code: string }> }>('{ companies { code } }');
    expect(list.companies.map((c) => c.code)).toEqual(['ROSSI', 'VDBERG']);
  });

  it('refuses the operator a switch into a company, and its users', async () => {
    expect(await operator.code(SWITCH, { id: ids.ROSSI })).toBe('FORBIDDEN');
    for (const q of ['{ users { id } }', '{ roles { id } }', '{ auditEvents { totalCount } }', '{ supportGrants { id } }']) {
      expect(await operator.code(q), q).toBe('FORBIDDEN');
    }
    expect((await operator.ok('{ me { company { code } } }')).me.company).toBeNull();
  });

  it('refuses a grant to anyone without base:edit', async () => {
    const agent = await signedIn(t, USERS.rossiAgent);
    expect(await agent.code(GRANT, { h: 1, r: 'Please', c: code() })).toBe('FORBIDDEN');
  });
});

describe('granting', () => {
  let grantId: string;

  it('checks the administrator’s TOTP code and the duration, naming the field', async () => {
    const wrongCode = code() === '000000' ? '111111' : '000000';
    for (const [vars, field] of [
      [{ h: 2, r: 'Invoices do not add up', c: wrongCode }, 'totpCode'],
      [{ h: 0, r: 'Invoices do not add up', c: code() }, 'hours'],
      [{ h: 73, r: 'Invoices do not add up', c: code() }, 'hours'],
      [{ h: 2, r: '', c: code() }, 'reason'],
    ] as const) {
      const r = await giulia.gql(GRANT, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([field]);
    }
    expect((await giulia.ok('{ supportGrants { id } }')).supportGrants).toEqual([]);
  });

  it('grants time-boxed access confirmed by a current code, and tells the operator by e-mail', async () => {
    const r = await giulia.ok(GRANT, { h: 2, r: 'Invoices do not add up', c: await freshTotp(USERS.rossiAdmin) });
    grantId = r.grantSupportAccess.id;
    expect(r.grantSupportAccess.active).toBe(true);
    const hours = (new Date(r.grantSupportAccess.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(1.95);
    expect(hours).toBeLessThanOrEqual(2);
    expect(r.grantSupportAccess.rights).toContain('base:edit');
    const mail = await giulia.ok<{ outboxMessages: Array<{ kind: string; to: string }> }>('{ outboxMessages { kind to } }');
    expect(mail.outboxMessages).toContainEqual({ kind: 'support.granted', to: USERS.operator });
  });

  it('lets the operator switch in and work there, audited with channel "operator"', async () => {
    const me = await operator.ok('{ me { companies { company { code } roleName roleTemplate } } }');
    // roleTemplate 'support': the web app shows the operator's access translated, not the raw "support"
    expect(me.me.companies).toEqual([{ company: { code: 'ROSSI' }, roleName: 'support', roleTemplate: 'support' }]);
    const sw = await operator.ok(SWITCH, { id: ids.ROSSI });
    expect(sw.switchCompany).toMatchObject({ company: { code: 'ROSSI' }, channel: 'operator', roleName: 'support', roleTemplate: 'support' });
    expect(new Date(sw.switchCompany.supportAccessUntil).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    const users = await operator.ok<{ users: Array<{ user: { email: string } }> }>('{ users { user { email } } }');
    expect(users.users.map((u) => u.user.email)).toContain(USERS.rossiAdmin);
    const client = await operator.ok(CREATE, { input: italianPerson() });
    const { rows } = await su.query('select channel, user_email, role_name, action, company_id from audit_event where entity_type = $2 and entity_id = $1', [client.createClient.id, 'Client']);
    expect(rows[0]).toEqual({ channel: 'operator', user_email: USERS.operator, role_name: 'support', action: 'create', company_id: ids.ROSSI });
    expect(rows.every((r) => r.channel === 'operator' && r.user_email === USERS.operator)).toBe(true);
    // The administrator sees it in the trail.
    const trail = await giulia.ok('query($id: String) { auditEvents(filter: { channel: "operator", entityId: $id, entityType: "Client" }) { nodes { userEmail action entityType } } }', { id: client.createClient.id });
    expect(trail.auditEvents.nodes).toContainEqual({ userEmail: USERS.operator, action: 'create', entityType: 'Client' });
  });

  it('gives the operator no other company than the granting one', async () => {
    expect(await operator.code(SWITCH, { id: ids.VDBERG })).toBe('FORBIDDEN');
    expect((await operator.ok('{ me { company { code } channel } }')).me).toEqual({ company: { code: 'ROSSI' }, channel: 'operator' });
  });

  it('does not let the operator extend its own access or make itself a member', async () => {
    expect(await operator.code(GRANT, { h: 72, r: 'Extending my own access', c: code() })).toBe('FORBIDDEN');
    const roles = await operator.ok<{ roles: Array<{ id: string; name: string }> }>('{ roles { id name } }');
    const admin = roles.roles.find((r) => r.name === 'Amministratore')!.id;
    const inv = await operator.gql('mutation($r: ID!, $e: String!) { inviteUser(input: { email: $e, displayName: "Operator", roleId: $r }) { id } }', { r: admin, e: USERS.operator });
    expect(inv.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows: grants } = await su.query('select count(*) as n from support_grant where company_id = $1', [ids.ROSSI]);
    expect(grants[0].n).toBe('1');
    const { rows: members } = await su.query('select count(*) as n from membership m join app_user u on u.id = m.user_id where u.is_operator');
    expect(members[0].n).toBe('0');
  });

  it('refuses, under a support grant, every change of users, memberships, roles and rights (FORBIDDEN, attempt audited), so nothing outlives the grant', async () => {
    const roles = await operator.ok<{ roles: Array<{ id: string; template: string | null }> }>('{ roles { id template } }');
    const admin = roles.roles.find((r) => r.template === 'administrator')!.id;
    const agentRole = roles.roles.find((r) => r.template === 'agent')!.id;
    const readOnly = roles.roles.find((r) => r.template === 'read_only')!.id;
    const members = await operator.ok<{ users: Array<{ id: string; active: boolean; user: { email: string } }> }>('{ users { id active user { email } } }');
    const marco = members.users.find((m) => m.user.email === USERS.rossiAgent)!.id;
    // a disabled membership, as re-activating one is refused too
    await giulia.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id } }', { id: marco });
    const before = await su.query(`select (select count(*) from app_user) as users, (select count(*) from membership) as memberships,
      (select json_agg(json_build_object('id', id, 'name', name, 'rights', rights) order by id) from role) as roles,
      (select json_agg(json_build_object('id', id, 'role', role_id, 'active', active) order by id) from membership) as ms`);
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['inviteUser', 'mutation($r: ID!) { inviteUser(input: { email: "new.admin@support.example", displayName: "New Admin", roleId: $r }) { id } }', { r: admin }],
      ['updateMembership', 'mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: marco, r: admin }],
      ['updateMembership', 'mutation($id: ID!) { updateMembership(id: $id, input: { active: true }) { id } }', { id: marco }],
      ['resetUserTotp', 'mutation($id: ID!) { resetUserTotp(id: $id) { id } }', { id: marco }],
      ['createRole', 'mutation { createRole(input: { name: "Made by support", rights: ["base:edit"] }) { id } }', {}],
      ['copyRoleTemplate', 'mutation { copyRoleTemplate(template: "administrator", name: "Support admins") { id } }', {}],
      ['updateRole', 'mutation($id: ID!) { updateRole(id: $id, input: { name: "Read-only", rights: ["base:edit", "base:view"] }) { id } }', { id: readOnly }],
      ['deleteRole', 'mutation($id: ID!) { deleteRole(id: $id) }', { id: agentRole }],
    ];
    const seqBefore = (await su.query('select coalesce(max(seq), 0) as seq from audit_event where company_id = $1', [ids.ROSSI])).rows[0].seq;
    for (const [, query, variables] of attempts) {
      const r = await operator.gql(query, variables);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(r.data ?? null, query).toBeNull();
    }
    const after = await su.query(`select (select count(*) from app_user) as users, (select count(*) from membership) as memberships,
      (select json_agg(json_build_object('id', id, 'name', name, 'rights', rights) order by id) from role) as roles,
      (select json_agg(json_build_object('id', id, 'role', role_id, 'active', active) order by id) from membership) as ms`);
    expect(after.rows).toEqual(before.rows);
    // Every attempt is in the company's trail, by the operator, with channel "operator".
    const { rows: audited } = await su.query(
      `select channel, user_email, action, entity_type, entity_id from audit_event where company_id = $1 and seq > $2 order by seq`,
      [ids.ROSSI, seqBefore],
    );
    expect(audited).toEqual(attempts.map(([name]) => ({ channel: 'operator', user_email: USERS.operator, action: 'refused', entity_type: 'Operation', entity_id: name })));
    const trail = await giulia.ok('{ auditEvents(filter: { action: "refused", channel: "operator" }) { nodes { userEmail entityId } } verifyAuditChain { ok } }');
    expect(trail.auditEvents.nodes.slice(0, attempts.length).reverse()).toEqual(attempts.map(([name]) => ({ userEmail: USERS.operator, entityId: name })));
    expect(trail.verifyAuditChain.ok).toBe(true);
    // The company's own administrator still may.
    await giulia.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: true }) { id } }', { id: marco });
  });

  it('ends the access at once when the administrator revokes the grant', async () => {
    const r = await giulia.ok('mutation($id: ID!) { revokeSupportAccess(id: $id) { id active revokedAt } }', { id: grantId });
    expect(r.revokeSupportAccess.active).toBe(false);
    expect(r.revokeSupportAccess.revokedAt).toBeTruthy();
    const me = await operator.ok('{ me { company { code } channel companies { company { code } } } }');
    expect(me.me).toEqual({ company: null, channel: 'staff', companies: [] });
    expect(await operator.code('{ users { id } }')).toBe('FORBIDDEN');
    expect(await operator.code(SWITCH, { id: ids.ROSSI })).toBe('FORBIDDEN');
    const { rows } = await su.query(`select channel, user_email, action from audit_event where entity_type = 'SupportGrant' and entity_id = $1 order by seq`, [grantId]);
    expect(rows).toEqual([
      { channel: 'staff', user_email: USERS.rossiAdmin, action: 'create' },
      { channel: 'staff', user_email: USERS.rossiAdmin, action: 'update' },
    ]);
    const { rows: [g] } = await su.query('select revoked_by_id = (select id from app_user where email = $2) as by_admin from support_grant where id = $1', [grantId, USERS.rossiAdmin]);
    expect(g.by_admin).toBe(true);
  });

  it('ends the access by itself when the grant expires', async () => {
    const r = await giulia.ok(GRANT, { h: 1, r: 'One more look at invoices', c: await freshTotp(USERS.rossiAdmin) });
    await operator.ok(SWITCH, { id: ids.ROSSI });
    expect((await operator.ok('{ users { id } }')).users.length).toBeGreaterThan(0);
    await su.query(`update support_grant set expires_at = now() - interval '1 second' where id = $1`, [r.grantSupportAccess.id]);
    const me = await operator.ok('{ me { company { code } companies { company { code } } supportAccessUntil } }');
    expect(me.me).toEqual({ company: null, companies: [], supportAccessUntil: null });
    expect(await operator.code('{ users { id } }')).toBe('FORBIDDEN');
    expect(await operator.code('mutation { createRole(input: { name: "Too late", rights: [] }) { id } }')).toBe('FORBIDDEN');
    expect(await operator.code(SWITCH, { id: ids.ROSSI })).toBe('FORBIDDEN');
    const grants = await giulia.ok('{ supportGrants { id active } baseDashboard { openSupportGrants } }');
    expect(grants.supportGrants.every((g: { active: boolean }) => !g.active)).toBe(true);
    expect(grants.baseDashboard.openSupportGrants).toBe(0);
  });
});
