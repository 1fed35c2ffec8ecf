import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';

/**
 * The portal's staff operations that show a client's data beyond the grant need that data's rights too:
 * the changes list shows the card's current values (clients:view); "view as" opens the client's portal,
 * which shows the card, the shared contracts and their claims (clients, policies and claims: view).
 * A custom role with the portal's rights alone is refused both (FORBIDDEN), before any row is read.
 */
let t: TestPlatform;
let giulia: GqlClient;
let marco: GqlClient;

const VIEW_AS = 'mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }';
const CHANGES = '{ portalChanges { id } }';
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
});
afterAll(async () => t?.stop());

/** Marco (agent) with a role of these rights for the duration of `fn`. */
async function withRights(name: string, rights: string[], fn: () => Promise<void>): Promise<void> {
  const members = (await giulia.ok('{ users { id role { id } user { email } } }')).users as Array<{ id: string; role: { id: string }; user: { email: string } }>;
  const m = members.find((u) => u.user.email === USERS.rossiAgent)!;
  const role = (await giulia.ok('mutation($n: String!, $r: [String!]!) { createRole(input: { name: $n, rights: $r }) { id } }', { n: name, r: rights })).createRole.id;
  await giulia.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: m.id, r: role });
  try {
    await fn();
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
