import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { authenticator } from 'otplib';
import { USERS, freshTotp, linkToken, mailbox, signedIn, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * BASE-6: the platform operator creates a company with its first administrator, who is invited by
 * e-mail and must enrol a second factor; the operator keeps no access to the company's data.
 */

let t: TestPlatform;
let su: pg.Client;
let operator: GqlClient;
const box = mailbox();

const CREATE = `mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id code name country locale currency } }`;
const input = (over: Record<string, string> = {}) => ({
  code: 'KOWALSKI',
  name: 'Kowalski Ubezpieczenia Sp. z o.o.',
  country: 'PL',
  locale: 'pl',
  currency: 'PLN',
  adminEmail: 'anna.kowalska@kowalski-ubezpieczenia.example',
  adminName: 'Anna Kowalska',
  ...over,
});

beforeAll(async () => {
  t = await startTestPlatform({ sender: box });
  su = await t.superuser();
  operator = await signedIn(t, USERS.operator);
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('creating a company', () => {
  let companyId: string;

  it('is for the operator only', async () => {
    const admin = await signedIn(t, USERS.rossiAdmin);
    expect(await admin.code(CREATE, { i: input() })).toBe('FORBIDDEN');
    expect(await admin.code('{ companies { code } }')).toBe('FORBIDDEN');
  });

  it('checks the input, naming each field', async () => {
    for (const [over, field] of [
      [{ code: 'ROSSI' }, 'code'],
      [{ code: 'x' }, 'code'],
      [{ country: 'Poland' }, 'country'],
      [{ locale: 'xx' }, 'locale'],
      [{ currency: 'zl' }, 'currency'],
      [{ adminEmail: 'anna' }, 'adminEmail'],
      [{ adminEmail: USERS.operator }, 'adminEmail'],
      [{ name: '' }, 'name'],
    ] as const) {
      const r = await operator.gql(CREATE, { i: input(over) });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(over)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field), JSON.stringify(over)).toEqual([field]);
    }
    expect((await su.query(`select count(*) as n from company`)).rows[0].n).toBe('2');
  });

  it('creates the company with its built-in roles and invites its administrator, audited as the operator', async () => {
    const r = await operator.ok(CREATE, { i: input({ code: 'kowalski' }) });
    companyId = r.createCompany.id;
    expect(r.createCompany).toMatchObject({ code: 'KOWALSKI', country: 'PL', locale: 'pl', currency: 'PLN' });
    const roles = await su.query('select name from role where company_id = $1 order by name', [companyId]);
    expect(roles.rows.map((x) => x.name)).toEqual(['Administrator', 'Agent', 'Księgowy', 'Likwidator szkód', 'Tylko odczyt']); // in the company's language (pl)
    const audit = await su.query('select distinct channel, user_email from audit_event where company_id = $1', [companyId]);
    expect(audit.rows).toEqual([{ channel: 'operator', user_email: USERS.operator }]);
    const verify = await su.query(`select count(*) as n from audit_event where company_id = $1 and hash = audit_event_hash(audit_event)`, [companyId]);
    expect(Number(verify.rows[0].n)).toBeGreaterThan(5);
    const mail = await box.waitFor('anna.kowalska@kowalski-ubezpieczenia.example');
    expect(mail.subject).toBe('Zaproszenie do Kowalski Ubezpieczenia Sp. z o.o.');
  });

  it('leaves the operator without access to the new company', async () => {
    const me = await operator.ok('{ me { companies { company { code } } } }');
    expect(me.me.companies).toEqual([]);
    expect(await operator.code('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: companyId })).toBe('FORBIDDEN');
    const { rows } = await su.query('select count(*) as n from membership m join app_user u on u.id = m.user_id where u.is_operator');
    expect(rows[0].n).toBe('0');
  });

  it('lets the invited administrator choose a password, then demands a second factor before anything else', async () => {
    const mail = await box.waitFor('anna.kowalska@kowalski-ubezpieczenia.example');
    const token = linkToken(mail.text);
    const weak = await t.client().gql('mutation($t: String!) { resetPassword(token: $t, newPassword: "Anna.Kowalska-2026") }', { t: token });
    expect(weak.errors?.[0]?.extensions?.fields?.map((f) => f.reason)).toEqual(['password_contains_email']);
    await t.client().ok('mutation($t: String!) { resetPassword(token: $t, newPassword: "Wisla-Krakow-Smok-1") }', { t: token });
    const anna = await t.client().login('anna.kowalska@kowalski-ubezpieczenia.example', 'Wisla-Krakow-Smok-1');
    const me = await anna.ok('{ me { company { code } roleName mfaEnrollmentRequired } }');
    expect(me.me).toEqual({ company: { code: 'KOWALSKI' }, roleName: 'Administrator', mfaEnrollmentRequired: true });
    const r = await anna.gql('{ users { id } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' });
    const begin = await anna.ok('mutation { beginTotpEnrollment { secret } }');
    await anna.ok('mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: await freshTotp('anna.kowalska@kowalski-ubezpieczenia.example', begin.beginTotpEnrollment.secret) });
    const users = await anna.ok<{ users: Array<{ user: { email: string } }> }>('{ users { user { email } } }');
    expect(users.users.map((u) => u.user.email)).toEqual(['anna.kowalska@kowalski-ubezpieczenia.example']);
  });

  it('adds an existing person as the administrator of another new company, with a notice instead of an invitation', async () => {
    const r = await operator.ok(CREATE, { i: input({ code: 'FERRARI-BROKER', name: 'Ferrari Broker', country: 'IT', locale: 'it', currency: 'EUR', adminEmail: USERS.both, adminName: 'Elena Ferrari' }) });
    const mail = await box.waitFor(USERS.both, (m) => m.kind === 'account.added');
    expect(mail.subject).toBe('You now have access to Ferrari Broker');
    const elena = await signedIn(t, USERS.both);
    const me = await elena.ok<{ me: { companies: Array<{ company: { code: string }; roleName: string }> } }>('{ me { companies { company { code } roleName } } }');
    expect(me.me.companies).toContainEqual({ company: { code: 'FERRARI-BROKER' }, roleName: 'Amministratore' });
    expect((await elena.ok('mutation($id: ID!) { switchCompany(companyId: $id) { mfaEnrollmentRequired } }', { id: r.createCompany.id })).switchCompany.mfaEnrollmentRequired).toBe(true);
    expect((await elena.gql('{ users { id } }')).errors?.[0]?.extensions?.reason).toBe('MFA_ENROLLMENT_REQUIRED');
  });

  it('lets a person who must enrol a second factor in one company switch back to one where she need not', async () => {
    const elena = await signedIn(t, USERS.both);
    const me = await elena.ok<{ me: { companies: Array<{ company: { id: string; code: string } }> } }>('{ me { companies { company { id code } } } }');
    const id = (code: string) => me.me.companies.find((c) => c.company.code === code)!.company.id;
    await elena.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: id('FERRARI-BROKER') });
    const back = await elena.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } mfaEnrollmentRequired } }', { id: id('ROSSI') });
    expect(back.switchCompany).toEqual({ company: { code: 'ROSSI' }, mfaEnrollmentRequired: false });
    expect(await elena.code('{ rightsCatalogue { module } }')).toBeUndefined();
  });
});
