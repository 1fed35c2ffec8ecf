import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { LAURA, CREATE_OFFER, answers, productIn, productsSnapshot, rossiSetup } from './products-helpers.js';
import { CREATE_GRANT, clientsWithPolicies, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';
import { pdfText } from './pdf-text.helpers.js';
import { PUBLISH, SAVE_DRAFT, draft } from './consents-helpers.js';

/**
 * Quote requests from the portal (issue #12 item 5, PO-4): the client picks a published product,
 * confirms its data and consents, answers the questionnaire; the request reaches the staff queue marked
 * as coming from the portal and linked to the client, is e-mailed to the client and the agency, and the
 * client sees its state and the offers made. Another grant's client, a product not published, bad input:
 * refused, nothing saved.
 */
let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let portal: PortalClient;
let other: PortalClient;
let mine: { clientId: string };
let theirs: { clientId: string };
let published: { productId: string; versionId: string };
let inTest: { productId: string; versionId: string };
const email = 'quotes.client@example.com';
const otherEmail = 'quotes.other@example.com';
const AGENCY = 'agenzia@rossi-assicurazioni.example';

const PRODUCTS = 'query($l: String) { portalQuoteProducts(lang: $l) { id code name questions { key type required label unit min max options { value label } showWhen { question anyOf } } } }';
const REQUESTS = 'query($l: String) { portalQuoteRequests(lang: $l) { id clientId clientName productName status fromPortal answeredAt offers { id state premiumGross pdfUrl } } }';
const REQUEST = 'mutation($i: PortalQuoteRequestInput!) { portalRequestQuote(input: $i) { id clientId productName status fromPortal offers { id } } }';
const QUEUE = '{ quoteRequests(statuses: [WAITING]) { id fromPortal requesterName requesterEmail note status client { id } product { id } answers { question value } } }';
const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' });
const GARAGE = { question: 'garage', address: { street: 'Via Roma 1', postalCode: '00184', city: 'Roma', country: 'IT' } };
const input = (over: Record<string, unknown> = {}) => ({ clientId: mine.clientId, productId: published.productId, answers: [...GOOD, GARAGE], note: 'Second car', confirmData: true, confirmConsents: true, ...over });
/** The client's consent forms on the portal, and an answer accepting every clause of one. */
const FORMS = 'query($c: ID!) { portalConsents(clientId: $c) { forms { formId code versionId pending clauses { key required } } } }';
const GIVE = 'mutation($c: ID!, $f: [PortalConsentFormAnswerInput!]!) { portalGiveConsents(clientId: $c, forms: $f) { forms { code pending } } }';
type Form = { formId: string; code: string; versionId: string; pending: boolean; clauses: Array<{ key: string; required: boolean }> };
const formsOf = async (): Promise<Form[]> => (await portal.ok(FORMS, { c: mine.clientId })).portalConsents.forms;
const give = (f: Form) => ({ formVersionId: f.versionId, answers: f.clauses.map((c) => ({ key: c.key, accepted: true })) });
const requestRows = async () => (await su.query(`select count(*)::int as n from quote_request where portal_user_id is not null`)).rows[0].n as number;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  [mine, theirs] = await clientsWithPolicies(su, 'ROSSI', 2);
  const g1 = (await agent.ok(CREATE_GRANT, { i: { name: 'Quotes', clientIds: [mine.clientId], shareMode: 'BY_STATUS', shareStatuses: ['POLICY'] } })).createPortalGrant;
  const g2 = (await agent.ok(CREATE_GRANT, { i: { name: 'Other', clientIds: [theirs.clientId], shareMode: 'BY_STATUS', shareStatuses: ['POLICY'] } })).createPortalGrant;
  portal = await invitedPortalUser(t, mailbox, agent, g1.id, email);
  other = await invitedPortalUser(t, mailbox, agent, g2.id, otherEmail);
  const giulia = await signedIn(t, USERS.rossiAdmin);
  const refs = await rossiSetup(giulia, 'PQUO');
  const laura = await signedIn(t, LAURA);
  published = await productIn(giulia, laura, refs, 'PORTAL-QUOTE', 'PUBLISHED');
  inTest = await productIn(giulia, laura, refs, 'PORTAL-TEST', 'TEST');
  // the demo client's forms changed since its last answers (CN-5) are answered first, as the portal asks
  const pending = (await formsOf()).filter((f) => f.pending);
  if (pending.length) await portal.ok(GIVE, { c: mine.clientId, f: pending.map(give) });
  // their confirmation e-mails are delivered before the tests read the mailbox
  const undelivered = async () => (await su.query(`select count(*)::int as n from outbox_message where status = 'pending'`)).rows[0].n as number;
  for (let i = 0; i < 200 && (await undelivered()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
});
/**
 * The quote e-mails queued (kinds products.*): a refused request queues none. Other mail — a consent's
 * confirmation with its PDF, queued by a job after the answer — may land at any moment and is not counted.
 */
const quoteMails = async () => (await su.query(`select count(*)::int as n from outbox_message where kind like 'products.%'`)).rows[0].n as number;

afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('products a client may ask for', () => {
  it('lists the published products with their questionnaire in the asked language, never a product in test nor a staff-only question', async () => {
    const products = (await portal.ok(PRODUCTS, { l: 'it' })).portalQuoteProducts;
    const mineP = products.find((p: { id: string }) => p.id === published.productId);
    expect(mineP).toEqual(expect.objectContaining({ code: 'PORTAL-QUOTE', name: 'Auto Facile' }));
    expect(mineP.questions.map((q: { key: string }) => q.key)).toEqual(['driverAge', 'powerKw', 'usage', 'claimsFree', 'claimsCount', 'extras', 'startDate', 'garage', 'notes']);
    expect(mineP.questions[0]).toEqual(expect.objectContaining({ type: 'number', required: true, label: 'Età del conducente', unit: 'years', min: '18', max: '99' }));
    expect(products.some((p: { id: string }) => p.id === inTest.productId)).toBe(false);
  });

  it('refuses the products and the requests without a portal session, and a staff token', async () => {
    expect(await portalClient(t).code(PRODUCTS)).toBe('UNAUTHENTICATED');
    expect(await portalClient(t).code(REQUEST, { i: input() })).toBe('UNAUTHENTICATED');
    const staffOnPortal = portalClient(t);
    staffOnPortal.bearer = agent.bearer;
    staffOnPortal.cookie = agent.cookie;
    expect(await staffOnPortal.code(REQUESTS)).toBe('UNAUTHENTICATED');
  });
});

describe('a client requests a quote', () => {
  let requestId: string;

  it('puts the request in the staff queue marked as from the portal, linked to the client, with the confirmed consents, and e-mails the client and the agency', async () => {
    const before = mailbox.received.length;
    const r = (await portal.ok(REQUEST, { i: input() })).portalRequestQuote;
    requestId = r.id;
    expect(r).toEqual(expect.objectContaining({ clientId: mine.clientId, status: 'waiting', fromPortal: true, offers: [] }));
    expect(r.productName).not.toBe('');
    const queue = (await agent.ok(QUEUE)).quoteRequests;
    expect(queue.find((q: { id: string }) => q.id === requestId)).toEqual(
      expect.objectContaining({ fromPortal: true, requesterEmail: email, note: 'Second car', status: 'WAITING', client: { id: mine.clientId }, product: { id: published.productId } }),
    );
    expect(queue.find((q: { id: string }) => q.id === requestId).answers.map((a: { question: string }) => a.question)).toEqual(['driverAge', 'powerKw', 'usage', 'claimsFree', 'garage']);
    const row = (await su.query(`select portal_user_id, portal_confirmation from quote_request where id = $1`, [requestId])).rows[0];
    expect(row.portal_user_id).not.toBeNull();
    expect(row.portal_confirmation.dataConfirmed).toBe(true);
    const records = (await su.query(`select count(distinct form_id)::int as n from consent_record where client_id = $1 and kind = 'answer'`, [mine.clientId])).rows[0].n;
    expect(row.portal_confirmation.consents).toHaveLength(records);
    const toClient = await mailbox.waitFor(email, before);
    expect(toClient.text).toMatch(/Motor Easy|Auto Facile/);
    expect(toClient.subject).toMatch(/preventivo|quote|Angebot|offerte|ofert/i);
    const toAgency = await mailbox.waitFor(AGENCY, before);
    expect(toAgency.text).toContain(email);
    expect(toAgency.text).toContain('Second car');
  });

  it('lists the request waiting, then answered with the offer staff made, whose PDF the client downloads (audited)', async () => {
    let mineR = (await portal.ok(REQUESTS, { l: 'en' })).portalQuoteRequests.find((q: { id: string }) => q.id === requestId);
    expect(mineR).toEqual(expect.objectContaining({ status: 'waiting', fromPortal: true, answeredAt: null, offers: [], productName: 'Motor Easy' }));
    const offer = (await agent.ok(CREATE_OFFER, { input: { clientId: mine.clientId, versionId: published.versionId, answers: GOOD, requestId } })).createOffer;
    await agent.ok('mutation($id: ID!, $o: [ID!]!) { answerQuoteRequest(id: $id, offerIds: $o) { status } }', { id: requestId, o: [offer.id] });
    mineR = (await portal.ok(REQUESTS, { l: 'en' })).portalQuoteRequests.find((q: { id: string }) => q.id === requestId);
    expect(mineR.status).toBe('answered');
    expect(mineR.answeredAt).not.toBeNull();
    expect(mineR.offers).toEqual([{ id: offer.id, state: 'offered', premiumGross: offer.premiumGross, pdfUrl: `/portal/files/offers/${offer.id}` }]);
    const res = await fetch(`${t.url}${mineR.offers[0].pdfUrl}`, { headers: { authorization: `Bearer ${portal.bearer}` } });
    expect(res.status).toBe(200);
    expect(await pdfText(Buffer.from(await res.arrayBuffer()))).toContain(offer.premiumGross.split('.')[0]);
    const audited = (await su.query(`select channel, user_email from audit_event where action = 'download' and entity_id = $1`, [offer.id])).rows;
    expect(audited).toEqual([{ channel: 'portal', user_email: email }]);
  });

  it("never shows another grant's client's requests", async () => {
    const theirsR = (await other.ok(REQUESTS)).portalQuoteRequests;
    expect(theirsR.some((q: { id: string }) => q.id === requestId)).toBe(false);
    expect(theirsR.every((q: { clientId: string }) => q.clientId === theirs.clientId)).toBe(true);
  });
});

describe('refusals (nothing saved)', () => {
  it("answers NOT_FOUND for another grant's client, an unknown client, a product in test or an unknown product, saving nothing", async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const count = await requestRows();
    expect(await portal.code(REQUEST, { i: input({ clientId: theirs.clientId }) })).toBe('NOT_FOUND');
    expect(await portal.code(REQUEST, { i: input({ clientId: '00000000-0000-4000-8000-000000000000' }) })).toBe('NOT_FOUND');
    expect(await portal.code(REQUEST, { i: input({ productId: inTest.productId }) })).toBe('NOT_FOUND');
    expect(await portal.code(REQUEST, { i: input({ productId: '00000000-0000-4000-8000-000000000000' }) })).toBe('NOT_FOUND');
    expect(await requestRows()).toBe(count);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses missing confirmations, wrong answers and a too long note with BAD_USER_INPUT naming each field, saving nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const outbox = await quoteMails();
    const r = await portal.gql(REQUEST, {
      i: input({ confirmData: false, confirmConsents: false, note: 'x'.repeat(2001), answers: answers({ driverAge: '12', powerKw: '100', usage: 'racing' }) }),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['confirmData', 'confirmConsents', 'note', 'answers.driverAge', 'answers.usage', 'answers.claimsFree']));
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
    expect(await quoteMails()).toBe(outbox);
  });
});

describe('pending re-consent first (CN-5, PO-2)', () => {
  it('refuses a quote request while consent forms wait for the client\'s answer (CONFLICT consents_pending naming the forms), saving nothing; once answered the request goes through', async () => {
    // the client has answered the marketing form; the agency then publishes a new version of it
    // (with the e-consent agreement: the demo client picked may never have accepted it)
    const forms = await formsOf();
    const marketing = forms.find((f) => f.code === 'MARKETING')!;
    await portal.ok(GIVE, { c: mine.clientId, f: [give(forms.find((f) => f.code === 'ECONSENT')!), give(marketing)] });
    expect((await formsOf()).filter((f) => f.pending)).toEqual([]);
    await agent.ok(SAVE_DRAFT, { id: marketing.formId, input: draft('it', 'Marketing 2', 'Nuovo testo del consenso al marketing.', [{ key: 'email', required: false, text: 'Offerte via e-mail' }]) });
    await agent.ok(PUBLISH, { id: marketing.formId });
    expect((await formsOf()).filter((f) => f.pending).map((f) => f.code)).toEqual(['MARKETING']);

    const before = await productsSnapshot(t, 'ROSSI');
    const count = await requestRows();
    const outbox = await quoteMails();
    const r = await portal.gql(REQUEST, { i: input() });
    expect(r.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'CONFLICT', reason: 'consents_pending', pendingForms: ['MARKETING'], clientId: mine.clientId }));
    expect(r.errors?.[0]?.message).toMatch(/answer the consent forms/i);
    expect(await requestRows()).toBe(count);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
    expect(await quoteMails()).toBe(outbox);

    const changed = (await formsOf()).find((f) => f.code === 'MARKETING')!;
    await portal.ok(GIVE, { c: mine.clientId, f: [give(changed)] });
    expect((await portal.ok(REQUEST, { i: input() })).portalRequestQuote.status).toBe('waiting');
    expect(await requestRows()).toBe(count + 1);
  });
});
