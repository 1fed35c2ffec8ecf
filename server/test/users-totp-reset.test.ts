import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';

/**
 * Resetting a member's second factor (BASE-5) as administrators do it: the second factor is the person's,
 * for every company they work for, so an administrator of one company may reset it only for someone
 * who works for no company the administrator does not administer. Elena works for ROSSI (agent) and for
 * VDBERG (read only); Giulia administers ROSSI, Pieter VDBERG.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator
let pieter: GqlClient; // VDBERG administrator

const RESET = 'mutation($id: ID!) { resetUserTotp(id: $id) { id user { email } } }';
type Members = { users: Array<{ id: string; user: { email: string } }> };
const membershipOf = async (admin: GqlClient, email: string) => (await admin.ok<Members>('{ users { id user { email } } }')).users.find((m) => m.user.email === email)!.id;

/** The user's sessions still open (superuser, outside the app). */
async function openSessions(email: string): Promise<number> {
  const su = await t.superuser();
  try {
    const r = await su.query(`select count(*)::int as n from user_session s join app_user u on u.id = s.user_id where u.email = $1 and s.revoked_at is null`, [email]);
    return r.rows[0].n;
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, pieter] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.vdbergAdmin)]);
});
afterAll(async () => t?.stop());

describe("resetting the second factor of a person who also works for another company", () => {
  it("refuses the administrator of one company (FORBIDDEN, NOT_ADMIN_OF_EVERY_COMPANY), in either company, and changes nothing: the person stays signed in", async () => {
    const elena = await signedIn(t, USERS.both);
    const sessions = await openSessions(USERS.both);
    expect(sessions).toBeGreaterThan(0);
    for (const admin of [giulia, pieter]) {
      const r = await admin.gql(RESET, { id: await membershipOf(admin, USERS.both) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ADMIN_OF_EVERY_COMPANY' });
      // the other company is not named
      expect(r.errors?.[0]?.message).not.toMatch(/VDBERG|ROSSI|Rossi|Berg/);
      expect(r.data?.resetUserTotp ?? null).toBeNull();
    }
    expect(await openSessions(USERS.both)).toBe(sessions);
    expect((await elena.ok('{ me { user { email } } }')).me.user.email).toBe(USERS.both);
  });

  it('still lets the administrator reset someone who works for their company only', async () => {
    const marco = await signedIn(t, USERS.rossiAgent);
    expect((await giulia.ok(RESET, { id: await membershipOf(giulia, USERS.rossiAgent) })).resetUserTotp.user.email).toBe(USERS.rossiAgent);
    expect((await marco.ok('{ me { user { email } } }')).me).toBeNull();
  });

  it('lets an administrator of both companies reset it: the person is signed out everywhere', async () => {
    const elena = await signedIn(t, USERS.both);
    // VDBERG makes Giulia one of its administrators too
    const { roles } = await pieter.ok<{ roles: Array<{ id: string; rights: string[] }> }>('{ roles { id rights } }');
    const admins = roles.find((r) => r.rights.includes('base:edit') && r.rights.includes('base:create'))!;
    await pieter.ok('mutation($r: ID!, $e: String!) { inviteUser(input: { email: $e, displayName: "Giulia Rossi", roleId: $r }) { id } }', { r: admins.id, e: USERS.rossiAdmin });
    expect((await giulia.ok(RESET, { id: await membershipOf(giulia, USERS.both) })).resetUserTotp.user.email).toBe(USERS.both);
    expect(await openSessions(USERS.both)).toBe(0);
    expect((await elena.ok('{ me { user { email } } }')).me).toBeNull();
  });
});

describe('the database function behind it (app_member_companies_not_administered, migration 0049)', () => {
  it('answers only an administrator of the active company about one of its memberships, with a count, and gives the user scope back', async () => {
    const su = await t.superuser();
    const id = async (sql: string, args: unknown[]) => (await su.query(sql, args)).rows[0].id as string;
    const app = new pg.Client({ connectionString: t.urls.appUrl });
    await app.connect();
    try {
      const rossi = await id(`select id from company where code = 'ROSSI'`, []);
      const user = (email: string) => id(`select id from app_user where email = $1`, [email]);
      const membership = (code: string, email: string) =>
        id(`select m.id from membership m join company c on c.id = m.company_id join app_user u on u.id = m.user_id where c.code = $1 and u.email = $2`, [code, email]);
      const ask = async (userId: string, membershipId: string) => {
        await app.query('begin');
        try {
          await app.query(`select set_config('app.company_id', $1, true), set_config('app.user_id', $2, true)`, [rossi, userId]);
          const n = (await app.query('select app_member_companies_not_administered($1) as n', [membershipId])).rows[0].n;
          const after = (await app.query('select app_current_user() as u')).rows[0].u;
          return [n, after === userId];
        } finally {
          await app.query('rollback');
        }
      };
      const [giuliaId, marcoId] = [await user(USERS.rossiAdmin), await user(USERS.rossiAgent)];
      const elenaInRossi = await membership('ROSSI', USERS.both);
      // Giulia administers both companies by now (the test above): nothing left; Marco administers nothing
      expect(await ask(giuliaId, elenaInRossi)).toEqual([0, true]);
      expect(await ask(marcoId, elenaInRossi)).toEqual([null, true]);
      // a membership of another company than the active one: no answer
      expect(await ask(giuliaId, await membership('VDBERG', USERS.both))).toEqual([null, true]);
      // Giulia's VDBERG membership disabled: she no longer administers VDBERG, where Elena works
      await su.query(`update membership set active = false where user_id = $1 and company_id = (select id from company where code = 'VDBERG')`, [giuliaId]);
      try {
        expect(await ask(giuliaId, elenaInRossi)).toEqual([1, true]);
      } finally {
        await su.query(`update membership set active = true where user_id = $1 and company_id = (select id from company where code = 'VDBERG')`, [giuliaId]);
      }
    } finally {
      await app.end();
      await su.end();
    }
  });
});
