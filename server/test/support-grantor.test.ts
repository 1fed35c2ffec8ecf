import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freshTotp, signedIn, USERS, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * BASE-6: a support grant lives no longer than the authority of the administrator who gave it. When
 * that administrator is demoted, disabled or their role stripped of base:edit, the operator's next
 * request under the grant is refused (FORBIDDEN) and the grant is ended (revoked, reason
 * grantor_lost_authority, audited); when they lose some rights, the operator loses them too. The
 * database checks it on every request of the operator, whatever changed the administrator's access.
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

describe('the database, on every request of the operator', () => {
  it('refuses a grant whose administrator lost their authority by any other way (disabled account), and bounds its rights by theirs', async () => {
    const grant = await marcoGrants();
    await operatorWorks();
    // outside the application: nothing ended the grant, the request's opening statement refuses it
    await su.query(`update app_user set disabled = true where email = $1`, [USERS.rossiAgent]);
    expect(await operator.code('{ users { id } }')).toBe('FORBIDDEN');
    expect((await operator.ok('{ me { company { code } rights } }')).me).toEqual({ company: null, rights: [] });
    await su.query(`update app_user set disabled = false where email = $1`, [USERS.rossiAgent]);
    // and a grant gives no right its administrator no longer holds
    await su.query(`update role set rights = array(select x from unnest(rights) x where x not like 'ledger:%') where id = $1`, [adminRole.id]);
    const rights = await operatorWorks();
    expect(rights.length).toBeGreaterThan(0);
    expect(rights.filter((r) => r.startsWith('ledger:'))).toEqual([]);
    expect(await operator.code('{ ledgerAccounts { id } }')).toBe('FORBIDDEN');
    expect((await grantRow(grant.id)).rights).toContain('ledger:view');
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
