import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, UPDATE_POLICY, policiesSnapshot, policyInput } from './policies-helpers.js';
import { REPORT, RESERVE, UPDATE as UPDATE_CLAIM, claimInput, claimsSnapshot } from './claims-helpers.js';
import { CREATE_VEHICLE, UPDATE_VEHICLE, vehicleInput, vehiclesSnapshot } from './vehicles-helpers.js';
import { ACCEPT, CREATE_OFFER, LAURA, TO_POLICY, answers, motorDesign, productIn, productsSnapshot, rossiSetup } from './products-helpers.js';

/**
 * Input checks of the record modules (policies, claims, vehicles, products) found by a review: dates
 * of year 0000 or outside 1900-01-01 … 2199-12-31, covers longer than 100 years, texts longer than their
 * columns, premiums beyond numeric(14,2), duplicates in id lists, a loss moved after its money entries.
 * Each is BAD_USER_INPUT naming the field, and nothing is written — not INTERNAL, not a database error.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent
let refs: Awaited<ReturnType<typeof rossiSetup>>;
let clientId: string;

const RENEW = `mutation($id: ID!, $input: RenewPolicyInput) { renewPolicy(policyId: $id, input: $input) { id coverStart coverEnd } }`;
const ENDORSE = `mutation($id: ID!, $input: EndorsementInput!) { endorsePolicy(policyId: $id, input: $input) { id premiumNet premiumGross insuredObjects { id description removedOn } } }`;
const INSURER = `mutation($i: InsurerInput!) { createInsurer(input: $i) { id taxId agencyCode } }`;
const UPDATE_INSURER = `mutation($id: ID!, $i: InsurerInput!) { updateInsurer(id: $id, input: $i) { id taxId agencyCode } }`;
const UPDATE_LINE = `mutation($id: ID!, $i: LineOfBusinessInput!) { updateLineOfBusiness(id: $id, input: $i) { id name } }`;
const REQUEST = `mutation($input: QuoteRequestInput!) { createQuoteRequest(input: $input) { id } }`;
const ANSWER_REQUEST = `mutation($id: ID!, $o: [ID!]!) { answerQuoteRequest(id: $id, offerIds: $o) { id status } }`;
const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' });

type Errorish = { errors?: Array<{ extensions?: { code?: string; fields?: Array<{ field: string; reason: string; message?: string }> } }> };
/** The refusal as code and field:reason pairs. */
const refused = (r: Errorish) => ({ code: r.errors?.[0]?.extensions?.code, fields: (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort() });
const bad = (...fields: string[]) => ({ code: 'BAD_USER_INPUT', fields: fields.sort() });
const messageOf = (r: Errorish, field: string) => r.errors?.[0]?.extensions?.fields?.find((f) => f.field === field)?.message ?? '';

const base = () => policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.motorLine });

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  refs = await rossiSetup(giulia, 'PCIC');
  clientId = (await createClient(marco, italianPerson())).id;
});
afterAll(async () => t?.stop());

describe('policies: cover dates, notes, reference data', () => {
  it('createPolicy names a date of year 0000, a date outside 1900–2199, a cover over 100 years and notes over 4,000 characters, and writes nothing', async () => {
    const before = await policiesSnapshot(t, 'ROSSI');
    expect(refused(await marco.gql(CREATE_POLICY, { input: { ...base(), coverStart: '0000-06-01' } }))).toEqual(bad('coverStart:invalid_date'));
    expect(refused(await marco.gql(CREATE_POLICY, { input: { ...base(), issueDate: '0000-01-01' } }))).toEqual(bad('issueDate:invalid_date'));
    const far = await marco.gql(CREATE_POLICY, { input: { ...base(), coverEnd: '9999-12-31' } }); // was INTERNAL (RangeError in addDays)
    expect(refused(far)).toEqual(bad('coverEnd:out_of_range'));
    expect(messageOf(far, 'coverEnd')).toContain('2199-12-31');
    expect(refused(await marco.gql(CREATE_POLICY, { input: { ...base(), coverStart: '1899-12-31' } }))).toEqual(bad('coverStart:out_of_range'));
    const long = await marco.gql(CREATE_POLICY, { input: { ...base(), coverStart: '1900-01-01', coverEnd: '2100-12-31', paymentFrequency: 'ANNUAL' } });
    expect(refused(long)).toEqual(bad('coverEnd:too_long'));
    expect(messageOf(long, 'coverEnd')).toContain('100 years');
    expect(refused(await marco.gql(CREATE_POLICY, { input: { ...base(), notes: 'x'.repeat(10_000) } }))).toEqual(bad('notes:too_long'));
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
    // the limits themselves are fine: a cover of exactly 100 years, notes of 4,000 characters
    const ok = (await marco.ok(CREATE_POLICY, { input: { ...base(), coverStart: '2000-01-01', coverEnd: '2099-12-31', paymentFrequency: 'SINGLE', notes: 'n'.repeat(4000) } })).createPolicy;
    expect(ok).toMatchObject({ coverEnd: '2099-12-31', notes: 'n'.repeat(4000) });
  });

  it('updatePolicy names a date of year 0000, a cover end past 2199 and long notes, and changes nothing', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: base() })).createPolicy;
    const before = await policiesSnapshot(t, 'ROSSI');
    const { status: _status, ...input } = { ...base(), number: p.number };
    expect(refused(await marco.gql(UPDATE_POLICY, { id: p.id, input: { ...input, coverStart: '0000-01-01' } }))).toEqual(bad('coverStart:invalid_date'));
    expect(refused(await marco.gql(UPDATE_POLICY, { id: p.id, input: { ...input, coverEnd: '9999-12-31' } }))).toEqual(bad('coverEnd:out_of_range'));
    expect(refused(await marco.gql(UPDATE_POLICY, { id: p.id, input: { ...input, notes: 'x'.repeat(4001) } }))).toEqual(bad('notes:too_long'));
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('renewPolicy blames coverEnd when the default end falls after 2199, the policy when no next period fits, and names an issue date of year 0000', async () => {
    const late = (await marco.ok(CREATE_POLICY, { input: { ...base(), coverStart: '2198-07-01', coverEnd: '2199-06-30', issueDate: '2198-06-01' } })).createPolicy;
    const last = (await marco.ok(CREATE_POLICY, { input: { ...base(), coverStart: '2199-01-01', coverEnd: '2199-12-31', issueDate: '2198-12-01' } })).createPolicy;
    const p = (await marco.ok(CREATE_POLICY, { input: base() })).createPolicy;
    const before = await policiesSnapshot(t, 'ROSSI');
    const dflt = await marco.gql(RENEW, { id: late.id });
    expect(refused(dflt)).toEqual(bad('coverEnd:out_of_range'));
    expect(messageOf(dflt, 'coverEnd')).toContain('2199-12-31');
    expect(refused(await marco.gql(RENEW, { id: last.id }))).toEqual(bad('policyId:out_of_range'));
    expect(refused(await marco.gql(RENEW, { id: p.id, input: { issueDate: '0000-05-05' } }))).toEqual(bad('issueDate:invalid_date'));
    expect(refused(await marco.gql(RENEW, { id: p.id, input: { coverEnd: '2227-01-01' } }))).toEqual(bad('coverEnd:out_of_range'));
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
    // with an end inside the window the late policy renews
    expect((await marco.ok(RENEW, { id: late.id, input: { coverEnd: '2199-12-31' } })).renewPolicy).toMatchObject({ coverStart: '2199-07-01', coverEnd: '2199-12-31' });
  });

  it('caps an insurer\'s tax id (40) and agency code (60) and a line\'s name (200), naming the field', async () => {
    const before = await countRows(t, 'insurer');
    expect(refused(await giulia.gql(INSURER, { i: { name: 'Long Ins', code: 'LONG1', taxId: '1'.repeat(10_000), agencyCode: 'A'.repeat(10_000) } }))).toEqual(bad('agencyCode:too_long', 'taxId:too_long'));
    expect(await countRows(t, 'insurer')).toBe(before);
    const ins = (await giulia.ok(INSURER, { i: { name: 'Short Ins', code: 'SHORT1', taxId: '1'.repeat(40), agencyCode: 'A'.repeat(60) } })).createInsurer;
    expect(refused(await giulia.gql(UPDATE_INSURER, { id: ins.id, i: { name: 'Short Ins', code: 'SHORT1', taxId: '2'.repeat(41) } }))).toEqual(bad('taxId:too_long'));
    expect(refused(await giulia.gql(UPDATE_INSURER, { id: ins.id, i: { name: 'Short Ins', code: 'SHORT1', agencyCode: 'B'.repeat(61) } }))).toEqual(bad('agencyCode:too_long'));
    expect(ins).toMatchObject({ taxId: '1'.repeat(40), agencyCode: 'A'.repeat(60) });
    const r = await giulia.gql(UPDATE_LINE, { id: refs.homeLine, i: { name: 'L'.repeat(201), defaultTaxRate: '22.25' } });
    expect(refused(r)).toEqual(bad('name:too_long'));
  });
});

describe('policies: endorsements', () => {
  it('names a premium change beyond numeric(14,2), a gross beyond it and a duplicate object to remove, and changes nothing', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: base() })).createPolicy;
    const withObjects = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-02-01', reason: 'Two cars', addObjects: [{ kind: 'FREE', description: 'Car one' }, { kind: 'FREE', description: 'Car two' }] } })).endorsePolicy;
    const objectId = withObjects.insuredObjects[0].id as string;
    const before = await policiesSnapshot(t, 'ROSSI');
    const change = { effectiveDate: '2026-06-01', reason: 'Review' };
    expect(refused(await marco.gql(ENDORSE, { id: p.id, input: { ...change, premiumNetChange: '999999999999.00' } }))).toEqual(bad('premiumNetChange:too_large'));
    expect(refused(await marco.gql(ENDORSE, { id: p.id, input: { ...change, premiumNet: '999999999999.99' } }))).toEqual(bad('premiumGross:too_large'));
    expect(refused(await marco.gql(ENDORSE, { id: p.id, input: { ...change, removeObjectIds: [objectId, objectId] } }))).toEqual(bad('removeObjectIds.1:duplicate'));
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('claims', () => {
  it('reportClaim and updateClaim name a loss date of year 0000 or before 1900; a long written plate is kept normalised', async () => {
    const before = await claimsSnapshot(t, 'ROSSI');
    expect(refused(await giulia.gql(REPORT, { input: claimInput(clientId, { lossDate: '0000-03-14' }) }))).toEqual(bad('lossDate:invalid_date'));
    expect(refused(await giulia.gql(REPORT, { input: claimInput(clientId, { lossDate: '1899-12-31' }) }))).toEqual(bad('lossDate:out_of_range'));
    expect(await claimsSnapshot(t, 'ROSSI')).toBe(before);
    const c = (await giulia.ok(REPORT, { input: claimInput(clientId, { parties: [{ name: 'Other driver', role: 'COUNTERPARTY', plate: 'A-B-C-D-E-F-G-H-I-J-K-L' }] }) })).reportClaim;
    expect(c.parties).toEqual([expect.objectContaining({ plate: 'ABCDEFGHIJKL' })]);
    const after = await claimsSnapshot(t, 'ROSSI');
    expect(refused(await giulia.gql(UPDATE_CLAIM, { id: c.id, input: claimInput(clientId, { lossDate: '0000-03-14' }) }))).toEqual(bad('lossDate:invalid_date'));
    expect(await claimsSnapshot(t, 'ROSSI')).toBe(after);
  });

  it('updateClaim refuses to move the loss after its reserves and payments (lossDate:after_money_entries)', async () => {
    const c = (await giulia.ok(REPORT, { input: claimInput(clientId, { lossDate: '2026-03-14' }) })).reportClaim;
    await giulia.ok(RESERVE, { id: c.id, input: { amount: '1500.00', entryDate: '2026-03-20' } });
    const before = await claimsSnapshot(t, 'ROSSI');
    const r = await giulia.gql(UPDATE_CLAIM, { id: c.id, input: claimInput(clientId, { lossDate: '2026-03-25' }) });
    expect(refused(r)).toEqual(bad('lossDate:after_money_entries'));
    expect(messageOf(r, 'lossDate')).toContain('2026-03-20');
    expect(await claimsSnapshot(t, 'ROSSI')).toBe(before);
    expect((await giulia.ok(UPDATE_CLAIM, { id: c.id, input: claimInput(clientId, { lossDate: '2026-03-20' }) })).updateClaim.lossDate).toBe('2026-03-20');
  });
});

describe('vehicles', () => {
  it('names a sale date of year 0000 or outside the window, and keeps a long written plate normalised', async () => {
    const before = await vehiclesSnapshot(t, 'ROSSI');
    expect(refused(await marco.gql(CREATE_VEHICLE, { input: vehicleInput(clientId, { soldOn: '0000-01-01' }) }))).toEqual(bad('soldOn:invalid_date'));
    expect(refused(await marco.gql(CREATE_VEHICLE, { input: vehicleInput(clientId, { year: null, soldOn: '1899-06-01' }) }))).toEqual(bad('soldOn:out_of_range'));
    expect(await vehiclesSnapshot(t, 'ROSSI')).toBe(before);
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(clientId, { plate: 'AB----------123----------CD' }) })).createVehicle;
    expect(v).toMatchObject({ plate: 'AB123CD', plateDisplay: 'AB123CD' });
    const after = await vehiclesSnapshot(t, 'ROSSI');
    expect(refused(await marco.gql(UPDATE_VEHICLE, { id: v.id, input: vehicleInput(clientId, { soldOn: '0000-12-31' }) }))).toEqual(bad('soldOn:invalid_date'));
    expect(await vehiclesSnapshot(t, 'ROSSI')).toBe(after);
  });
});

describe('products', () => {
  let published: { productId: string; versionId: string };
  let huge: { productId: string; versionId: string };
  beforeAll(async () => {
    const laura = await signedIn(t, LAURA);
    published = await productIn(giulia, laura, refs, 'CHK-PUB', 'PUBLISHED');
    const design = motorDesign();
    huge = await productIn(giulia, laura, refs, 'CHK-HUGE', 'TEST', { ...design, rating: { ...design.rating, basePremium: '999999999999.00' } });
  });

  it('createOffer names a validFrom of year 0000 and a premium beyond numeric(14,2) (answers:premium_too_large), and saves nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    expect(refused(await marco.gql(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, validFrom: '0000-01-01' } }))).toEqual(bad('validFrom:invalid_date'));
    expect(refused(await marco.gql(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, validFrom: '2200-01-01' } }))).toEqual(bad('validFrom:out_of_range'));
    const young = answers({ driverAge: '20', powerKw: '200', usage: 'business', claimsFree: 'true' }); // ×1.5 ×1.35 ×1.25 on 999,999,999,999.00
    expect(refused(await marco.gql(CREATE_OFFER, { input: { clientId, versionId: huge.versionId, answers: young } }))).toEqual(bad('answers:premium_too_large'));
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('issuePolicyFromOffer names a cover start of year 0000; answerQuoteRequest names a duplicate offer (offerIds.1:duplicate)', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    await marco.ok(ACCEPT, { id: o.id });
    const before = await productsSnapshot(t, 'ROSSI');
    const r = await marco.gql(TO_POLICY, { id: o.id, input: { number: 'CHK-POL-1', coverStart: '0000-12-01', coverEnd: '2027-11-30', paymentFrequency: 'ANNUAL' } });
    expect(refused(r)).toEqual(bad('coverStart:invalid_date'));
    const r2 = await marco.gql(TO_POLICY, { id: o.id, input: { number: 'CHK-POL-1', coverStart: '2026-12-01', coverEnd: '9999-12-31', paymentFrequency: 'ANNUAL' } });
    expect(refused(r2)).toEqual(bad('coverEnd:out_of_range'));
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);

    const req = (await marco.ok(REQUEST, { input: { productId: published.productId, clientId, requesterName: 'Anna Verdi', requesterEmail: 'anna.verdi@example.it', answers: GOOD } })).createQuoteRequest;
    const offer = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, requestId: req.id } })).createOffer;
    const beforeAnswer = await productsSnapshot(t, 'ROSSI');
    expect(refused(await marco.gql(ANSWER_REQUEST, { id: req.id, o: [offer.id, offer.id] }))).toEqual(bad('offerIds.1:duplicate'));
    expect(await productsSnapshot(t, 'ROSSI')).toBe(beforeAnswer);
    expect((await marco.ok(ANSWER_REQUEST, { id: req.id, o: [offer.id] })).answerQuoteRequest.status).toBe('ANSWERED');
  });
});
