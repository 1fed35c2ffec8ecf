import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, clientsWithPolicies, invitedPortalUser, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/** PO-7: a thread per case between a client and the agency; staff answer from the client card. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let one: PortalClient;
let two: PortalClient;
let rossi: Awaited<ReturnType<typeof clientsWithPolicies>>;
const START = 'mutation($i: PortalStartThreadInput!) { portalStartThread(input: $i) { id clientId subject messages { author authorName body } } }';
const POST = 'mutation($t: ID!, $b: String!) { portalPostMessage(threadId: $t, body: $b) { id messages { author body } } }';
const THREADS = '{ portalThreads { id subject messages { author authorName body } } }';
const messages = async () => Number((await su.query('select count(*) as n from portal_message')).rows[0].n);

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  rossi = await clientsWithPolicies(su, 'ROSSI', 2);
  const g1 = (await agent.ok(CREATE_GRANT, { i: { name: 'Thread one', clientIds: [rossi[0].clientId] } })).createPortalGrant;
  const g2 = (await agent.ok(CREATE_GRANT, { i: { name: 'Thread two', clientIds: [rossi[1].clientId] } })).createPortalGrant;
  one = await invitedPortalUser(t, mailbox, agent, g1.id, 'thread.one@example.com');
  two = await invitedPortalUser(t, mailbox, agent, g2.id, 'thread.two@example.com');
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('messages with the agency', () => {
  it('lets a client start a thread and staff answer it from the client card; the client sees the answer', async () => {
    const thread = (await one.ok(START, { i: { clientId: rossi[0].clientId, subject: 'New car', body: 'I bought a new car, what do I need?' } })).portalStartThread;
    expect(thread.messages).toEqual([{ author: 'client', authorName: 'thread.one', body: 'I bought a new car, what do I need?' }]);
    const onCard = (await agent.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { id subject } }', { c: rossi[0].clientId })).clientPortalThreads;
    expect(onCard.map((x: { id: string }) => x.id)).toEqual([thread.id]);
    await agent.ok('mutation($t: ID!, $b: String!) { replyPortalThread(threadId: $t, body: $b) { id } }', { t: thread.id, b: 'Send us the registration certificate.' });
    await one.ok(POST, { t: thread.id, b: 'Here it is.' });
    const mine = (await one.ok(THREADS)).portalThreads;
    expect(mine[0].messages.map((m: { author: string }) => m.author)).toEqual(['client', 'staff', 'client']);
  });

  it('keeps threads of another grant\'s client and another company apart: NOT_FOUND, nothing posted', async () => {
    const thread = (await one.ok(START, { i: { clientId: rossi[0].clientId, subject: 'Private', body: 'Only for my agent.' } })).portalStartThread;
    const before = await messages();
    expect((await two.ok(THREADS)).portalThreads).toEqual([]);
    expect(await two.code(POST, { t: thread.id, b: 'Hello?' })).toBe('NOT_FOUND');
    expect(await two.code(START, { i: { clientId: rossi[0].clientId, subject: 'Intrude', body: 'x' } })).toBe('NOT_FOUND');
    const vd = await clientsWithPolicies(su, 'VDBERG', 1);
    expect(await one.code(START, { i: { clientId: vd[0].clientId, subject: 'Intrude', body: 'x' } })).toBe('NOT_FOUND');
    const vdAgent = await signedIn(t, USERS.vdbergAgent);
    expect(await vdAgent.code('mutation($t: ID!, $b: String!) { replyPortalThread(threadId: $t, body: $b) { id } }', { t: thread.id, b: 'x' })).toBe('NOT_FOUND');
    expect(await vdAgent.code('query($c: ID!) { clientPortalThreads(clientId: $c) { id } }', { c: rossi[0].clientId })).toBe('NOT_FOUND');
    expect(await messages()).toBe(before);
  });

  it('refuses an empty subject or message naming the field, and saves nothing', async () => {
    const before = await messages();
    const r = await one.gql(START, { i: { clientId: rossi[0].clientId, subject: ' ', body: '' } });
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual(['body', 'subject']);
    expect(await messages()).toBe(before);
  });

  it('announces the Portal messages tab on the client card, counting its threads, only to staff with portal view', async () => {
    const TABS = 'query($id: ID!) { client(id: $id) { panelTabs { key count } } }';
    const c = rossi[1].clientId;
    const tab = async (who: GqlClient) => (await who.ok(TABS, { id: c })).client.panelTabs.find((x: { key: string }) => x.key === 'portalMessages');
    expect(await tab(agent)).toEqual({ key: 'portalMessages', count: 0 });
    await two.ok(START, { i: { clientId: c, subject: 'Address', body: 'I moved house.' } });
    expect(await tab(agent)).toEqual({ key: 'portalMessages', count: 1 });
    const accountant = await signedIn(t, USERS.rossiAccountant);
    expect(await tab(accountant)).toBeUndefined();
    expect(await accountant.code('query($c: ID!) { clientPortalThreads(clientId: $c) { id } }', { c })).toBe('FORBIDDEN');
  });
});
