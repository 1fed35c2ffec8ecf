import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';
import { download, uploadDocument } from './clients-documents.helpers.js';
import {
  CREATE_FORM, DELIVER, PENDING, PUBLISH, RECORD_CONSENTS, SAVE_DRAFT, TIMELINE, VERIFY, WITHDRAW,
  answersFor, asSuperuser, draft, formsByCode,
} from './consents-helpers.js';
import { pdfText } from './pdf-text.helpers.js';

/**
 * Consent records (issue #11, CN-2 … CN-5) as an agent collects them: the e-consent agreement first,
 * then the privacy notice and marketing on the staff screen; a withdrawal; the chain per client, which
 * nobody can alter (not the API, not the run-time database role) and whose alteration by the owner is
 * found with its position; a new form version that makes exactly the affected clients pending; the PDF
 * with the stamp and the hash; the e-mails in the outbox.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent: consents view, edit, create
let sanne: GqlClient; // VDBERG agent
let giulia: GqlClient; // ROSSI administrator (clients:delete)
let F: Awaited<ReturnType<typeof formsByCode>>;

const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

async function newClient(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await createClient(marco, italianPerson(overrides))).id;
}

/** e-consent + privacy accepted on the staff screen: the client can then answer electronically. */
async function onboard(clientId: string) {
  return (await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current), answersFor(F.ECONSENT.current)] } })).recordConsents;
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, sanne, giulia] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAgent), signedIn(t, USERS.rossiAdmin)]);
  F = await formsByCode(marco);
});
afterAll(async () => t?.stop());

describe('collecting consents electronically (CN-2)', () => {
  it('refuses electronic collection without the e-consent agreement, naming eConsent, and saves nothing', async () => {
    const clientId = await newClient();
    const r = await marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current)] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['eConsent:missing']);
    expect(await countRows(t, 'consent_record', 'client_id = $1', [clientId])).toBe(0);
  });

  it('refuses electronic collection from a client without an e-mail address, naming email', async () => {
    const clientId = await newClient({ contacts: [{ kind: 'PHONE', value: '333 987 6543' }] });
    const r = await marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.ECONSENT.current)] } });
    expect(fieldsOf(r)).toEqual(['email:missing']);
    expect(await countRows(t, 'consent_record', 'client_id = $1', [clientId])).toBe(0);
  });

  it('records the e-consent agreement and the privacy notice in one go, the agreement first, stamped and chained', async () => {
    const clientId = await newClient();
    const records = await onboard(clientId);
    expect(records.map((r: any) => [r.seq, r.form.code, r.decision, r.channel, r.givenBy])).toEqual([
      [1, 'ECONSENT', 'ACCEPTED', 'STAFF_SCREEN', 'STAFF'],
      [2, 'PRIVACY', 'ACCEPTED', 'STAFF_SCREEN', 'STAFF'],
    ]);
    expect(records[0].prevHash).toBe('0'.repeat(64));
    expect(records[1].prevHash).toBe(records[0].hash);
    expect(records[0].stamp).toMatch(/^\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}$/);
    expect(records[0].staffName).toBe('Marco Bianchi');
    expect(records[0].sentTo).toEqual([expect.stringMatching(/@example\.it$/), 'agenzia@rossi-assicurazioni.example']);
    expect(records[0].validationString).toBe(`${records[0].stamp} ${records[0].sentTo.join(' ')}`);
    expect(records[1].textHash).toBe(F.PRIVACY.current.textHash);
    expect(records[1].verificationCode).toBe(records[1].hash.slice(0, 12).toUpperCase().match(/.{4}/g).join('-'));
  });

  it('makes a record a refusal when a required clause is answered no, and refuses unanswered or unknown clauses by field', async () => {
    const clientId = await newClient();
    const [, privacy] = await onboard(clientId);
    expect(privacy.decision).toBe('ACCEPTED');
    const v = F.PRIVACY.current;
    const refused = (await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [{ formVersionId: v.id, answers: v.clauses.map((c) => ({ key: c.key, accepted: false })) }] } })).recordConsents;
    expect(refused[0].decision).toBe('REFUSED');
    const bad = await marco.gql(RECORD_CONSENTS, {
      input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current), { formVersionId: v.id, answers: [{ key: 'acknowledge', accepted: true }, { key: 'nonsense', accepted: true }] }] },
    });
    expect(fieldsOf(bad)).toEqual(['forms.1.answers:unanswered', 'forms.1.answers:unknown_clause']);
    expect(await countRows(t, 'consent_record', 'client_id = $1', [clientId])).toBe(3);
  });

  it('takes paper answers only with the signed scan of this client', async () => {
    const clientId = await newClient({ contacts: [] });
    const noScan = await marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'PAPER', forms: [answersFor(F.PRIVACY.current)] } });
    expect(fieldsOf(noScan)).toEqual(['paperDocumentId:required']);
    const scan = await uploadDocument(t, marco, { ownerId: clientId, category: 'consent', fileName: 'privacy-firmata.pdf' });
    const [rec] = (await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'PAPER', paperDocumentId: scan.id, forms: [answersFor(F.PRIVACY.current)] } })).recordConsents;
    expect([rec.channel, rec.decision, rec.sentTo]).toEqual(['PAPER', 'ACCEPTED', ['agenzia@rossi-assicurazioni.example']]);
  });
});

describe('withdrawal and delivery', () => {
  it('records a withdrawal as a new record answering every clause no, leaving the acceptance as it was', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    const [mkt] = (await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, ['marketing_email', 'marketing_phone'])] } })).recordConsents;
    const w = (await marco.ok(WITHDRAW, { input: { clientId, channel: 'STAFF_SCREEN' }, formId: F.MARKETING.id })).withdrawConsent;
    expect([w.seq, w.decision, w.answers.every((a: any) => !a.accepted), w.prevHash]).toEqual([4, 'WITHDRAWN', true, mkt.hash]);
    const timeline = (await marco.ok(TIMELINE, { id: clientId })).consentRecords;
    expect(timeline.map((r: any) => `${r.seq}:${r.form.code}:${r.decision}`)).toEqual(['1:ECONSENT:ACCEPTED', '2:PRIVACY:ACCEPTED', '3:MARKETING:ACCEPTED', '4:MARKETING:WITHDRAWN']);
    expect(timeline[2].hash).toBe(mkt.hash);
    const again = await marco.gql(WITHDRAW, { input: { clientId, channel: 'STAFF_SCREEN' }, formId: F.MARKETING.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets a client who withdrew the e-consent agreement still withdraw marketing on the staff screen (withdrawing as easy as giving)', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, ['marketing_email'])] } });
    await marco.ok(WITHDRAW, { input: { clientId, channel: 'STAFF_SCREEN' }, formId: F.ECONSENT.id });
    // giving a new consent electronically needs the agreement again; withdrawing does not
    const give = await marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current, F.PRIVACY.current.clauses.map((c) => c.key))] } });
    expect(fieldsOf(give)).toEqual(['eConsent:missing']);
    const w = (await marco.ok(WITHDRAW, { input: { clientId, channel: 'STAFF_SCREEN' }, formId: F.MARKETING.id })).withdrawConsent;
    expect([w.decision, w.channel]).toEqual(['WITHDRAWN', 'STAFF_SCREEN']);
    const timeline = (await marco.ok(TIMELINE, { id: clientId })).consentRecords;
    expect(timeline.map((r: any) => `${r.form.code}:${r.decision}`).slice(-3)).toEqual(['MARKETING:ACCEPTED', 'ECONSENT:WITHDRAWN', 'MARKETING:WITHDRAWN']);
  });

  it('records the delivery of Allegato 3 with its version hash, and refuses to deliver an answered form', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    const d = (await marco.ok(DELIVER, { input: { clientId, channel: 'EMAIL' }, formId: F.ALL3.id })).recordConsentDelivery;
    expect([d.kind, d.decision, d.channel, d.answers, d.formVersion.version]).toEqual(['DELIVERY', 'DELIVERED', 'EMAIL', [], 1]);
    expect(d.textHash).toBe(d.formVersion.textHash);
    const wrong = await marco.gql(DELIVER, { input: { clientId, channel: 'EMAIL' }, formId: F.PRIVACY.id });
    expect(fieldsOf(wrong)).toEqual(['formId:not_a_delivery']);
  });
});

describe('records never change (CN-3)', () => {
  it('offers no operation that changes or deletes a record', async () => {
    const r = await marco.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = r.data?.__schema.mutationType.fields.map((f: any) => f.name) ?? [];
    // setConsentTimelineStart only chooses where the timeline is shown from (CN-6): no record changes
    expect(names.filter((n) => /consent/i.test(n)).sort()).toEqual(
      ['consentHistoryPdf', 'createConsentForm', 'publishConsentForm', 'recordConsentDelivery', 'recordConsents', 'retireConsentForm', 'saveConsentDraft', 'sendConsentReminders', 'setConsentTimelineStart', 'withdrawConsent'].sort(),
    );
  });

  it('refuses UPDATE and DELETE of a record to the run-time database role (no privilege) and to the owner (trigger)', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    const app = new pg.Client({ connectionString: t.urls.appUrl });
    await app.connect();
    try {
      await expect(app.query(`update consent_record set decision = 'refused' where client_id = $1`, [clientId])).rejects.toThrow(/permission denied/);
      await expect(app.query(`delete from consent_record where client_id = $1`, [clientId])).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    await expect(asSuperuser(t, `update consent_record set decision = 'refused' where client_id = $1`, [clientId])).rejects.toThrow(/never change/);
    await expect(asSuperuser(t, `delete from consent_record where client_id = $1`, [clientId])).rejects.toThrow(/never change/);
    expect(await countRows(t, 'consent_record', `client_id = $1 and decision = 'accepted'`, [clientId])).toBe(2);
  });

  it('keeps one unforked chain when records for one client arrive at the same time', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    const parallel = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) => marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, i % 2 ? ['marketing_email'] : [])] } })),
    );
    expect(parallel.map((r) => r.errors ?? [])).toEqual([[], [], [], [], [], []]);
    const chain = (await marco.ok(TIMELINE, { id: clientId })).consentRecords;
    expect(chain.map((r: any) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    chain.slice(1).forEach((r: any, i: number) => expect(r.prevHash).toBe(chain[i].hash));
    expect((await marco.ok(VERIFY, { id: clientId })).consentChainVerification).toMatchObject({ ok: true, checked: 8 });
  });

  it('finds a row altered behind the triggers by the owner, with its client and position, in one chain and in all chains', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, ['marketing_email'])] } });
    const before = (await marco.ok(VERIFY, { id: clientId })).consentChainVerification;
    expect(before).toEqual({ ok: true, checked: 3, clients: 1, breaks: [] });
    const all = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    expect(all.ok).toBe(true);
    // the owner turns the trigger off for its session and changes an answer of record 3
    const su = await t.superuser();
    try {
      await su.query(`set session_replication_role = replica`);
      await su.query(`update consent_record set answers = '{"marketing_email": true, "marketing_phone": true}' where client_id = $1 and seq = 3`, [clientId]);
    } finally {
      await su.end();
    }
    const one = (await marco.ok(VERIFY, { id: clientId })).consentChainVerification;
    expect(one).toEqual({ ok: false, checked: 3, clients: 1, breaks: [{ clientId, position: 3, problem: 'content_changed' }] });
    const every = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    expect(every.ok).toBe(false);
    expect(every.breaks).toEqual([{ clientId, position: 3, problem: 'content_changed' }]);
    expect(every.clients).toBeGreaterThan(10); // the demo clients' chains were checked too
  });
});

describe('re-consent after a new version (CN-5)', () => {
  it('makes exactly the clients whose last answer was to the older version pending, for that form only', async () => {
    const code = `NEWS${Date.now() % 100000}`;
    const form = (await marco.ok(CREATE_FORM, { input: { code, kind: 'MARKETING', draft: draft('it', 'Newsletter', 'Testo della newsletter.', [{ key: 'newsletter', required: false, text: 'Voglio la newsletter.' }]) } })).createConsentForm;
    const v1 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    const [a, b, c, d] = [await newClient(), await newClient(), await newClient(), await newClient()];
    const v1Input = { formVersionId: v1.id, answers: [{ key: 'newsletter', accepted: true }] };
    for (const id of [a, b, c, d]) await onboard(id);
    for (const id of [a, b, c]) await marco.ok(RECORD_CONSENTS, { input: { clientId: id, channel: 'STAFF_SCREEN', forms: [v1Input] } });
    expect((await marco.ok(PENDING, { formId: form.id })).consentPending.total).toBe(0);
    await marco.ok(SAVE_DRAFT, { id: form.id, input: draft('it', 'Newsletter', 'Testo della newsletter.\nOra anche via SMS.', [{ key: 'newsletter', required: false, text: 'Voglio la newsletter.' }, { key: 'sms', required: false, text: 'Anche via SMS.' }]) });
    const v2 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    expect(v2.version).toBe(2);
    // c answers the new version at once: not pending; d never answered the form: not pending
    await marco.ok(RECORD_CONSENTS, { input: { clientId: c, channel: 'STAFF_SCREEN', forms: [{ formVersionId: v2.id, answers: [{ key: 'newsletter', accepted: true }, { key: 'sms', accepted: false }] }] } });
    const pending = (await marco.ok(PENDING, { formId: form.id })).consentPending;
    expect(pending.items.map((p: any) => p.clientId).sort()).toEqual([a, b].sort());
    expect(pending.items[0]).toMatchObject({ formCode: code, answeredVersion: 1, currentVersion: 2 });
    const forA = (await marco.ok(`query($id: ID!) { consentsPendingForClient(clientId: $id) { formCode } }`, { id: a })).consentsPendingForClient;
    expect(forA.map((p: any) => p.formCode)).toEqual([code]);
    // the old version can no longer be answered
    const stale = await marco.gql(RECORD_CONSENTS, { input: { clientId: d, channel: 'STAFF_SCREEN', forms: [v1Input] } });
    expect(fieldsOf(stale)).toEqual(['forms.0.formVersionId:not_current']);
    // "changes since your last acceptance"
    const diff = (await marco.ok(`query($c: ID!, $f: ID!) { consentChangesSinceLastAnswer(clientId: $c, formId: $f) { fromVersion toVersion body { op text } clauses { key change } } }`, { c: a, f: form.id })).consentChangesSinceLastAnswer;
    expect(diff).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(diff.body).toEqual([{ op: 'same', text: 'Testo della newsletter.' }, { op: 'added', text: 'Ora anche via SMS.' }]);
    expect(diff.clauses).toEqual([{ key: 'newsletter', change: 'same' }, { key: 'sms', change: 'added' }]);
    // a reminder to each pending client, through the outbox
    expect((await marco.ok(`mutation($f: ID!) { sendConsentReminders(formId: $f) }`, { f: form.id })).sendConsentReminders).toBe(2);
    expect(await countRows(t, 'outbox_message', `kind = 'consent_reminder' and client_id = any($1::uuid[])`, [[a, b]])).toBe(2);
  });
});

describe('PDF and e-mail (CN-4)', () => {
  it("renders each record to a stored PDF whose text holds the stamp, the hash and the verification code, and e-mails the client and the agency", async () => {
    const clientId = await newClient();
    const [econsent] = await onboard(clientId);
    expect(econsent.pdfUrl).toMatch(/^\/files\/documents\/[0-9a-f-]{36}$/);
    const file = await download(t, marco, econsent.pdfUrl.split('/').pop());
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(file.body);
    expect(text).toContain(econsent.stamp);
    expect(text.replace(/\s+/g, '')).toContain(econsent.hash);
    expect(text).toContain(econsent.verificationCode);
    expect(text).toContain('Consenso alla comunicazione elettronica');
    const to = await asSuperuser(t, `select to_address, subject, text_body from outbox_message where client_id = $1 and kind = 'consent_record' order by to_address`, [clientId]);
    expect(to.map((m) => m.to_address)).toEqual(expect.arrayContaining([econsent.sentTo[0], 'agenzia@rossi-assicurazioni.example']));
    expect(to.length).toBe(4); // two records, each to the client and the agency
    expect(to[0].text_body).toContain(econsent.verificationCode);
  });

  it("bundles a client's whole history into one PDF", async () => {
    const clientId = await newClient();
    const records = await onboard(clientId);
    const url = (await marco.ok(`mutation($id: ID!) { consentHistoryPdf(clientId: $id) }`, { id: clientId })).consentHistoryPdf;
    const file = await download(t, marco, url.split('/').pop());
    const text = await pdfText(file.body);
    for (const r of records) expect(text).toContain(r.verificationCode);
  });
});

describe('companies and the client card', () => {
  it("keeps another company's clients and records out of reach (NOT_FOUND)", async () => {
    const clientId = await newClient();
    const [rec] = await onboard(clientId);
    expect(await sanne.code(TIMELINE, { id: clientId })).toBe('NOT_FOUND');
    expect(await sanne.code(`query($id: ID!) { consentRecord(id: $id) { id } }`, { id: rec.id })).toBe('NOT_FOUND');
    expect(await sanne.code(VERIFY, { id: clientId })).toBe('NOT_FOUND');
    expect(await sanne.code(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current)] } })).toBe('NOT_FOUND');
    const own = await formsByCode(sanne);
    const vClient = (await sanne.ok(`{ clients(first: 1) { items { id } } }`)).clients.items[0].id;
    const cross = await sanne.gql(RECORD_CONSENTS, { input: { clientId: vClient, channel: 'PAPER', paperDocumentId: rec.id, forms: [answersFor(F.PRIVACY.current), answersFor(own.PRIVACY.current)] } });
    expect(fieldsOf(cross)).toEqual(['forms.0.formVersionId:not_found', 'paperDocumentId:not_found']);
  });

  it('shows a consents tab with the count, holds the records against deletion and refuses to merge them away', async () => {
    const clientId = await newClient();
    await onboard(clientId);
    const tabs = (await marco.ok(`query($id: ID!) { client(id: $id) { panelTabs { key count } } }`, { id: clientId })).client.panelTabs;
    expect(tabs).toContainEqual({ key: 'consents', count: 2 });
    const del = await giulia.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: clientId });
    expect(del.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(del.errors?.[0]?.extensions?.holds).toContainEqual(expect.objectContaining({ reason: 'consents', count: 2 }));
    const other = await newClient();
    const merge = await marco.gql(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: clientId, t: other });
    expect(merge.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'consent_records' });
    expect(await countRows(t, 'consent_record', 'client_id = $1', [clientId])).toBe(2);
  });

  it("includes the records in the client's GDPR export and keeps them through an erasure", async () => {
    const clientId = await newClient();
    const records = await onboard(clientId);
    const exp = (await giulia.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: clientId })).exportClientData;
    const data = JSON.parse(Buffer.from(exp.base64, 'base64').toString('utf8'));
    expect(data.consentRecords.map((r: any) => [r.position, r.form, r.decision, r.hash])).toEqual(records.map((r: any) => [r.seq, r.form.code, 'accepted', r.hash]));
    await giulia.ok(`mutation($id: ID!) { eraseClient(id: $id, reason: "GDPR art. 17 request") { id } }`, { id: clientId });
    const after = (await marco.ok(TIMELINE, { id: clientId })).consentRecords;
    expect(after.map((r: any) => r.hash)).toEqual(records.map((r: any) => r.hash));
    expect((await marco.ok(VERIFY, { id: clientId })).consentChainVerification.ok).toBe(true);
    const onErased = await marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'PAPER', paperDocumentId: null, forms: [answersFor(F.PRIVACY.current)] } });
    expect(fieldsOf(onErased)).toEqual(['id:erased']);
  });
});
