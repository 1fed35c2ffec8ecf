import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, italianPerson } from './clients-helpers.js';
import { CREATE_VEHICLE, vehicleInput } from './vehicles-helpers.js';
import { CREATE_OFFER, LAURA, RATE, answers, productIn, rossiSetup } from './products-helpers.js';

/**
 * Rating (issue #10 §3, PR-2): known answers give known premiums with a breakdown a client can read
 * (exact decimals, half-up cents after each line, taxes at the line's default rate: Italian motor
 * liability 23 %); answers are checked on the server and each failure names its question; a version
 * in test mode rates marked TEST.
 */
let t: TestPlatform;
let giulia: GqlClient;
let laura: GqlClient;
let marco: GqlClient; // ROSSI agent: products:view, clients:edit
let published: string;
let inTest: string;
let draft: string;

const fields = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  const refs = await rossiSetup(giulia, 'PRDR');
  laura = await signedIn(t, LAURA);
  published = (await productIn(giulia, laura, refs, 'RATE-PUB', 'PUBLISHED')).versionId;
  inTest = (await productIn(giulia, laura, refs, 'RATE-TEST', 'TEST')).versionId;
  draft = (await productIn(giulia, laura, refs, 'RATE-DRAFT', 'DRAFT')).versionId;
});
afterAll(async () => t?.stop());

describe('table-driven ratings: known answers give known premiums', () => {
  const base = { driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' };
  const cases: Array<{ name: string; a: Record<string, string | string[]>; steps: Array<[string, string, string]>; net: string; taxes: string; total: string }> = [
    {
      name: 'a driver of 30, 100 kW, private use, no claims: only the 10 % no-claims discount',
      a: base,
      steps: [['age', '0.00', '400.00'], ['power', '0.00', '400.00'], ['use', '0.00', '400.00'], ['extraCover', '0.00', '400.00'], ['bonus', '-40.00', '360.00']],
      net: '360.00', taxes: '82.80', total: '442.80',
    },
    {
      name: 'a driver of 20, 160 kW, business use, two claims, glass: every factor and the 20 % claims loading, cents rounded half up',
      a: { driverAge: '20', powerKw: '160', usage: 'business', claimsFree: 'false', claimsCount: '2', extras: ['glass'] },
      steps: [['age', '200.00', '600.00'], ['power', '210.00', '810.00'], ['use', '202.50', '1012.50'], ['extraCover', '50.63', '1063.13'], ['claimsLoad', '212.63', '1275.76']],
      net: '1275.76', taxes: '293.42', total: '1569.18',
    },
    {
      name: 'a driver of 50, 60 kW, no claims: below the minimum premium, raised to 350.00',
      a: { ...base, driverAge: '50', powerKw: '60' },
      steps: [['age', '0.00', '400.00'], ['power', '-40.00', '360.00'], ['use', '0.00', '360.00'], ['extraCover', '0.00', '360.00'], ['bonus', '-36.00', '324.00'], ['minimum', '26.00', '350.00']],
      net: '350.00', taxes: '80.50', total: '430.50',
    },
    {
      name: 'a driver of 75, exactly 75 kW (band edges: from included, to excluded), one claim (no loading), both extras',
      a: { driverAge: '75', powerKw: '75', usage: 'private', claimsFree: 'false', claimsCount: '1', extras: ['glass', 'assistance'] },
      steps: [['age', '80.00', '480.00'], ['power', '0.00', '480.00'], ['use', '0.00', '480.00'], ['extraCover', '34.08', '514.08']],
      net: '514.08', taxes: '118.24', total: '632.32',
    },
    {
      name: 'a driver of exactly 25 and 149.9 kW: the middle bands (× 1)',
      a: { ...base, driverAge: '25', powerKw: '149.9', claimsFree: 'false', claimsCount: '0' },
      steps: [['age', '0.00', '400.00'], ['power', '0.00', '400.00'], ['use', '0.00', '400.00'], ['extraCover', '0.00', '400.00']],
      net: '400.00', taxes: '92.00', total: '492.00',
    },
  ];
  for (const c of cases) {
    it(`rates ${c.name}`, async () => {
      const q = (await marco.ok(RATE, { v: published, a: answers(c.a) })).rateQuote;
      expect(q.breakdown.base).toBe('400.00');
      expect(q.breakdown.steps.map((s: { key: string; effect: string; after: string }) => [s.key, s.effect, s.after])).toEqual(c.steps);
      expect([q.breakdown.net, q.breakdown.taxRate, q.breakdown.taxes, q.breakdown.total, q.breakdown.test]).toEqual([c.net, '23.00', c.taxes, c.total, false]);
    });
  }

  it('keeps the breakdown exact: base plus every effect is the net premium, net plus taxes the total', async () => {
    const q = (await marco.ok(RATE, { v: published, a: answers(cases[1].a) })).rateQuote.breakdown;
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(cents(q.base) + q.steps.reduce((sum: number, s: { effect: string }) => sum + cents(s.effect), 0)).toBe(cents(q.net));
    expect(cents(q.net) + cents(q.taxes)).toBe(cents(q.total));
  });
});

describe('answers checked on the server', () => {
  it('refuses each failing answer with BAD_USER_INPUT naming the question', async () => {
    const r = await marco.gql(RATE, {
      v: published,
      a: [
        { question: 'driverAge', value: '17' },
        { question: 'powerKw', value: 'fast' },
        { question: 'usage', value: 'racing' },
        { question: 'claimsFree', value: 'maybe' },
        { question: 'extras', values: ['glass', 'jetpack'] },
        { question: 'startDate', value: '2026-02-30' },
        { question: 'garage', address: { street: '', postalCode: '00100', city: 'Roma', country: 'Italy' } },
        { question: 'vehicle', value: '00000000-0000-4000-8000-000000000000' },
        { question: 'shoeSize', value: '42' },
      ],
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(r)).toEqual([
      'answers.claimsFree:not_yes_no',
      'answers.driverAge:below_min',
      'answers.extras:unknown_option',
      'answers.garage:incomplete_address',
      'answers.powerKw:not_a_number',
      'answers.shoeSize:unknown_question',
      'answers.startDate:invalid_date',
      'answers.usage:unknown_option',
      'answers.vehicle:not_found',
    ]);
  });

  it('asks a conditional question only when the earlier answer matches: required then, dropped otherwise', async () => {
    const missing = await marco.gql(RATE, { v: published, a: answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'false' }) });
    expect(fields(missing)).toEqual(['answers.claimsCount:required']);
    const hidden = (await marco.ok(RATE, { v: published, a: answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true', claimsCount: '5' }) })).rateQuote;
    expect(hidden.answers.map((a: { question: string }) => a.question)).toEqual(['driverAge', 'powerKw', 'usage', 'claimsFree']);
    expect(hidden.breakdown.steps.map((s: { key: string }) => s.key)).not.toContain('claimsLoad');
  });

  it('accepts a vehicle and a person of the company\'s client cards and shows them by plate and name; another company\'s are not found', async () => {
    const client = await createClient(marco, italianPerson());
    const vehicle = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(client.id, { plate: 'GH 456 KL' }) })).createVehicle;
    const ok = (await marco.ok(RATE, { v: published, a: [...answers({ driverAge: '40', powerKw: '90', usage: 'private', claimsFree: 'true' }), { question: 'vehicle', value: vehicle.id }, { question: 'driver', value: client.id }] })).rateQuote;
    expect(ok.answers.filter((a: { display: string | null }) => a.display).map((a: { question: string; display: string }) => [a.question, a.display])).toEqual([
      ['vehicle', 'GH 456 KL'],
      ['driver', client.displayName],
    ]);
    const pieter = await signedIn(t, USERS.vdbergAdmin);
    const dutch = (await createClient(pieter, DUTCH_PERSON, true)).id;
    const foreign = await marco.gql(RATE, { v: published, a: [...answers({ driverAge: '40', powerKw: '90', usage: 'private', claimsFree: 'true' }), { question: 'driver', value: dutch }] });
    expect(fields(foreign)).toEqual(['answers.driver:not_found']);
  });
});

describe('test mode', () => {
  it('marks every rating of a version in test mode TEST, and of a published one not', async () => {
    const a = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' });
    expect((await marco.ok(RATE, { v: inTest, a })).rateQuote.breakdown).toMatchObject({ total: '442.80', test: true });
    expect((await marco.ok(RATE, { v: published, a })).rateQuote.breakdown).toMatchObject({ total: '442.80', test: false });
  });

  it('lets only designers preview a draft (marked TEST); agents get FORBIDDEN and no offer is ever made on a draft (CONFLICT)', async () => {
    const a = answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' });
    expect((await giulia.ok(RATE, { v: draft, a })).rateQuote.breakdown.test).toBe(true);
    expect(await marco.code(RATE, { v: draft, a })).toBe('FORBIDDEN');
    const client = await createClient(marco, italianPerson());
    expect(await giulia.code(CREATE_OFFER, { input: { clientId: client.id, versionId: draft, answers: a } })).toBe('CONFLICT');
  });
});
