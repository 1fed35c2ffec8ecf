import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freshTotp, signedIn, USERS, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * BASE-6: a support grant lives no longer than the authority of the administrator who gave it. When
 * that administrator is demoted, disabled or their role stripped of base:edit, the operator's next
 * request under the grant is refused (FORBIDDEN) and the grant is ended (revoked, reason
 * grantor_lost_authority, audited); when they lose some rights, the operator loses them too. The
 * database does it at the change itself whoever makes it — outside the application too (migration 0056),
 * so giving the administrator's access back revives nothing — and checks it on every request of the
 * operator; a grant that would not let the operator in is neither listed to them nor used to locate a card.
 */

let t: TestPlatform;
let su: pg.Client;
let giulia: GqlClient; // ROSSI, Amministratore (every right)
let marco: GqlClient; // ROSSI, made a second administrator by Giulia: he grants
let operator: GqlClient;
let marcoSecret: string;
let rossi: string;
let adminRole: { id: string; rights: string[] };
let agentRole: { id: string; rights: string[] };

const GRANT = 'mutation($c: String!) { grantSupportAccess(input: { hours: 2, reason: "Controllo incassi", totpCode: $c }) { id rights } }';
const SWITCH = 'mutation($id: ID!) { switchCompany(companyId: $id) { channel rights } }';
const UPDATE_MEMBERSHIP = 'mutation($id: ID!, $i: UpdateMembershipInput!) { updateMembership(id: $id, input: $i) { id active role { id } } }';
const UPDATE_ROLE = 'mutation($id: ID!, $i: RoleInput!) { updateRole(id: $id, input: $i) { id rights } }';

const marcoMembership = async () =>
  (await giulia.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }')).users.find((m) => m.user.email === USERS.rossiAgent)!.id;
const setMarco = async (input: { roleId?: string; active?: boolean }) => giulia.ok(UPDATE_MEMBERSHIP, { id: await marcoMembership(), i: input });

/** Marco grants support access with a current code of his authenticator. */
async function marcoGrants(): Promise<{ id: string; rights: string[] }> {
  return (await marco.ok(GRANT, { c: await freshTotp(USERS.rossiAgent, marcoSecret) })).grantSupportAccess;
}

/** The operator switches into ROSSI and works there (the users page): the grant is in force. */
async function operatorWorks(): Promise<string[]> {
  const sw = await operator.ok(SWITCH, { id: rossi });
  expect(sw.switchCompany.channel).toBe('operator');
  expect((await operator.ok('{ users { id } }')).users.length).toBeGreaterThan(0);
  return sw.switchCompany.rights;
}

/** The operator's next request is refused, as after a revocation: no company, nothing to switch into. */
async function operatorRefused(): Promise<void> {
  expect(await operator.code('{ users { id } }')).toBe('FORBIDDEN');
  expect(await operator.code('{ clients(first: 1) { total } }')).toBe('FORBIDDEN');
  expect((await operator.ok('{ me { company { code } channel companies { company { code } } } }')).me).toEqual({ company: null, channel: 'staff', companies: [] });
  expect(await operator.code(SWITCH, { id: rossi })).toBe('FORBIDDEN');
}

const grantRow = async (id: string) =>
  (
    await su.query(
      `select g.revoked_at is not null as revoked, g.revoked_reason, u.email as revoked_by, g.rights
         from support_grant g left join app_user u on u.id = g.revoked_by_id where g.id = $1`,
      [id],
    )
  ).rows[0];

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
  giulia = await signedIn(t, USERS.rossiAdmin);
  operator = await signedIn(t, USERS.operator);
  const roles = (await giulia.ok<{ roles: Array<{ id: string; template: string | null; rights: string[] }> }>('{ roles { id template rights } }')).roles;
  adminRole = roles.find((r) => r.template === 'administrator')!;
  agentRole = roles.find((r) => r.template === 'agent')!;
  // Marco becomes a second administrator; base:edit asks for a second factor
  await setMarco({ roleId: adminRole.id });
  marco = await signedIn(t, USERS.rossiAgent);
  marcoSecret = (await marco.ok('mutation { beginTotpEnrollment { secret } }')).beginTotpEnrollment.secret;
  await marco.ok('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: await freshTotp(USERS.rossiAgent, marcoSecret) });
}, 120_000);
// Each test starts with Marco an active, enabled administrator and no open grant.
afterEach(async () => {
  await su.query(`update app_user set disabled = false where email = $1`, [USERS.rossiAgent]);
  await su.query('update role set rights = $1 where id = $2', [adminRole.rights, adminRole.id]);
  await su.query(`update membership m set role_id = $1, active = true from app_user u where u.id = m.user_id and u.email = $2 and m.company_id = $3`, [adminRole.id, USERS.rossiAgent, rossi]);
  await su.query(`update support_grant set revoked_at = now() where revoked_at is null`);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('the administrator who granted support access', () => {
  it('demoted by another administrator: the operator’s next request is refused (FORBIDDEN), the grant ended and audited; nothing else changes', async () => {
    const grant = await marcoGrants();
    expect(grant.rights).toContain('base:edit');
    await operatorWorks();

    const demoted = await giulia.ok(UPDATE_MEMBERSHIP, { id: await marcoMembership(), i: { roleId: agentRole.id } });
    expect(demoted.updateMembership.role.id).toBe(agentRole.id);

    await operatorRefused();
    // ended for good: revoked by the administrator who demoted him, with its reason, shown as no longer active
    expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority', revoked_by: USERS.rossiAdmin });
    const listed = (await giulia.ok<{ supportGrants: Array<{ id: string; active: boolean; revokedAt: string | null }> }>('{ supportGrants { id active revokedAt } baseDashboard { openSupportGrants } }'));
    expect(listed.supportGrants.find((g) => g.id === grant.id)).toMatchObject({ active: false, revokedAt: expect.any(String) });
    const { rows: audit } = await su.query(
      `select user_email, channel, action, after->>'revokedReason' as reason from audit_event where entity_type = 'SupportGrant' and entity_id = $1 order by seq`,
      [grant.id],
    );
    expect(audit).toEqual([
      { user_email: USERS.rossiAgent, channel: 'staff', action: 'create', reason: null },
      { user_email: USERS.rossiAdmin, channel: 'staff', action: 'update', reason: 'grantor_lost_authority' },
    ]);
    expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);

    // nothing else broken: Giulia administers, Marco works as an agent, Giulia's own grant works
    expect((await giulia.ok('{ users { id } }')).users.length).toBeGreaterThan(0);
    expect([...(await marco.ok('{ me { rights } }')).me.rights].sort()).toEqual([...agentRole.rights].sort());
    expect(await marco.code(GRANT, { c: await freshTotp(USERS.rossiAgent, marcoSecret) })).toBe('FORBIDDEN');
    const own = await giulia.ok(GRANT, { c: await freshTotp(USERS.rossiAdmin) });
    expect((await operatorWorks()).sort()).toEqual([...own.grantSupportAccess.rights].sort());

    // made administrator again, Marco's ended grant stays ended
    await setMarco({ roleId: adminRole.id });
    expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority' });
  });

  it('disabled by another administrator: the operator is refused at once and the grant ended', async () => {
    const grant = await marcoGrants();
    await operatorWorks();
    await setMarco({ active: false });
    await operatorRefused();
    expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority', revoked_by: USERS.rossiAdmin });
    // re-enabled, he does not bring it back
    await setMarco({ active: true });
    await operatorRefused();
  });

  it('whose role is stripped of base:edit: the operator is refused and the grant ended', async () => {
    const copy = await giulia.ok('mutation { copyRoleTemplate(template: "administrator", name: "Vice amministrazione") { id rights } }');
    await setMarco({ roleId: copy.copyRoleTemplate.id });
    const grant = await marcoGrants();
    await operatorWorks();
    const rights = copy.copyRoleTemplate.rights.filter((r: string) => r !== 'base:edit');
    await giulia.ok(UPDATE_ROLE, { id: copy.copyRoleTemplate.id, i: { name: 'Vice amministrazione', rights } });
    await operatorRefused();
    expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority' });
  });

  it('who loses some rights but stays administrator: the operator loses them too, the rest goes on', async () => {
    const copy = await giulia.ok('mutation { copyRoleTemplate(template: "administrator", name: "Amministrazione senza contabilità") { id rights } }');
    await setMarco({ roleId: copy.copyRoleTemplate.id });
    const grant = await marcoGrants();
    expect(await operatorWorks()).toContain('ledger:view');
    expect(await operator.code('{ ledgerAccounts { id } }')).toBeUndefined();
    const rights = copy.copyRoleTemplate.rights.filter((r: string) => !r.startsWith('ledger:'));
    await giulia.ok(UPDATE_ROLE, { id: copy.copyRoleTemplate.id, i: { name: 'Amministrazione senza contabilità', rights } });
    const me = (await operator.ok('{ me { rights channel company { code } } }')).me;
    expect(me).toMatchObject({ channel: 'operator', company: { code: 'ROSSI' } });
    expect([...me.rights].sort()).toEqual([...rights].sort());
    expect(await operator.code('{ ledgerAccounts { id } }')).toBe('FORBIDDEN');
    expect((await operator.ok('{ users { id } }')).users.length).toBeGreaterThan(0);
    const row = await grantRow(grant.id);
    expect(row).toMatchObject({ revoked: false, revoked_reason: null });
    expect([...row.rights].sort()).toEqual([...rights].sort());
  });
});

describe('the database, whatever changed the administrator\'s access', () => {
  /** The grant's audit rows after its creation: who ended or narrowed it, and how. */
  const grantAudit = async (id: string) =>
    (
      await su.query(
        `select user_email, channel, action, after->>'revokedReason' as reason, after->'rights' as rights, after->>'revokedAt' as revoked_at
           from audit_event where entity_type = 'SupportGrant' and entity_id = $1 and action <> 'create' order by seq`,
        [id],
      )
    ).rows;

  // Outside the application (a direct SQL update), each taking Marco's authority to grant away and giving it back.
  const changes: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> = [
    [
      'his account disabled, then enabled again',
      () => su.query(`update app_user set disabled = true where email = $1`, [USERS.rossiAgent]),
      () => su.query(`update app_user set disabled = false where email = $1`, [USERS.rossiAgent]),
    ],
    [
      'his membership deactivated, then activated again',
      () => su.query(`update membership m set active = false from app_user u where u.id = m.user_id and u.email = $1 and m.company_id = $2`, [USERS.rossiAgent, rossi]),
      () => su.query(`update membership m set active = true from app_user u where u.id = m.user_id and u.email = $1 and m.company_id = $2`, [USERS.rossiAgent, rossi]),
    ],
    [
      'his membership given the agent role, then the administrator role again',
      () => su.query(`update membership m set role_id = $1 from app_user u where u.id = m.user_id and u.email = $2 and m.company_id = $3`, [agentRole.id, USERS.rossiAgent, rossi]),
      () => su.query(`update membership m set role_id = $1 from app_user u where u.id = m.user_id and u.email = $2 and m.company_id = $3`, [adminRole.id, USERS.rossiAgent, rossi]),
    ],
    [
      'his role stripped of base:edit, then given it back',
      () => su.query(`update role set rights = array_remove(rights, 'base:edit') where id = $1`, [adminRole.id]),
      () => su.query('update role set rights = $1 where id = $2', [adminRole.rights, adminRole.id]),
    ],
  ];

  for (const [what, takeAway, giveBack] of changes) {
    it(`ends the grant at the change, for good (${what}), audited as the system`, async () => {
      const grant = await marcoGrants();
      await operatorWorks();
      await takeAway();
      // ended in the change's transaction: not only refused while it lasts
      expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority', revoked_by: null });
      await operatorRefused();
      await giveBack();
      // Marco may grant again, but his old grant stays ended: the operator has no company to work in
      expect(await grantRow(grant.id)).toMatchObject({ revoked: true, revoked_reason: 'grantor_lost_authority' });
      await operatorRefused();
      expect(await grantAudit(grant.id)).toEqual([
        { user_email: null, channel: 'system', action: 'update', reason: 'grantor_lost_authority', rights: expect.any(Array), revoked_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
      ]);
      const listed = (await giulia.ok<{ supportGrants: Array<{ id: string; active: boolean }> }>('{ supportGrants { id active } }')).supportGrants;
      expect(listed.find((g) => g.id === grant.id)).toMatchObject({ active: false });
      expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
      // a new grant of his works
      await marcoGrants();
      await operatorWorks();
    });
  }

  it('narrows the grant at the change when its administrator loses some rights; giving them back does not give them to the operator', async () => {
    const grant = await marcoGrants();
    expect(await operatorWorks()).toContain('ledger:view');
    await su.query(`update role set rights = array(select x from unnest(rights) x where x not like 'ledger:%') where id = $1`, [adminRole.id]);
    const narrowed = (await grantRow(grant.id)).rights as string[];
    expect(narrowed.filter((r) => r.startsWith('ledger:'))).toEqual([]);
    expect(narrowed).toContain('base:edit');
    await su.query('update role set rights = $1 where id = $2', [adminRole.rights, adminRole.id]);
    const rights = await operatorWorks();
    expect([...rights].sort()).toEqual([...narrowed].sort());
    expect(await operator.code('{ ledgerAccounts { id } }')).toBe('FORBIDDEN');
    expect(await grantRow(grant.id)).toMatchObject({ revoked: false, revoked_reason: null });
    expect(await grantAudit(grant.id)).toEqual([{ user_email: null, channel: 'system', action: 'update', reason: null, rights: narrowed, revoked_at: null }]);
  });

  it('ends it when the application changes his access too, audited once, by the administrator making the change', async () => {
    const grant = await marcoGrants();
    await operatorWorks();
    await setMarco({ active: false });
    await operatorRefused();
    expect(await grantAudit(grant.id)).toEqual([
      { user_email: USERS.rossiAdmin, channel: 'staff', action: 'update', reason: 'grantor_lost_authority', rights: expect.any(Array), revoked_at: expect.any(String) },
    ]);
    // written as the application writes a grant's change: its properties before and after
    const { rows } = await su.query(
      `select role_name, array(select jsonb_object_keys(before) order by 1) as before, array(select jsonb_object_keys(after) order by 1) as after, after->>'revokedBy' as by
         from audit_event where entity_type = 'SupportGrant' and entity_id = $1 and action = 'update'`,
      [grant.id],
    );
    const keys = ['company', 'createdAt', 'expiresAt', 'grantedBy', 'id', 'reason', 'revokedAt', 'revokedBy', 'revokedReason', 'rights'];
    const giuliaId = (await su.query('select id from app_user where email = $1', [USERS.rossiAdmin])).rows[0].id;
    expect(rows).toEqual([{ role_name: 'Amministratore', before: keys, after: keys, by: giuliaId }]);
  });

  it('offers the operator a company, and a client of it, only under a grant that would let them in', async () => {
    const client = (await su.query(`select id from client where company_id = $1 order by id limit 1`, [rossi])).rows[0].id as string;
    const LOCATE = 'query($id: ID!) { clientLocation(id: $id) { code } }';
    const COMPANIES = '{ me { companies { company { code } } } }';
    const grant = await marcoGrants();
    expect((await operator.ok(COMPANIES)).me.companies).toEqual([{ company: { code: 'ROSSI' } }]);
    expect((await operator.ok(LOCATE, { id: client })).clientLocation).toEqual({ code: 'ROSSI' });
    // a grant left open while its administrator may not grant (the database's triggers not firing, as for
    // a grant older than them): refused by app_enter_company, and so neither listed nor located
    await su.query('begin');
    await su.query('set local session_replication_role = replica');
    await su.query(`update app_user set disabled = true where email = $1`, [USERS.rossiAgent]);
    await su.query('commit');
    expect(await grantRow(grant.id)).toMatchObject({ revoked: false });
    await operatorRefused();
    expect((await operator.ok(LOCATE, { id: client })).clientLocation).toBeNull();
    // Giulia's grant, ending sooner than Marco's, is the one the operator enters under
    const own = (await giulia.ok('mutation($c: String!) { grantSupportAccess(input: { hours: 1, reason: "Controllo incassi", totpCode: $c }) { id } }', { c: await freshTotp(USERS.rossiAdmin) })).grantSupportAccess;
    expect((await operator.ok(COMPANIES)).me.companies).toEqual([{ company: { code: 'ROSSI' } }]);
    expect((await operator.ok(LOCATE, { id: client })).clientLocation).toEqual({ code: 'ROSSI' });
    await operatorWorks();
    const session = (await su.query(`select support_grant_id from user_session s join app_user u on u.id = s.user_id where u.email = $1 and s.active_company_id = $2`, [USERS.operator, rossi])).rows;
    expect(session.map((r) => r.support_grant_id)).toEqual([own.id]);
  });

  it('refuses a grant given while its administrator is being demoted (serialized with the change of access)', async () => {
    const c = await freshTotp(USERS.rossiAgent, marcoSecret);
    // the company's changes of access held still (outside the app) while Marco's grant is on its way
    const hold = await t.superuser();
    await hold.query(`select pg_advisory_lock(hashtext('access:' || $1::text))`, [rossi]);
    const granting = marco.gql(GRANT, { c });
    for (let i = 0; i < 100; i++) {
      const waiting = await su.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`);
      if (waiting.rows[0].n >= 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // meanwhile another administrator demotes him
    await su.query(`update membership m set role_id = $1 from app_user u where u.id = m.user_id and u.email = $2 and m.company_id = $3`, [agentRole.id, USERS.rossiAgent, rossi]);
    await hold.query(`select pg_advisory_unlock(hashtext('access:' || $1::text))`, [rossi]);
    await hold.end();
    const r = await granting;
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await su.query(`select count(*)::int as n from support_grant where revoked_at is null`)).rows[0].n).toBe(0);
  });
});
