import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, clientsWithPolicies, invitedPortalUser, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/** PO-7: staff start a thread with a client from the client card (portal:edit); the client reads it on the portal. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let one: PortalClient;
let two: PortalClient;
let other: PortalClient;
let rossi: Awaited<ReturnType<typeof clientsWithPolicies>>;
const START = 'mutation($c: ID!, $s: String!, $b: String!) { startClientPortalThread(clientId: $c, subject: $s, body: $b) { id clientId subject messages { author authorName body } } }';
const REPLY = 'mutation($t: ID!, $b: String!) { replyPortalThread(threadId: $t, body: $b) { id } }';
const POST = 'mutation($t: ID!, $b: String!) { portalPostMessage(threadId: $t, body: $b) { id messages { author body } } }';
const THREADS = '{ portalThreads { id subject messages { author authorName body } } }';
const counts = async () => {
  const r = await su.query('select (select count(*) from portal_thread) as threads, (select count(*) from portal_message) as messages');
  return { threads: Number(r.rows[0].threads), messages: Number(r.rows[0].messages) };
};

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  rossi = await clientsWithPolicies(su, 'ROSSI', 2);
  // two grants cover client 0 (a family member and the client), a third grant covers client 1 only
  const g1 = (await agent.ok(CREATE_GRANT, { i: { name: 'Staff thread one', clientIds: [rossi[0].clientId] } })).createPortalGrant;
  const g2 = (await agent.ok(CREATE_GRANT, { i: { name: 'Staff thread two', clientIds: [rossi[0].clientId, rossi[1].clientId] } })).createPortalGrant;
  const g3 = (await agent.ok(CREATE_GRANT, { i: { name: 'Staff thread other', clientIds: [rossi[1].clientId] } })).createPortalGrant;
  one = await invitedPortalUser(t, mailbox, agent, g1.id, 'staff.thread.one@example.com');
  two = await invitedPortalUser(t, mailbox, agent, g2.id, 'staff.thread.two@example.com');
  other = await invitedPortalUser(t, mailbox, agent, g3.id, 'staff.thread.other@example.com');
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('staff start a portal thread from the client card', () => {
  it('staff start a thread and every portal account whose grant covers the client reads it and can answer; others do not see it', async () => {
    const thread = (await agent.ok(START, { c: rossi[0].clientId, s: '  Your renewal  ', b: 'Your car policy renews next month: any changes?' })).startClientPortalThread;
    expect(thread).toMatchObject({ clientId: rossi[0].clientId, subject: 'Your renewal', messages: [{ author: 'staff', body: 'Your car policy renews next month: any changes?' }] });
    expect(thread.messages[0].authorName).toBeTruthy();
    const onCard = (await agent.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { id subject } }', { c: rossi[0].clientId })).clientPortalThreads;
    expect(onCard).toEqual([{ id: thread.id, subject: 'Your renewal' }]);
    for (const reader of [one, two]) {
      const mine = (await reader.ok(THREADS)).portalThreads;
      expect(mine.map((x: { id: string }) => x.id)).toContain(thread.id);
      expect(mine.find((x: { id: string }) => x.id === thread.id).messages).toEqual([{ author: 'staff', authorName: thread.messages[0].authorName, body: 'Your car policy renews next month: any changes?' }]);
    }
    expect((await other.ok(THREADS)).portalThreads.map((x: { id: string }) => x.id)).not.toContain(thread.id);
    expect(await other.code(POST, { t: thread.id, b: 'Not mine.' })).toBe('NOT_FOUND');
    const answered = (await one.ok(POST, { t: thread.id, b: 'No changes, thank you.' })).portalPostMessage;
    expect(answered.messages.map((m: { author: string }) => m.author)).toEqual(['staff', 'client']);
  });

  it("refuses another company's client as NOT_FOUND and saves nothing", async () => {
    const before = await counts();
    const vdAgent = await signedIn(t, USERS.vdbergAgent);
    expect(await vdAgent.code(START, { c: rossi[0].clientId, s: 'Intrude', b: 'Hello' })).toBe('NOT_FOUND');
    const vd = await clientsWithPolicies(su, 'VDBERG', 1);
    expect(await agent.code(START, { c: vd[0].clientId, s: 'Intrude', b: 'Hello' })).toBe('NOT_FOUND');
    expect(await agent.code(START, { c: '00000000-0000-4000-8000-000000000000', s: 'Nobody', b: 'Hello' })).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty, too long or NUL subject or message as BAD_USER_INPUT naming the field, and saves nothing', async () => {
    const before = await counts();
    const fields = async (s: string, b: string) => {
      const r = await agent.gql(START, { c: rossi[0].clientId, s, b });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
    };
    expect(await fields(' ', '')).toEqual(['body:required', 'subject:required']);
    expect(await fields('x'.repeat(201), 'ok')).toEqual(['subject:too_long']);
    expect(await fields('ok', 'y'.repeat(5001))).toEqual(['body:too_long']);
    expect(await fields('bad\u0000subject', 'ok')).toEqual(['subject:invalid_characters']);
    expect(await fields('ok', 'bad\u0000body')).toEqual(['body:invalid_characters']);
    expect(await counts()).toEqual(before);
  });

  it('lets staff with portal view but not portal edit read the threads and refuses them starting or answering one: FORBIDDEN, nothing saved', async () => {
    const admin = await signedIn(t, USERS.rossiAdmin);
    const role = (await admin.ok('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Portal readers', rights: ['base:view', 'clients:view', 'portal:view'] } })).createRole;
    const members = (await admin.ok('{ users { id user { email } } }')).users as Array<{ id: string; user: { email: string } }>;
    await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: members.find((m) => m.user.email === USERS.rossiAccountant)!.id, r: role.id });
    const reader = await signedIn(t, USERS.rossiAccountant);
    const threads = (await reader.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { id } }', { c: rossi[0].clientId })).clientPortalThreads;
    expect(threads.length).toBeGreaterThan(0);
    const before = await counts();
    expect(await reader.code(REPLY, { t: threads[0].id, b: 'I may only read.' })).toBe('FORBIDDEN');
    expect(await reader.code(START, { c: rossi[0].clientId, s: 'Hello', b: 'I may only read.' })).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});
