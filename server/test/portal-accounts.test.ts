import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { authenticator } from 'otplib';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, HOME, PORTAL_PASSWORD, clientsWithPolicies, invitedPortalUser, portalClient, resetPortalLimits } from './portal-helpers.js';
import { buildBarePortalSchema, PORTAL_RULES } from '../src/modules/portal/portal-schema.js';
import { buildBareSchema, ruleMap } from '../src/core/schema.js';
import { encryptSecret } from '../src/core/crypto.js';
import { PORTAL_DEMO } from '../src/seeds/portal.seeder.js';

/** PO-9: the portal is its own schema with its own accounts; staff and portal sessions never cross. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let grantId: string;
const SIGN_IN = 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { status token } }';

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  const [family] = await clientsWithPolicies(su, 'ROSSI', 1);
  const r = await agent.ok(CREATE_GRANT, { i: { name: 'Family', clientIds: [family.clientId] } });
  grantId = r.createPortalGrant.id;
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('a separate schema', () => {
  let portal: GraphQLSchema;
  let staff: GraphQLSchema;
  beforeAll(async () => {
    portal = await buildBarePortalSchema();
    staff = await buildBareSchema();
  });

  it('holds only portal operations and portal types: no staff operation, type or field is reachable', () => {
    const portalOps = [...Object.keys(portal.getQueryType()!.getFields()), ...Object.keys(portal.getMutationType()!.getFields())];
    expect(portalOps.every((f) => f.startsWith('portal'))).toBe(true);
    const staffOps = new Set([...Object.keys(staff.getQueryType()!.getFields()), ...Object.keys(staff.getMutationType()!.getFields())]);
    expect(portalOps.filter((f) => staffOps.has(f))).toEqual([]);
    const objectTypes = Object.values(portal.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__'));
    const names = objectTypes.map((type) => type.name).filter((n) => n !== 'Query' && n !== 'Mutation');
    expect(names.every((n) => n.startsWith('Portal'))).toBe(true);
    for (const forbiddenType of ['Client', 'Policy', 'Claim', 'User', 'Me', 'Company', 'Session']) expect(portal.getType(forbiddenType)).toBeUndefined();
    // and the staff schema has no portal-only operation either
    expect([...staffOps].filter((f) => f === 'portalHome' || f === 'portalSignIn')).toEqual([]);
    for (const type of objectTypes) if (isObjectType(type)) for (const f of Object.values(type.getFields())) expect(getNamedType(f.type).name).not.toBe('Client');
  });

  it('gives every portal operation an explicit rule and refuses a visitor with UNAUTHENTICATED on all but sign-in', async () => {
    const rules = ruleMap(portal, PORTAL_RULES) as Record<'Query' | 'Mutation', Record<string, unknown>>;
    const fields = { Query: Object.keys(portal.getQueryType()!.getFields()), Mutation: Object.keys(portal.getMutationType()!.getFields()) };
    for (const root of ['Query', 'Mutation'] as const) expect(fields[root].filter((f) => !rules[root][f])).toEqual([]);
    const visitor = portalClient(t);
    expect(await visitor.code(HOME)).toBe('UNAUTHENTICATED');
    expect(await visitor.code('query($id: ID!) { portalContract(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' })).toBe('UNAUTHENTICATED');
    expect(await visitor.code('query($id: ID!) { portalClaim(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' })).toBe('UNAUTHENTICATED');
    expect(await visitor.code('mutation { portalVerifySecondFactor(code: "123456") { status } }')).toBe('UNAUTHENTICATED');
    expect((await visitor.ok('{ portalMe { id } }')).portalMe).toBeNull();
    // an operation of the staff schema does not exist on the portal endpoint
    const staffOp = await visitor.gql('{ me { user { email } } }');
    expect(staffOp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(staffOp.errors?.[0]?.message).toMatch(/Cannot query field "me"/);
  });
});

describe('portal accounts and sessions', () => {
  let member: Awaited<ReturnType<typeof invitedPortalUser>>;
  const email = 'anna.family@example.com';
  beforeAll(async () => {
    member = await invitedPortalUser(t, mailbox, agent, grantId, email);
  });

  it('staff endpoints refuse a portal session with UNAUTHENTICATED', async () => {
    expect((await member.ok('{ portalMe { email companyCode companyName companyCurrency } }')).portalMe).toEqual({ email, companyCode: 'ROSSI', companyName: 'Rossi Assicurazioni S.r.l.', companyCurrency: 'EUR' });
    const onStaff = t.client();
    onStaff.bearer = member.bearer;
    expect(await onStaff.code('{ mySessions { id } }')).toBe('UNAUTHENTICATED');
    expect(await onStaff.code('{ portalGrants { id } }')).toBe('UNAUTHENTICATED');
    expect((await onStaff.ok('{ me { user { email } } }')).me).toBeNull();
  });

  it('the portal refuses a staff session with UNAUTHENTICATED', async () => {
    const staff = await signedIn(t, USERS.rossiAgent, { bearer: true });
    const onPortal = portalClient(t);
    onPortal.bearer = staff.bearer;
    expect(await onPortal.code(HOME)).toBe('UNAUTHENTICATED');
    expect((await onPortal.ok('{ portalMe { id } }')).portalMe).toBeNull();
  });

  it('keeps portal users apart from staff users: a staff address and password do not sign in to the portal', async () => {
    const r = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email: USERS.rossiAgent, password: 'Demo-Password-2026', bearer: true } });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const accounts = await su.query('select count(*)::int as n from app_user where email = $1', [email]);
    expect(accounts.rows[0].n).toBe(0);
    const hash = await su.query('select password_hash from portal_user where email = $1', [email]);
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with e-mail and password on the company portal, and the session ends with sign-out', async () => {
    const c = await portalClient(t).signIn('ROSSI', email);
    expect((await c.ok(HOME)).portalHome.clients).toHaveLength(1);
    expect(await c.ok('mutation { portalSignOut }')).toEqual({ portalSignOut: true });
    expect(await c.code(HOME)).toBe('UNAUTHENTICATED');
    // another company's portal knows no such account
    expect(await portalClient(t).code(SIGN_IN, { i: { company: 'VDBERG', email, password: PORTAL_PASSWORD, bearer: true } })).toBe('UNAUTHENTICATED');
  });

  it('locks a portal account after 5 wrong passwords, answers the locked account like a wrong password, and e-mails its owner', async () => {
    const locked = 'locked.member@example.com';
    await invitedPortalUser(t, mailbox, agent, grantId, locked);
    const before = mailbox.received.length;
    const attempt = (password: string) => portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email: locked, password, bearer: true } });
    for (let i = 0; i < 5; i++) {
      const r = await attempt('Wrong-Password-99');
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const right = await attempt(PORTAL_PASSWORD);
    const unknown = await attempt('Wrong-Password-99');
    expect(right.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(right.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const mail = await mailbox.waitFor(locked, before);
    expect(mail.subject).toMatch(/locked|bloccato/i);
  });

  it('asks a portal account with TOTP on for its code: the password alone reaches nothing', async () => {
    const secret = authenticator.generateSecret(20);
    await su.query('update portal_user set totp_secret = $1, totp_enabled = true where email = $2', [encryptSecret(secret, t.config.secretKey), email]);
    const c = portalClient(t);
    const r = await c.ok(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } });
    expect(r.portalSignIn.status).toBe('SECOND_FACTOR_REQUIRED');
    c.bearer = r.portalSignIn.token;
    expect(await c.code(HOME)).toBe('UNAUTHENTICATED');
    const wrong = await c.gql('mutation($c: String!) { portalVerifySecondFactor(code: $c) { status } }', { c: '000000' });
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('code');
    const ok = await c.ok('mutation($c: String!) { portalVerifySecondFactor(code: $c) { status token } }', { c: authenticator.generate(secret) });
    expect(ok.portalVerifySecondFactor.status).toBe('SIGNED_IN');
    c.bearer = ok.portalVerifySecondFactor.token;
    expect((await c.ok(HOME)).portalHome.clients).toHaveLength(1);
    await su.query('update portal_user set totp_secret = null, totp_enabled = false, totp_last_step = null where email = $1', [email]);
  });

  it('refuses to sign in an account whose e-mail is not verified', async () => {
    await su.query('update portal_user set email_verified_at = null where email = $1', [email]);
    const r = await portalClient(t).gql(SIGN_IN, { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD, bearer: true } });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    await su.query('update portal_user set email_verified_at = now() where email = $1', [email]);
  });

  it('keeps the portal session in its own cookie on the portal path, not the staff cookie', async () => {
    const res = await fetch(`${t.url}/portal/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { i: { company: 'ROSSI', email, password: PORTAL_PASSWORD } } }),
    });
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/portal_sid=[^;]+;.*Path=\/portal/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/(^|\n)sid=/);
  });
});

describe('demo data', () => {
  it('seeds a demo portal account that signs in to ROSSI\'s portal and sees its grant\'s two clients', async () => {
    const c = await portalClient(t).signIn(PORTAL_DEMO.company, PORTAL_DEMO.email, 'Demo-Password-2026');
    const home = (await c.ok(HOME)).portalHome;
    expect(home.clients).toHaveLength(2);
    expect(home.contracts.every((p: { status: string }) => ['POLICY', 'OWN'].includes(p.status))).toBe(true);
  });
});
