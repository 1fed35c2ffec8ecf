import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { CREATE_OFFER, LAURA, answers, productIn, rossiSetup } from './products-helpers.js';

/**
 * GDPR erasure and the products module (issue #10, CL-5): an erased client's answers — in offers and
 * quote requests — are nowhere afterwards: not in the offers, not in the requests, not in the
 * append-only audit trail (which never copies them: it cannot be rewritten later).
 */
let t: TestPlatform;
let giulia: GqlClient;
let marco: GqlClient;
let refs: Awaited<ReturnType<typeof rossiSetup>>;
let published: { productId: string; versionId: string };

const MARKER = 'Vicolo Segreto 77'; // an answer only this client gave (the garage's street)
const NOTE = 'Garage behind the bakery of Zia Rosa';
const ERASE = `mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id erasedAt } }`;
const CREATE_REQUEST = `mutation($input: QuoteRequestInput!) { createQuoteRequest(input: $input) { id } }`;

/** Where the marker texts are stored, table by table (superuser: every company, every row). */
async function whereStored(): Promise<Record<string, number>> {
  const su = await t.superuser();
  try {
    const out: Record<string, number> = {};
    for (const [table, column] of [['product_offer', 'answers'], ['quote_request', 'answers'], ['quote_request', 'requester_email'], ['audit_event', 'before'], ['audit_event', 'after']]) {
      const r = await su.query(`select count(*) as n from ${table} where ${column}::text like $1 or ${column}::text like $2 or ${column}::text like $3`, [`%${MARKER}%`, `%${NOTE}%`, '%erasure.test@example%']);
      out[`${table}.${column}`] = Number(r.rows[0].n);
    }
    return out;
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  refs = await rossiSetup(giulia, 'PRERA');
  const laura = await signedIn(t, LAURA);
  published = await productIn(giulia, laura, refs, 'ERA-PUB', 'PUBLISHED');
});
afterAll(async () => t?.stop());

describe('erasure of offers\' answers', () => {
  it('leaves an erased client\'s answers nowhere: not in offers, requests or audit rows', async () => {
    const client = await createClient(marco, italianPerson());
    const given = [
      ...answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true', notes: NOTE }),
      { question: 'garage', address: { street: MARKER, postalCode: '80134', city: 'Napoli', country: 'IT' } },
    ];
    await marco.ok(CREATE_OFFER, { input: { clientId: client.id, versionId: published.versionId, answers: given } });
    await marco.ok(CREATE_REQUEST, { input: { productId: published.productId, clientId: client.id, requesterName: 'Erasure Test', requesterEmail: 'erasure.test@example.com', answers: given, note: NOTE } });
    // stored where it belongs, and the audit trail never copied it
    expect(await whereStored()).toEqual({ 'product_offer.answers': 1, 'quote_request.answers': 1, 'quote_request.requester_email': 1, 'audit_event.before': 0, 'audit_event.after': 0 });
    await giulia.ok(ERASE, { id: client.id, r: 'GDPR request 2026/17' });
    expect(await whereStored()).toEqual({ 'product_offer.answers': 0, 'quote_request.answers': 0, 'quote_request.requester_email': 0, 'audit_event.before': 0, 'audit_event.after': 0 });
    // the figures stay (the dashboard's), the answers are gone from what staff read
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { offers { premiumGross answers { question value } } } }`, { id: client.id })).client;
    expect(card.offers).toEqual([{ premiumGross: '442.80', answers: [] }]);
  });
});
