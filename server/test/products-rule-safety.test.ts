import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_PRODUCT, LAURA, RATE, answers, motorDesign, productIn, productsSnapshot, rossiSetup } from './products-helpers.js';

/**
 * A design is saved whole, and its rules are safe to run on every quote (issue #10, PR-1/PR-2): a
 * condition that would take the server minutes (iterations inside iterations), one nested too deep or
 * too long is refused when it is SAVED, naming the rule (BAD_USER_INPUT, never an internal error,
 * nothing saved), while ordinary conditions still rate for the agent and the website's visitor; a
 * choice question with more options than allowed is refused, not saved with the extra options dropped.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator: designs products
let marco: GqlClient; // ROSSI agent: products:view, clients:edit
let laura: GqlClient; // second person approving
let refs: Awaited<ReturnType<typeof rossiSetup>>;
let ordinary: { productId: string; versionId: string };
let publicKey: string;

const ORIGIN = 'https://www.rossi-rules.example';
const reasons = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

/** The motor design with one loading (+10 %) whose condition is `when`. */
function designWith(when: string) {
  const d = motorDesign();
  return { ...d, rating: { ...d.rating, adjustments: [{ key: 'risky', label: { en: 'Risky', it: 'Rischio' }, kind: 'LOADING', percent: '10', when }] } };
}

/** Iterations inside iterations over literal lists: `levels` deep, `size` items each (size^levels evaluations). */
function nestedIterations(levels: number, size: number): string {
  const list = JSON.stringify(Array.from({ length: size }, (_, i) => i));
  let logic = '{"==": [{"var": "driverAge"}, {"var": "driverAge"}]}';
  for (let k = 0; k < levels; k++) logic = `{"all": [${list}, ${logic}]}`;
  return logic;
}

/** An ordinary condition with one iteration: drivers from 70 who chose some extra. */
const ORDINARY = '{"and": [{">=": [{"var": "driverAge"}, 70]}, {"some": [{"var": "extras"}, true]}]}';

async function pub(path: string, body: unknown) {
  const res = await fetch(`${t.url}/public/quote/${publicKey}/${path}`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null };
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  refs = await rossiSetup(giulia, 'PRSAFE');
  laura = await signedIn(t, LAURA);
  ordinary = await productIn(giulia, laura, refs, 'RULE-OK', 'PUBLISHED', designWith(ORDINARY));
  publicKey = (
    await giulia.ok(`mutation($i: QuoteWebsiteInput!) { createQuoteWebsite(input: $i) { publicKey } }`, {
      i: { name: 'Rules site', origins: [ORIGIN], privacyNoticeUrl: 'https://www.rossi-rules.example/privacy' },
    })
  ).createQuoteWebsite.publicKey;
});
afterAll(async () => t?.stop());

describe('conditions that cannot run cheaply are refused when saved', () => {
  it('refuses iterations inside iterations, a condition nested too deep and one too long, naming the rule, and saves nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const cases: Array<[string, string, string]> = [
      ['HEAVY-1', nestedIterations(4, 40), 'too_complex'], // 2.5 million evaluations on every quote
      ['HEAVY-2', `{"!": ${'['.repeat(20000)}${']'.repeat(20000)}}`, 'too_long'],
      ['HEAVY-3', `{"!": ${'['.repeat(200)}${']'.repeat(200)}}`, 'too_complex'],
      ['HEAVY-4', `{"in": [{"var": "notes"}, "${'x'.repeat(5000)}"]}`, 'too_long'],
    ];
    for (const [code, when, reason] of cases) {
      const started = Date.now();
      const r = await giulia.gql(CREATE_PRODUCT, { input: { code, lineId: refs.motorLine, insurerId: refs.insurerId, design: designWith(when) } });
      expect(r.errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
      expect(reasons(r), code).toEqual([`design.rating.adjustments.risky.when:${reason}`]);
      expect(Date.now() - started, code).toBeLessThan(2000);
    }
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('still saves and rates an ordinary condition with an iteration, for the agent and the website\'s visitor', async () => {
    const v = (await marco.ok(`query($id: ID!) { productVersion(id: $id) { rating { adjustments { key when } } } }`, { id: ordinary.versionId })).productVersion;
    expect(v.rating.adjustments).toEqual([{ key: 'risky', when: JSON.stringify(JSON.parse(ORDINARY)) }]);
    const a = (age: string, extras: string[]) => [...answers({ driverAge: age, powerKw: '100', usage: 'private', claimsFree: 'true' }), ...(extras.length ? answers({ extras }) : [])];
    // 400.00 × 1.2 (age 70+) = 480.00 × 1.05 (glass) = 504.00, + 10 % = 554.40, taxes 23 % = 127.51
    expect((await marco.ok(RATE, { v: ordinary.versionId, a: a('71', ['glass']) })).rateQuote.breakdown).toMatchObject({ net: '554.40', taxes: '127.51', total: '681.91' });
    expect((await marco.ok(RATE, { v: ordinary.versionId, a: a('71', []) })).rateQuote.breakdown).toMatchObject({ net: '480.00', total: '590.40' });
    const web = await pub('rate', { productId: ordinary.productId, answers: a('71', ['glass']), lang: 'en' });
    expect(web.status).toBe(200);
    expect(web.body.breakdown).toMatchObject({ net: '554.40', total: '681.91' });
  });
});

describe('a questionnaire is saved whole or not at all', () => {
  const choice = (n: number) => ({
    key: 'colour',
    type: 'SINGLE_CHOICE',
    required: false,
    label: { en: 'Colour' },
    options: Array.from({ length: n }, (_, i) => ({ value: `c${i + 1}`, label: { en: `Colour ${i + 1}` } })),
  });

  it('refuses a choice question with more options than allowed, naming it, instead of dropping the extra ones', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const d = motorDesign();
    const r = await giulia.gql(CREATE_PRODUCT, { input: { code: 'MANY-OPT', lineId: refs.motorLine, insurerId: refs.insurerId, design: { ...d, questions: [...d.questions, choice(60)] } } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasons(r)).toEqual(['design.questions.colour.options:too_many_options']);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('keeps every option of a question with as many as allowed, and the agent can rate with the last one', async () => {
    const d = motorDesign();
    const p = (await giulia.ok(CREATE_PRODUCT, { input: { code: 'FIFTY-OPT', lineId: refs.motorLine, insurerId: refs.insurerId, design: { ...d, questions: [...d.questions, choice(50)] } } })).createProduct;
    const q = p.versions[0].questions.find((x: { key: string }) => x.key === 'colour');
    expect(q.options).toHaveLength(50);
    expect(q.options.at(-1).value).toBe('c50');
  });
});
