import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshTotp, startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { clientsWithPolicies, CREATE_GRANT, HOME, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/**
 * The portal's staff operations that show a client's data beyond the grant need that data's rights too:
 * the changes list shows the card's current values (clients:view); "view as" opens the client's portal,
 * which shows the card, the shared contracts and their claims (clients, policies and claims: view).
 * A custom role with the portal's rights alone is refused both (FORBIDDEN), before any row is read.
 *
 * A "view as" session lasts only while whoever opened it could open it again: once the staff member's
 * account is disabled, a right portalViewAs requires is taken from their role, their membership of the
 * company ends, or the staff session that opened it is signed out, the next portal request with the
 * view's token is refused as an ended session (UNAUTHENTICATED). And it stays ended: the change revokes
 * it at once (migration 0052, audited `view_as_end`), so giving the right, the role, the membership, the
 * account or the support access back — even before the view's next request — does not revive it; a
 * view opened afterwards works.
 */
let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let giulia: GqlClient;
let marco: GqlClient;

const VIEW_AS = 'mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }';
const CHANGES = '{ portalChanges { id } }';
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

/** Marco's (agent's) membership of Rossi, as the administrator's user list shows it. */
async function marcosMembership(): Promise<{ id: string; role: { id: string } }> {
  const members = (await giulia.ok('{ users { id role { id } user { email } } }')).users as Array<{ id: string; role: { id: string }; user: { email: string } }>;
  return members.find((u) => u.user.email === USERS.rossiAgent)!;
}

/** Marco (agent) with a role of these rights for the duration of `fn` (which is given the role's id). */
async function withRights(name: string, rights: string[], fn: (roleId: string) => Promise<void>): Promise<void> {
  const m = await marcosMembership();
  const role = (await giulia.ok('mutation($n: String!, $r: [String!]!) { createRole(input: { name: $n, rights: $r }) { id } }', { n: name, r: rights })).createRole.id;
  await giulia.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: m.id, r: role });
  try {
    await fn(role);
  } finally {
    await giulia.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: m.id, r: m.role.id });
  }
}

describe("the portal's staff operations that show a client's data", () => {
  it('refuses "view as" and the changes list to a role with the portal\'s rights alone', async () => {
    await withRights('Portal desk', ['portal:view', 'portal:edit'], async () => {
      expect(await marco.code(VIEW_AS, { id: NO_SUCH })).toBe('FORBIDDEN');
      expect(await marco.code(CHANGES)).toBe('FORBIDDEN');
    });
  });

  it('refuses "view as" without the claims right, and lets the changes list through with the card\'s right', async () => {
    await withRights('Portal and cards', ['portal:view', 'portal:edit', 'clients:view', 'policies:view'], async () => {
      expect(await marco.code(VIEW_AS, { id: NO_SUCH })).toBe('FORBIDDEN');
      expect(Array.isArray((await marco.ok(CHANGES)).portalChanges)).toBe(true);
    });
  });

  it('lets a role with the portal, card, contract and claim rights past the rule (an unknown grant user is then NOT_FOUND)', async () => {
    await withRights('Portal full view', ['portal:view', 'clients:view', 'policies:view', 'claims:view'], async () => {
      expect(await marco.code(VIEW_AS, { id: NO_SUCH })).toBe('NOT_FOUND');
    });
  });
});

describe('a "view as" session after its opener lost the right to open it', () => {
  const VIEW_RIGHTS = ['portal:view', 'clients:view', 'policies:view', 'claims:view'];
  let member: string;
  let user: PortalClient;

  beforeAll(async () => {
    const [c] = await clientsWithPolicies(su, 'ROSSI', 1);
    const grant = (await marco.ok(CREATE_GRANT, { i: { name: 'Viewed after revocation', clientIds: [c.clientId] } })).createPortalGrant;
    user = await invitedPortalUser(t, mailbox, marco, grant.id, 'viewed.revoked@example.com');
    member = (await marco.ok('query($id: ID!) { portalGrant(id: $id) { users { id } } }', { id: grant.id })).portalGrant.users[0].id;
  });

  /** `staff` opens the portal as the grant's user: the browser tab of the view, with its bearer token. */
  async function viewAs(staff: GqlClient): Promise<PortalClient> {
    const view = portalClient(t);
    view.bearer = (await staff.ok(VIEW_AS, { id: member })).portalViewAs.token;
    return view;
  }

  it('keeps working while nothing changed, request after request, and shows what the user sees', async () => {
    const view = await viewAs(marco);
    const home = (await view.ok(HOME)).portalHome;
    expect(home).toEqual((await user.ok(HOME)).portalHome);
    expect((await view.ok(HOME)).portalHome).toEqual(home);
    expect((await view.ok('{ portalMe { email readOnly } }')).portalMe).toEqual({ email: 'viewed.revoked@example.com', readOnly: true });
  });

  it('is refused (UNAUTHENTICATED) once the staff member\'s account is disabled', async () => {
    const view = await viewAs(marco);
    expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
    await su.query('update app_user set disabled = true where email = $1', [USERS.rossiAgent]);
    try {
      expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
      expect((await view.ok('{ portalMe { email } }')).portalMe).toBeNull();
    } finally {
      await su.query('update app_user set disabled = false where email = $1', [USERS.rossiAgent]);
    }
    // the user's own session is not touched
    expect((await user.ok(HOME)).portalHome.clients).toHaveLength(1);
  });

  it("is refused (UNAUTHENTICATED) once the staff member's role loses policies:view", async () => {
    await withRights('Portal viewer, then less', VIEW_RIGHTS, async (roleId) => {
      const view = await viewAs(marco);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      await giulia.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', {
        id: roleId,
        n: 'Portal viewer, then less',
        r: VIEW_RIGHTS.filter((r) => r !== 'policies:view'),
      });
      expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
    });
  });

  it('is refused (UNAUTHENTICATED) once the administrator deactivates the staff member in the company', async () => {
    const view = await viewAs(marco);
    expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
    const m = await marcosMembership();
    await giulia.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id } }', { id: m.id });
    try {
      expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
    } finally {
      await giulia.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: true }) { id } }', { id: m.id });
    }
  });

  const UPDATE_ROLE = 'mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }';
  const UPDATE_MEMBERSHIP = 'mutation($id: ID!, $i: UpdateMembershipInput!) { updateMembership(id: $id, input: $i) { id } }';

  /** The old view is refused as ended (UNAUTHENTICATED, no portal user), a view opened now by `staff` works. */
  async function staysEnded(view: PortalClient, staff: GqlClient = marco): Promise<void> {
    expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
    expect((await view.ok('{ portalMe { email } }')).portalMe).toBeNull();
    const fresh = await viewAs(staff);
    expect((await fresh.ok(HOME)).portalHome.clients).toHaveLength(1);
    expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
  }

  /** The `view_as_end` audit rows of the viewed user, newest first. */
  async function viewEnds(): Promise<Array<{ channel: string; user_email: string | null; role_name: string | null; after: Record<string, unknown> }>> {
    const r = await su.query(
      `select a.channel, a.user_email, a.role_name, a.after from audit_event a join portal_user u on u.id::text = a.entity_id
        where a.action = 'view_as_end' and a.entity_type = 'PortalUser' and u.email = 'viewed.revoked@example.com' order by a.company_id, a.seq desc`,
    );
    return r.rows;
  }

  it('stays ended when the right is given back before its next request, audited as ended by the administrator; a new view works', async () => {
    await withRights('Portal viewer, taken and given back', VIEW_RIGHTS, async (roleId) => {
      const view = await viewAs(marco);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      const endsBefore = (await viewEnds()).length;
      await giulia.ok(UPDATE_ROLE, { id: roleId, n: 'Portal viewer, taken and given back', r: VIEW_RIGHTS.filter((r) => r !== 'claims:view') });
      await giulia.ok(UPDATE_ROLE, { id: roleId, n: 'Portal viewer, taken and given back', r: VIEW_RIGHTS });
      await staysEnded(view);
      const ends = await viewEnds();
      expect(ends.length).toBeGreaterThan(endsBefore);
      expect(ends[0]).toMatchObject({ channel: 'staff', user_email: USERS.rossiAdmin, after: { reason: 'role', user: USERS.rossiAgent, email: 'viewed.revoked@example.com' } });
      expect(ends[0].role_name).toBeTruthy();
    });
  });

  it("stays ended when the staff member's membership gets a role without the right and then their role back", async () => {
    await withRights('Portal viewer, moved away and back', VIEW_RIGHTS, async (roleId) => {
      const lesser = (await giulia.ok('mutation($n: String!, $r: [String!]!) { createRole(input: { name: $n, rights: $r }) { id } }', {
        n: 'Portal desk only',
        r: ['portal:view', 'portal:edit'],
      })).createRole.id;
      const m = await marcosMembership();
      const view = await viewAs(marco);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      await giulia.ok(UPDATE_MEMBERSHIP, { id: m.id, i: { roleId: lesser } });
      await giulia.ok(UPDATE_MEMBERSHIP, { id: m.id, i: { roleId } });
      await staysEnded(view);
      expect((await viewEnds())[0].after).toMatchObject({ reason: 'membership', user: USERS.rossiAgent });
    });
  });

  it('stays ended when the staff member is deactivated in the company and activated again', async () => {
    const view = await viewAs(marco);
    expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
    const m = await marcosMembership();
    await giulia.ok(UPDATE_MEMBERSHIP, { id: m.id, i: { active: false } });
    await giulia.ok(UPDATE_MEMBERSHIP, { id: m.id, i: { active: true } });
    await staysEnded(view);
  });

  it("stays ended when the staff member's account is disabled and enabled again (outside the application: audited as the system)", async () => {
    const view = await viewAs(marco);
    expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
    await su.query('update app_user set disabled = true where email = $1', [USERS.rossiAgent]);
    await su.query('update app_user set disabled = false where email = $1', [USERS.rossiAgent]);
    await staysEnded(view);
    expect((await viewEnds())[0]).toMatchObject({ channel: 'system', user_email: null, after: { reason: 'user', user: USERS.rossiAgent } });
    // the user's own session is not touched
    expect((await user.ok(HOME)).portalHome.clients).toHaveLength(1);
  });

  it("stays ended for the operator when the support access is revoked and granted again, the same staff session back in the company", async () => {
    const GRANT = 'mutation($c: String!) { grantSupportAccess(input: { hours: 1, reason: "Portal check", totpCode: $c }) { id } }';
    const REVOKE = 'mutation($id: ID!) { revokeSupportAccess(id: $id) { id } }';
    const rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id as string;
    const operator = await signedIn(t, USERS.operator);
    const enter = async () => expect((await operator.ok('mutation($id: ID!) { switchCompany(companyId: $id) { channel } }', { id: rossi })).switchCompany.channel).toBe('operator');
    const first = (await giulia.ok(GRANT, { c: await freshTotp(USERS.rossiAdmin) })).grantSupportAccess.id;
    try {
      await enter();
      const view = await viewAs(operator);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      await giulia.ok(REVOKE, { id: first });
      const second = (await giulia.ok(GRANT, { c: await freshTotp(USERS.rossiAdmin) })).grantSupportAccess.id;
      try {
        await enter();
        await staysEnded(view, operator);
        // ended by the revocation (the operator's session losing the grant): audited as the administrator's
        expect((await viewEnds())[0]).toMatchObject({ channel: 'staff', user_email: USERS.rossiAdmin, after: { user: USERS.operator } });
      } finally {
        await giulia.ok(REVOKE, { id: second });
      }
    } finally {
      await su.query('update support_grant set revoked_at = coalesce(revoked_at, now()) where id = $1', [first]);
    }
  });

  it("is refused for the operator once the administrator who granted the support access may no longer grant (disabled outside the application)", async () => {
    const GRANT = 'mutation($c: String!) { grantSupportAccess(input: { hours: 1, reason: "Portal check", totpCode: $c }) { id } }';
    const rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id as string;
    const operator = await signedIn(t, USERS.operator);
    const grant = (await giulia.ok(GRANT, { c: await freshTotp(USERS.rossiAdmin) })).grantSupportAccess.id;
    try {
      await operator.ok('mutation($id: ID!) { switchCompany(companyId: $id) { channel } }', { id: rossi });
      const view = await viewAs(operator);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      await su.query(`update app_user set disabled = true where email = $1`, [USERS.rossiAdmin]);
      try {
        // the grant gives nothing while its administrator may not grant (0051), and so neither does the view
        expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
        expect(await operator.code('{ clients(first: 1) { total } }')).toBe('FORBIDDEN');
      } finally {
        await su.query(`update app_user set disabled = false where email = $1`, [USERS.rossiAdmin]);
      }
    } finally {
      await su.query('update support_grant set revoked_at = coalesce(revoked_at, now()) where id = $1', [grant]);
    }
  });

  it("stays ended for the operator when the administrator who granted the support access is disabled and enabled again outside the application (the grant ended with it)", async () => {
    const GRANT = 'mutation($c: String!) { grantSupportAccess(input: { hours: 1, reason: "Portal check", totpCode: $c }) { id } }';
    const rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id as string;
    const operator = await signedIn(t, USERS.operator);
    const grant = (await giulia.ok(GRANT, { c: await freshTotp(USERS.rossiAdmin) })).grantSupportAccess.id;
    try {
      await operator.ok('mutation($id: ID!) { switchCompany(companyId: $id) { channel } }', { id: rossi });
      const view = await viewAs(operator);
      expect((await view.ok(HOME)).portalHome.clients).toHaveLength(1);
      try {
        await su.query(`update app_user set disabled = true where email = $1`, [USERS.rossiAdmin]);
      } finally {
        await su.query(`update app_user set disabled = false where email = $1`, [USERS.rossiAdmin]);
      }
      // the grant ended at the change (migration 0056), and the view resting on it with it: nothing revives
      expect((await su.query('select revoked_reason from support_grant where id = $1', [grant])).rows[0].revoked_reason).toBe('grantor_lost_authority');
      expect(await view.code(HOME)).toBe('UNAUTHENTICATED');
      expect(await operator.code('{ clients(first: 1) { total } }')).toBe('FORBIDDEN');
      expect((await viewEnds())[0]).toMatchObject({ channel: 'system', user_email: null, after: { reason: 'support_grant', user: USERS.operator } });
    } finally {
      await su.query('update support_grant set revoked_at = coalesce(revoked_at, now()) where id = $1', [grant]);
    }
  });

  it('is refused (UNAUTHENTICATED) once the staff session that opened it is signed out; a view opened from another session goes on', async () => {
    const otherTab = await signedIn(t, USERS.rossiAgent);
    const ended = await viewAs(otherTab);
    const going = await viewAs(marco);
    expect((await ended.ok(HOME)).portalHome.clients).toHaveLength(1);
    expect(await otherTab.ok('mutation { logout }')).toEqual({ logout: true });
    expect(await ended.code(HOME)).toBe('UNAUTHENTICATED');
    expect((await going.ok(HOME)).portalHome.clients).toHaveLength(1);
  });
});
