import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { PDF, uploadDocument } from './clients-documents.helpers.js';
import { LAURA, CREATE_OFFER, answers, productIn, rossiSetup } from './products-helpers.js';
import { CREATE_GRANT, clientsWithPolicies, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';
import { pdfText } from './pdf-text.helpers.js';

/**
 * Documents on the portal (issue #12 item 8): the client downloads the documents of the contracts its
 * grants share and the offers made to it, streamed, each download audited; any other document or offer
 * — of a contract not shared, of another grant's client — is NOT_FOUND, and nothing is audited for it.
 */
let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let portal: PortalClient;
let mine: { clientId: string; policies: Array<{ id: string }> };
let theirs: { clientId: string; policies: Array<{ id: string }> };
let sharedDoc: string;
let unsharedDoc: string;
let theirDoc: string;
let myOffer: string;
let theirOffer: string;
const email = 'documents.client@example.com';

const DOCS = 'query($p: ID!) { portalContractDocuments(policyId: $p) { id fileName contentType sizeBytes category downloadUrl } }';
const OFFERS = 'query($c: ID!) { portalOffers(clientId: $c, lang: "it") { id clientId productName state premiumGross validFrom validUntil pdfUrl } }';
const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' });

async function get(p: PortalClient | GqlClient | null, url: string): Promise<{ status: number; body: Buffer; json: any; headers: Headers }> {
  const res = await fetch(`${t.url}${url}`, { headers: p?.bearer ? { authorization: `Bearer ${p.bearer}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  const json = (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(body.toString('utf8')) : null;
  return { status: res.status, body, json, headers: res.headers };
}
const downloads = async (id: string) =>
  (await su.query(`select entity_type, channel, user_email from audit_event where action = 'download' and entity_id = $1 order by seq`, [id])).rows;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  [mine, theirs] = await clientsWithPolicies(su, 'ROSSI', 2);
  // the grant shares only the first contract of `mine`
  const g = (await agent.ok(CREATE_GRANT, { i: { name: 'Documents', clientIds: [mine.clientId], shareMode: 'PICKED', policyIds: [mine.policies[0].id] } })).createPortalGrant;
  portal = await invitedPortalUser(t, mailbox, agent, g.id, email);
  sharedDoc = (await uploadDocument(t, agent, { ownerType: 'policy', ownerId: mine.policies[0].id, category: 'contract', fileName: 'polizza.pdf' })).id;
  unsharedDoc = (await uploadDocument(t, agent, { ownerType: 'policy', ownerId: mine.policies[1].id, category: 'contract', fileName: 'altra.pdf' })).id;
  theirDoc = (await uploadDocument(t, agent, { ownerType: 'policy', ownerId: theirs.policies[0].id, category: 'contract', fileName: 'loro.pdf' })).id;
  // offers: a product published by the administrator and an approver, rated for both clients
  const giulia = await signedIn(t, USERS.rossiAdmin);
  const refs = await rossiSetup(giulia, 'PDOC');
  const published = await productIn(giulia, await signedIn(t, LAURA), refs, 'PORTAL-DOC', 'PUBLISHED');
  myOffer = (await agent.ok(CREATE_OFFER, { input: { clientId: mine.clientId, versionId: published.versionId, answers: GOOD } })).createOffer.id;
  theirOffer = (await agent.ok(CREATE_OFFER, { input: { clientId: theirs.clientId, versionId: published.versionId, answers: GOOD } })).createOffer.id;
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('documents of shared contracts', () => {
  it("lists a shared contract's documents and streams one byte for byte, auditing the download with the portal user's name", async () => {
    const docs = (await portal.ok(DOCS, { p: mine.policies[0].id })).portalContractDocuments;
    expect(docs).toEqual([expect.objectContaining({ id: sharedDoc, fileName: 'polizza.pdf', contentType: 'application/pdf', category: 'contract', downloadUrl: `/portal/files/documents/${sharedDoc}` })]);
    expect(await downloads(sharedDoc)).toEqual([]);
    const res = await get(portal, docs[0].downloadUrl);
    expect(res.status).toBe(200);
    expect(res.body.equals(PDF)).toBe(true);
    expect(res.headers.get('content-disposition')).toContain('polizza.pdf');
    expect(await downloads(sharedDoc)).toEqual([{ entity_type: 'StoredDocument', channel: 'portal', user_email: email }]);
    await get(portal, docs[0].downloadUrl);
    expect(await downloads(sharedDoc)).toHaveLength(2); // each download audited
  });

  it('answers NOT_FOUND for the documents of a contract the grant does not share and of another client, and audits nothing', async () => {
    expect(await portal.code(DOCS, { p: mine.policies[1].id })).toBe('NOT_FOUND');
    expect(await portal.code(DOCS, { p: theirs.policies[0].id })).toBe('NOT_FOUND');
    for (const id of [unsharedDoc, theirDoc, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await get(portal, `/portal/files/documents/${id}`);
      expect(res.status).toBe(404);
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect(await downloads(unsharedDoc)).toEqual([]);
    expect(await downloads(theirDoc)).toEqual([]);
  });

  it('refuses a download without a portal session, and a staff token on the portal route, with 401', async () => {
    expect((await get(null, `/portal/files/documents/${sharedDoc}`)).status).toBe(401);
    expect((await get(agent, `/portal/files/documents/${sharedDoc}`)).status).toBe(401);
    expect((await get(portalClient(t), `/portal/files/offers/${myOffer}`)).status).toBe(401);
  });
});

describe('downloads in staff\'s "view as"', () => {
  it("lets staff's read-only view-as session download a shared document with its bearer token, audited as the staff member viewing as the user, and nothing else", async () => {
    const member = (await su.query(`select id from portal_grant_user where email = $1`, [email])).rows[0].id;
    const viewer = portalClient(t);
    viewer.bearer = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: member })).portalViewAs.token;
    const before = (await downloads(sharedDoc)).length;
    const res = await get(viewer, `/portal/files/documents/${sharedDoc}`);
    expect(res.status).toBe(200);
    expect(res.body.equals(PDF)).toBe(true);
    const rows = (await su.query(`select a.channel, a.role_name, u.email from audit_event a left join app_user u on u.id = a.user_id where a.action = 'download' and a.entity_id = $1 order by a.seq`, [sharedDoc])).rows;
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({ channel: 'staff', role_name: 'view_as', email: USERS.rossiAgent });
    expect((await get(viewer, `/portal/files/documents/${theirDoc}`)).status).toBe(404);
  });
});

describe('offers', () => {
  it("lists the offers made to the user's client and downloads an offer's PDF, audited", async () => {
    const offers = (await portal.ok(OFFERS, { c: mine.clientId })).portalOffers;
    const seeded = (await su.query(`select count(*)::int as n from product_offer where client_id = $1 and not test`, [mine.clientId])).rows[0].n;
    expect(offers).toHaveLength(seeded);
    expect(offers.every((o: { clientId: string }) => o.clientId === mine.clientId)).toBe(true);
    const offer = offers.find((o: { id: string }) => o.id === myOffer);
    expect(offer).toEqual(expect.objectContaining({ state: 'offered', premiumGross: '442.80', pdfUrl: `/portal/files/offers/${myOffer}` }));
    expect(offer.productName).not.toBe('');
    const res = await get(portal, offer.pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(res.body)).toContain('442');
    expect(await downloads(myOffer)).toEqual([{ entity_type: 'ProductOffer', channel: 'portal', user_email: email }]);
  });

  it("answers NOT_FOUND for another grant's client's offers and their PDFs, auditing nothing", async () => {
    expect(await portal.code(OFFERS, { c: theirs.clientId })).toBe('NOT_FOUND');
    const res = await get(portal, `/portal/files/offers/${theirOffer}`);
    expect(res.status).toBe(404);
    expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await downloads(theirOffer)).toEqual([]);
  });
});
