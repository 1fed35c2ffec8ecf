import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { resetRateLimits, LOCK_THRESHOLD } from '../src/modules/base/auth/auth.service.js';
import { entitiesMappedDuring, PASSWORD, signedIn, USERS, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';

/** BASE-2 / BASE-3: sign-in, lockout, sessions and their revocation, password change, company switching. */

let t: TestPlatform;
let su: pg.Client;
let mailbox: Mailbox;
beforeAll(async () => {
  // A real SMTP server: the lockout notice is delivered by the outbox worker.
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  su = await t.superuser();
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});
// The per-address limiter has its own test file (login-rate-limit.test.ts).
beforeEach(async () => resetRateLimits());

const LOGIN = 'mutation($e: String!, $p: String!, $b: Boolean) { login(input: { email: $e, password: $p, bearer: $b }) { status token expiresAt } }';
const DAAN = 'daan.visser@vandenberg-verzekeringen.example';

async function loginEvents(email: string): Promise<Array<{ success: boolean; reason: string }>> {
  return (await su.query('select success, reason from login_event where email = $1 order by id', [email])).rows;
}

describe('signing in', () => {
  it('signs a browser in with an httpOnly, SameSite=Strict cookie and no token in the body', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: USERS.rossiAgent, p: PASSWORD } }),
    });
    const body = (await res.json()) as { data: { login: { status: string; token: string | null } } };
    expect(body.data.login).toMatchObject({ status: 'SIGNED_IN', token: null });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const c = t.client();
    c.cookie = cookie.split(';')[0];
    expect((await c.ok('{ me { user { email } company { code } } }')).me).toEqual({ user: { email: USERS.rossiAgent }, company: { code: 'ROSSI' } });
  });

  it('gives an API client a bearer token instead of a cookie', async () => {
    const c = await signedIn(t, USERS.rossiAgent, { bearer: true });
    expect(c.bearer).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(c.cookie).toBeNull();
    expect((await c.ok('{ me { user { email } } }')).me.user.email).toBe(USERS.rossiAgent);
    const stranger = t.client();
    stranger.bearer = c.bearer!.split('').reverse().join('');
    expect((await stranger.ok('{ me { user { email } } }')).me).toBeNull();
  });

  it('answers a wrong password and an unknown address alike, and records both', async () => {
    const c = t.client();
    const wrong = await c.gql(LOGIN, { e: USERS.rossiAccountant, p: 'Not-The-Password-1' });
    const unknown = await c.gql(LOGIN, { e: 'nobody@nowhere.example', p: 'Not-The-Password-1' });
    for (const r of [wrong, unknown]) {
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    }
    expect(c.cookie).toBeNull();
    expect((await loginEvents(USERS.rossiAccountant)).at(-1)).toEqual({ success: false, reason: 'wrong_password' });
    expect((await loginEvents('nobody@nowhere.example')).at(-1)).toEqual({ success: false, reason: 'unknown_user' });
    await su.query('update app_user set failed_logins = 0 where email = $1', [USERS.rossiAccountant]);
  });

  it('names the e-mail field when the address is not one', async () => {
    const r = await t.client().gql(LOGIN, { e: 'not an address', p: 'whatever' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['email']);
  });

  it('signs in with the address in any letter case', async () => {
    const c = t.client();
    expect((await c.ok(LOGIN, { e: USERS.rossiAgent.toUpperCase(), p: PASSWORD })).login.status).toBe('SIGNED_IN');
  });
});

describe('lockout', () => {
  const email = USERS.rossiAccountant;

  it(`locks the account after ${LOCK_THRESHOLD} wrong passwords: the right one is refused too`, async () => {
    const c = t.client();
    const eventsBefore = (await loginEvents(email)).length;
    for (let i = 0; i < LOCK_THRESHOLD; i++) {
      expect(await c.code(LOGIN, { e: email, p: `Wrong-Password-${i}` })).toBe('UNAUTHENTICATED');
    }
    const locked = await c.gql(LOGIN, { e: email, p: PASSWORD });
    expect(locked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(locked.data ?? null).toBeNull();
    expect(c.cookie).toBeNull();
    const events = (await loginEvents(email)).slice(eventsBefore);
    expect(events).toEqual([...Array.from({ length: LOCK_THRESHOLD }, () => ({ success: false, reason: 'wrong_password' })), { success: false, reason: 'locked' }]);
    const { rows: [u] } = await su.query('select locked_until > now() as locked from app_user where email = $1', [email]);
    expect(u.locked).toBe(true);
  });

  it('answers a locked account byte-identically to an unknown address (no enumeration), and tells the locked-out person by e-mail in their language', async () => {
    const LOGIN_ONLY = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }';
    // the account locked by the test above, with the right and a wrong password, and an address no one has
    const bodies: string[] = [];
    for (const variables of [{ e: email, p: PASSWORD }, { e: email, p: 'Wrong-Password-9' }, { e: 'nobody@rossi-assicurazioni.example', p: PASSWORD }]) {
      const { status, json } = await t.client().raw(JSON.stringify({ query: LOGIN_ONLY, variables }));
      expect(status).toBe(200);
      const { status: _s, ...body } = json;
      bodies.push(JSON.stringify(body));
    }
    expect(bodies[0]).toBe(bodies[2]);
    expect(bodies[1]).toBe(bodies[2]);
    expect(JSON.parse(bodies[2]).errors[0]).toMatchObject({ message: 'Wrong e-mail or password.', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.parse(bodies[2]).errors[0].extensions.retryAfterSeconds).toBeUndefined();
    // Laura's account is Italian: the notice is in Italian, with a link to choose a new password.
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe('Il suo account è bloccato per 15 minuti');
    expect(mail.text).toContain(`${t.config.publicUrl}/forgot-password`);
  });

  it('lets the person in again once the lock has passed', async () => {
    await su.query(`update app_user set locked_until = now() - interval '1 second' where email = $1`, [email]);
    const c = t.client();
    expect((await c.ok(LOGIN, { e: email, p: PASSWORD })).login.status).toBe('SIGNED_IN');
    expect((await loginEvents(email)).at(-1)).toEqual({ success: true, reason: 'password' });
  });

  it('counts only consecutive failures: a success in between starts again from zero', async () => {
    const c = t.client();
    for (let i = 0; i < LOCK_THRESHOLD - 1; i++) expect(await c.code(LOGIN, { e: email, p: `Wrong-Password-${i}` })).toBe('UNAUTHENTICATED');
    expect((await c.ok(LOGIN, { e: email, p: PASSWORD })).login.status).toBe('SIGNED_IN');
    for (let i = 0; i < LOCK_THRESHOLD - 1; i++) expect(await c.code(LOGIN, { e: email, p: `Wrong-Password-${i}` })).toBe('UNAUTHENTICATED');
    expect((await t.client().ok(LOGIN, { e: email, p: PASSWORD })).login.status).toBe('SIGNED_IN');
  });
});

describe('sessions', () => {
  it('ends a session at logout: the old cookie is worth nothing afterwards', async () => {
    const c = await signedIn(t, USERS.rossiAgent);
    const cookie = c.cookie!;
    expect(await c.ok('mutation { logout }')).toEqual({ logout: true });
    expect(c.cookie).toBeNull();
    const replay = t.client();
    replay.cookie = cookie;
    expect((await replay.ok('{ me { user { email } } }')).me).toBeNull();
    expect(await replay.code('{ mySessions { id } }')).toBe('UNAUTHENTICATED');
  });

  it('lists the user’s sessions and revokes another one by id', async () => {
    const laptop = await signedIn(t, USERS.vdbergAgent);
    const phone = await signedIn(t, USERS.vdbergAgent, { bearer: true });
    const sessions = (await laptop.ok<{ mySessions: Array<{ id: string; kind: string; current: boolean }> }>('{ mySessions { id kind current } }')).mySessions;
    expect(sessions.map((s) => s.kind).sort()).toEqual(['bearer', 'cookie']);
    // "This device": the laptop's own session is the current one, seen from the laptop.
    expect(sessions.filter((s) => s.current).map((s) => s.kind)).toEqual(['cookie']);
    const fromPhone = (await phone.ok<{ mySessions: Array<{ kind: string; current: boolean }> }>('{ mySessions { kind current } }')).mySessions;
    expect(fromPhone.filter((s) => s.current).map((s) => s.kind)).toEqual(['bearer']);
    const phoneSession = sessions.find((s) => s.kind === 'bearer')!;
    expect(await laptop.ok('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession.id })).toEqual({ revokeSession: true });
    expect((await phone.ok('{ me { user { email } } }')).me).toBeNull();
    expect((await laptop.ok('{ me { user { email } } }')).me.user.email).toBe(USERS.vdbergAgent);
    expect(await laptop.code('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession.id })).toBe('NOT_FOUND');
  });

  it('logs out everywhere: every session of the user ends, others’ do not', async () => {
    const a = await signedIn(t, USERS.vdbergAgent);
    const b = await signedIn(t, USERS.vdbergAgent, { bearer: true });
    const other = await signedIn(t, USERS.rossiAgent);
    const n = (await a.ok<{ logoutEverywhere: number }>('mutation { logoutEverywhere }')).logoutEverywhere;
    expect(n).toBeGreaterThanOrEqual(2);
    for (const c of [a, b]) expect(await c.code('{ mySessions { id } }')).toBe('UNAUTHENTICATED');
    expect((await other.ok('{ me { user { email } } }')).me.user.email).toBe(USERS.rossiAgent);
  });

  it('ends a session when it expires', async () => {
    const c = await signedIn(t, USERS.rossiAgent, { bearer: true });
    await su.query(`update user_session set expires_at = now() - interval '1 second' where token_hash = encode(sha256($1::bytea), 'hex')`, [c.bearer]);
    expect((await c.ok('{ me { user { email } } }')).me).toBeNull();
  });
});

describe('password change', () => {
  it('checks the current password and the rules, naming the field', async () => {
    const c = await signedIn(t, DAAN);
    const wrong = await c.gql('mutation { changePassword(currentPassword: "Nope-nope-123", newPassword: "Brand-New-Secret-42") }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'currentPassword', reason: 'wrong_password' })]);
    const weak = await c.gql('mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "short") }', { p: PASSWORD });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reasons = weak.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.reason}`);
    expect(reasons).toEqual(expect.arrayContaining(['newPassword:password_too_short', 'newPassword:password_too_few_kinds']));
    const own = await c.gql('mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "Daan.Visser-2026!") }', { p: PASSWORD });
    expect(own.errors?.[0]?.extensions?.fields?.map((f) => f.reason)).toContain('password_contains_email');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await signedIn(t, DAAN);
    const elsewhere = await signedIn(t, DAAN, { bearer: true });
    const next = 'Tulip-Canal-Bicycle-7';
    expect(await here.ok('mutation($p: String!, $n: String!) { changePassword(currentPassword: $p, newPassword: $n) }', { p: PASSWORD, n: next })).toEqual({ changePassword: true });
    expect((await here.ok('{ me { user { email } } }')).me.user.email).toBe(DAAN);
    expect((await elsewhere.ok('{ me { user { email } } }')).me).toBeNull();
    expect(await t.client().code(LOGIN, { e: DAAN, p: PASSWORD })).toBe('UNAUTHENTICATED');
    expect((await t.client().ok(LOGIN, { e: DAAN, p: next })).login.status).toBe('SIGNED_IN');
    const { rows: [u] } = await su.query('select password_hash from app_user where email = $1', [DAAN]);
    expect(u.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('company switching', () => {
  let elena: GqlClient;
  let companyIds: Record<string, string>;
  beforeAll(async () => {
    elena = await signedIn(t, USERS.both);
    const me = await elena.ok<{ me: { companies: Array<{ company: { id: string; code: string }; roleName: string }> } }>('{ me { companies { company { id code } roleName } } }');
    companyIds = Object.fromEntries(me.me.companies.map((c) => [c.company.code, c.company.id]));
    expect(me.me.companies.map((c) => `${c.company.code}:${c.roleName}`).sort()).toEqual(['ROSSI:Agente', 'VDBERG:Alleen lezen']);
  });

  it('switches the active company without signing in again, with that company’s rights', async () => {
    expect((await elena.ok('{ me { company { code } roleName } }')).me).toEqual({ company: { code: 'ROSSI' }, roleName: 'Agente' });
    const switched = await elena.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } roleName rights } }', { id: companyIds.VDBERG });
    expect(switched.switchCompany.company.code).toBe('VDBERG');
    expect(switched.switchCompany.roleName).toBe('Alleen lezen');
    expect(switched.switchCompany.rights).toContain('clients:view');
    expect(switched.switchCompany.rights).not.toContain('clients:create');
    // The session remembers it.
    const me = await elena.ok('{ me { company { code } rights } }');
    expect(me.me.company.code).toBe('VDBERG');
    expect(me.me.rights).not.toContain('clients:create');
    // Another session of the same person keeps its own company.
    const other = await signedIn(t, USERS.both);
    expect((await other.ok('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
    await elena.switchTo('ROSSI');
    expect((await elena.ok('{ me { rights } }')).me.rights).toContain('clients:create');
  });

  it('refuses a company the user does not belong to, and keeps the current one', async () => {
    const marco = await signedIn(t, USERS.rossiAgent);
    expect(await marco.code('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: companyIds.VDBERG })).toBe('FORBIDDEN');
    expect(await marco.code('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: '6b1d0c1e-0000-4000-8000-000000000000' })).toBe('FORBIDDEN');
    expect((await marco.ok('{ me { company { code } rights } }')).me.company.code).toBe('ROSSI');
    const bad = await marco.gql('mutation { switchCompany(companyId: "ROSSI") { company { code } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['companyId']);
  });
});

describe('the request’s session', () => {
  it('answers a read with the session and user as read by the request’s opening statement, mapping no entity for them (nothing for the commit to compare)', async () => {
    const admin = await signedIn(t, USERS.rossiAdmin);
    let page: { clients: { total: number } } = { clients: { total: 0 } };
    const mapped = await entitiesMappedDuring(t, async () => {
      page = await admin.ok('{ clients(first: 5) { total } }');
    });
    expect(page.clients.total).toBeGreaterThan(0);
    expect(mapped).toEqual([]);
    // who is signed in, the rights and the second-factor rule still come from that statement
    const me = await admin.ok('{ me { user { email } rights mfaEnrollmentRequired } }');
    expect(me.me.user.email).toBe(USERS.rossiAdmin);
    expect(me.me.rights).toContain('base:edit');
    expect(me.me.mfaEnrollmentRequired).toBe(false);
  });
});
