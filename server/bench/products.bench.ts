import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { withSystemContext } from '../src/core/system-context.js';
import { startPlatform } from '../src/platform.js';
import { Company } from '../src/modules/base/companies/company.entity.js';
import { Insurer } from '../src/modules/policies/insurer.entity.js';
import { LineOfBusiness } from '../src/modules/policies/line-of-business.entity.js';
import { LineCode } from '../src/modules/policies/policy.enums.js';
import { checkAnswers } from '../src/modules/products/answers.js';
import type { AnswerInput, ProductVersionInput } from '../src/modules/products/product-design.types.js';
import { checkDesign } from '../src/modules/products/product-design.js';
import { Product, ProductVersion } from '../src/modules/products/product.entity.js';
import { AdjustmentKind, ProductVersionStatus, QuestionType } from '../src/modules/products/product.enums.js';
import { QuoteWebsite } from '../src/modules/products/quote-website.entity.js';
import { rate } from '../src/modules/products/rating.js';
import { benchDatabase, percentile } from './lib.js';
import { postJson } from './http-client.js';
import { Figures, REPEATS } from './figures.js';
import { LoadGenerator, latencies } from './loadgen.js';

/**
 * Products benchmark (issue #10, "Speed"): quotes rated per second for a realistic product — 30
 * questions, 20 factors, 4 conditional loadings/discounts — through the public endpoint of the
 * embeddable form (origin check, website lookup, company scope, answers checked, rated) and through
 * the staff API (`rateQuote`: session, shield, GraphQL), against the rating function alone in this
 * process (answers checked + rated, no HTTP, no database). Target: ≥ 200 quotes a second.
 *
 * Load from the separate load-generator process (autocannon), PRODUCTS_CONNECTIONS connections
 * (default 4) × PRODUCTS_QUOTES quotes each (default 250); answers rotate over 20 answer sets.
 * Reduced: `PRODUCTS_QUOTES=40 BENCH_REPEATS=1 pnpm --filter @agency/server bench:products`.
 */
const CONNECTIONS = Number(process.env.PRODUCTS_CONNECTIONS ?? 4);
const QUOTES = Number(process.env.PRODUCTS_QUOTES ?? 250);
const ALONE = Number(process.env.PRODUCTS_ALONE ?? 5000);
const ORIGIN = 'https://bench-agency.example';
const KEY = 'benchquoteform0000000000';
const L = (en: string) => ({ en, it: en });

/** 30 questions (15 numbers, 10 single choices, 5 yes/no), 20 factors on them, 4 JSON Logic adjustments. */
export function benchDesign(): ProductVersionInput {
  const questions: ProductVersionInput['questions'] = [];
  for (let i = 1; i <= 15; i++) questions.push({ key: `n${i}`, type: QuestionType.NUMBER, required: true, label: L(`Number ${i}`), unit: 'u', min: '0', max: '1000' });
  for (let i = 1; i <= 10; i++)
    questions.push({ key: `c${i}`, type: QuestionType.SINGLE_CHOICE, required: true, label: L(`Choice ${i}`), options: ['a', 'b', 'c', 'd'].map((v) => ({ value: v, label: L(v.toUpperCase()) })) });
  for (let i = 1; i <= 5; i++) questions.push({ key: `y${i}`, type: QuestionType.YES_NO, required: true, label: L(`Yes or no ${i}`) });
  const factors: ProductVersionInput['rating']['factors'] = [];
  for (let i = 1; i <= 12; i++)
    factors.push({ key: `fn${i}`, label: L(`Factor n${i}`), question: `n${i}`, bands: [{ to: '100', multiplier: '0.95' }, { from: '100', to: '500', multiplier: '1.00' }, { from: '500', to: '800', multiplier: '1.07' }, { from: '800', multiplier: '1.15' }] });
  for (let i = 1; i <= 8; i++)
    factors.push({ key: `fc${i}`, label: L(`Factor c${i}`), question: `c${i}`, choices: [{ value: 'a', multiplier: '1' }, { value: 'b', multiplier: '1.03' }, { value: 'c', multiplier: '0.97' }, { value: 'd', multiplier: '1.11' }] });
  return {
    names: L('Bench Motor'),
    questions,
    rating: {
      basePremium: '512.34',
      minimumPremium: '200.00',
      factors,
      adjustments: [
        { key: 'l1', label: L('Young and powerful'), kind: AdjustmentKind.LOADING, percent: '12.5', when: '{"and": [{"<": [{"var": "n1"}, 300]}, {">": [{"var": "n2"}, 600]}]}' },
        { key: 'l2', label: L('Business use'), kind: AdjustmentKind.LOADING, percent: '8', when: '{"in": [{"var": "c9"}, ["c", "d"]]}' },
        { key: 'd1', label: L('Loyalty'), kind: AdjustmentKind.DISCOUNT, percent: '5', when: '{"==": [{"var": "y1"}, true]}' },
        { key: 'd2', label: L('Alarm'), kind: AdjustmentKind.DISCOUNT, percent: '3.5', when: '{"and": [{"var": "y2"}, {">=": [{"+": [{"var": "n3"}, {"var": "n4"}]}, 700]}]}' },
      ],
    },
  };
}

/** 20 deterministic answer sets for the bench product. */
export function benchAnswers(): AnswerInput[][] {
  return Array.from({ length: 20 }, (_, k) => [
    ...Array.from({ length: 15 }, (_, i) => ({ question: `n${i + 1}`, value: String((k * 97 + i * 131) % 1000) })),
    ...Array.from({ length: 10 }, (_, i) => ({ question: `c${i + 1}`, value: 'abcd'[(k + i) % 4] })),
    ...Array.from({ length: 5 }, (_, i) => ({ question: `y${i + 1}`, value: (k + i) % 2 ? 'true' : 'false' })),
  ]) as AnswerInput[][];
}

export async function benchProducts(): Promise<string> {
  const db = await benchDatabase();
  const config = loadConfig({
    NODE_ENV: 'production',
    SECRET_KEY: 'bench',
    PORT: '0',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')),
    LOGIN_RATE_LIMIT: '100000',
    PUBLIC_QUOTE_RATE_LIMIT: '100000000',
  });
  const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined });
  const lines: string[] = [];
  try {
    const { issues, value } = checkDesign(benchDesign());
    if (issues.length) throw new Error(`bench product: ${JSON.stringify(issues)}`);
    // the product, published, and a website of the quote form in ROSSI (as the designer and staff would leave them)
    const { versionId, productId, taxRate } = await withSystemContext(platform.orm, config, async (ctx) => {
      const company = await ctx.em.findOneOrFail(Company, { code: 'ROSSI' });
      await ctx.applyScope(company.id);
      const line = await ctx.em.findOneOrFail(LineOfBusiness, { code: LineCode.MOTOR_LIABILITY });
      const insurer = await ctx.em.findOneOrFail(Insurer, {}, { orderBy: { code: 'asc' } });
      const product = ctx.em.create(Product, { company, code: 'BENCH-30Q', line, insurer, createdBy: null, createdAt: new Date() });
      const v = ctx.em.create(ProductVersion, { company, product, version: 1, status: ProductVersionStatus.PUBLISHED, ...value, authorId: null, editors: [], approvedBy: null, statusChangedAt: new Date(), createdAt: new Date(), updatedAt: new Date() });
      ctx.em.create(QuoteWebsite, { company, name: 'Bench website', publicKey: KEY, origins: [ORIGIN], producerId: null, privacyNoticeUrl: `${ORIGIN}/privacy`, active: true, createdBy: null, createdAt: new Date(), updatedAt: new Date() });
      await ctx.em.flush();
      return { versionId: v.id, productId: product.id, taxRate: line.defaultTaxRate };
    });
    const sets = benchAnswers();
    const noLookup = { vehicle: async () => null, person: async () => null };
    for (const s of sets) {
      const r = await checkAnswers(value.questions, s, noLookup);
      if (r.issues.length) throw new Error(`bench answers: ${JSON.stringify(r.issues)}`);
    }

    const login = (await postJson(`${platform.url}/graphql`, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: 'Demo-Password-2026', bearer: true } } })) as { data: { login: { token: string } } };
    const staff = { authorization: `Bearer ${login.data.login.token}` };
    const rateQuote = 'query($v: ID!, $a: [AnswerInput!]!) { rateQuote(versionId: $v, answers: $a) { breakdown { net taxes total } } }';
    // the two paths agree before anything is timed
    const viaStaff = (await postJson(`${platform.url}/graphql`, { query: rateQuote, variables: { v: versionId, a: sets[3] } }, staff)) as { data: { rateQuote: { breakdown: { total: string } } } };
    const viaPublic = (await postJson(`${platform.url}/public/quote/${KEY}/rate`, { productId, answers: sets[3] }, { origin: ORIGIN })) as { breakdown: { total: string } };
    const alone = rate(value.rating, value.questions, (await checkAnswers(value.questions, sets[3], noLookup)).answers, taxRate, false);
    if (viaStaff.data.rateQuote.breakdown.total !== alone.total || viaPublic.breakdown.total !== alone.total) {
      throw new Error(`the paths disagree: staff ${viaStaff.data.rateQuote.breakdown.total}, public ${viaPublic.breakdown.total}, alone ${alone.total}`);
    }

    const loadgen = await LoadGenerator.start();
    const figures = new Figures();
    const job = (url: string, headers: Record<string, string>, body: (a: AnswerInput[]) => unknown) => ({
      url,
      streams: Array.from({ length: CONNECTIONS }, (_, c) => ({ headers, bodies: Array.from({ length: QUOTES }, (_, i) => ({ label: 'quote', body: body(sets[(c * 7 + i) % sets.length]) })) })),
    });
    const publicJob = job(`${platform.url}/public/quote/${KEY}/rate`, { origin: ORIGIN }, (a) => ({ productId, answers: a }));
    const staffJob = job(`${platform.url}/graphql`, staff, (a) => ({ query: rateQuote, variables: { v: versionId, a } }));
    const timed = async (j: typeof publicJob) => {
      const r = await loadgen.run(j);
      const failed = r.samples.filter((x) => x.failed).length;
      if (failed) throw new Error(`${failed} quotes failed`);
      const l = latencies(r);
      return { l, perSecond: (l.length / r.wallMs) * 1000 };
    };
    try {
      await timed({ ...publicJob, streams: publicJob.streams.map((s) => ({ ...s, bodies: s.bodies.slice(0, 20) })) }); // warm-up
      await timed({ ...staffJob, streams: staffJob.streams.map((s) => ({ ...s, bodies: s.bodies.slice(0, 20) })) });
      for (let run = 0; run < REPEATS; run++) {
        const t0 = performance.now();
        for (let i = 0; i < ALONE; i++) {
          const r = await checkAnswers(value.questions, sets[i % sets.length], noLookup);
          rate(value.rating, value.questions, r.answers, taxRate, false);
        }
        const alonePerSecond = (ALONE / (performance.now() - t0)) * 1000;
        // alternate which path goes first, so neither always meets the warmer machine
        const order = run % 2 ? (['staff', 'public'] as const) : (['public', 'staff'] as const);
        const measured: Record<string, { l: number[]; perSecond: number }> = {};
        for (const which of order) measured[which] = await timed(which === 'public' ? publicJob : staffJob);
        figures.record(run, { name: 'rating function alone (answers checked + rated, one core): quotes per second', better: 'higher', digits: 0 }, alonePerSecond);
        figures.record(run, { name: `public endpoint, ${CONNECTIONS} connections: **quotes per second**`, better: 'higher', digits: 0, note: '(target ≥ 200)' }, measured.public.perSecond);
        figures.record(run, { name: 'public endpoint: p50 ms', better: 'lower', digits: 1 }, percentile(measured.public.l, 50));
        figures.record(run, { name: 'public endpoint: p99 ms', better: 'lower', digits: 1 }, percentile(measured.public.l, 99));
        figures.record(run, { name: `staff API (rateQuote), ${CONNECTIONS} connections: **quotes per second**`, better: 'higher', digits: 0, note: '(target ≥ 200)' }, measured.staff.perSecond);
        figures.record(run, { name: 'staff API: p50 ms', better: 'lower', digits: 1 }, percentile(measured.staff.l, 50));
        figures.record(run, { name: 'staff API: p99 ms', better: 'lower', digits: 1 }, percentile(measured.staff.l, 99));
      }
    } finally {
      await loadgen.stop();
    }
    lines.push(
      '## Quotes: public endpoint and staff API vs the rating function alone',
      '',
      `A product of 30 questions (15 numbers, 10 choices, 5 yes/no), 20 factors and 4 JSON Logic adjustments; 20 answer sets in turn. ${CONNECTIONS} keep-alive connections × ${QUOTES} quotes from the load-generator process; the public endpoint with the website's Origin (website found by key, origin checked, company entered, answers checked, rated); the staff API as an agent with a bearer token. The rating function alone: ${ALONE} quotes in this process.`,
      '',
      ...figures.table(),
      '',
    );
  } finally {
    await platform.stop();
    await db.stop();
  }
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = new Date();
  const body = await benchProducts();
  const report = [
    '# Products module benchmark',
    '',
    `Run ${started.toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, 2 shared cores: compare ratios, absolute figures are indicative.`,
    'Command: `pnpm --filter @agency/server bench:products` (PRODUCTS_CONNECTIONS, PRODUCTS_QUOTES, PRODUCTS_ALONE, BENCH_REPEATS override the defaults).',
    '',
    body,
  ].join('\n');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'products.md'), report + '\n');
  console.log(report);
  process.exit(0);
}
