import { Decimal as DecimalJs } from 'decimal.js';
import jsonLogic from 'json-logic-js';
import type { Answer, LocalizedText, ProductQuestion, RatingRules } from './product-design.types.js';
import { AdjustmentKind, BreakdownStepKind, QuestionType } from './product.enums.js';

/**
 * The rating engine (PR-2): rules are data, money is exact. Amounts are decimal.js values rounded to
 * cents (half up) after every step, so the breakdown's lines add up to the net premium exactly.
 * Conditions of loadings and discounts are JSON Logic (json-logic-js: an interpreter over JSON data,
 * no eval / new Function) limited to the operations in SAFE_OPERATIONS and to `var`s naming questions
 * (checked when the rules are saved, product-design.ts).
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const cents = (d: Dec): Dec => d.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
const money = (d: Dec): string => cents(d).toFixed(2);

/** JSON Logic operations a condition may use: comparisons, logic, arithmetic, membership; never `method` or `log`. */
export const SAFE_OPERATIONS = new Set([
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'and', 'or', 'if', '?:',
  'in', 'var', 'missing', 'missing_some', '+', '-', '*', '/', '%', 'min', 'max', 'cat', 'some', 'all', 'none',
]);

export interface BreakdownStep {
  kind: BreakdownStepKind;
  key: string;
  label: LocalizedText;
  /** "× 1.20", "+ 10 %", "− 5 %", "minimum 250.00" */
  detail: string;
  effect: string;
  after: string;
}

export interface Breakdown {
  base: string;
  steps: BreakdownStep[];
  net: string;
  taxRate: string;
  taxes: string;
  total: string;
  test: boolean;
}

/** The answers as JSON Logic sees them: numbers as numbers, yes/no as booleans, lists, address objects; unanswered null. */
export function logicData(questions: ProductQuestion[], answers: Answer[]): Record<string, unknown> {
  const byKey = new Map(answers.map((a) => [a.question, a]));
  const data: Record<string, unknown> = Object.create(null);
  for (const q of questions) {
    const a = byKey.get(q.key);
    data[q.key] = a ? logicValue(q.type, a) : null;
  }
  return data;
}

function logicValue(type: QuestionType, a: Answer): unknown {
  switch (type) {
    case QuestionType.NUMBER:
      return a.value == null ? null : Number(a.value);
    case QuestionType.YES_NO:
      return a.value == null ? null : a.value === 'true';
    case QuestionType.MULTIPLE_CHOICE:
      return a.values ?? [];
    case QuestionType.ADDRESS:
      return a.address ? { ...a.address } : null;
    default:
      return a.value ?? null;
  }
}

/** Whether a stored condition (JSON text) holds for these answers; null/empty holds always. */
export function conditionHolds(when: string | null | undefined, data: Record<string, unknown>): boolean {
  if (!when) return true;
  return jsonLogic.truthy(jsonLogic.apply(JSON.parse(when), data));
}

/**
 * Rating rules compiled once (per version: see rating-cache.ts): every amount, band limit and
 * multiplier already a decimal, every JSON Logic condition already parsed (json-logic-js still
 * interprets it: no eval / new Function). Rating with the compiled rules gives exactly what rating
 * with the stored rules gives.
 */
export interface CompiledRules {
  base: Dec;
  minimum: Dec | null;
  factors: Array<{
    key: string;
    label: LocalizedText;
    question: string;
    bands: Array<{ from: Dec | null; to: Dec | null; multiplier: Dec }> | null;
    choices: Array<{ value: string; multiplier: Dec }>;
  }>;
  adjustments: Array<{ key: string; label: LocalizedText; loading: boolean; percent: Dec; when: unknown }>;
}

export function compileRules(rules: RatingRules): CompiledRules {
  return {
    base: cents(new Dec(rules.basePremium)),
    minimum: rules.minimumPremium ? new Dec(rules.minimumPremium) : null,
    factors: rules.factors.map((f) => ({
      key: f.key,
      label: f.label,
      question: f.question,
      bands: f.bands?.length ? f.bands.map((b) => ({ from: b.from == null ? null : new Dec(b.from), to: b.to == null ? null : new Dec(b.to), multiplier: new Dec(b.multiplier ?? 1) })) : null,
      choices: (f.choices ?? []).map((c) => ({ value: c.value, multiplier: new Dec(c.multiplier) })),
    })),
    adjustments: rules.adjustments.map((a) => ({
      key: a.key,
      label: a.label,
      loading: a.kind === AdjustmentKind.LOADING,
      percent: new Dec(a.percent),
      when: a.when ? JSON.parse(a.when) : null,
    })),
  };
}

/** Rates the answers (already validated) with the rules; taxes at `taxRate` percent. */
export function rate(rules: RatingRules, questions: ProductQuestion[], answers: Answer[], taxRate: string, test: boolean): Breakdown {
  return rateCompiled(compileRules(rules), questions, answers, taxRate, test);
}

const HUNDRED = new Dec(100);
const ONE = new Dec(1);

/** Rates the answers (already validated) with compiled rules; taxes at `taxRate` percent. */
export function rateCompiled(rules: CompiledRules, questions: ProductQuestion[], answers: Answer[], taxRate: string, test: boolean): Breakdown {
  const byKey = new Map(answers.map((a) => [a.question, a]));
  const data = logicData(questions, answers);
  let premium = rules.base;
  const base = premium;
  const steps: BreakdownStep[] = [];
  const push = (kind: BreakdownStepKind, key: string, label: LocalizedText, detail: string, after: Dec) => {
    steps.push({ kind, key, label, detail, effect: money(after.minus(premium)), after: money(after) });
    premium = after;
  };

  for (const f of rules.factors) {
    const m = factorMultiplier(f, byKey.get(f.question));
    push(BreakdownStepKind.FACTOR, f.key, f.label, `× ${m.toString()}`, cents(premium.times(m)));
  }
  for (const adj of rules.adjustments) {
    if (adj.when != null && !jsonLogic.truthy(jsonLogic.apply(adj.when as jsonLogic.RulesLogic, data))) continue;
    const sign = adj.loading ? 1 : -1;
    const after = cents(premium.times(HUNDRED.plus(adj.percent.times(sign))).dividedBy(100));
    push(adj.loading ? BreakdownStepKind.LOADING : BreakdownStepKind.DISCOUNT, adj.key, adj.label, `${sign > 0 ? '+' : '−'} ${adj.percent.toString()} %`, after);
  }
  if (rules.minimum && premium.lessThan(rules.minimum)) {
    const min = cents(rules.minimum);
    push(BreakdownStepKind.MINIMUM, 'minimum', {}, `minimum ${money(min)}`, min);
  }
  const rate = new Dec(taxRate);
  const taxes = cents(premium.times(rate).dividedBy(100));
  return { base: money(base), steps, net: money(premium), taxRate: rate.toFixed(2), taxes: money(taxes), total: money(premium.plus(taxes)), test };
}

function factorMultiplier(f: CompiledRules['factors'][number], a: Answer | undefined): Dec {
  if (!a) return ONE;
  if (f.bands) {
    if (a.value == null) return ONE;
    const x = new Dec(a.value);
    const band = f.bands.find((b) => (b.from == null || x.greaterThanOrEqualTo(b.from)) && (b.to == null || x.lessThan(b.to)));
    return band?.multiplier ?? ONE;
  }
  const chosen = a.values ?? (a.value != null ? [a.value] : []);
  return f.choices.filter((c) => chosen.includes(c.value)).reduce((m, c) => m.times(c.multiplier), ONE);
}
