import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows } from './clients-helpers.js';
import { CREATE_FORM, FORMS, PENDING, PUBLISH, RETIRE, SAVE_DRAFT, asSuperuser, draft } from './consents-helpers.js';

/**
 * Consent forms (issue #11 item 1, CN-1) as an agency works them: the demo forms in the company's
 * language, a new form drafted, published as numbered immutable versions whose text hash the database
 * computes, retired; rights (create, edit/publish), bad input named per field with nothing saved, and
 * another company's forms out of reach.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent: consents view, edit, create
let laura: GqlClient; // ROSSI accountant: no consents rights
let elena: GqlClient; // agent in ROSSI, read-only in VDBERG (consents:view there)
let sanne: GqlClient; // VDBERG agent

const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

const DRAFT = draft('it', 'Trasferimento a terzi', 'I dati possono essere comunicati a partner commerciali.', [{ key: 'partners', required: false, text: 'Acconsento alla comunicazione ai partner.' }]);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, laura, elena, sanne] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.both), signedIn(t, USERS.vdbergAgent)]);
  await elena.switchTo('VDBERG');
});
afterAll(async () => t?.stop());

describe('the demo forms', () => {
  it("gives each company its forms in its language, the privacy notice in two published versions and the Allegati only in Italy", async () => {
    const rossi = (await marco.ok(FORMS)).consentForms;
    expect(rossi.map((f: any) => f.code).sort()).toEqual(['ALL3', 'ALL4', 'ALL4TER', 'ECONSENT', 'MARKETING', 'PRIVACY', 'PROFILING']);
    const privacy = rossi.find((f: any) => f.code === 'PRIVACY');
    expect(privacy.versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(privacy.current.clauses.every((c: any) => c.text[0].lang === 'it')).toBe(true);
    const vdberg = (await sanne.ok(FORMS)).consentForms;
    expect(vdberg.map((f: any) => f.code).sort()).toEqual(['ECONSENT', 'MARKETING', 'PRIVACY', 'PROFILING']);
    // some demo clients are pending re-consent of the privacy notice
    expect((await marco.ok(PENDING, { formId: privacy.id })).consentPending.total).toBeGreaterThan(0);
  });
});

describe('drafting and publishing (CN-1)', () => {
  it('publishes a draft as version 1 with the text hash computed by the database, then a changed draft as version 2', async () => {
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'terzi-1', kind: 'THIRD_PARTY_TRANSFER', draft: DRAFT } })).createConsentForm;
    expect(form).toMatchObject({ code: 'TERZI-1', kind: 'THIRD_PARTY_TRANSFER', draft: { status: 'DRAFT' }, current: null });
    const v1 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    expect(v1).toMatchObject({ status: 'PUBLISHED', version: 1, title: [{ lang: 'it', text: 'Trasferimento a terzi' }] });
    const [{ expected }] = await asSuperuser(t, `select consent_text_hash(title, body, clauses) as expected from consent_form_version where id = $1`, [v1.id]);
    expect(v1.textHash).toBe(expected);
    expect(v1.textHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await marco.gql(PUBLISH, { id: form.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'no_draft' });
    await marco.ok(SAVE_DRAFT, { id: form.id, input: { ...DRAFT, body: [{ lang: 'it', text: 'I dati possono essere comunicati a partner commerciali selezionati.' }] } });
    const v2 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    expect(v2.version).toBe(2);
    expect(v2.textHash).not.toBe(v1.textHash);
  });

  it('never changes a published version: the database refuses it even to the owner', async () => {
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'TERZI-2', kind: 'THIRD_PARTY_TRANSFER', draft: DRAFT } })).createConsentForm;
    const v1 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    await expect(asSuperuser(t, `update consent_form_version set body = '{"it": "altro"}' where id = $1`, [v1.id])).rejects.toThrow(/never changes/);
    await expect(asSuperuser(t, `delete from consent_form_version where id = $1`, [v1.id])).rejects.toThrow(/never changes/);
    const [row] = await asSuperuser(t, `select text_hash, body from consent_form_version where id = $1`, [v1.id]);
    expect([row.text_hash, row.body.it]).toEqual([v1.textHash, 'I dati possono essere comunicati a partner commerciali.']);
  });

  it('retires a form: it leaves the list and cannot be published; it comes back on request', async () => {
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'TERZI-3', kind: 'THIRD_PARTY_TRANSFER', draft: DRAFT } })).createConsentForm;
    expect((await marco.ok(RETIRE, { id: form.id, r: true })).retireConsentForm.retired).toBe(true);
    expect((await marco.ok(FORMS)).consentForms.map((f: any) => f.code)).not.toContain('TERZI-3');
    expect((await marco.ok(FORMS, { all: true })).consentForms.map((f: any) => f.code)).toContain('TERZI-3');
    expect(await marco.code(PUBLISH, { id: form.id })).toBe('CONFLICT');
    await marco.ok(RETIRE, { id: form.id, r: false });
    expect((await marco.ok(PUBLISH, { id: form.id })).publishConsentForm.version).toBe(1);
  });
});

describe('bad input is refused by field, nothing half-saved', () => {
  it('names the code, the missing company language, an unknown language and bad clause keys, and saves no form', async () => {
    const before = await countRows(t, 'consent_form');
    const r = await marco.gql(CREATE_FORM, {
      input: {
        code: 'x',
        kind: 'MARKETING',
        draft: {
          title: [{ lang: 'en', text: 'Marketing' }],
          body: [{ lang: 'it', text: 'Testo' }, { lang: 'fr', text: 'Texte' }],
          clauses: [{ key: 'Bad Key', required: false, text: [{ lang: 'it', text: 'Sì' }] }, { key: 'ok', required: false, text: [{ lang: 'it', text: '' }] }],
        },
      },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['code:format', 'draft.body.1.lang:unknown_language', 'draft.clauses.0.key:format', 'draft.clauses.1.text.0.text:required', 'draft.title:company_language_required']);
    expect(await countRows(t, 'consent_form')).toBe(before);
    expect(fieldsOf(await marco.gql(CREATE_FORM, { input: { code: 'PRIVACY', kind: 'PRIVACY_NOTICE', draft: DRAFT } }))).toEqual(['code:taken']);
  });

  it('refuses clauses on a pre-contract document and publishing an answered form without clauses', async () => {
    expect(fieldsOf(await marco.gql(CREATE_FORM, { input: { code: 'ALL3B', kind: 'ALLEGATO_3', draft: DRAFT } }))).toEqual(['draft.clauses:not_allowed']);
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'PROF2', kind: 'PROFILING', draft: { ...DRAFT, clauses: [] } } })).createConsentForm;
    expect(fieldsOf(await marco.gql(PUBLISH, { id: form.id }))).toEqual(['clauses:required']);
    expect(await countRows(t, 'consent_form_version', `form_id = $1 and status = 'published'`, [form.id])).toBe(0);
  });
});

describe('rights and companies', () => {
  it('refuses publishing to a role without consents:edit (FORBIDDEN) and everything to a role without consents rights', async () => {
    const vdPrivacy = (await sanne.ok(FORMS)).consentForms.find((f: any) => f.code === 'PRIVACY');
    expect((await elena.ok(FORMS)).consentForms.length).toBe(4); // read-only in VDBERG: sees the forms
    expect(await elena.code(PUBLISH, { id: vdPrivacy.id })).toBe('FORBIDDEN');
    expect(await elena.code(SAVE_DRAFT, { id: vdPrivacy.id, input: DRAFT })).toBe('FORBIDDEN');
    expect(await elena.code(CREATE_FORM, { input: { code: 'NOPE', kind: 'MARKETING', draft: DRAFT } })).toBe('FORBIDDEN');
    expect(await laura.code(FORMS)).toBe('FORBIDDEN');
    expect(await laura.code(`{ consentsDashboard { clients } }`)).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another company's forms and versions", async () => {
    const rossiPrivacy = (await marco.ok(FORMS)).consentForms.find((f: any) => f.code === 'PRIVACY');
    expect(await sanne.code(`query($id: ID!) { consentForm(id: $id) { id } }`, { id: rossiPrivacy.id })).toBe('NOT_FOUND');
    expect(await sanne.code(`query($id: ID!) { consentFormVersion(id: $id) { id } }`, { id: rossiPrivacy.current.id })).toBe('NOT_FOUND');
    expect(await sanne.code(SAVE_DRAFT, { id: rossiPrivacy.id, input: DRAFT })).toBe('NOT_FOUND');
    expect(await sanne.code(PUBLISH, { id: rossiPrivacy.id })).toBe('NOT_FOUND');
    expect(await sanne.code(RETIRE, { id: rossiPrivacy.id, r: true })).toBe('NOT_FOUND');
    expect(await sanne.code(PENDING, { formId: rossiPrivacy.id })).toBe('NOT_FOUND');
  });
});

describe('dashboard', () => {
  it('shows coverage, pending per form, the marketing opt-in rate and records per day from the demo data', async () => {
    const d = (await marco.ok(`{ consentsDashboard { clients covered coveragePercent marketingOptIn marketingAnswered marketingOptInPercent pendingPerForm { formCode pending currentVersion } recordsPerDay { day count } } }`)).consentsDashboard;
    expect(d.clients).toBeGreaterThan(0);
    const [{ n }] = await asSuperuser(t, `select count(distinct r.client_id)::int as n from consent_record r join consent_form f on f.id = r.form_id join company c on c.id = r.company_id where c.code = 'ROSSI' and f.code = 'MARKETING'`);
    expect(n).toBeGreaterThanOrEqual(10);
    // the demo: every other client accepted privacy v2 (covered), the others are pending
    expect(d.covered).toBe(Math.ceil(n / 2));
    expect(d.pendingPerForm).toContainEqual({ formCode: 'PRIVACY', pending: Math.floor(n / 2), currentVersion: 2 });
    expect(d.marketingAnswered).toBe(n);
    expect(d.marketingOptIn).toBeGreaterThan(0);
    expect(d.marketingOptIn).toBeLessThan(n);
    expect(d.marketingOptInPercent).toBe(((Math.round((d.marketingOptIn * 1000) / n) / 10).toFixed(1)));
    expect(d.recordsPerDay.reduce((s: number, x: any) => s + x.count, 0)).toBeGreaterThan(40);
  });
});
