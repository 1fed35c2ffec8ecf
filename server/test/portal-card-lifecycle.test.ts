import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { CREATE_GRANT, invitedPortalUser, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/**
 * The portal's part in a client card's life cycle (clients/README "Extending the card"): a merge moves the
 * card's portal threads and grant links to the card it goes into, an erasure takes them away, the GDPR
 * export lists them.
 */
let t: TestPlatform;
let mailbox: Mailbox;
let su: pg.Client;
let agent: GqlClient;
let admin: GqlClient;
let portal: PortalClient;
let kept: string;
let merged: string;
let both: { id: string };
let onlyMerged: { id: string };

const START = 'mutation($i: PortalStartThreadInput!) { portalStartThread(input: $i) { id clientId } }';
const GRANT = 'query($id: ID!) { portalGrant(id: $id) { clients { id } } }';
const cardThreads = async (clientId: string) =>
  (await agent.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { subject messages { body } } }', { c: clientId })).clientPortalThreads as Array<{ subject: string; messages: Array<{ body: string }> }>;
const rows = async (table: string, clientId: string) => Number((await su.query(`select count(*) as n from ${table} where client_id = $1`, [clientId])).rows[0].n);
const exported = async (clientId: string) => {
  const r = await admin.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: clientId });
  return JSON.stringify(JSON.parse(Buffer.from(r.exportClientData.base64, 'base64').toString('utf8')));
};

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  admin = await signedIn(t, USERS.rossiAdmin);
  kept = (await createClient(agent, italianPerson())).id;
  merged = (await createClient(agent, italianPerson())).id;
  both = (await agent.ok(CREATE_GRANT, { i: { name: 'Both cards', clientIds: [kept, merged] } })).createPortalGrant;
  onlyMerged = (await agent.ok(CREATE_GRANT, { i: { name: 'The duplicate card', clientIds: [merged] } })).createPortalGrant;
  portal = await invitedPortalUser(t, mailbox, agent, onlyMerged.id, 'lifecycle@example.com');
  await portal.ok(START, { i: { clientId: merged, subject: 'Address change', body: 'We moved to Via Verdi 3.' } });
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe("the portal's part in a card's life cycle", () => {
  it('moves the portal threads and grant links of a merged card to the card it is merged into (one link where a grant covered both)', async () => {
    expect(await exported(merged)).toContain('We moved to Via Verdi 3.');
    await agent.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: merged, t: kept });
    expect((await cardThreads(kept)).map((th) => [th.subject, th.messages[0].body])).toEqual([['Address change', 'We moved to Via Verdi 3.']]);
    expect((await agent.ok(GRANT, { id: both.id })).portalGrant.clients).toEqual([{ id: kept }]);
    expect((await agent.ok(GRANT, { id: onlyMerged.id })).portalGrant.clients).toEqual([{ id: kept }]);
    expect(await rows('portal_grant_client', merged)).toBe(0);
    // the client goes on writing in the same thread, now on the kept card
    const { portalThreads } = await portal.ok('{ portalThreads { clientId subject } }');
    expect(portalThreads).toEqual([{ clientId: kept, subject: 'Address change' }]);
  });

  it("erases the card's portal messages and takes it out of its grants; the export before listed them", async () => {
    expect(await exported(kept)).toContain('We moved to Via Verdi 3.');
    await admin.ok(`mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id } }`, { id: kept, r: 'Request 2026/118' });
    expect(await rows('portal_thread', kept)).toBe(0);
    expect(Number((await su.query(`select count(*) as n from portal_message where body like '%Via Verdi 3%'`)).rows[0].n)).toBe(0);
    expect(await rows('portal_grant_client', kept)).toBe(0);
    expect((await portal.ok('{ portalThreads { id } }')).portalThreads).toEqual([]);
  });
});
