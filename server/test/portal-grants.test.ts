import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import {
  ACCEPT,
  ADD_USER,
  CREATE_GRANT,
  HOME,
  PORTAL_PASSWORD,
  clientsWithPolicies,
  invitedPortalUser,
  portalClient,
  portalLinkToken,
  mailKinds,
  REGISTER,
  resetPortalLimits,
  SIGN_IN,
  VERIFY,
  type PortalClient,
} from './portal-helpers.js';
import { italianPerson } from './clients-helpers.js';

/** PO-5, PO-6: staff grant portal users access to clients; each user sees what its grants share, nothing else. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let rossi: Awaited<ReturnType<typeof clientsWithPolicies>>;
const CONTRACT = 'query($id: ID!) { portalContract(id: $id) { id number } }';
const CLAIM = 'query($id: ID!) { portalClaim(id: $id) { id } }';

const count = async (table: string) => Number((await su.query(`select count(*) as n from ${table}`)).rows[0].n);

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  rossi = await clientsWithPolicies(su, 'ROSSI', 3);
  expect(rossi.length).toBe(3);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

async function grant(input: Record<string, unknown>): Promise<{ id: string }> {
  return (await agent.ok(CREATE_GRANT, { i: input })).createPortalGrant;
}

describe('invitations', () => {
  it('invites an unknown address by a one-time link from the SMTP mailbox that works once', async () => {
    const g = await grant({ name: 'Bianchi family', clientIds: [rossi[0].clientId] });
    const before = mailbox.received.length;
    const member = (await agent.ok(ADD_USER, { g: g.id, e: 'Sara.Bianchi@Example.com' })).addPortalGrantUser;
    expect(member).toMatchObject({ email: 'sara.bianchi@example.com', linked: false });
    const mail = await mailbox.waitFor('sara.bianchi@example.com', before);
    const token = portalLinkToken(mail.text ?? '');
    const first = await portalClient(t).ok(ACCEPT, { i: { token, displayName: 'Sara', password: PORTAL_PASSWORD, bearer: true } });
    expect(first.portalAcceptInvitation.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = first.portalAcceptInvitation.token;
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id)).toEqual([rossi[0].clientId]);
    const again = await portalClient(t).gql(ACCEPT, { i: { token, displayName: 'Someone', password: PORTAL_PASSWORD, bearer: true } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'token', reason: 'link_expired' });
    const view = (await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { email linked } } }', { id: g.id })).portalGrant;
    expect(view.users).toEqual([{ email: 'sara.bianchi@example.com', linked: true }]);
  });

  it('lets an invitation link expire', async () => {
    const g = await grant({ name: 'Expiring', clientIds: [rossi[0].clientId] });
    const before = mailbox.received.length;
    await agent.ok(ADD_USER, { g: g.id, e: 'late@example.com' });
    const token = portalLinkToken((await mailbox.waitFor('late@example.com', before)).text ?? '');
    await su.query(`update portal_token set expires_at = now() - interval '1 second' where email = 'late@example.com'`);
    const r = await portalClient(t).gql(ACCEPT, { i: { token, displayName: 'Late', password: PORTAL_PASSWORD, bearer: true } });
    expect(r.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'token', reason: 'link_expired' });
    expect((await su.query(`select count(*)::int as n from portal_user where email = 'late@example.com'`)).rows[0].n).toBe(0);
  });

  it('re-sends an invitation with a new link and the earlier link stops working', async () => {
    const g = await grant({ name: 'Resent', clientIds: [rossi[1].clientId] });
    let before = mailbox.received.length;
    const member = (await agent.ok(ADD_USER, { g: g.id, e: 'twice@example.com' })).addPortalGrantUser;
    const oldToken = portalLinkToken((await mailbox.waitFor('twice@example.com', before)).text ?? '');
    before = mailbox.received.length;
    await agent.ok('mutation($id: ID!) { resendPortalInvitation(grantUserId: $id) { id } }', { id: member.id });
    const newToken = portalLinkToken((await mailbox.waitFor('twice@example.com', before)).text ?? '');
    expect(newToken).not.toBe(oldToken);
    const old = await portalClient(t).gql(ACCEPT, { i: { token: oldToken, displayName: 'Twice', password: PORTAL_PASSWORD, bearer: true } });
    expect(old.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('token');
    expect((await portalClient(t).ok(ACCEPT, { i: { token: newToken, displayName: 'Twice', password: PORTAL_PASSWORD, bearer: true } })).portalAcceptInvitation.status).toBe('SIGNED_IN');
  });

  it('links a known portal address at once, without an invitation, and the user then sees both grants', async () => {
    const first = await grant({ name: 'Known 1', clientIds: [rossi[0].clientId] });
    const portal = await invitedPortalUser(t, mailbox, agent, first.id, 'known@example.com');
    const second = await grant({ name: 'Known 2', clientIds: [rossi[2].clientId] });
    const before = mailbox.received.length;
    const member = (await agent.ok(ADD_USER, { g: second.id, e: 'known@example.com' })).addPortalGrantUser;
    expect(member.linked).toBe(true);
    const mail = await mailbox.waitFor('known@example.com', before);
    expect(mail.text).not.toMatch(/accept-invitation/);
    const ids = (await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id).sort();
    expect(ids).toEqual([rossi[0].clientId, rossi[2].clientId].sort());
  });

  it('refuses a bad new account on the invitation naming each field, and creates nothing', async () => {
    const g = await grant({ name: 'Bad input', clientIds: [rossi[0].clientId] });
    const before = mailbox.received.length;
    await agent.ok(ADD_USER, { g: g.id, e: 'weak@example.com' });
    const token = portalLinkToken((await mailbox.waitFor('weak@example.com', before)).text ?? '');
    const r = await portalClient(t).gql(ACCEPT, { i: { token, displayName: '  ', password: 'short', bearer: true } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors?.[0]?.extensions?.fields?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['displayName', 'password']));
    expect((await su.query(`select count(*)::int as n from portal_user where email = 'weak@example.com'`)).rows[0].n).toBe(0);
    // the link was not spent by the refused attempt
    expect((await portalClient(t).ok(ACCEPT, { i: { token, displayName: 'Weak', password: PORTAL_PASSWORD, bearer: true } })).portalAcceptInvitation.status).toBe('SIGNED_IN');
  });
});

describe('pre-hijacking: an account registered with someone else\'s address', () => {
  const ATTACKER_PASSWORD = 'Attacker-Chosen-2026!';

  /** Registers on ROSSI with `email` and a fresh person's card; returns the verification link's token (sent to `email`). */
  async function registerAs(email: string, password: string): Promise<string> {
    const { identityDocuments: _ignored, ...person } = italianPerson();
    const before = mailbox.received.length;
    expect(await portalClient(t).ok(REGISTER, { i: { company: 'ROSSI', email, password, client: person } })).toEqual({ portalRegister: true });
    return portalLinkToken((await mailbox.waitFor(email, before)).text ?? '', 'verify-email');
  }

  it('refuses the attack chain end to end: no link to the unverified account, the victim takes the address over by the invitation', async () => {
    await resetPortalLimits();
    const victim = 'victim.client@example.com';
    // the attacker registers with the victim's address and a password of its own choosing
    const verifyToken = await registerAs(victim, ATTACKER_PASSWORD);
    // staff share a real client with the victim's address: not linked, an invitation goes out
    const g = await grant({ name: 'Victim family', clientIds: [rossi[1].clientId] });
    const before = mailbox.received.length;
    const member = (await agent.ok(ADD_USER, { g: g.id, e: victim })).addPortalGrantUser;
    expect(member.linked).toBe(false);
    expect(member.invitedAt).toBeTruthy();
    const invitation = await mailbox.waitFor(victim, before);
    const inviteToken = portalLinkToken(invitation.text ?? '');
    expect(await mailKinds(su, victim)).toEqual(['portal.verify', 'portal.invite']);
    // the victim opens the unsolicited "confirm your address" mail: without the attacker's password nothing is verified
    const clicked = await portalClient(t).gql(VERIFY, { t: verifyToken, p: 'Victim-Guess-2026!' });
    expect(clicked.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'password' })]);
    expect((await su.query(`select email_verified_at from portal_user where email = $1`, [victim])).rows[0].email_verified_at).toBeNull();
    // the attacker cannot sign in, hence cannot see the client
    const attacker = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email: victim, password: ATTACKER_PASSWORD, bearer: true } });
    expect(attacker.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    expect(attacker.data?.portalSignIn ?? null).toBeNull();
    // the victim accepts the invitation: chooses name and password as for a new account and is signed in
    const accepted = await portalClient(t).ok(ACCEPT, { i: { token: inviteToken, displayName: 'The Victim', password: PORTAL_PASSWORD, bearer: true } });
    expect(accepted.portalAcceptInvitation.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = accepted.portalAcceptInvitation.token;
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id)).toContain(rossi[1].clientId);
    expect((await portal.ok('{ portalMe { displayName emailVerified } }')).portalMe).toEqual({ displayName: 'The Victim', emailVerified: true });
    // the attacker's password no longer signs in, and the old verification link is spent
    const after = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email: victim, password: ATTACKER_PASSWORD, bearer: true } });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stale = await portalClient(t).gql(VERIFY, { t: verifyToken, p: ATTACKER_PASSWORD });
    expect(stale.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'token', reason: 'link_expired' });
    expect((await portalClient(t).signIn('ROSSI', victim, PORTAL_PASSWORD)).bearer).toBeTruthy();
    const view = (await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { email linked } } }', { id: g.id })).portalGrant;
    expect(view.users).toEqual([{ email: victim, linked: true }]);
  });

  it('revokes the sessions of an unverified account taken over by an invitation', async () => {
    await resetPortalLimits();
    const email = 'taken.over@example.com';
    const verifyToken = await registerAs(email, ATTACKER_PASSWORD);
    // the account's holder verifies and signs in, then (say) the address is reset to unverified by the agency's records
    const earlier = await portalClient(t).ok(VERIFY, { t: verifyToken, p: ATTACKER_PASSWORD });
    const old = portalClient(t);
    old.bearer = earlier.portalVerifyEmail.token;
    expect((await old.ok('{ portalMe { email } }')).portalMe).toEqual({ email });
    await su.query(`update portal_user set email_verified_at = null where email = $1`, [email]);
    const g = await grant({ name: 'Taken over', clientIds: [rossi[0].clientId] });
    const before = mailbox.received.length;
    expect((await agent.ok(ADD_USER, { g: g.id, e: email })).addPortalGrantUser.linked).toBe(false);
    const inviteToken = portalLinkToken((await mailbox.waitFor(email, before)).text ?? '');
    expect((await portalClient(t).ok(ACCEPT, { i: { token: inviteToken, displayName: 'Owner', password: PORTAL_PASSWORD, bearer: true } })).portalAcceptInvitation.status).toBe('SIGNED_IN');
    expect((await old.ok('{ portalMe { email } }')).portalMe).toBeNull();
  });

  const GRANTS = '{ portalGrants { id name clients { id } users { id email linked } } }';
  type GrantRow = { id: string; name: string; clients: Array<{ id: string }>; users: Array<{ id: string; email: string; linked: boolean }> };
  const grantsNow = async (): Promise<GrantRow[]> => (await agent.ok(GRANTS)).portalGrants;

  /** A stranger registers with `email` as "Stranger" (a card of its own making); returns the grant its registration made. */
  async function strangersRegistration(email: string): Promise<GrantRow> {
    const { identityDocuments: _ignored, ...card } = italianPerson();
    const before = mailbox.received.length;
    expect(await portalClient(t).ok(REGISTER, { i: { company: 'ROSSI', email, password: ATTACKER_PASSWORD, displayName: 'Stranger', client: card } })).toEqual({ portalRegister: true });
    await mailbox.waitFor(email, before);
    const own = (await grantsNow()).find((g) => g.name === `Stranger (${email})`)!;
    expect(own.users).toEqual([expect.objectContaining({ email, linked: true })]);
    return own;
  }

  /** Staff add `email` to the grant; the invitation link's token. */
  async function invite(grantId: string, email: string): Promise<string> {
    const before = mailbox.received.length;
    expect((await agent.ok(ADD_USER, { g: grantId, e: email })).addPortalGrantUser.linked).toBe(false);
    return portalLinkToken((await mailbox.waitFor(email, before)).text ?? '');
  }

  it("ends at the invitation's takeover the access the stranger's registration made for itself, keeps the agency's, ends the account's sessions, and audits it", async () => {
    await resetPortalLimits();
    const victim = 'victim.takeover@example.com';
    const own = await strangersRegistration(victim);
    const strangersCard = own.clients[0].id;
    // staff look at the portal as the stranger's account: a session of that account
    const view = portalClient(t);
    view.bearer = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: own.users[0].id })).portalViewAs.token;
    expect((await view.ok('{ portalMe { email } }')).portalMe).toEqual({ email: victim });
    // the agency invites the real holder of the address to two grants of its own
    const family = await grant({ name: 'Takeover family', clientIds: [rossi[1].clientId] });
    const business = await grant({ name: 'Takeover business', clientIds: [rossi[2].clientId] });
    const inviteToken = await invite(family.id, victim);
    await invite(business.id, victim);
    const accepted = await portalClient(t).ok(ACCEPT, { i: { token: inviteToken, displayName: 'The Real One', password: PORTAL_PASSWORD, bearer: true } });
    expect(accepted.portalAcceptInvitation.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = accepted.portalAcceptInvitation.token;
    // the real holder sees the agency's clients, not the card the stranger entered
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id).sort()).toEqual([rossi[1].clientId, rossi[2].clientId].sort());
    expect(await portal.code('query($c: ID!) { portalCard(clientId: $c) { id } }', { c: strangersCard })).toBe('NOT_FOUND');
    // the stranger's grant is gone (nobody else was on it); the agency's grants hold the address, linked
    const after = await grantsNow();
    expect(after.find((g) => g.id === own.id)).toBeUndefined();
    for (const g of [family, business]) expect(after.find((x) => x.id === g.id)!.users).toEqual([expect.objectContaining({ email: victim, linked: true })]);
    // the card the stranger entered stays with the agency, as a prospect
    expect((await su.query('select status from client where id = $1', [strangersCard])).rows).toEqual([{ status: 'prospect' }]);
    // the account's earlier sessions (staff's view of it included) ended
    expect((await view.ok('{ portalMe { email } }')).portalMe).toBeNull();
    // audited: who took the account over, how, and what of the earlier holder's ended
    const audit = await su.query(
      `select a.channel, a.user_email, a.before, a.after from audit_event a join portal_user u on u.id::text = a.entity_id
        where a.action = 'takeover' and a.entity_type = 'PortalUser' and u.email = $1`,
      [victim],
    );
    expect(audit.rows).toEqual([
      {
        channel: 'portal',
        user_email: victim,
        before: expect.objectContaining({ displayName: 'Stranger' }),
        after: expect.objectContaining({ via: 'invitation', displayName: 'The Real One', grantsLeft: [own.id], grantsRemoved: [own.id], sessionsEnded: 1 }),
      },
    ]);
  });

  it("keeps, at an invitation's takeover, what the agency added to the stranger's grant: only the account leaves it", async () => {
    await resetPortalLimits();
    const victim = 'victim.shared@example.com';
    const own = await strangersRegistration(victim);
    // staff added another address to the grant the stranger's registration made
    await invite(own.id, 'witness.shared@example.com');
    const g = await grant({ name: 'Shared takeover', clientIds: [rossi[0].clientId] });
    const inviteToken = await invite(g.id, victim);
    const accepted = await portalClient(t).ok(ACCEPT, { i: { token: inviteToken, displayName: 'Owner', password: PORTAL_PASSWORD, bearer: true } });
    const portal = portalClient(t);
    portal.bearer = accepted.portalAcceptInvitation.token;
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id)).toEqual([rossi[0].clientId]);
    const kept = (await grantsNow()).find((x) => x.id === own.id)!;
    expect(kept.users).toEqual([expect.objectContaining({ email: 'witness.shared@example.com', linked: false })]);
    expect(kept.clients).toEqual(own.clients);
    const audit = await su.query(
      `select a.after from audit_event a join portal_user u on u.id::text = a.entity_id where a.action = 'takeover' and u.email = $1`,
      [victim],
    );
    expect(audit.rows).toEqual([{ after: expect.objectContaining({ via: 'invitation', grantsLeft: [own.id], grantsRemoved: [] }) }]);
  });

  it('does not link a waiting invitation when the account verifies later: only the invitation link does', async () => {
    await resetPortalLimits();
    const email = 'late.verifier@example.com';
    const verifyToken = await registerAs(email, PORTAL_PASSWORD);
    const g = await grant({ name: 'Late verifier', clientIds: [rossi[2].clientId] });
    const before = mailbox.received.length;
    expect((await agent.ok(ADD_USER, { g: g.id, e: email })).addPortalGrantUser.linked).toBe(false);
    const inviteToken = portalLinkToken((await mailbox.waitFor(email, before)).text ?? '');
    const verified = await portalClient(t).ok(VERIFY, { t: verifyToken, p: PORTAL_PASSWORD });
    expect(verified.portalVerifyEmail.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = verified.portalVerifyEmail.token;
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id)).not.toContain(rossi[2].clientId);
    // a verified account accepting the invitation is linked and keeps its password
    expect((await portalClient(t).ok(ACCEPT, { i: { token: inviteToken, bearer: true } })).portalAcceptInvitation.status).toBe('LINKED');
    expect((await portal.ok(HOME)).portalHome.clients.map((c: { id: string }) => c.id)).toContain(rossi[2].clientId);
    expect((await portalClient(t).signIn('ROSSI', email, PORTAL_PASSWORD)).bearer).toBeTruthy();
  });
});

describe('what a grant shares', () => {
  it('shares contracts by status (and lines), picked one by one, and claims only when included', async () => {
    const client = rossi[0];
    const statuses = [...new Set(client.policies.map((p) => p.status))];
    const status = statuses[0];
    const byStatus = await grant({ name: 'By status', clientIds: [client.clientId], shareStatuses: [status.toUpperCase()] });
    const a = await invitedPortalUser(t, mailbox, agent, byStatus.id, 'by.status@example.com');
    const seen = (await a.ok(HOME)).portalHome.contracts.map((c: { id: string }) => c.id).sort();
    expect(seen).toEqual(client.policies.filter((p) => p.status === status).map((p) => p.id).sort());
    const line = client.policies[0].line;
    const byLine = await grant({ name: 'By line', clientIds: [client.clientId], shareStatuses: statuses.map((s) => s.toUpperCase()), shareLines: [line.toUpperCase()] });
    const b = await invitedPortalUser(t, mailbox, agent, byLine.id, 'by.line@example.com');
    expect((await b.ok(HOME)).portalHome.contracts.map((c: { id: string }) => c.id).sort()).toEqual(client.policies.filter((p) => p.line === line).map((p) => p.id).sort());
    const picked = await grant({ name: 'Picked', clientIds: [client.clientId], shareMode: 'PICKED', policyIds: [client.policies[1].id] });
    const c = await invitedPortalUser(t, mailbox, agent, picked.id, 'picked@example.com');
    const home = (await c.ok(HOME)).portalHome;
    expect(home.contracts.map((x: { id: string }) => x.id)).toEqual([client.policies[1].id]);
    // private view: no premiums; commercial view: premiums as exact decimals
    expect(home.contracts[0].premiumGross).toBeNull();
    const commercial = await grant({ name: 'Commercial', clientIds: [client.clientId], shareMode: 'PICKED', policyIds: [client.policies[1].id], commercialView: true });
    const d = await invitedPortalUser(t, mailbox, agent, commercial.id, 'commercial@example.com');
    expect((await d.ok(HOME)).portalHome.contracts[0].premiumGross).toMatch(/^\d+\.\d{2}$/);
  });

  it('shows open claims only through a grant that includes claims', async () => {
    const { rows } = await su.query<{ client_id: string; id: string }>(
      `select c.client_id, c.id from claim c join company co on co.id = c.company_id
        where co.code = 'ROSSI' and c.policy_id is null and c.status in ('reported', 'in_review') limit 1`,
    );
    let claim = rows[0];
    if (!claim) {
      const { rows: made } = await su.query<{ client_id: string; id: string }>(
        `insert into claim (company_id, client_id, status, loss_date, loss_place, description)
         select company_id, $1, 'reported', current_date, 'Milano', 'Water damage' from client where id = $1 returning client_id, id`,
        [rossi[1].clientId],
      );
      claim = made[0];
    }
    const without = await grant({ name: 'No claims', clientIds: [claim.client_id] });
    const a = await invitedPortalUser(t, mailbox, agent, without.id, 'no.claims@example.com');
    expect((await a.ok(HOME)).portalHome.openClaims).toEqual([]);
    expect(await a.code(CLAIM, { id: claim.id })).toBe('NOT_FOUND');
    const withClaims = await grant({ name: 'With claims', clientIds: [claim.client_id], includeClaims: true });
    const b = await invitedPortalUser(t, mailbox, agent, withClaims.id, 'with.claims@example.com');
    expect((await b.ok(HOME)).portalHome.openClaims.map((c: { id: string }) => c.id)).toContain(claim.id);
    expect((await b.ok(CLAIM, { id: claim.id })).portalClaim.id).toBe(claim.id);
  });
});

describe('isolation', () => {
  let one: PortalClient;
  let two: PortalClient;
  beforeAll(async () => {
    const all = rossi.flatMap((c) => c.policies.map((p) => p.status.toUpperCase()));
    const g1 = await grant({ name: 'Isolation one', clientIds: [rossi[0].clientId], shareStatuses: [...new Set(all)] });
    const g2 = await grant({ name: 'Isolation two', clientIds: [rossi[1].clientId], shareStatuses: [...new Set(all)] });
    one = await invitedPortalUser(t, mailbox, agent, g1.id, 'iso.one@example.com');
    two = await invitedPortalUser(t, mailbox, agent, g2.id, 'iso.two@example.com');
  });

  it('keeps two grants of the same company apart: each user sees only its clients and contracts, another\'s ids are NOT_FOUND', async () => {
    const h1 = (await one.ok(HOME)).portalHome;
    const h2 = (await two.ok(HOME)).portalHome;
    expect(h1.clients.map((c: { id: string }) => c.id)).toEqual([rossi[0].clientId]);
    expect(h2.clients.map((c: { id: string }) => c.id)).toEqual([rossi[1].clientId]);
    expect(h1.contracts.map((c: { id: string }) => c.id).sort()).toEqual(rossi[0].policies.map((p) => p.id).sort());
    expect(h1.contracts.every((c: { clientId: string }) => c.clientId === rossi[0].clientId)).toBe(true);
    for (const p of rossi[1].policies) expect(await one.code(CONTRACT, { id: p.id })).toBe('NOT_FOUND');
    for (const p of rossi[0].policies) expect(await two.code(CONTRACT, { id: p.id })).toBe('NOT_FOUND');
    expect((await one.ok(CONTRACT, { id: rossi[0].policies[0].id })).portalContract.id).toBe(rossi[0].policies[0].id);
  });

  it('keeps companies apart: another company\'s contracts and claims are NOT_FOUND on the portal, its grants and clients NOT_FOUND for staff, nothing changed', async () => {
    const vdberg = await clientsWithPolicies(su, 'VDBERG', 1);
    for (const p of vdberg[0].policies) expect(await one.code(CONTRACT, { id: p.id })).toBe('NOT_FOUND');
    const { rows: claims } = await su.query<{ id: string }>(`select c.id from claim c join company co on co.id = c.company_id where co.code = 'VDBERG' limit 1`);
    if (claims[0]) expect(await one.code(CLAIM, { id: claims[0].id })).toBe('NOT_FOUND');
    const vdAdmin = await signedIn(t, USERS.vdbergAgent);
    const vdGrant = (await vdAdmin.ok(CREATE_GRANT, { i: { name: 'VD family', clientIds: [vdberg[0].clientId] } })).createPortalGrant;
    const vdMember = (await vdAdmin.ok(ADD_USER, { g: vdGrant.id, e: 'vd.member@example.com' })).addPortalGrantUser;
    const before = { grants: await count('portal_grant'), users: await count('portal_grant_user'), links: await count('portal_grant_client'), tokens: await count('portal_token') };
    expect(await agent.code('query($id: ID!) { portalGrant(id: $id) { id } }', { id: vdGrant.id })).toBe('NOT_FOUND');
    expect(await agent.code(ADD_USER, { g: vdGrant.id, e: 'intruder@example.com' })).toBe('NOT_FOUND');
    expect(await agent.code(CREATE_GRANT, { i: { name: 'Stolen', clientIds: [vdberg[0].clientId] } })).toBe('NOT_FOUND');
    expect(await agent.code(CREATE_GRANT, { i: { name: 'Stolen 2', clientIds: [rossi[0].clientId], shareMode: 'PICKED', policyIds: [vdberg[0].policies[0].id] } })).toBe('NOT_FOUND');
    expect(await agent.code('mutation($id: ID!, $i: PortalGrantInput!) { updatePortalGrant(id: $id, input: $i) { id } }', { id: vdGrant.id, i: { name: 'Mine now', clientIds: [rossi[0].clientId] } })).toBe('NOT_FOUND');
    expect(await agent.code('mutation($id: ID!) { removePortalGrantUser(grantUserId: $id) }', { id: vdMember.id })).toBe('NOT_FOUND');
    expect(await agent.code('mutation($id: ID!) { resendPortalInvitation(grantUserId: $id) { id } }', { id: vdMember.id })).toBe('NOT_FOUND');
    expect({ grants: await count('portal_grant'), users: await count('portal_grant_user'), links: await count('portal_grant_client'), tokens: await count('portal_token') }).toEqual(before);
    expect((await vdAdmin.ok('query($id: ID!) { portalGrant(id: $id) { name } }', { id: vdGrant.id })).portalGrant.name).toBe('VD family');
  });
});

describe('grant input and rights', () => {
  it('refuses bad grant input with BAD_USER_INPUT naming the field, and saves nothing', async () => {
    const before = await count('portal_grant');
    const r = await agent.gql(CREATE_GRANT, { i: { name: ' ', clientIds: [] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['name', 'clientIds']));
    const g = await grant({ name: 'Valid', clientIds: [rossi[0].clientId] });
    const dup = await agent.gql(CREATE_GRANT, { i: { name: 'Valid', clientIds: [rossi[0].clientId] } });
    expect(dup.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'name', reason: 'taken' });
    const other = rossi[1].policies[0].id;
    const wrongPick = await agent.gql(CREATE_GRANT, { i: { name: 'Wrong pick', clientIds: [rossi[0].clientId], shareMode: 'PICKED', policyIds: [other] } });
    expect(wrongPick.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('policyIds');
    const badMail = await agent.gql(ADD_USER, { g: g.id, e: 'not-an-address' });
    expect(badMail.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('email');
    expect(await count('portal_grant')).toBe(before + 1);
    expect((await su.query('select count(*)::int as n from portal_grant_user where grant_id = $1', [g.id])).rows[0].n).toBe(0);
  });

  it('needs the portal rights: the accountant (no portal rights) is refused with FORBIDDEN', async () => {
    const accountant = await signedIn(t, USERS.rossiAccountant);
    expect(await accountant.code('{ portalGrants { id } }')).toBe('FORBIDDEN');
    expect(await accountant.code(CREATE_GRANT, { i: { name: 'Nope', clientIds: [rossi[0].clientId] } })).toBe('FORBIDDEN');
  });
});

describe('view as this user', () => {
  it('lets staff see the portal exactly as a grant\'s user sees it: the same home, marked read-only, every change refused, audited', async () => {
    const g = await grant({ name: 'Viewed', clientIds: [rossi[2].clientId], shareStatuses: [...new Set(rossi[2].policies.map((p) => p.status.toUpperCase()))] });
    const user = await invitedPortalUser(t, mailbox, agent, g.id, 'viewed@example.com');
    const member = (await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { id email } } }', { id: g.id })).portalGrant.users[0];
    const ticket = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token expiresAt } }', { id: member.id })).portalViewAs;
    const staffView = portalClient(t);
    staffView.bearer = ticket.token;
    expect((await staffView.ok(HOME)).portalHome).toEqual((await user.ok(HOME)).portalHome);
    expect((await staffView.ok('{ portalMe { email readOnly } }')).portalMe).toEqual({ email: 'viewed@example.com', readOnly: true });
    expect((await user.ok('{ portalMe { readOnly } }')).portalMe.readOnly).toBe(false);
    const change = await staffView.gql('mutation($c: ID!) { portalChangeCard(clientId: $c, input: { contacts: [] }) { id } }', { c: rossi[2].clientId });
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await staffView.code(`mutation { portalChangePassword(currentPassword: "${PORTAL_PASSWORD}", newPassword: "Taken-Over-2026!") }`)).toBe('FORBIDDEN');
    const audit = await su.query(`select channel, user_email, action from audit_event where entity_type = 'PortalUser' and action = 'view_as' order by seq desc limit 1`);
    expect(audit.rows[0]).toEqual({ channel: 'staff', user_email: USERS.rossiAgent, action: 'view_as' });
    // the accountant has no portal rights: no view
    const accountant = await signedIn(t, USERS.rossiAccountant);
    expect(await accountant.code('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: member.id })).toBe('FORBIDDEN');
  });
});
