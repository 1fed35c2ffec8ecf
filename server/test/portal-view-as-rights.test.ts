import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
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
 * view's token is refused as an ended session (UNAUTHENTICATED).
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
