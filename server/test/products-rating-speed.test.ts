import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { LAURA, MOVE, NEW_VERSION, RATE, UPDATE_VERSION, answers, motorDesign, productIn, rossiSetup } from './products-helpers.js';
import { compiledVersions } from '../src/modules/products/rating-cache.js';

/**
 * The quote path's speed (issue #10, "Speed") without changing what a person gets: a published
 * version's design is compiled once and served from the process's cache (a published version never
 * changes in place), every quote still reads the version's status and the line's tax rate from the
 * database in one statement, publishing a new version switches quotes to it, and versions that may
 * still change (test, draft) are never served from the cache.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator: designs
let laura: GqlClient; // approves and publishes (four eyes)
let marco: GqlClient; // ROSSI agent: quotes
let pieter: GqlClient; // VDBERG administrator
let refs: Awaited<ReturnType<typeof rossiSetup>>;
const ORIGIN = 'https://www.speed-agency.example';
const GOOD = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' }); // base 400 → 360.00 net
const withBase = (basePremium: string) => {
  const d = motorDesign();
  return { ...d, rating: { ...d.rating, basePremium } };
};

/** Statements the server sends to PostgreSQL while `fn` runs (the test's own requests only: no worker). */
async function statements(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const knex = (t.orm.em.getConnection() as unknown as { getKnex(): { on(e: string, f: (q: { sql: string }) => void): void; off(e: string, f: unknown): void } }).getKnex();
  const listen = (q: { sql: string }) => seen.push(q.sql);
  knex.on('query', listen);
  try {
    await fn();
  } finally {
    knex.off('query', listen);
  }
  return seen;
}

async function publicRate(key: string, productId: string, body: Record<string, unknown> = {}) {
  const res = await fetch(`${t.url}/public/quote/${key}/rate`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify({ productId, answers: GOOD, ...body }) });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  refs = await rossiSetup(giulia, 'PRSPD');
  laura = await signedIn(t, LAURA);
});
afterAll(async () => t?.stop());

describe('the quote path: published versions compiled once, facts read on every quote', () => {
  it('serves a published version\'s compiled tariff from cache and recompiles after a new version is published', async () => {
    const { productId, versionId: v1 } = await productIn(giulia, laura, refs, 'SPD-PUB', 'PUBLISHED');
    const before = compiledVersions.compilations;
    for (let i = 0; i < 3; i++) {
      const q = (await marco.ok(RATE, { v: v1, a: GOOD })).rateQuote.breakdown;
      expect([q.base, q.net, q.total, q.test]).toEqual(['400.00', '360.00', '442.80', false]);
    }
    expect(compiledVersions.compilations - before).toBe(1);
    expect(compiledVersions.has(v1)).toBe(true);

    // version 2 raises the base premium; in test it is rated marked TEST, version 1 still serves the published quotes
    const v2 = (await giulia.ok(NEW_VERSION, { id: productId })).newProductVersion.id as string;
    await giulia.ok(UPDATE_VERSION, { id: v2, input: withBase('500.00') });
    for (const [who, s] of [[giulia, 'SUBMITTED'], [laura, 'APPROVED'], [giulia, 'TEST']] as const) await who.ok(MOVE, { id: v2, s });
    expect((await marco.ok(RATE, { v: v2, a: GOOD })).rateQuote.breakdown).toMatchObject({ base: '500.00', net: '450.00', test: true });
    expect((await marco.ok(RATE, { v: v1, a: GOOD })).rateQuote.breakdown).toMatchObject({ base: '400.00', test: false });
    expect(compiledVersions.has(v2)).toBe(false);

    // publishing version 2 retires version 1: it leaves the cache, is refused, and quotes use version 2
    await laura.ok(MOVE, { id: v2, s: 'PUBLISHED' });
    expect(compiledVersions.has(v1)).toBe(false);
    expect(await marco.code(RATE, { v: v1, a: GOOD })).toBe('CONFLICT');
    const afterPublish = compiledVersions.compilations;
    for (let i = 0; i < 3; i++) expect((await marco.ok(RATE, { v: v2, a: GOOD })).rateQuote.breakdown).toMatchObject({ base: '500.00', net: '450.00', total: '553.50', test: false });
    expect(compiledVersions.compilations - afterPublish).toBe(1);
    expect(compiledVersions.has(v2)).toBe(true);
  });

  it('rates a version in test with its current rules every time: sent back to draft and changed, it is never served from the cache', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'SPD-TEST', 'TEST');
    expect((await marco.ok(RATE, { v: versionId, a: GOOD })).rateQuote.breakdown).toMatchObject({ base: '400.00', test: true });
    await giulia.ok(MOVE, { id: versionId, s: 'DRAFT', r: 'Base premium too low' });
    await giulia.ok(UPDATE_VERSION, { id: versionId, input: withBase('450.00') });
    expect((await giulia.ok(RATE, { v: versionId, a: GOOD })).rateQuote.breakdown).toMatchObject({ base: '450.00', net: '405.00', test: true });
    expect(await marco.code(RATE, { v: versionId, a: GOOD })).toBe('FORBIDDEN'); // a draft: the designer's preview only
    expect(compiledVersions.has(versionId)).toBe(false);
  });

  it('reads a staff quote\'s version, product and tax rate in one statement: three statements per quote on a cached version (BEGIN with the opening, the facts, COMMIT)', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'SPD-STMT', 'PUBLISHED');
    await marco.ok(RATE, { v: versionId, a: GOOD }); // compiles and caches
    const sql = await statements(() => marco.ok(RATE, { v: versionId, a: GOOD }));
    expect(sql.map((s) => s.trim().split(/\s+/)[0].toLowerCase())).toEqual(['begin;', 'select', 'commit;']);
    expect(sql[0]).toMatch(/^BEGIN; select app_open_request\(/);
    expect(sql.some((s) => /\bquestions\b/.test(s))).toBe(false); // the design is not read again
  });

  it('keeps another company\'s cached version out of reach: NOT_FOUND for its id, and bad answers still name their question', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'SPD-ISO', 'PUBLISHED');
    await marco.ok(RATE, { v: versionId, a: GOOD });
    expect(compiledVersions.has(versionId)).toBe(true);
    expect(await pieter.code(RATE, { v: versionId, a: GOOD })).toBe('NOT_FOUND');
    const r = await marco.gql(RATE, { v: versionId, a: answers({ driverAge: '12', powerKw: '100', usage: 'private', claimsFree: 'true' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['answers.driverAge']);
  });

  it('quotes on the public form from the cached published version and switches to a newly published version', async () => {
    const { productId, versionId: v1 } = await productIn(giulia, laura, refs, 'SPD-WEB', 'PUBLISHED');
    const site = (await giulia.ok(`mutation($i: QuoteWebsiteInput!) { createQuoteWebsite(input: $i) { publicKey } }`, { i: { name: 'Speed site', origins: [ORIGIN], privacyNoticeUrl: `${ORIGIN}/privacy` } })).createQuoteWebsite;
    const first = await publicRate(site.publicKey, productId);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ productId, currency: 'EUR', breakdown: { base: '400.00', net: '360.00', total: '442.80' } });
    expect(compiledVersions.has(v1)).toBe(true);
    const sql = await statements(() => publicRate(site.publicKey, productId));
    expect(sql.filter((s) => /product_version/.test(s))).toHaveLength(1); // version, product, line and company in one statement
    // begin, the website by its key (one statement), the company entered, the facts, rollback
    expect(sql.map((s) => (/app_public_quote_site/.test(s) ? 'site' : /set_config\('app\.company_id'/.test(s) ? 'scope' : /product_version/.test(s) ? 'facts' : s.trim().toLowerCase()))).toEqual(['begin;', 'site', 'scope', 'facts', 'rollback']);

    const v2 = (await giulia.ok(NEW_VERSION, { id: productId })).newProductVersion.id as string;
    await giulia.ok(UPDATE_VERSION, { id: v2, input: withBase('500.00') });
    for (const [who, s] of [[giulia, 'SUBMITTED'], [laura, 'APPROVED'], [giulia, 'TEST'], [laura, 'PUBLISHED']] as const) await who.ok(MOVE, { id: v2, s });
    expect((await publicRate(site.publicKey, productId)).body.breakdown).toMatchObject({ base: '500.00', net: '450.00', total: '553.50' });
    const bad = await publicRate(site.publicKey, productId, { answers: answers({ driverAge: '12', powerKw: '100', usage: 'private', claimsFree: 'true' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual(['answers.driverAge']);
  });
});
