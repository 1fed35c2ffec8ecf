import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { LAURA, answers, productIn, rossiSetup } from './products-helpers.js';

/**
 * The embeddable quote form's public endpoint (issue #10 item 6, PR-3): websites managed by staff
 * (products:edit), then what a visitor's browser on such a website gets from /public/quote/<key>/…:
 * only the configured origins, only published products of that company, every answer checked on the
 * server, a prospect client and a quote request attributed to the website's producer, a limit per IP.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator: products:edit
let marco: GqlClient; // ROSSI agent: products:view only
let pieter: GqlClient; // VDBERG administrator
let laura: GqlClient;
let refs: Awaited<ReturnType<typeof rossiSetup>>;
let published: { productId: string; versionId: string };
let inTest: { productId: string; versionId: string };
let draft: { productId: string; versionId: string };
let site: { id: string; publicKey: string; snippet: string };
let marcoId: string;

const ORIGIN = 'https://www.rossi-subagent.example';
const RATE_LIMIT = 45;
const WEBSITE = 'id name publicKey origins producerId producerName privacyNoticeUrl active snippet';
const CREATE_SITE = `mutation($i: QuoteWebsiteInput!) { createQuoteWebsite(input: $i) { ${WEBSITE} } }`;
const UPDATE_SITE = `mutation($id: ID!, $i: QuoteWebsiteInput!) { updateQuoteWebsite(id: $id, input: $i) { ${WEBSITE} } }`;
const SITES = `{ quoteWebsites { ${WEBSITE} } }`;
const REQUESTS = `{ quoteRequests(statuses: [WAITING]) { id status requesterName requesterEmail websiteName producerId producerName product { id code } client { id displayName status } answers { question value } } }`;
const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' }); // 360.00 + 82.80 = 442.80
const fieldsOf = (body: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (body.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

let calls = 0; // public calls made before the rate-limit test (all count against the same address)
async function pub(path: string, options: { method?: string; origin?: string | null; body?: unknown; key?: string } = {}) {
  calls++;
  const res = await fetch(`${t.url}/public/quote/${options.key ?? site.publicKey}/${path}`, {
    method: options.method ?? (options.body ? 'POST' : 'GET'),
    headers: { ...(options.origin === null ? {} : { origin: options.origin ?? ORIGIN }), ...(options.body ? { 'content-type': 'application/json' } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? (JSON.parse(text) as any) : null };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const su = await t.superuser();
  try {
    return Number((await su.query(sql, params)).rows[0].n);
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false, env: { PUBLIC_QUOTE_RATE_LIMIT: String(RATE_LIMIT), PUBLIC_QUOTE_REQUEST_LIMIT: '20' } });
  [giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  refs = await rossiSetup(giulia, 'PRPUB');
  laura = await signedIn(t, LAURA);
  published = await productIn(giulia, laura, refs, 'WEB-PUB', 'PUBLISHED');
  inTest = await productIn(giulia, laura, refs, 'WEB-TEST', 'TEST');
  draft = await productIn(giulia, laura, refs, 'WEB-DRAFT', 'DRAFT');
  const members = await giulia.ok(`{ users { user { id email } } }`);
  marcoId = members.users.find((m: { user: { email: string } }) => m.user.email === USERS.rossiAgent).user.id;
});
afterAll(async () => t?.stop());

describe('websites of the quote form (staff)', () => {
  it('gives each demo company a website of the form on the platform\'s own origin (the demo page), attributed to a producer', async () => {
    for (const who of [giulia, pieter]) {
      const [demoSite] = (await who.ok(SITES)).quoteWebsites;
      expect(demoSite).toMatchObject({ active: true, origins: expect.arrayContaining([new URL(t.config.publicUrl).origin]), producerName: expect.any(String) });
      expect(demoSite.publicKey).toMatch(/^demo[a-z]+0+$/);
    }
  });

  it('lets products:edit add a website with origins, producer and privacy notice, and gives the snippet with its key', async () => {
    site = (
      await giulia.ok(CREATE_SITE, { i: { name: 'Sub-agent Bianchi', origins: [`${ORIGIN}/`, 'http://localhost:5173'], producerId: marcoId, privacyNoticeUrl: 'https://www.rossi-subagent.example/privacy' } })
    ).createQuoteWebsite;
    expect(site).toMatchObject({ name: 'Sub-agent Bianchi', origins: [ORIGIN, 'http://localhost:5173'], producerId: marcoId, producerName: expect.stringMatching(/Bianchi/), active: true });
    expect(site.publicKey).toMatch(/^[a-z0-9]{32}$/);
    expect(site.snippet).toContain(`data-key="${site.publicKey}"`);
    expect(site.snippet).toContain('/embed/quote.js');
    expect((await marco.ok(SITES)).quoteWebsites.map((w: { name: string }) => w.name)).toContain('Sub-agent Bianchi');
  });

  it('refuses bad website input naming each field, and saves nothing', async () => {
    const before = await count(`select count(*) as n from quote_website`);
    const r = await giulia.gql(CREATE_SITE, { i: { name: ' ', origins: ['https://ok.example', 'https://x.example/path', 'ftp://x.example'], producerId: '00000000-0000-4000-8000-000000000000', privacyNoticeUrl: 'not a url' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['name:required', 'origins.1:invalid_origin', 'origins.2:invalid_origin', 'privacyNoticeUrl:invalid_url', 'producerId:not_found']);
    expect(await count(`select count(*) as n from quote_website`)).toBe(before);
  });

  it('refuses managing websites without products:edit, and another company\'s website is NOT_FOUND and unchanged', async () => {
    expect(await marco.code(CREATE_SITE, { i: { name: 'Mine', origins: [ORIGIN], privacyNoticeUrl: 'https://x.example/p' } })).toBe('FORBIDDEN');
    expect(await pieter.code(UPDATE_SITE, { id: site.id, i: { name: 'Taken over', origins: ['https://evil.example'], privacyNoticeUrl: 'https://evil.example/p' } })).toBe('NOT_FOUND');
    expect((await giulia.ok(SITES)).quoteWebsites.find((w: { id: string }) => w.id === site.id)).toMatchObject({ name: 'Sub-agent Bianchi', origins: [ORIGIN, 'http://localhost:5173'] });
  });
});

describe('the public endpoint', () => {
  it('serves the form to a listed origin: published products only, in the visitor\'s language, no staff data', async () => {
    const r = await pub('form?lang=it');
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const ids = r.body.products.map((p: { id: string }) => p.id);
    expect(ids).toContain(published.productId);
    expect(ids).not.toContain(inTest.productId);
    expect(ids).not.toContain(draft.productId);
    const p = r.body.products.find((x: { id: string }) => x.id === published.productId);
    expect(p.name).toBe('Auto Facile');
    expect(p.questions.find((q: { key: string }) => q.key === 'driverAge')).toMatchObject({ label: 'Età del conducente', type: 'number', required: true, min: '18', max: '99' });
    // questions pointing at the agency's records (vehicles, persons on the cards) are never asked on-line
    expect(p.questions.map((q: { key: string }) => q.key)).not.toEqual(expect.arrayContaining(['vehicle']));
    expect(p.questions.map((q: { key: string }) => q.key)).not.toContain('driver');
    expect(r.body.consent).toMatchObject({ version: expect.any(String), privacyNoticeUrl: 'https://www.rossi-subagent.example/privacy' });
    expect(r.body.consent.text).toMatch(/informativa/);
    for (const leak of ['authorId', 'approvedBy', 'rating', 'basePremium', 'rossi-assicurazioni.example', 'editors']) expect(r.text).not.toContain(leak);
  });

  it('refuses an origin not listed for the website (and a request without one), with no CORS permission', async () => {
    for (const origin of ['https://evil.example', 'https://www.rossi-subagent.example:8443', null]) {
      const r = await pub('form', { origin });
      expect(r.status, String(origin)).toBe(403);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN' });
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
    const pre = await pub('rate', { method: 'OPTIONS', origin: 'https://evil.example' });
    expect(pre.status).toBe(403);
    const ok = await pub('rate', { method: 'OPTIONS' });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  it('answers an unknown or stopped website\'s key with NOT_FOUND', async () => {
    expect((await pub('form', { key: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' })).status).toBe(404);
    expect((await pub('form', { key: 'NOT_A_KEY;drop' })).status).toBe(404);
    await giulia.ok(UPDATE_SITE, { id: site.id, i: { name: 'Sub-agent Bianchi', origins: [ORIGIN, 'http://localhost:5173'], producerId: marcoId, privacyNoticeUrl: 'https://www.rossi-subagent.example/privacy', active: false } });
    const stopped = await pub('form');
    expect(stopped.status).toBe(404);
    expect(stopped.body.errors[0].extensions.code).toBe('NOT_FOUND');
    await giulia.ok(UPDATE_SITE, { id: site.id, i: { name: 'Sub-agent Bianchi', origins: [ORIGIN, 'http://localhost:5173'], producerId: marcoId, privacyNoticeUrl: 'https://www.rossi-subagent.example/privacy', active: true } });
  });

  it('rates a published product on the server with its breakdown, in exact decimals', async () => {
    const r = await pub('rate', { body: { productId: published.productId, answers: GOOD, lang: 'en' } });
    expect(r.status).toBe(200);
    expect(r.body.breakdown).toMatchObject({ base: '400.00', net: '360.00', taxRate: '23.00', taxes: '82.80', total: '442.80' });
    expect(r.body.breakdown.steps.at(-1)).toMatchObject({ kind: 'discount', key: 'bonus', label: 'No-claims discount', effect: '-40.00', after: '360.00' });
    expect(r.body.currency).toBe('EUR');
  });

  it('never rates a draft, a product in test or another company\'s product: NOT_FOUND', async () => {
    const vdbergProducts = (await pieter.ok(`{ products(statuses: [PUBLISHED]) { id code } }`)).products;
    expect(vdbergProducts.length).toBeGreaterThan(0);
    for (const productId of [draft.productId, inTest.productId, vdbergProducts[0].id, 'not-an-id']) {
      const r = await pub('rate', { body: { productId, answers: GOOD } });
      expect(r.status, productId).toBe(404);
      expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(r.text).not.toContain('WEB-');
    }
  });

  it('refuses bad answers with BAD_USER_INPUT naming each question', async () => {
    const r = await pub('rate', {
      body: { productId: published.productId, answers: [...answers({ driverAge: '12', powerKw: 'fast', usage: 'racing', claimsFree: 'true' }), { question: 'vehicle', value: '00000000-0000-4000-8000-000000000000' }, { question: 'nope', value: 'x' }] },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r.body)).toEqual(['answers.driverAge:below_min', 'answers.nope:unknown_question', 'answers.powerKw:not_a_number', 'answers.usage:unknown_option', 'answers.vehicle:not_found']);
    const wrongShape = await pub('rate', { body: { productId: published.productId, answers: [{ question: 'driverAge', value: { $gt: 1 } }] } });
    expect(wrongShape.status).toBe(400);
    expect(fieldsOf(wrongShape.body)).toContain('answers.driverAge:invalid');
    const missing = await pub('rate', { body: { productId: published.productId, answers: [] } });
    expect(fieldsOf(missing.body)).toEqual(['answers.claimsFree:required', 'answers.driverAge:required', 'answers.powerKw:required', 'answers.usage:required']);
  });

  it('refuses a request without the privacy consent, name or e-mail, naming them, and creates nothing', async () => {
    const clients = await count(`select count(*) as n from client`);
    const requests = await count(`select count(*) as n from quote_request`);
    const r = await pub('request', { body: { productId: published.productId, answers: answers({ driverAge: '30', powerKw: '100', usage: 'private' }), firstName: '', lastName: 'Verdi', email: 'not-mail', consent: false } });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(['answers.claimsFree:required', 'consent:required', 'email:invalid_email', 'firstName:required']);
    const stale = await pub('request', { body: { productId: published.productId, answers: GOOD, firstName: 'Anna', lastName: 'Verdi', email: 'anna.verdi@example.com', consent: true, consentVersion: 'old' } });
    expect(fieldsOf(stale.body)).toEqual(['consent:stale']);
    expect(await count(`select count(*) as n from client`)).toBe(clients);
    expect(await count(`select count(*) as n from quote_request`)).toBe(requests);
  });

  it('creates a prospect client and a waiting request attributed to the website\'s producer, with the consent as shown', async () => {
    const form = (await pub('form?lang=it')).body;
    const r = await pub('request', {
      body: { productId: published.productId, answers: GOOD, lang: 'it', firstName: 'Anna', lastName: 'Verdi', email: 'Anna.Verdi@example.com', consent: true, consentVersion: form.consent.version },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ requestId: expect.any(String), breakdown: { total: '442.80' } });
    const queue = (await marco.ok(REQUESTS)).quoteRequests;
    const req = queue.find((q: { id: string }) => q.id === r.body.requestId);
    expect(req).toMatchObject({ status: 'WAITING', requesterName: 'Anna Verdi', requesterEmail: 'anna.verdi@example.com', websiteName: 'Sub-agent Bianchi', producerId: marcoId, product: { id: published.productId }, client: { displayName: 'Verdi Anna', status: 'PROSPECT' } });
    expect(req.producerName).toMatch(/Bianchi/);
    expect(req.answers).toEqual(expect.arrayContaining([{ question: 'driverAge', value: '30' }]));
    const su = await t.superuser();
    try {
      const row = (await su.query(`select consent, website_id from quote_request where id = $1`, [r.body.requestId])).rows[0];
      expect(row.website_id).toBe(site.id);
      expect(row.consent).toMatchObject({ version: form.consent.version, text: form.consent.text, url: 'https://www.rossi-subagent.example/privacy', locale: 'it', ip: expect.stringMatching(/127\.0\.0\.1|::1/) });
      expect(Date.now() - Date.parse(row.consent.acceptedAt)).toBeLessThan(60_000);
      const audit = (await su.query(`select channel, after from audit_event where entity_type = 'QuoteRequest' and entity_id = $1`, [r.body.requestId])).rows;
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ channel: 'public', after: { answers: '[withheld]', requesterEmail: '[withheld]' } });
    } finally {
      await su.end();
    }
    // another company's staff never see it
    expect((await pieter.ok(REQUESTS)).quoteRequests.map((q: { id: string }) => q.id)).not.toContain(r.body.requestId);
  });

  it('limits calls per IP address: RATE_LIMITED (429) with Retry-After once the limit is spent', async () => {
    expect(calls).toBeLessThan(RATE_LIMIT);
    let limited: Awaited<ReturnType<typeof pub>> | null = null;
    for (let i = 0; i <= RATE_LIMIT && !limited; i++) {
      const r = await pub('form');
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(limited!.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    // the visitor's page may read the refusal to tell the visitor
    expect(limited!.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await pub('rate', { body: { productId: published.productId, answers: GOOD } })).status).toBe(429);
  });
});
