import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { italianPerson } from './clients-helpers.js';
import { HOME, mailKinds, PORTAL_PASSWORD, portalClient, portalLinkToken, REGISTER, resetPortalLimits, SIGN_IN, VERIFY } from './portal-helpers.js';

/** PO-1: a prospective client registers on the agency's portal, verifies the e-mail, and its card is a prospect. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;

const count = async (table: string) => Number((await su.query(`select count(*) as n from ${table}`)).rows[0].n);

/** A person's card without the areas the portal does not take at registration (identity documents come with their scan later). */
function newPerson() {
  const { identityDocuments: _ignored, ...person } = italianPerson();
  return person;
}

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('new-client area', () => {
  it('registers a new client as a prospect, verifies the e-mail from the SMTP mailbox once, and shows the card', async () => {
    const email = 'new.client@example.com';
    const person = newPerson();
    const before = mailbox.received.length;
    expect(await portalClient(t).ok(REGISTER, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, client: person } })).toEqual({ portalRegister: true });
    // not before the address is verified
    const early = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } });
    expect(early.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    const mail = await mailbox.waitFor(email, before);
    const token = portalLinkToken(mail.text ?? '', 'verify-email');
    // whoever merely receives the mail cannot verify: the registration's password is asked
    const wrong = await portalClient(t).gql(VERIFY, { t: token, p: 'Not-The-Password-2026' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'password', reason: 'wrong_password' })]);
    expect(wrong.data?.portalVerifyEmail ?? null).toBeNull();
    const still = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } });
    expect(still.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    // the wrong password counted as a failed sign-in
    expect((await su.query(`select failed_logins from portal_user where email = $1`, [email])).rows[0].failed_logins).toBe(1);
    // the link was not spent by the refused attempt
    const verified = await portalClient(t).ok(VERIFY, { t: token, p: PORTAL_PASSWORD });
    expect(verified.portalVerifyEmail.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = verified.portalVerifyEmail.token;
    const home = (await portal.ok(HOME)).portalHome;
    expect(home.clients).toHaveLength(1);
    expect(home.clients[0]).toMatchObject({ kind: 'person', prospect: true });
    const card = await su.query('select status, tax_code from client where id = $1', [home.clients[0].id]);
    expect(card.rows[0]).toEqual({ status: 'prospect', tax_code: person.taxCode });
    // the audit trail says the client entered it, through the portal
    const audit = await su.query(`select channel, user_email from audit_event where entity_type = 'Client' and entity_id = $1 and action = 'create'`, [home.clients[0].id]);
    expect(audit.rows[0]).toEqual({ channel: 'portal', user_email: email });
    const again = await portalClient(t).gql(VERIFY, { t: token, p: PORTAL_PASSWORD });
    expect(again.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'token', reason: 'link_expired' });
    expect((await portalClient(t).signIn('ROSSI', email)).bearer).toBeTruthy();
  });

  it('answers a tax id already on a card exactly like a new registration, creates nothing and tells the address by e-mail', async () => {
    const { rows } = await su.query<{ tax_code: string; display_name: string; first_name: string; last_name: string }>(
      `select c.tax_code, c.display_name, c.first_name, c.last_name from client c join company co on co.id = c.company_id
        where co.code = 'ROSSI' and c.kind = 'person' and c.tax_code is not null and c.tax_country = 'IT' limit 1`,
    );
    const existing = rows[0];
    // the answer to a registration that creates a card and an account
    const fresh = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email: 'fresh.one@example.com', password: PORTAL_PASSWORD, client: newPerson() } });
    expect(fresh).toEqual({ status: 200, data: { portalRegister: true } });
    expect(await mailKinds(su, 'fresh.one@example.com')).toEqual(['portal.verify']);
    const before = { clients: await count('client'), users: await count('portal_user'), grants: await count('portal_grant'), tokens: await count('portal_token') };
    const person = { ...newPerson(), firstName: existing.first_name, lastName: existing.last_name, taxCode: existing.tax_code };
    delete (person as Record<string, unknown>).birthDate;
    delete (person as Record<string, unknown>).gender;
    delete (person as Record<string, unknown>).birthPlace;
    delete (person as Record<string, unknown>).birthProvince;
    const sent = mailbox.received.length;
    const r = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email: 'copycat@example.com', password: PORTAL_PASSWORD, client: person } });
    // the same answer as a registration that created a card: nothing on the form tells the tax id is known
    expect(r).toEqual(fresh);
    expect({ clients: await count('client'), users: await count('portal_user'), grants: await count('portal_grant'), tokens: await count('portal_token') }).toEqual(before);
    const mail = await mailbox.waitFor('copycat@example.com', sent);
    expect(await mailKinds(su, 'copycat@example.com')).toEqual(['portal.registration_taken']);
    // in the card's language (Italian): the tax id is already registered, contact the agency
    expect(mail.text).toMatch(/già registrato presso l'agenzia/);
    expect(mail.text).toMatch(/contattare l'agenzia/);
    expect(mail.text).not.toMatch(/verify-email/);
    const told = JSON.stringify(r) + (mail.text ?? '') + (mail.subject ?? '');
    expect(told).not.toContain(existing.display_name);
    expect(told).not.toContain(existing.last_name);
    expect(told).not.toContain(existing.tax_code);
  });

  it('answers an address that has an account exactly like a new registration, creates nothing and sends the owner a notice', async () => {
    const email = 'has.account@example.com';
    let sent = mailbox.received.length;
    const fresh = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, client: newPerson() } });
    expect(fresh).toEqual({ status: 200, data: { portalRegister: true } });
    const token = portalLinkToken((await mailbox.waitFor(email, sent)).text ?? '', 'verify-email');
    expect((await portalClient(t).ok(VERIFY, { t: token, p: PORTAL_PASSWORD })).portalVerifyEmail.status).toBe('SIGNED_IN');
    const before = { clients: await count('client'), users: await count('portal_user'), grants: await count('portal_grant'), tokens: await count('portal_token') };
    sent = mailbox.received.length;
    // someone else, with a fresh card and another password
    const second = newPerson();
    const r = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: 'Someone-Else-2026!', client: second } });
    expect(r).toEqual(fresh);
    expect({ clients: await count('client'), users: await count('portal_user'), grants: await count('portal_grant'), tokens: await count('portal_token') }).toEqual(before);
    const notice = await mailbox.waitFor(email, sent);
    expect(await mailKinds(su, email)).toEqual(['portal.verify', 'portal.registration_exists']);
    // in the account's language (Italian): someone tried to register with your address; if it was you, sign in
    expect(notice.text).toMatch(/tentato di registrarsi/);
    expect(notice.text).toMatch(/Se è stato lei, acceda/);
    expect(notice.text).not.toMatch(/verify-email/);
    // the card the second registration carried was not created, and the account kept its password
    expect((await su.query(`select count(*)::int as n from client where tax_code = $1`, [second.taxCode])).rows[0].n).toBe(0);
    expect((await portalClient(t).signIn('ROSSI', email)).bearer).toBeTruthy();
    const other = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email, password: 'Someone-Else-2026!', bearer: true } });
    expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("lets the owner of an address take it back from a stranger's registration that was never verified", async () => {
    const email = 'taken.address@example.com';
    const STRANGER_PASSWORD = 'Stranger-Password-2026!';
    // a stranger registers with someone else's address (and never sees the mail sent to it)
    let sent = mailbox.received.length;
    const strangersCard = newPerson();
    const fresh = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: STRANGER_PASSWORD, displayName: 'Stranger', client: strangersCard } });
    expect(fresh).toEqual({ status: 200, data: { portalRegister: true } });
    const strangersLink = portalLinkToken((await mailbox.waitFor(email, sent)).text ?? '', 'verify-email');
    // the owner of the address registers: the same answer as any registration
    sent = mailbox.received.length;
    const ownersCard = newPerson();
    const r = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, displayName: 'Owner', client: ownersCard } });
    expect(r).toEqual(fresh);
    // a fresh verification mail, as for a new registration (not the "you have an account" notice), to the new name
    const mail = await mailbox.waitFor(email, sent);
    expect(await mailKinds(su, email)).toEqual(['portal.verify', 'portal.verify']);
    expect(mail.text).toMatch(/Gentile Owner/);
    const ownersLink = portalLinkToken(mail.text ?? '', 'verify-email');
    expect(ownersLink).not.toBe(strangersLink);
    // the stranger's link no longer works, not even with the stranger's password
    const old = await portalClient(t).gql(VERIFY, { t: strangersLink, p: STRANGER_PASSWORD });
    expect(old.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(old.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'token', reason: 'link_expired' });
    // nor does the stranger's password on the owner's link
    const wrong = await portalClient(t).gql(VERIFY, { t: ownersLink, p: STRANGER_PASSWORD });
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'password', reason: 'wrong_password' });
    // the owner's link with the owner's password verifies the address and signs the owner in
    const verified = await portalClient(t).ok(VERIFY, { t: ownersLink, p: PORTAL_PASSWORD });
    expect(verified.portalVerifyEmail.status).toBe('SIGNED_IN');
    const portal = portalClient(t);
    portal.bearer = verified.portalVerifyEmail.token;
    expect((await portal.ok('{ portalMe { email displayName } }')).portalMe).toEqual({ email, displayName: 'Owner' });
    // the owner sees the card they entered, not the stranger's
    const home = (await portal.ok(HOME)).portalHome;
    expect(home.clients).toHaveLength(1);
    expect((await su.query('select tax_code from client where id = $1', [home.clients[0].id])).rows[0].tax_code).toBe(ownersCard.taxCode);
    expect((await su.query('select count(*)::int as n from portal_user where email = $1', [email])).rows[0].n).toBe(1);
    // the stranger's registration grant is gone; the card it entered stays with the agency, as a prospect nobody on the portal sees
    expect((await su.query(`select name from portal_grant g join portal_grant_user gu on gu.grant_id = g.id where gu.email = $1`, [email])).rows).toEqual([{ name: `Owner (${email})` }]);
    expect((await su.query(`select count(*)::int as n from portal_grant where name = $1`, [`Stranger (${email})`])).rows[0].n).toBe(0);
    expect((await su.query('select status from client where tax_code = $1', [strangersCard.taxCode])).rows).toEqual([{ status: 'prospect' }]);
    // the takeover is audited, as an invitation's is: by the new registration, the stranger's grant withdrawn and removed, its link void
    const audit = await su.query(
      `select a.channel, a.user_email, a.before, a.after from audit_event a join portal_user u on u.id::text = a.entity_id
        where a.action = 'takeover' and a.entity_type = 'PortalUser' and u.email = $1`,
      [email],
    );
    expect(audit.rows).toEqual([
      {
        channel: 'portal',
        user_email: email,
        before: expect.objectContaining({ displayName: 'Stranger' }),
        after: expect.objectContaining({ via: 'registration', displayName: 'Owner', grantsLeft: [expect.any(String)], grantsRemoved: [expect.any(String)], sessionsEnded: 0, linksVoided: 1 }),
      },
    ]);
    // the owner signs in with their password; the stranger's password signs nobody in
    expect((await portalClient(t).signIn('ROSSI', email)).bearer).toBeTruthy();
    const stranger = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email, password: STRANGER_PASSWORD, bearer: true } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // verified now: a further registration with the address only sends the owner the notice, and changes nothing
    sent = mailbox.received.length;
    expect(await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: STRANGER_PASSWORD, displayName: 'Stranger again', client: newPerson() } })).toEqual(fresh);
    await mailbox.waitFor(email, sent);
    expect(await mailKinds(su, email)).toEqual(['portal.verify', 'portal.verify', 'portal.registration_exists']);
    expect((await portalClient(t).signIn('ROSSI', email)).bearer).toBeTruthy();
  });

  it('replaces a pending registration made under the same name as well (its grant is withdrawn before the new one is named)', async () => {
    const email = 'same.name@example.com';
    let sent = mailbox.received.length;
    await portalClient(t).ok(REGISTER, { i: { company: 'ROSSI', email, password: 'Stranger-Password-2026!', displayName: 'Anna Esposito', client: newPerson() } });
    await mailbox.waitFor(email, sent);
    sent = mailbox.received.length;
    expect(await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, displayName: 'Anna Esposito', client: newPerson() } })).toEqual({ status: 200, data: { portalRegister: true } });
    const token = portalLinkToken((await mailbox.waitFor(email, sent)).text ?? '', 'verify-email');
    expect((await portalClient(t).ok(VERIFY, { t: token, p: PORTAL_PASSWORD })).portalVerifyEmail.status).toBe('SIGNED_IN');
    expect((await su.query(`select count(*)::int as n from portal_grant where name = $1`, [`Anna Esposito (${email})`])).rows[0].n).toBe(1);
  });

  it('refuses bad registration input naming each field, and saves nothing', async () => {
    const before = { clients: await count('client'), users: await count('portal_user'), mail: await count('outbox_message') };
    const r = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email: 'not-an-address', password: 'short', client: { kind: 'PERSON', firstName: 'Ada' } } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['email', 'password']));
    const card = await portalClient(t).gql(REGISTER, { i: { company: 'ROSSI', email: 'ada@example.com', password: PORTAL_PASSWORD, client: { kind: 'PERSON', firstName: 'Ada' } } });
    expect(card.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['client.lastName']));
    const company = await portalClient(t).gql(REGISTER, { i: { company: 'NOSUCH', email: 'ada@example.com', password: PORTAL_PASSWORD, client: newPerson() } });
    expect(company.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('company');
    expect({ clients: await count('client'), users: await count('portal_user'), mail: await count('outbox_message') }).toEqual(before);
  });
});
