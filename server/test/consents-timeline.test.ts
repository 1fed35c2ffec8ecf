import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';
import { RECORD_CONSENTS, TIMELINE, VERIFY, answersFor, asSuperuser, formsByCode } from './consents-helpers.js';

/**
 * The consent timeline "from the start of the relationship (or from an agreed date)" (CN-6): staff
 * agree a start date with the client, kept per client; the timeline lists the records from that day
 * (company time zone) on, while the earlier ones stay in the chain and in its verification.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent: consents view, edit, create
let laura: GqlClient; // ROSSI accountant: no consents rights
let sanne: GqlClient; // VDBERG agent
let giulia: GqlClient; // ROSSI administrator
let F: Awaited<ReturnType<typeof formsByCode>>;

const START = `query($id: ID!) { consentTimelineStart(clientId: $id) { agreedFrom note earlierRecords } }`;
const SET = `mutation($input: ConsentTimelineStartInput!) { setConsentTimelineStart(input: $input) { agreedFrom note earlierRecords } }`;
const FROM = `query($id: ID!, $from: String) { consentRecords(clientId: $id, from: $from) { seq form { code } } }`;

/** A day in Rome (the ROSSI company's time zone), `days` from today. */
function romeDay(days = 0): string {
  return dayIn(ROME, days);
}
const fieldsOf = (r: { errors?: Array<{ extensions?: { code?: string; fields?: Array<{ field: string; reason: string }> } }> }) =>
  [r.errors?.[0]?.extensions?.code, ...(r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort()];

/** A client whose e-consent agreement was recorded 40 days ago and whose privacy notice today (a valid chain). */
async function clientWithHistory(): Promise<string> {
  const clientId = (await createClient(marco, italianPerson())).id;
  await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.ECONSENT.current)] } });
  // the first record moved 40 days back by the owner, its hash and the next link recomputed: the chain as if recorded then
  await asSuperuser(t, `set session_replication_role = replica;
    update consent_record set recorded_at = recorded_at - interval '40 days', stamp = to_char((recorded_at - interval '40 days') at time zone 'Europe/Rome', 'DD/MM/YY/HH24/MI/SS') where client_id = '${clientId}' and seq = 1;
    update consent_record r set hash = consent_record_hash(r) where client_id = '${clientId}' and seq = 1;`);
  await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current)] } });
  expect((await marco.ok(VERIFY, { id: clientId })).consentChainVerification).toMatchObject({ ok: true, checked: 2 });
  return clientId;
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, laura, sanne, giulia] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.vdbergAgent), signedIn(t, USERS.rossiAdmin)]);
  F = await formsByCode(marco);
});
afterAll(async () => t?.stop());

describe('the consent timeline from an agreed date (CN-6)', () => {
  it('starts with the relationship until a date is agreed, then lists the records from the agreed date while the earlier ones stay in the verified chain', async () => {
    const clientId = await clientWithHistory();
    expect((await marco.ok(START, { id: clientId })).consentTimelineStart).toBeNull();
    expect((await marco.ok(FROM, { id: clientId })).consentRecords.map((r: any) => r.seq)).toEqual([1, 2]);
    const agreed = romeDay(-10);
    const set = (await marco.ok(SET, { input: { clientId, agreedFrom: agreed, note: 'Agreed at the desk when moving to e-mail' } })).setConsentTimelineStart;
    expect(set).toEqual({ agreedFrom: agreed, note: 'Agreed at the desk when moving to e-mail', earlierRecords: 1 });
    expect((await marco.ok(START, { id: clientId })).consentTimelineStart).toEqual(set);
    expect((await marco.ok(FROM, { id: clientId, from: agreed })).consentRecords).toEqual([{ seq: 2, form: { code: 'PRIVACY' } }]);
    // the whole chain is still there, and verified as a whole
    expect((await marco.ok(TIMELINE, { id: clientId })).consentRecords.map((r: any) => r.seq)).toEqual([1, 2]);
    expect((await marco.ok(VERIFY, { id: clientId })).consentChainVerification).toMatchObject({ ok: true, checked: 2 });
  });

  it('reads the agreed day in the company\'s time zone: from today lists only today\'s records, from 40 days ago the whole chain', async () => {
    const clientId = await clientWithHistory();
    expect((await marco.ok(FROM, { id: clientId, from: romeDay(0) })).consentRecords.map((r: any) => r.seq)).toEqual([2]);
    expect((await marco.ok(FROM, { id: clientId, from: romeDay(-40) })).consentRecords.map((r: any) => r.seq)).toEqual([1, 2]);
    expect((await marco.ok(FROM, { id: clientId, from: romeDay(1) })).consentRecords).toEqual([]);
  });

  it('keeps one agreed date per client: a new one replaces it, and removing it starts the timeline with the relationship again', async () => {
    const clientId = await clientWithHistory();
    await marco.ok(SET, { input: { clientId, agreedFrom: romeDay(-20) } });
    const changed = (await marco.ok(SET, { input: { clientId, agreedFrom: romeDay(-50), note: 'From the first contract' } })).setConsentTimelineStart;
    expect(changed).toEqual({ agreedFrom: romeDay(-50), note: 'From the first contract', earlierRecords: 0 });
    expect(await countRows(t, 'consent_timeline_start', 'client_id = $1', [clientId])).toBe(1);
    expect((await marco.ok(SET, { input: { clientId, agreedFrom: null } })).setConsentTimelineStart).toBeNull();
    expect((await marco.ok(START, { id: clientId })).consentTimelineStart).toBeNull();
    expect(await countRows(t, 'consent_timeline_start', 'client_id = $1', [clientId])).toBe(0);
    // each change is in the audit trail, by the agent who made it
    const audit = await asSuperuser(t, `select action from audit_event where entity_type = 'ConsentTimelineStart' and (after->>'clientId' = $1 or before->>'clientId' = $1) order by seq`, [clientId]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a day in the future, a text that is no date and an overlong note, naming the field, and saves nothing', async () => {
    const clientId = await clientWithHistory();
    expect(fieldsOf(await marco.gql(SET, { input: { clientId, agreedFrom: romeDay(2) } }))).toEqual(['BAD_USER_INPUT', 'agreedFrom:future']);
    expect(fieldsOf(await marco.gql(SET, { input: { clientId, agreedFrom: '2024-02-30' } }))).toEqual(['BAD_USER_INPUT', 'agreedFrom:invalid']);
    expect(fieldsOf(await marco.gql(SET, { input: { clientId, agreedFrom: '1 March 2024' } }))).toEqual(['BAD_USER_INPUT', 'agreedFrom:invalid']);
    expect(fieldsOf(await marco.gql(SET, { input: { clientId, agreedFrom: romeDay(-1), note: 'x'.repeat(501) } }))).toEqual(['BAD_USER_INPUT', 'note:too_long']);
    expect(await countRows(t, 'consent_timeline_start', 'client_id = $1', [clientId])).toBe(0);
    expect(fieldsOf(await marco.gql(FROM, { id: clientId, from: 'yesterday' }))).toEqual(['BAD_USER_INPUT', 'from:invalid']);
  });

  it('needs consents:edit to set it and consents:view to read it, and keeps other companies\' clients out (NOT_FOUND)', async () => {
    const clientId = await clientWithHistory();
    expect(await laura.code(SET, { input: { clientId, agreedFrom: romeDay(-1) } })).toBe('FORBIDDEN');
    expect(await laura.code(START, { id: clientId })).toBe('FORBIDDEN');
    expect(await sanne.code(SET, { input: { clientId, agreedFrom: romeDay(-1) } })).toBe('NOT_FOUND');
    expect(await sanne.code(START, { id: clientId })).toBe('NOT_FOUND');
    expect(await sanne.code(FROM, { id: clientId, from: romeDay(-1) })).toBe('NOT_FOUND');
    expect(await countRows(t, 'consent_timeline_start', 'client_id = $1', [clientId])).toBe(0);
  });

  it('goes with the card: in the GDPR export, and away with a card deleted for good', async () => {
    const clientId = await clientWithHistory();
    await marco.ok(SET, { input: { clientId, agreedFrom: romeDay(-5), note: 'Paperless since then' } });
    const json = (await giulia.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: clientId })).exportClientData;
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(data.consentTimelineStart).toEqual({ agreedFrom: romeDay(-5), note: 'Paperless since then' });
    // a card without records (no legal hold) can be deleted: its agreed start goes with it
    const bare = (await createClient(marco, italianPerson())).id;
    await marco.ok(SET, { input: { clientId: bare, agreedFrom: romeDay(-1) } });
    expect((await giulia.ok(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: bare })).deleteClient).toBe(true);
    expect(await countRows(t, 'consent_timeline_start', 'client_id = $1', [bare])).toBe(0);
  });
});
