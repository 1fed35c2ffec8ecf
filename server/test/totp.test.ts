import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { authenticator, totp } from 'otplib';
import { checkTotp } from '../src/modules/base/auth/totp.service.js';
import { resetRateLimits } from '../src/modules/base/auth/auth.service.js';
import { encryptSecret, sha256 } from '../src/core/crypto.js';
import type { RequestContext } from '../src/core/context.js';
import type { User } from '../src/modules/base/users/user.entity.js';
import { USERS, freshTotp, linkToken, mailbox, signedIn, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/** BASE-5: TOTP per RFC 6238, enrollment with QR code and recovery codes, mandatory for administrators. */

describe('RFC 6238 appendix B test vectors', () => {
  type Algorithm = NonNullable<Parameters<typeof totp.clone>[0]>['algorithm'];
  const seeds: Record<string, string> = {
    sha1: '12345678901234567890',
    sha256: '12345678901234567890123456789012',
    sha512: '1234567890123456789012345678901234567890123456789012345678901234',
  };
  const vectors: Array<[number, string, string, string]> = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  for (const [time, sha1, sha256code, sha512] of vectors) {
    it(`T = ${time}`, () => {
      for (const [algorithm, expected] of [['sha1', sha1], ['sha256', sha256code], ['sha512', sha512]] as const) {
        const generator = totp.clone({ digits: 8, algorithm: algorithm as Algorithm, epoch: time * 1000, step: 30 });
        expect(generator.generate(seeds[algorithm]), `${algorithm}`).toBe(expected);
        expect(generator.check(expected, seeds[algorithm])).toBe(true);
      }
    });
  }
});

describe('the server’s check (SHA-1, 6 digits, 30 s, one step of drift)', () => {
  // The RFC's SHA-1 seed in base32, as an authenticator app receives it.
  const base32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const ctx = { config: { secretKey: 'test-key' } } as unknown as RequestContext;
  const user = { totpSecret: encryptSecret(base32, 'test-key') } as User;
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts the last six digits of the RFC vector at its time, and the neighbouring steps only', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1111111109 * 1000);
    expect(authenticator.generate(base32)).toBe('081804');
    expect(checkTotp(ctx, user, '081805')).toBe(false);
    expect(checkTotp(ctx, user, '07081804')).toBe(false);
    expect(checkTotp(ctx, user, ' 081804 ')).toBe(true);
    // Never twice: once a time step is used, its code is refused (RFC 6238 §5.2).
    expect(checkTotp(ctx, user, '081804')).toBe(false);
    user.totpLastStep = null;
    vi.setSystemTime(1111111109 * 1000 + 30_000);
    expect(checkTotp(ctx, user, '081804')).toBe(true);
    user.totpLastStep = null;
    vi.setSystemTime(1111111109 * 1000 + 60_000);
    expect(checkTotp(ctx, user, '081804')).toBe(false);
    vi.setSystemTime(59 * 1000);
    expect(checkTotp(ctx, user, '287082')).toBe(true);
  });

  it('refuses anything but six digits, and a user without a secret', () => {
    expect(checkTotp(ctx, user, 'abcdef')).toBe(false);
    expect(checkTotp(ctx, user, '')).toBe(false);
    expect(checkTotp(ctx, { totpSecret: null } as User, '123456')).toBe(false);
  });
});

describe('enrollment and sign-in with a second factor', () => {
  let t: TestPlatform;
  let su: pg.Client;
  const box = mailbox();
  const email = 'nuovo.admin@rossi-assicurazioni.example';
  const password = 'Nuovo-Admin-Segreto-1';
  let secret: string;
  let recovery: string[];
  let membershipId: string;
  let giulia: GqlClient;

  beforeAll(async () => {
    t = await startTestPlatform({ sender: box });
    su = await t.superuser();
    giulia = await signedIn(t, USERS.rossiAdmin);
  });
  afterAll(async () => {
    await su?.end();
    await t?.stop();
  });

  async function login(): Promise<{ client: GqlClient; status: string }> {
    const client = t.client();
    const r = await client.ok<{ login: { status: string } }>('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }', { e: email, p: password });
    return { client, status: r.login.status };
  }

  it('an administrator invites a new administrator, who chooses a password from the e-mailed link', async () => {
    const roles = await giulia.ok<{ roles: Array<{ id: string; name: string }> }>('{ roles { id name } }');
    const adminRole = roles.roles.find((r) => r.name === 'Amministratore')!.id;
    const inv = await giulia.ok('mutation($r: ID!, $e: String!) { inviteUser(input: { email: $e, displayName: "Nuovo Admin", roleId: $r }) { id user { email } } }', { r: adminRole, e: email });
    membershipId = inv.inviteUser.id;
    const mail = await box.waitFor(email);
    expect(mail.subject).toBe('Invito a Rossi Assicurazioni S.r.l.');
    const token = linkToken(mail.text);
    expect(await t.client().ok('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }', { t: token, p: password })).toEqual({ resetPassword: true });
  });

  it('signs the new administrator in, but allows nothing until a second factor is enrolled', async () => {
    const { client, status } = await login();
    expect(status).toBe('SIGNED_IN');
    const me = await client.ok('{ me { mfaEnrollmentRequired rights company { code } } }');
    expect(me.me.mfaEnrollmentRequired).toBe(true);
    expect(me.me.rights).toContain('base:edit');
    for (const q of ['{ users { id } }', '{ roles { id } }', '{ mySessions { id } }', '{ auditEvents { totalCount } }', 'mutation { createRole(input: { name: "X", rights: [] }) { id } }']) {
      const r = await client.gql(q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.extensions?.reason, q).toBe('MFA_ENROLLMENT_REQUIRED');
    }
    // the file routes beside GraphQL refuse the same way: a bank file, a stored document (a random id:
    // the session is refused before any file is looked up)
    for (const path of ['/files/bank/', '/files/documents/']) {
      const res = await fetch(`${t.url}${path}${randomUUID()}`, { headers: client.authHeaders() });
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions, path).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' });
    }
  });

  it('enrols with a QR code and a confirming code, and gets ten recovery codes once', async () => {
    const { client } = await login();
    const begin = await client.ok<{ beginTotpEnrollment: { secret: string; otpauthUrl: string; qrCodeDataUrl: string } }>(
      'mutation { beginTotpEnrollment { secret otpauthUrl qrCodeDataUrl } }',
    );
    secret = begin.beginTotpEnrollment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(begin.beginTotpEnrollment.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe(`/Agency Platform:${email}`);
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Agency Platform');
    expect(begin.beginTotpEnrollment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]{100,}/);

    const current = await freshTotp(email, secret);
    const wrongCode = current === '000000' ? '111111' : '000000';
    const wrong = await client.gql('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: wrongCode });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    expect((await client.gql('{ users { id } }')).errors?.[0]?.extensions?.reason).toBe('MFA_ENROLLMENT_REQUIRED');

    const ok = await client.ok<{ confirmTotpEnrollment: string[] }>('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: current });
    recovery = ok.confirmTotpEnrollment;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    for (const code of recovery) expect(code).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    // The same session may now work.
    expect((await client.ok('{ me { mfaEnrollmentRequired } }')).me.mfaEnrollmentRequired).toBe(false);
    expect((await client.ok('{ users { id } }')).users.length).toBeGreaterThan(0);
    expect(await client.code('mutation { beginTotpEnrollment { secret } }')).toBe('CONFLICT');
    expect(await client.code('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: current })).toBe('CONFLICT');
  });

  it('keeps the secret encrypted and only hashes of the recovery codes', async () => {
    const { rows: [u] } = await su.query('select totp_enabled, totp_secret, recovery_codes from app_user where email = $1', [email]);
    expect(u.totp_enabled).toBe(true);
    expect(u.totp_secret).not.toContain(secret);
    expect(u.totp_secret.split('.')).toHaveLength(3);
    expect(u.recovery_codes).toHaveLength(10);
    expect(u.recovery_codes).toContain(sha256(recovery[0].replace(/-/g, '')));
    for (const code of recovery) expect(u.recovery_codes).not.toContain(code);
    const audit = await su.query(`select after::text as after from audit_event where entity_type = 'User' and entity_id = (select id::text from app_user where email = $1)`, [email]);
    expect(audit.rows.length).toBeGreaterThan(0);
    for (const row of audit.rows) {
      expect(row.after).not.toContain(secret);
      expect(row.after).not.toContain(recovery[0]);
    }
  });

  it('now asks for the second factor at sign-in, and a pending session can do nothing else', async () => {
    const { client, status } = await login();
    expect(status).toBe('SECOND_FACTOR_REQUIRED');
    expect((await client.ok('{ me { user { email } } }')).me).toBeNull();
    expect(await client.code('{ users { id } }')).toBe('UNAUTHENTICATED');
    const current = await freshTotp(email, secret);
    const wrong = await client.gql('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: current === '123456' ? '654321' : '123456' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    const ok = await client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: current });
    expect(ok.verifySecondFactor.status).toBe('SIGNED_IN');
    expect((await client.ok('{ me { user { email } } }')).me.user.email).toBe(email);
    expect(await client.code('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: current })).toBe('UNAUTHENTICATED');
  });

  it('never accepts the same code twice (RFC 6238 §5.2): a replayed code is refused in a new sign-in', async () => {
    const first = await login();
    const code = await freshTotp(email, secret);
    expect((await first.client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: code })).verifySecondFactor.status).toBe('SIGNED_IN');
    const second = await login();
    const replay = await second.client.gql('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: code });
    expect(replay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(replay.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    expect((await second.client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: await freshTotp(email, secret) })).verifySecondFactor.status).toBe('SIGNED_IN');
    await su.query('update app_user set failed_logins = 0 where email = $1', [email]);
  });

  it('gives a bearer client a new token after the second factor: the pending one is worth nothing', async () => {
    const client = t.client();
    const r = await client.ok('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p, bearer: true }) { status token } }', { e: email, p: password });
    const pending = r.login.token as string;
    expect(pending).toBeTruthy();
    client.bearer = pending;
    const v = await client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { token } }', { c: await freshTotp(email, secret) });
    expect(v.verifySecondFactor.token).not.toBe(pending);
    const old = t.client();
    old.bearer = pending;
    expect((await old.ok('{ me { user { email } } }')).me).toBeNull();
    client.bearer = v.verifySecondFactor.token;
    expect((await client.ok('{ me { user { email } } }')).me.user.email).toBe(email);
  });

  it('accepts a recovery code once, in any letter case or grouping, and not twice', async () => {
    const first = await login();
    const used = await first.client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: recovery[0] });
    expect(used.verifySecondFactor.status).toBe('SIGNED_IN');
    const { rows: events } = await su.query('select reason from login_event where email = $1 and success order by id desc limit 1', [email]);
    expect(events[0].reason).toBe('recovery_code');

    const second = await login();
    const again = await second.client.gql('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: recovery[0] });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    const other = await second.client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: recovery[1].replace(/-/g, '').toUpperCase() });
    expect(other.verifySecondFactor.status).toBe('SIGNED_IN');
    const { rows: [u] } = await su.query('select cardinality(recovery_codes) as n from app_user where email = $1', [email]);
    expect(u.n).toBe(8);
    await su.query('update app_user set failed_logins = 0 where email = $1', [email]);
  });

  it('regenerates the recovery codes with a current code; the old ones stop working', async () => {
    const { client } = await login();
    await client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: await freshTotp(email, secret) });
    const wrong = await client.gql('mutation { regenerateRecoveryCodes(code: "12345") }');
    expect(wrong.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['code']);
    const fresh = (await client.ok<{ regenerateRecoveryCodes: string[] }>('mutation($c: String!) { regenerateRecoveryCodes(code: $c) }', { c: await freshTotp(email, secret) })).regenerateRecoveryCodes;
    expect(fresh).toHaveLength(10);
    const next = await login();
    expect(await next.client.code('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: recovery[2] })).toBe('BAD_USER_INPUT');
    expect((await next.client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: fresh[0] })).verifySecondFactor.status).toBe('SIGNED_IN');
    await su.query('update app_user set failed_logins = 0 where email = $1', [email]);
  });

  it('refuses to turn the second factor off for an administrator', async () => {
    const { client } = await login();
    await client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: await freshTotp(email, secret) });
    expect(await client.code('mutation($c: String!) { disableTotp(code: $c) }', { c: await freshTotp(email, secret) })).toBe('FORBIDDEN');
    const { rows: [u] } = await su.query('select totp_enabled from app_user where email = $1', [email]);
    expect(u.totp_enabled).toBe(true);
  });

  it('lets an administrator reset a member’s lost second factor: their sessions end and they must enrol again', async () => {
    const { client } = await login();
    await client.ok('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: await freshTotp(email, secret) });
    await giulia.ok('mutation($id: ID!) { resetUserTotp(id: $id) { id } }', { id: membershipId });
    expect((await client.ok('{ me { user { email } } }')).me).toBeNull();
    const again = await login();
    expect(again.status).toBe('SIGNED_IN');
    expect((await again.client.ok('{ me { mfaEnrollmentRequired } }')).me.mfaEnrollmentRequired).toBe(true);
    const begin = await again.client.ok('mutation { beginTotpEnrollment { secret } }');
    secret = begin.beginTotpEnrollment.secret;
    await again.client.ok('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: await freshTotp(email, secret) });
  });

  it('limits wrong second factors per session, and counts them towards the account lock', async () => {
    const { client } = await login();
    const current = await freshTotp(email, secret);
    const wrongCode = current === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect(await client.code('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: wrongCode })).toBe('BAD_USER_INPUT');
    expect(await client.code('mutation($c: String!) { verifySecondFactor(code: $c) { status } }', { c: current })).toBe('RATE_LIMITED');
    expect((await client.ok('{ me { user { email } } }')).me).toBeNull();
    // Five wrong second factors lock the account like five wrong passwords (answered like a wrong password).
    const locked = await t.client().gql('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }', { e: email, p: password });
    expect(locked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    await su.query('update app_user set locked_until = null, failed_logins = 0 where email = $1', [email]);
  });

  it('counts wrong second-factor codes across password sign-ins until a correct code: 5 wrong codes spread over several sign-ins lock the account', async () => {
    await resetRateLimits();
    const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }';
    const VERIFY = 'mutation($c: String!) { verifySecondFactor(code: $c) { status } }';
    const current = await freshTotp(email, secret);
    const wrongCode = current === '000000' ? '111111' : '000000';
    // 2 + 2 wrong codes, each pair after a new, correct password: the password does not reset the count.
    for (let round = 0; round < 2; round++) {
      const { client, status } = await login();
      expect(status).toBe('SECOND_FACTOR_REQUIRED');
      for (let i = 0; i < 2; i++) expect(await client.code(VERIFY, { c: wrongCode })).toBe('BAD_USER_INPUT');
    }
    const { client: third } = await login();
    expect(await third.code(VERIFY, { c: wrongCode })).toBe('BAD_USER_INPUT'); // the fifth: locked now
    // The pending session cannot finish with the right code, and the password no longer opens a session.
    expect(await third.code(VERIFY, { c: current })).toBe('UNAUTHENTICATED');
    const again = await t.client().gql(LOGIN, { e: email, p: password });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    const { rows: [u] } = await su.query('select locked_until > now() as locked from app_user where email = $1', [email]);
    expect(u.locked).toBe(true);
    await su.query('update app_user set locked_until = null, failed_logins = 0 where email = $1', [email]);
  });

  it('starts the count of wrong codes from zero once a correct code completes a sign-in', async () => {
    const VERIFY = 'mutation($c: String!) { verifySecondFactor(code: $c) { status } }';
    const current = await freshTotp(email, secret);
    const wrongCode = current === '000000' ? '111111' : '000000';
    const first = await login();
    for (let i = 0; i < 4; i++) expect(await first.client.code(VERIFY, { c: wrongCode })).toBe('BAD_USER_INPUT');
    expect((await first.client.ok(VERIFY, { c: current })).verifySecondFactor.status).toBe('SIGNED_IN');
    const second = await login();
    for (let i = 0; i < 4; i++) expect(await second.client.code(VERIFY, { c: wrongCode })).toBe('BAD_USER_INPUT');
    expect((await second.client.ok(VERIFY, { c: await freshTotp(email, secret) })).verifySecondFactor.status).toBe('SIGNED_IN');
  });
});
