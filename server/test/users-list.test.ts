import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';

let t: TestPlatform;
let admin: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  admin = await signedIn(t, USERS.rossiAdmin);
});
afterAll(async () => t?.stop());

/** The company's memberships as the tables hold them (superuser, outside the app). */
async function membershipsInTables(code: string) {
  const su = await t.superuser();
  try {
    const r = await su.query(
      `select m.id, m.active, u.email, u.totp_enabled, r.id as role_id, r.name as role_name
         from membership m join company c on c.id = m.company_id join app_user u on u.id = m.user_id join role r on r.id = m.role_id
        where c.code = $1 order by m.created_at, m.id`,
      [code],
    );
    return r.rows;
  } finally {
    await su.end();
  }
}

describe('the users page (one statement, plain rows)', () => {
  const USERS_QUERY = '{ users { id active createdAt user { id email displayName totpEnabled lastLoginAt } role { id name } } }';

  it('lists every membership of the company with its user and role, as in the tables, and no one else', async () => {
    const r = await admin.ok<{ users: Array<{ id: string; active: boolean; createdAt: string; user: { email: string; totpEnabled: boolean }; role: { id: string; name: string } }> }>(USERS_QUERY);
    const want = await membershipsInTables('ROSSI');
    expect(r.users.map((m) => [m.id, m.active, m.user.email, m.user.totpEnabled, m.role.id, m.role.name])).toEqual(
      want.map((w) => [w.id, w.active, w.email, w.totp_enabled, w.role_id, w.role_name]),
    );
    expect(r.users.map((m) => m.user.email)).not.toContain(USERS.vdbergAdmin);
    expect(new Date(r.users[0].createdAt).getTime()).not.toBeNaN();
  });

  it('keeps a disabled membership in the list, marked inactive', async () => {
    const before = await admin.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    const marco = before.users.find((m) => m.user.email === USERS.rossiAgent)!;
    await admin.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id active } }', { id: marco.id });
    const after = await admin.ok<{ users: Array<{ id: string; active: boolean }> }>('{ users { id active } }');
    expect(after.users.find((m) => m.id === marco.id)).toEqual({ id: marco.id, active: false });
    expect(after.users).toHaveLength(before.users.length);
  });
});
