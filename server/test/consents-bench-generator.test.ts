import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { generateClients } from '../bench/generate-clients.js';
import { generateConsents } from '../bench/generate-consents.js';
import { PENDING, RECORD_CONSENTS, TIMELINE, VERIFY, answersFor, formsByCode } from './consents-helpers.js';

/**
 * The benchmark's consents generator (issue #11, "Speed and integrity") on a small data set: the
 * chains it writes set-based, with the triggers off, must be the chains the module writes — verified
 * by the module's own verification, continued by the API, and caught when tampered with.
 */
let t: TestPlatform;
let su: pg.Client;
let marco: GqlClient; // agent of ROSSI, made an agent of GEN01 too
let gen01: string;
let withEmail = 0;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const url = new URL(inject('superuserUrl'));
  url.pathname = `/${t.databaseName}`;
  await generateClients(url.toString(), { companies: 4, clients: 400 });
  await generateConsents(url.toString());
  su = await t.superuser();
  gen01 = (await su.query(`select id from company where code = 'GEN01'`)).rows[0].id;
  const { rows: [role] } = await su.query(
    `insert into role (company_id, name, template, rights) select $1, 'Agent', 'agent', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'agent' returning id`,
    [gen01],
  );
  await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = $3`, [gen01, role.id, USERS.rossiAgent]);
  marco = await signedIn(t, USERS.rossiAgent);
  await marco.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: gen01 });
  withEmail = Number((await su.query(
    `select count(*) from client c where c.company_id = $1 and exists (select 1 from client_contact k where k.client_id = c.id and k.kind in ('email', 'pec'))`, [gen01])).rows[0].count);
}, 120_000);
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('the consents generator of the benchmark', () => {
  it('writes the e-consent agreement and the privacy notice for every generated client with an e-mail address, in every generated company', async () => {
    const { rows } = await su.query(
      `select count(*)::int as records, count(distinct r.client_id)::int as clients, count(distinct r.company_id)::int as companies,
              count(*) filter (where r.seq = 1 and f.code = 'ECONSENT')::int as first, count(*) filter (where r.seq = 2 and f.code = 'PRIVACY')::int as second
         from consent_record r join consent_form f on f.id = r.form_id join company c on c.id = r.company_id where c.code like 'GEN%'`,
    );
    const clientsWithEmail = Number((await su.query(
      `select count(*) from client c join company co on co.id = c.company_id where co.code like 'GEN%' and exists (select 1 from client_contact k where k.client_id = c.id and k.kind in ('email', 'pec'))`)).rows[0].count);
    expect(clientsWithEmail).toBeGreaterThan(300);
    expect(rows[0]).toEqual({ records: 2 * clientsWithEmail, clients: clientsWithEmail, companies: 4, first: clientsWithEmail, second: clientsWithEmail });
  });

  it('writes chains that the module verifies: every hash, link and position as the trigger computes them', async () => {
    const report = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    expect(report).toEqual({ ok: true, checked: 2 * withEmail, clients: withEmail, breaks: [] });
    // the text hash of each generated version is the one publishing computes
    const { rows } = await su.query(`select count(*)::int as bad from consent_form_version v join company c on c.id = v.company_id
      where c.code like 'GEN%' and v.text_hash <> consent_text_hash(v.title, v.body, v.clauses)`);
    expect(rows[0].bad).toBe(0);
  });

  it('lets the API continue a generated chain: a new answer links to the generated last record', async () => {
    const { rows: [c] } = await su.query(`select client_id, hash from consent_record where company_id = $1 and seq = 2 order by client_id limit 1`, [gen01]);
    const F = await formsByCode(marco);
    const [rec] = (await marco.ok(RECORD_CONSENTS, { input: { clientId: c.client_id, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, ['marketing_email'])] } })).recordConsents;
    expect(rec).toMatchObject({ seq: 3, prevHash: c.hash, decision: 'ACCEPTED' });
    const chain = (await marco.ok(TIMELINE, { id: c.client_id })).consentRecords;
    expect(chain.map((r: any) => [r.seq, r.form.code])).toEqual([[1, 'ECONSENT'], [2, 'PRIVACY'], [3, 'MARKETING']]);
    expect((await marco.ok(VERIFY, { id: c.client_id })).consentChainVerification).toMatchObject({ ok: true, checked: 3 });
  });

  it('makes every generated client pending after a new version of the privacy notice', async () => {
    const F = await formsByCode(marco);
    expect((await marco.ok(PENDING, { formId: F.PRIVACY.id })).consentPending.total).toBe(0);
    const v = F.PRIVACY.current as any;
    await marco.ok(`mutation($id: ID!, $i: ConsentDraftInput!) { saveConsentDraft(formId: $id, input: $i) { id } }`, {
      id: F.PRIVACY.id,
      i: { title: [{ lang: 'it', text: 'Informativa privacy (2)' }], body: [{ lang: 'it', text: 'Nuovo testo.' }], clauses: v.clauses.map((c: any) => ({ key: c.key, required: c.required, text: c.text })) },
    });
    await marco.ok(`mutation($id: ID!) { publishConsentForm(formId: $id) { version } }`, { id: F.PRIVACY.id });
    expect((await marco.ok(PENDING, { formId: F.PRIVACY.id })).consentPending.total).toBe(withEmail);
  });

  it('is caught when a generated record is tampered with, at its client and position', async () => {
    const { rows: [c] } = await su.query(`select client_id from consent_record where company_id = $1 and seq = 2 order by client_id desc limit 1`, [gen01]);
    await su.query(`set session_replication_role = replica`);
    await su.query(`update consent_record set answers = '{"insurance": true, "health": false}' where client_id = $1 and seq = 2`, [c.client_id]);
    await su.query(`set session_replication_role = origin`);
    const report = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([{ clientId: c.client_id, position: 2, problem: 'content_changed' }]);
  });
});
