import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { PASSWORD, USERS, linkToken, signedIn, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * BASE-2: password reset by an e-mailed one-time link, delivered through a real SMTP server by the
 * outbox worker; the reset ends every session and the link works once.
 */

let t: TestPlatform;
let su: pg.Client;
let mailbox: Mailbox;
let received: Mailbox['received'];

const mailTo = (address: string, after = 0, timeoutMs = 15_000) => mailbox.waitFor(address, after, timeoutMs);

async function outboxStatus(id: string, until: string, timeoutMs = 10_000): Promise<{ status: string; attempts: number; company_id: string | null; kind: string }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { rows: [row] } = await su.query('select status, attempts, company_id, kind from outbox_message where id = $1', [id]);
    if (row?.status === until || Date.now() > end) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }';

beforeAll(async () => {
  mailbox = await startMailbox();
  received = mailbox.received;
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  su = await t.superuser();
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('password reset by e-mail', () => {
  const email = USERS.rossiAgent;
  const next = 'Gondola-Rialto-Ponte-9';
  let browser: GqlClient;
  let api: GqlClient;
  let token: string;

  it('sends the link through the SMTP server, in the person’s language', async () => {
    browser = await signedIn(t, email);
    api = await signedIn(t, email, { bearer: true });
    const before = received.length;
    expect(await t.client().ok(REQUEST, { e: email.toUpperCase() })).toEqual({ requestPasswordReset: true });
    const mail = await mailTo(email, before);
    expect(mail.from?.value[0].address).toBe('no-reply@agency.localhost');
    expect(mail.subject).toBe('Reimposta la password');
    expect(mail.text).toContain('Gentile Marco Bianchi');
    expect(mail.text).toContain(`${t.config.publicUrl}/reset-password?token=`);
    token = linkToken(mail.text ?? '');
    // Delivered from the outbox: the row is marked sent, an account mail without a company.
    const id = /<(.+)@agency-platform>/.exec(mail.messageId ?? '')?.[1];
    expect(id).toBeTruthy();
    expect(await outboxStatus(id!, 'sent')).toEqual({ status: 'sent', attempts: 1, company_id: null, kind: 'account.reset' });
    // Only the SHA-256 of the token is stored.
    const { rows } = await su.query('select token_hash from password_reset_token where token_hash = $1 or token_hash = encode(sha256($1::bytea), \'hex\')', [token]);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    expect(rows).toHaveLength(1);
  });

  it('keeps account mail out of the company’s mail list', async () => {
    const admin = await signedIn(t, USERS.rossiAdmin);
    const list = await admin.ok<{ outboxMessages: Array<{ kind: string; to: string }> }>('{ outboxMessages { kind to } }');
    expect(list.outboxMessages.filter((m) => m.kind === 'account.reset')).toEqual([]);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = received.length;
    expect(await t.client().ok(REQUEST, { e: 'nobody@nowhere.example' })).toEqual({ requestPasswordReset: true });
    const bad = await t.client().gql(REQUEST, { e: 'not an address' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['email']);
    const { rows } = await su.query(`select count(*) as n from outbox_message where to_address = 'nobody@nowhere.example'`);
    expect(rows[0].n).toBe('0');
    await new Promise((r) => setTimeout(r, 500));
    expect(received.slice(before)).toEqual([]);
  });

  it('refuses a weak new password, naming the field, and keeps the link usable', async () => {
    const r = await t.client().gql(RESET, { t: token, p: 'password1234' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors?.[0]?.extensions?.fields ?? [];
    expect(fields.every((f) => f.field === 'newPassword')).toBe(true);
    expect(fields.map((f) => f.reason)).toContain('password_too_common');
    const { rows: [row] } = await su.query(`select used_at from password_reset_token where token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(row.used_at).toBeNull();
  });

  it('sets the new password, ends every session, and refuses the old password', async () => {
    expect(await t.client().ok(RESET, { t: token, p: next })).toEqual({ resetPassword: true });
    expect((await browser.ok('{ me { user { email } } }')).me).toBeNull();
    expect((await api.ok('{ me { user { email } } }')).me).toBeNull();
    expect(await t.client().code(LOGIN, { e: email, p: PASSWORD })).toBe('UNAUTHENTICATED');
  });

  it('refuses the link a second time, naming the token', async () => {
    const r = await t.client().gql(RESET, { t: token, p: 'Another-Fresh-Secret-3' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'token', reason: 'link_expired' })]);
    expect(await t.client().code(RESET, { t: 'made-up-token', p: 'Another-Fresh-Secret-3' })).toBe('BAD_USER_INPUT');
  });

  it('signs in with the new password', async () => {
    const c = t.client();
    expect((await c.ok(LOGIN, { e: email, p: next })).login.status).toBe('SIGNED_IN');
    expect((await c.ok('{ me { user { email } company { code } } }')).me).toEqual({ user: { email }, company: { code: 'ROSSI' } });
  });

  it('burns every earlier link when one is used, and refuses an expired one', async () => {
    const before = received.length;
    await t.client().ok(REQUEST, { e: email });
    const first = linkToken((await mailTo(email, before)).text ?? '');
    const middle = received.length;
    await t.client().ok(REQUEST, { e: email });
    const second = linkToken((await mailTo(email, middle)).text ?? '');
    expect(second).not.toBe(first);
    expect(await t.client().ok(RESET, { t: second, p: 'Lagoon-Vaporetto-22' })).toEqual({ resetPassword: true });
    expect(await t.client().code(RESET, { t: first, p: 'Lagoon-Vaporetto-23' })).toBe('BAD_USER_INPUT');

    const third = received.length;
    await t.client().ok(REQUEST, { e: email });
    const late = linkToken((await mailTo(email, third)).text ?? '');
    await su.query(`update password_reset_token set expires_at = now() - interval '1 second' where token_hash = encode(sha256($1::bytea), 'hex')`, [late]);
    const r = await t.client().gql(RESET, { t: late, p: 'Lagoon-Vaporetto-24' });
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['token']);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    await su.query(`update app_user set locked_until = now() + interval '10 minutes' where email = $1`, [email]);
    // locked: answered like a wrong password (no enumeration)
    expect(await t.client().code(LOGIN, { e: email, p: 'Lagoon-Vaporetto-22' })).toBe('UNAUTHENTICATED');
    const before = received.length;
    await t.client().ok(REQUEST, { e: email });
    const fresh = linkToken((await mailTo(email, before)).text ?? '');
    await t.client().ok(RESET, { t: fresh, p: 'Murano-Glass-Works-5' });
    expect((await t.client().ok(LOGIN, { e: email, p: 'Murano-Glass-Works-5' })).login.status).toBe('SIGNED_IN');
  });
});
