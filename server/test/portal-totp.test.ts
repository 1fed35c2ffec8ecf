import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { freshTotp, signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, HOME, PORTAL_PASSWORD, clientsWithPolicies, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/** TOTP enrolment from the portal's security settings (issue #12 item 3): begin, confirm with a code, then sign-in asks for it. */
let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let portal: PortalClient;
let grantId: string;
let enrolledSecret: string;
const email = 'totp.client@example.com';
const BEGIN = 'mutation { portalBeginTotp { secret otpauthUrl qrCodeDataUrl } }';
const CONFIRM = 'mutation($c: String!) { portalConfirmTotp(code: $c) }';
const SIGN_IN = 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { status token } }';
const enabled = async () => (await su.query('select totp_enabled from portal_user where email = $1', [email])).rows[0].totp_enabled;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  const [c] = await clientsWithPolicies(su, 'ROSSI', 1);
  grantId = (await agent.ok(CREATE_GRANT, { i: { name: 'TOTP', clientIds: [c.clientId] } })).createPortalGrant.id;
  portal = await invitedPortalUser(t, mailbox, agent, grantId, email);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('TOTP enrolment on the portal', () => {
  it('refuses a wrong confirmation code with BAD_USER_INPUT on code and leaves the second factor off', async () => {
    expect(await portal.code(CONFIRM, { c: '123456' })).toBe('BAD_USER_INPUT'); // not started
    const begun = (await portal.ok(BEGIN)).portalBeginTotp;
    expect(begun.otpauthUrl).toContain(encodeURIComponent(email));
    expect(begun.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const wrong = await portal.gql(CONFIRM, { c: '000000' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', reason: 'invalid_code' });
    expect(await enabled()).toBe(false);
  });

  it("refuses enrolment in staff's read-only \"view as\" (FORBIDDEN)", async () => {
    const grant = await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { id email } } }', { id: grantId });
    const member = grant.portalGrant.users.find((u: { email: string }) => u.email === email);
    const viewer = portalClient(t);
    viewer.bearer = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: member.id })).portalViewAs.token;
    expect(await viewer.code(BEGIN)).toBe('FORBIDDEN');
    expect(await viewer.code(CONFIRM, { c: '123456' })).toBe('FORBIDDEN');
    expect(await enabled()).toBe(false);
  });

  it('turns the second factor on with a code from the app; then sign-in asks for a code and the password alone reaches nothing', async () => {
    const { secret } = (await portal.ok(BEGIN)).portalBeginTotp;
    enrolledSecret = secret;
    expect(await portal.ok(CONFIRM, { c: await freshTotp(email, secret) })).toEqual({ portalConfirmTotp: true });
    expect(await enabled()).toBe(true);
    expect(await portal.code(BEGIN)).toBe('CONFLICT'); // already on
    const c = portalClient(t);
    const r = (await c.ok(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } })).portalSignIn;
    expect(r.status).toBe('SECOND_FACTOR_REQUIRED');
    c.bearer = r.token;
    expect(await c.code(HOME)).toBe('UNAUTHENTICATED');
    const ok = (await c.ok('mutation($c: String!) { portalVerifySecondFactor(code: $c) { status token } }', { c: await freshTotp(email, secret) })).portalVerifySecondFactor;
    expect(ok.status).toBe('SIGNED_IN');
    c.bearer = ok.token;
    expect((await c.ok(HOME)).portalHome.clients).toHaveLength(1);
  });

  it('turns the second factor off only with a valid code from the app (wrong code: BAD_USER_INPUT on code, still on; view as: FORBIDDEN); then the password alone signs in', async () => {
    const DISABLE = 'mutation($c: String!) { portalDisableTotp(code: $c) }';
    const wrong = await portal.gql(DISABLE, { c: '000000' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', reason: 'invalid_code' });
    expect(await enabled()).toBe(true);
    const grant = await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { id email } } }', { id: grantId });
    const viewer = portalClient(t);
    viewer.bearer = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: grant.portalGrant.users.find((u: { email: string }) => u.email === email).id })).portalViewAs.token;
    expect(await viewer.code(DISABLE, { c: '123456' })).toBe('FORBIDDEN');
    expect(await enabled()).toBe(true);
    // the codes of the earlier steps were spent by the sign-ins above: the test forgets the server's last step, not the check
    await su.query('update portal_user set totp_last_step = null where email = $1', [email]);
    expect(await portal.ok(DISABLE, { c: await freshTotp(email, enrolledSecret) })).toEqual({ portalDisableTotp: true });
    expect(await enabled()).toBe(false);
    expect(await portal.code(DISABLE, { c: '123456' })).toBe('CONFLICT');
    const r = (await portalClient(t).ok(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } })).portalSignIn;
    expect(r.status).toBe('SIGNED_IN');
  });
});
