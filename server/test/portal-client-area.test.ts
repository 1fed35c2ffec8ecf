import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, PORTAL_PASSWORD, clientsWithPolicies, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/** PO-2, PO-3: the client area changes the card's data areas — at once, or queued for staff's review. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let portal: PortalClient;
let mine: string;
let other: string;
const email = 'area.user@example.com';

const CARD = 'query($c: ID!) { portalCard(clientId: $c) { id addresses { id kind line1 postalCode city province country } pendingAreas } }';
const CHANGE = 'mutation($c: ID!, $i: PortalCardChangeInput!) { portalChangeCard(clientId: $c, input: $i) { id area status } }';
const CHANGES = '{ portalChanges { id clientId area status enteredBy diff { field before after } } }';

const count = async (table: string) => Number((await su.query(`select count(*) as n from ${table}`)).rows[0].n);

const addressesOf = async (clientId: string) =>
  (await su.query<{ city: string }>('select city from client_address where client_id = $1 order by position, id', [clientId])).rows.map((r) => r.city);

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  const clients = await clientsWithPolicies(su, 'ROSSI', 2);
  [mine, other] = clients.map((c) => c.clientId);
  const g = (await agent.ok(CREATE_GRANT, { i: { name: 'Area', clientIds: [mine] } })).createPortalGrant;
  portal = await invitedPortalUser(t, mailbox, agent, g.id, email);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

/** The card's addresses as the portal shows them, with the first one moved to another city. */
async function movedAddresses(city: string) {
  const card = (await portal.ok(CARD, { c: mine })).portalCard;
  const rows = card.addresses.map((a: Record<string, string | null>) => ({ id: a.id, kind: String(a.kind).toUpperCase(), line1: a.line1, postalCode: a.postalCode, city: a.city, province: a.province, country: a.country }));
  if (!rows.length) rows.push({ id: null, kind: 'RESIDENCE', line1: 'Via Roma 1', postalCode: '20121', city, province: 'MI', country: 'IT' });
  else rows[0] = { ...rows[0], line1: 'Via Roma 1', postalCode: '20121', city, province: 'MI', country: 'IT' };
  return rows;
}

describe('controlled synchronization', () => {
  it('queues a change for review by default: the card keeps its data until staff approve; staff see the per-field diff; the audit trail names who entered and who approved', async () => {
    const before = await addressesOf(mine);
    // a city the card does not have yet (the client is any of the demo data's, ids are random)
    const city = before[0] === 'Milano' ? 'Bergamo' : 'Milano';
    const r = await portal.ok(CHANGE, { c: mine, i: { addresses: await movedAddresses(city) } });
    expect(r.portalChangeCard).toEqual([expect.objectContaining({ area: 'addresses', status: 'pending' })]);
    expect(await addressesOf(mine)).toEqual(before);
    expect((await portal.ok(CARD, { c: mine })).portalCard.pendingAreas).toEqual(['addresses']);
    const item = (await agent.ok(CHANGES)).portalChanges.find((c: { id: string }) => c.id === r.portalChangeCard[0].id);
    expect(item.enteredBy).toBe(email);
    expect(item.diff).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'addresses.0.city', after: city })]));
    const mailsBefore = mailbox.received.length;
    await agent.ok('mutation($id: ID!) { approvePortalChange(id: $id) }', { id: item.id });
    expect((await addressesOf(mine))[0]).toBe(city);
    await mailbox.waitFor(email, mailsBefore);
    const audit = await su.query<{ action: string; channel: string; user_email: string }>(
      `select action, channel, user_email from audit_event where entity_type = 'PortalChange' and entity_id = $1 order by seq`,
      [item.id],
    );
    expect(audit.rows).toEqual([
      { action: 'create', channel: 'portal', user_email: email },
      { action: 'update', channel: 'staff', user_email: USERS.rossiAgent },
    ]);
    // decided once
    expect(await agent.code('mutation($id: ID!) { approvePortalChange(id: $id) }', { id: item.id })).toBe('CONFLICT');
  });

  it('rejects a queued change with a message e-mailed to the client; the card stays as it was', async () => {
    const before = await addressesOf(mine);
    const r = await portal.ok(CHANGE, { c: mine, i: { addresses: await movedAddresses('Torino') } });
    const id = r.portalChangeCard[0].id;
    const empty = await agent.gql('mutation($id: ID!, $m: String!) { rejectPortalChange(id: $id, message: $m) }', { id, m: '  ' });
    expect(empty.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('message');
    const mailsBefore = mailbox.received.length;
    await agent.ok('mutation($id: ID!, $m: String!) { rejectPortalChange(id: $id, message: $m) }', { id, m: 'Please send a utility bill for the new address.' });
    const mail = await mailbox.waitFor(email, mailsBefore);
    expect(mail.text).toContain('Please send a utility bill for the new address.');
    expect(await addressesOf(mine)).toEqual(before);
  });

  it('applies a change at once when the company chose so, audited as entered by the portal user', async () => {
    expect((await agent.ok('mutation { setPortalSyncMode(mode: APPLY) }')).setPortalSyncMode).toBe('APPLY');
    // a city the card does not have now (the first test may have moved it to Bergamo or Milano)
    const city = (await addressesOf(mine))[0] === 'Brescia' ? 'Lecco' : 'Brescia';
    const lastSeq = (await su.query<{ seq: string }>(`select coalesce(max(seq), 0) as seq from audit_event`)).rows[0].seq;
    const r = await portal.ok(CHANGE, { c: mine, i: { addresses: await movedAddresses(city) } });
    expect(r.portalChangeCard[0].status).toBe('applied');
    expect((await addressesOf(mine))[0]).toBe(city);
    const audit = await su.query(
      `select channel, user_email from audit_event where entity_type = 'ClientAddress' and after->>'city' = $1 and seq > $2 order by seq`,
      [city, lastSeq],
    );
    expect(audit.rows).toEqual([{ channel: 'portal', user_email: email }]);
    await agent.ok('mutation { setPortalSyncMode(mode: REVIEW) }');
  });

  it('refuses a bad change naming the field, and queues nothing', async () => {
    const pending = Number((await su.query(`select count(*) as n from portal_change`)).rows[0].n);
    const rows = await movedAddresses('Como');
    rows[0] = { ...rows[0], postalCode: 'ABC' };
    const r = await portal.gql(CHANGE, { c: mine, i: { addresses: rows } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(/^addresses\.0\./);
    const foreignRow = await su.query<{ id: string }>('select id from client_address where client_id = $1 limit 1', [other]);
    if (foreignRow.rows[0]) {
      const stolen = await portal.gql(CHANGE, { c: mine, i: { addresses: [{ ...(await movedAddresses('Como'))[0], id: foreignRow.rows[0].id }] } });
      expect(stolen.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'addresses.0.id', reason: 'not_found' });
    }
    expect(Number((await su.query(`select count(*) as n from portal_change`)).rows[0].n)).toBe(pending);
  });

  it('answers NOT_FOUND for a client no grant of the user covers, and changes nothing', async () => {
    const before = await addressesOf(other);
    expect(await portal.code(CARD, { c: other })).toBe('NOT_FOUND');
    expect(await portal.code(CHANGE, { c: other, i: { addresses: await movedAddresses('Pavia') } })).toBe('NOT_FOUND');
    const { rows } = await su.query<{ id: string }>(`select c.id from client c join company co on co.id = c.company_id where co.code = 'VDBERG' limit 1`);
    expect(await portal.code(CARD, { c: rows[0].id })).toBe('NOT_FOUND');
    expect(await addressesOf(other)).toEqual(before);
    expect(Number((await su.query(`select count(*) as n from portal_change where client_id = $1`, [other])).rows[0].n)).toBe(0);
  });
});

describe('one pending change per row', () => {
  const pendingCount = async () => Number((await su.query(`select count(*) as n from portal_change where client_id = $1 and status = 'pending'`, [mine])).rows[0].n);

  /** The card's addresses as the portal shows them (one added at once, in APPLY mode, if the card has none). */
  async function addressRows() {
    if (!(await portal.ok(CARD, { c: mine })).portalCard.addresses.length) {
      await agent.ok('mutation { setPortalSyncMode(mode: APPLY) }');
      await portal.ok(CHANGE, { c: mine, i: { addresses: await movedAddresses('Lodi') } });
      await agent.ok('mutation { setPortalSyncMode(mode: REVIEW) }');
    }
    return movedAddresses((await addressesOf(mine))[0]);
  }

  it('refuses the same row id twice in one request naming the field, in either mode, and saves nothing', async () => {
    const rows = await addressRows();
    // the same address listed again as a second row (another kind, so only its id repeats)
    const twice = [...rows, { ...rows[0], kind: 'OTHER', line1: 'Via Dante 2', city: 'Monza', postalCode: '20900', province: 'MB' }];
    const before = { changes: await count('portal_change'), addresses: await addressesOf(mine) };
    for (const mode of ['REVIEW', 'APPLY']) {
      await agent.ok(`mutation { setPortalSyncMode(mode: ${mode}) }`);
      const r = await portal.gql(CHANGE, { c: mine, i: { addresses: twice } });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: `addresses.${rows.length}.id`, reason: 'duplicate' })]);
      expect(r.data?.portalChangeCard ?? null).toBeNull();
    }
    await agent.ok('mutation { setPortalSyncMode(mode: REVIEW) }');
    expect({ changes: await count('portal_change'), addresses: await addressesOf(mine) }).toEqual(before);
    expect((await portal.ok(CARD, { c: mine })).portalCard.pendingAreas).toEqual([]);
  });

  it("replaces the area's pending change by the later request: one pending change per area, the earlier one withdrawn (audited), other areas kept", async () => {
    const rows = await addressRows();
    const base = await pendingCount();
    const first = (await portal.ok(CHANGE, { c: mine, i: { addresses: [{ ...rows[0], city: 'Cremona', postalCode: '26100', province: 'CR' }, ...rows.slice(1)] } })).portalChangeCard[0];
    const contacts = (await portal.ok(CHANGE, { c: mine, i: { contacts: [] } })).portalChangeCard[0];
    expect(await pendingCount()).toBe(base + 2);
    // the client corrects the address while the first change waits: the same row again, another value
    const second = (await portal.ok(CHANGE, { c: mine, i: { addresses: [{ ...rows[0], city: 'Mantova', postalCode: '46100', province: 'MN' }, ...rows.slice(1)] } })).portalChangeCard[0];
    expect(second).toMatchObject({ area: 'addresses', status: 'pending' });
    expect(second.id).not.toBe(first.id);
    const pending = (await agent.ok(CHANGES)).portalChanges.filter((c: { clientId: string }) => c.clientId === mine);
    expect(pending.map((c: { id: string }) => c.id).sort()).toEqual([contacts.id, second.id].sort());
    expect(pending.find((c: { id: string }) => c.id === second.id).diff).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'addresses.0.city', after: 'Mantova' })]));
    expect((await portal.ok(CARD, { c: mine })).portalCard.pendingAreas.sort()).toEqual(['addresses', 'contacts']);
    // the earlier change is no longer there to approve; its withdrawal is in the trail, by the client
    expect(await agent.code('mutation($id: ID!) { approvePortalChange(id: $id) }', { id: first.id })).toBe('NOT_FOUND');
    const audit = await su.query(`select action, channel, user_email from audit_event where entity_type = 'PortalChange' and entity_id = $1 order by seq`, [first.id]);
    expect(audit.rows).toEqual([
      { action: 'create', channel: 'portal', user_email: email },
      { action: 'delete', channel: 'portal', user_email: email },
    ]);
    // approving the later one applies it
    await agent.ok('mutation($id: ID!) { approvePortalChange(id: $id) }', { id: second.id });
    expect((await addressesOf(mine))[0]).toBe('Mantova');
    await agent.ok('mutation($id: ID!, $m: String!) { rejectPortalChange(id: $id, message: $m) }', { id: contacts.id, m: 'Keep at least one contact.' });
    expect(await pendingCount()).toBe(base);
  });
});

describe('account', () => {
  it('changes the password: the current one is checked on its field, the new one signs in, other sessions end', async () => {
    const second = await portalClient(t).signIn('ROSSI', email);
    const wrong = await portal.gql('mutation { portalChangePassword(currentPassword: "nope", newPassword: "Another-Password-2026") }');
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('currentPassword');
    const weak = await portal.gql(`mutation { portalChangePassword(currentPassword: "${PORTAL_PASSWORD}", newPassword: "short") }`);
    expect(weak.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('newPassword');
    await portal.ok(`mutation { portalChangePassword(currentPassword: "${PORTAL_PASSWORD}", newPassword: "Another-Password-2026") }`);
    expect(await second.code('{ portalHome { clients { id } } }')).toBe('UNAUTHENTICATED');
    expect((await portal.ok('{ portalMe { email } }')).portalMe.email).toBe(email);
    expect((await portalClient(t).signIn('ROSSI', email, 'Another-Password-2026')).bearer).toBeTruthy();
  });
});
