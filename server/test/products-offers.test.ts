import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { ACCEPT, CREATE_OFFER, LAURA, MOVE, NEW_VERSION, TO_POLICY, answers, productIn, productsSnapshot, rossiSetup } from './products-helpers.js';

/**
 * Offers and quote requests (issue #10 §4–5, CL-4): a rating saved on a client is an offer with
 * validity dates; the card's Offers tab lists it; it becomes an application and then a policy through
 * the policies module (premium, line and insurer from the offer), or expires. TEST offers never become
 * policies. Quote requests wait in a queue, are answered with offers and the requester is e-mailed.
 */
let t: TestPlatform;
let giulia: GqlClient;
let laura: GqlClient; // products:view + approve, clients:view only
let marco: GqlClient; // agent: products:view, clients:edit, policies:create
let pieter: GqlClient; // VDBERG administrator
let refs: Awaited<ReturnType<typeof rossiSetup>>;
let published: { productId: string; versionId: string };
let inTest: { productId: string; versionId: string };
let clientId: string;
let baseline: Dashboard; // the demo data's figures, before this file's products

const DASHBOARD = `{ productsDashboard { byStatus { status count } quotesPerWeek { productCode week quotes } offers converted conversionRate requestsWaiting } }`;
type Dashboard = { byStatus: Array<{ status: string; count: number }>; quotesPerWeek: Array<{ productCode: string; week: string; quotes: number }>; offers: number; converted: number; conversionRate: string; requestsWaiting: number };

const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' }); // 360.00 + 82.80 = 442.80
const fields = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
const policyInput = (number: string) => ({ number, coverStart: '2026-12-01', coverEnd: '2027-11-30', paymentFrequency: 'ANNUAL' });
const TAB = `query($id: ID!) { client(id: $id) { panelTabs { key count } offers { id state premiumGross version { version } } } }`;
const REQUEST = `id status requesterName requesterEmail handlerName note answers { question value } product { code } client { id } offers { id }`;
const CREATE_REQUEST = `mutation($input: QuoteRequestInput!) { createQuoteRequest(input: $input) { ${REQUEST} } }`;
const ANSWER_REQUEST = `mutation($id: ID!, $o: [ID!]!) { answerQuoteRequest(id: $id, offerIds: $o) { ${REQUEST} } }`;

async function outbox(to: string) {
  const su = await t.superuser();
  try {
    return (await su.query(`select subject, text_body as text, kind from outbox_message where to_address = $1 order by created_at`, [to])).rows as Array<{ subject: string; text: string; kind: string }>;
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  refs = await rossiSetup(giulia, 'PRDO');
  laura = await signedIn(t, LAURA);
  baseline = (await marco.ok(DASHBOARD)).productsDashboard;
  published = await productIn(giulia, laura, refs, 'OFF-PUB', 'PUBLISHED');
  inTest = await productIn(giulia, laura, refs, 'OFF-TEST', 'TEST');
  clientId = (await createClient(marco, italianPerson())).id;
});
afterAll(async () => t?.stop());

describe('offer → application → policy', () => {
  it('saves a rating on a client as an offer valid 30 days, listed on the card\'s Offers tab', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, validFrom: '2026-11-20' } })).createOffer;
    expect(o).toMatchObject({ status: 'OFFERED', state: 'OFFERED', test: false, premiumNet: '360.00', premiumTaxes: '82.80', premiumGross: '442.80', validFrom: '2026-11-20', validUntil: '2026-12-20', client: { id: clientId }, policy: null });
    expect(o.breakdown.steps.at(-1)).toMatchObject({ key: 'bonus', effect: '-40.00' });
    const card = (await marco.ok(TAB, { id: clientId })).client;
    expect(card.panelTabs.find((x: { key: string }) => x.key === 'offers')).toEqual({ key: 'offers', count: 1 });
    expect(card.offers.map((x: { id: string }) => x.id)).toEqual([o.id]);
  });

  it('turns an accepted offer into a policy through the policies module, premium, line and insurer prefilled from the offer', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    expect(await marco.code(TO_POLICY, { id: o.id, input: policyInput('OFF-POL-0') })).toBe('CONFLICT'); // not yet an application
    expect((await marco.ok(ACCEPT, { id: o.id })).acceptOffer).toMatchObject({ status: 'APPLICATION', state: 'APPLICATION' });
    const done = (await marco.ok(TO_POLICY, { id: o.id, input: policyInput('OFF-POL-1') })).issuePolicyFromOffer;
    expect(done).toMatchObject({
      status: 'POLICY',
      state: 'POLICY',
      policy: { number: 'OFF-POL-1', status: 'POLICY', premiumNet: '360.00', premiumTaxes: '82.80', premiumGross: '442.80', line: { code: 'MOTOR_LIABILITY' }, insurer: { id: refs.insurerId }, client: { id: clientId } },
    });
    expect(await marco.code(ACCEPT, { id: o.id })).toBe('CONFLICT');
  });

  it('refuses bad offer input naming the field and saves nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const dates = await marco.gql(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, validFrom: '2026-12-10', validUntil: '2026-12-01' } });
    expect(fields(dates)).toEqual(['validUntil:before_valid_from']);
    const bad = await marco.gql(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: answers({ driverAge: '12', powerKw: '100', usage: 'private', claimsFree: 'true' }) } });
    expect(fields(bad)).toEqual(['answers.driverAge:below_min']);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    await marco.ok(ACCEPT, { id: o.id });
    const accepted = await productsSnapshot(t, 'ROSSI');
    const policyErr = await marco.gql(TO_POLICY, { id: o.id, input: { ...policyInput('OFF-POL-2'), coverEnd: '2026-01-01' } });
    expect(policyErr.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(policyErr)).toEqual(['coverEnd:before_start']);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(accepted); // no policy, the offer still an application
  });

  it('expires an offer whose validity has passed: it shows as EXPIRED and can no longer be accepted (CONFLICT)', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, validFrom: '2025-01-01', validUntil: '2025-01-31' } })).createOffer;
    expect(o.state).toBe('EXPIRED');
    expect((await marco.gql(ACCEPT, { id: o.id })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', state: 'expired' });
  });

  it('keeps the version an offer was rated with when the product gets a new version', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    const v2 = (await giulia.ok(NEW_VERSION, { id: published.productId })).newProductVersion;
    for (const [who, s] of [[giulia, 'SUBMITTED'], [laura, 'APPROVED'], [giulia, 'TEST'], [laura, 'PUBLISHED']] as const) await who.ok(MOVE, { id: v2.id, s });
    const again = (await marco.ok(`query($id: ID!) { offer(id: $id) { version { id version status } premiumGross } }`, { id: o.id })).offer;
    expect(again).toEqual({ version: { id: published.versionId, version: 1, status: 'RETIRED' }, premiumGross: '442.80' });
    expect(await marco.code(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).toBe('CONFLICT'); // retired
    published = { productId: published.productId, versionId: v2.id };
  });
});

describe('the offer as a PDF', () => {
  const PDF = `query($id: ID!) { offerPdf(id: $id) { fileName contentType language title base64 } }`;
  it("prints an offer as a PDF in the client's language (else the company's), TEST offers marked", async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    const it1 = (await marco.ok(PDF, { id: o.id })).offerPdf;
    expect(it1).toMatchObject({ contentType: 'application/pdf', language: 'it', title: 'Offerta — Auto Facile' });
    expect(Buffer.from(it1.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const german = (await createClient(marco, italianPerson({ preferredLocale: 'de' }))).id;
    const o2 = (await marco.ok(CREATE_OFFER, { input: { clientId: german, versionId: published.versionId, answers: GOOD } })).createOffer;
    expect((await marco.ok(PDF, { id: o2.id })).offerPdf).toMatchObject({ language: 'de', title: 'Angebot — Motor Easy' });
    expect(await pieter.code(PDF, { id: o.id })).toBe('NOT_FOUND');
  });
});

describe('test mode offers', () => {
  it('marks an offer rated in test mode TEST and never lets it become an application or a policy (CONFLICT, nothing changed)', async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: inTest.versionId, answers: GOOD } })).createOffer;
    expect(o).toMatchObject({ test: true, breakdown: { test: true }, premiumGross: '442.80' });
    const before = await productsSnapshot(t, 'ROSSI');
    const accept = await marco.gql(ACCEPT, { id: o.id });
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TEST_OFFER' });
    const issue = await marco.gql(TO_POLICY, { id: o.id, input: policyInput('OFF-TEST-1') });
    expect(issue.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TEST_OFFER' });
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('quote requests', () => {
  it('queues a request with its answers, assigns a handler, answers it with an offer and e-mails the requester in the client\'s language', async () => {
    const r = (await marco.ok(CREATE_REQUEST, { input: { productId: published.productId, clientId, requesterName: 'Anna Verdi', requesterEmail: 'anna.verdi@example.it', answers: GOOD, note: 'Call after 5 pm' } })).createQuoteRequest;
    expect(r).toMatchObject({ status: 'WAITING', requesterEmail: 'anna.verdi@example.it', product: { code: 'OFF-PUB' }, client: { id: clientId }, offers: [] });
    const queue = (await marco.ok(`{ quoteRequests(statuses: [WAITING]) { id } }`)).quoteRequests.map((x: { id: string }) => x.id);
    expect(queue).toContain(r.id);
    const marcoId = (await marco.ok('{ me { user { id } } }')).me.user.id;
    expect((await marco.ok(`mutation($id: ID!, $h: ID!) { assignQuoteRequest(id: $id, handlerId: $h) { handlerName } }`, { id: r.id, h: marcoId })).assignQuoteRequest.handlerName).toContain('Marco');
    const testOffer = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: inTest.versionId, answers: GOOD } })).createOffer;
    expect(fields(await marco.gql(ANSWER_REQUEST, { id: r.id, o: [testOffer.id] }))).toEqual(['offerIds:not_for_request']);
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD, requestId: r.id, validFrom: '2026-11-20' } })).createOffer;
    const answered = (await marco.ok(ANSWER_REQUEST, { id: r.id, o: [o.id] })).answerQuoteRequest;
    expect(answered).toMatchObject({ status: 'ANSWERED', offers: [{ id: o.id }] });
    const mails = await outbox('anna.verdi@example.it');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'products.quote_ready', subject: expect.stringContaining('Il suo preventivo') });
    expect(mails[0].text).toContain('Auto Facile: 442.80');
    expect(mails[0].text).toContain('2026-12-20');
    expect(await marco.code(ANSWER_REQUEST, { id: r.id, o: [o.id] })).toBe('CONFLICT');
  });

  it('refuses a request without a valid e-mail or with bad answers, naming the fields, and saves nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const r = await marco.gql(CREATE_REQUEST, { input: { productId: published.productId, requesterName: ' ', requesterEmail: 'nope', answers: GOOD } });
    expect(fields(r)).toEqual(['requesterEmail:invalid_email', 'requesterName:required']);
    const a = await marco.gql(CREATE_REQUEST, { input: { productId: published.productId, requesterName: 'Anna', requesterEmail: 'a@example.it', answers: answers({ usage: 'boat' }) } });
    expect(fields(a)).toEqual(['answers.claimsFree:required', 'answers.driverAge:required', 'answers.powerKw:required', 'answers.usage:unknown_option']);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('GDPR erasure', () => {
  it("erases the answers of a client's offers and the requester's data of its requests (closing those waiting), keeping the premiums", async () => {
    const erased = (await createClient(marco, italianPerson())).id;
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId: erased, versionId: published.versionId, answers: GOOD } })).createOffer;
    const r = (await marco.ok(CREATE_REQUEST, { input: { productId: published.productId, clientId: erased, requesterName: 'Maria Bianchi', requesterEmail: 'maria.bianchi@example.it', answers: GOOD, note: 'Evenings' } })).createQuoteRequest;
    await giulia.ok(`mutation($id: ID!) { eraseClient(id: $id, reason: "GDPR request 2026/7") { id } }`, { id: erased });
    const after = await giulia.ok(`query($o: ID!, $r: ID!) { offer(id: $o) { answers { question } premiumGross } quoteRequest(id: $r) { status requesterName requesterEmail note answers { question } } }`, { o: o.id, r: r.id });
    expect(after).toEqual({ offer: { answers: [], premiumGross: '442.80' }, quoteRequest: { status: 'CLOSED', requesterName: '[erased]', requesterEmail: 'erased@invalid', note: null, answers: [] } });
    const su = await t.superuser();
    try {
      const leaked = await su.query(`select count(*)::int as n from audit_event where (after::text like '%maria.bianchi%' or before::text like '%maria.bianchi%') and action <> 'create'`);
      expect(leaked.rows[0].n).toBe(0); // the erasure itself copied nothing into the trail
    } finally {
      await su.end();
    }
  });
});

describe('rights and other companies', () => {
  it('refuses saving an offer without clients:edit and issuing a policy without policies:create (FORBIDDEN)', async () => {
    expect(await laura.code(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).toBe('FORBIDDEN');
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    expect(await laura.code(ACCEPT, { id: o.id })).toBe('FORBIDDEN');
    expect(await laura.code(TO_POLICY, { id: o.id, input: policyInput('OFF-POL-9') })).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another company's offers, requests, clients and versions, and changes nothing", async () => {
    const o = (await marco.ok(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).createOffer;
    const r = (await marco.ok(CREATE_REQUEST, { input: { productId: published.productId, requesterName: 'Anna', requesterEmail: 'a@example.it', answers: GOOD } })).createQuoteRequest;
    const before = await productsSnapshot(t, 'ROSSI');
    expect(await pieter.code(`query($id: ID!) { offer(id: $id) { id } }`, { id: o.id })).toBe('NOT_FOUND');
    expect(await pieter.code(ACCEPT, { id: o.id })).toBe('NOT_FOUND');
    expect(await pieter.code(TO_POLICY, { id: o.id, input: policyInput('X-1') })).toBe('NOT_FOUND');
    expect(await pieter.code(`query($id: ID!) { quoteRequest(id: $id) { id } }`, { id: r.id })).toBe('NOT_FOUND');
    expect(await pieter.code(`query($v: ID!, $a: [AnswerInput!]!) { rateQuote(versionId: $v, answers: $a) { breakdown { total } } }`, { v: published.versionId, a: GOOD })).toBe('NOT_FOUND');
    expect(await pieter.code(`query($id: ID!) { offerPdf(id: $id) { title } }`, { id: o.id })).toBe('NOT_FOUND');
    expect(await pieter.code(ANSWER_REQUEST, { id: r.id, o: [o.id] })).toBe('NOT_FOUND');
    expect(await pieter.code(CREATE_OFFER, { input: { clientId, versionId: published.versionId, answers: GOOD } })).toBe('NOT_FOUND');
    expect(await pieter.code(CREATE_REQUEST, { input: { productId: published.productId, requesterName: 'X', requesterEmail: 'x@example.nl', answers: GOOD } })).toBe('NOT_FOUND');
    const theirs = await pieter.ok('{ offers { id } quoteRequests { id } }');
    expect(theirs.offers.length).toBeGreaterThan(0); // VDBERG's own demo offers
    expect(theirs.offers.map((x: { id: string }) => x.id)).not.toContain(o.id);
    expect(theirs.quoteRequests.map((x: { id: string }) => x.id)).not.toContain(r.id);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('dashboard', () => {
  it('counts versions by state, quotes per product per week (TEST left out), conversion and requests waiting', async () => {
    const d: Dashboard = (await marco.ok(DASHBOARD)).productsDashboard;
    const count = (x: Dashboard, s: string) => x.byStatus.find((b) => b.status === s)!.count;
    // this file: OFF-PUB v1 retired and v2 published, OFF-TEST in test
    expect(['PUBLISHED', 'TEST', 'RETIRED', 'SUBMITTED', 'DRAFT'].map((s) => count(d, s) - count(baseline, s))).toEqual([1, 1, 1, 0, 0]);
    const mine = (await marco.ok(`{ offers { test state version { product { code } } } }`)).offers.filter((o: { version: { product: { code: string } } }) => o.version.product.code.startsWith('OFF-'));
    const counted = mine.filter((o: { test: boolean }) => !o.test);
    expect(d.offers - baseline.offers).toBe(counted.length);
    expect(d.converted - baseline.converted).toBe(1);
    expect(d.conversionRate).toBe(((d.converted / d.offers) * 100).toFixed(2));
    expect(d.requestsWaiting - baseline.requestsWaiting).toBe(1);
    const weekly = (x: Dashboard) => x.quotesPerWeek.filter((w) => w.productCode === 'OFF-PUB').reduce((sum, w) => sum + w.quotes, 0);
    expect(weekly(d)).toBe(counted.length);
    expect(d.quotesPerWeek.some((w) => w.productCode === 'OFF-TEST')).toBe(false);
  });
});
