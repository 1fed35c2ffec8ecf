import type { FieldIssue } from '@agency/shared';
import { LOCALES } from '@agency/shared';
import jsonLogic from 'json-logic-js';
import type {
  LocalizedText,
  LocalizedTextInput,
  ProductQuestion,
  ProductQuestionInput,
  ProductVersionInput,
  RatingRules,
  RatingRulesInput,
} from './product-design.types.js';
import { QuestionType } from './product.enums.js';
import { Dec, SAFE_OPERATIONS } from './rating.js';

/**
 * A version's design checked as a whole when it is SAVED (never when a client quotes): every issue
 * names its place — `names`, `questions.<key>.<field>`, `rating.factors.<key>…`, `rating.adjustments.<key>.when`.
 * Rules that refer to unknown questions or cannot be evaluated are refused here.
 */
export interface CheckedDesign {
  names: LocalizedText;
  questions: ProductQuestion[];
  rating: RatingRules;
}

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const OPTION = /^[A-Za-z0-9_-]{1,40}$/;
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const MULTIPLIER = /^\d{1,4}(\.\d{1,4})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const CHOICE_TYPES = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO];
const MAX_QUESTIONS = 100;
const MAX_OPTIONS = 50;
const MAX_RULES = 100;
/**
 * A condition runs on every quote, the public form's included: it is kept small enough to run in
 * microseconds. At most this many characters, JSON values (every operation, argument and list item)
 * and levels of nesting; an iteration (some, all, none) never inside another (each would multiply the
 * work: four nested iterations over 40 items are 2.5 million evaluations).
 */
export const MAX_CONDITION_LENGTH = 2000;
export const MAX_CONDITION_NODES = 200;
export const MAX_CONDITION_DEPTH = 32;
const ITERATIONS = new Set(['some', 'all', 'none']);

type Add = (field: string, reason: string, message: string) => void;

export function localized(input: LocalizedTextInput | null | undefined, field: string, add: Add, required: boolean, max = 300): LocalizedText | null {
  const out: LocalizedText = {};
  let any = false;
  for (const l of LOCALES) {
    const v = input?.[l]?.trim();
    if (!v) continue;
    if (v.length > max) add(`${field}.${l}`, 'too_long', `At most ${max} characters.`);
    out[l] = v;
    any = true;
  }
  if (!any) {
    if (required) add(field, 'required', 'A text in at least one language.');
    return null;
  }
  return out;
}

/** The values a question's answer may take in conditions and choice factors. */
export function choiceValues(q: Pick<ProductQuestion, 'type' | 'options'>): string[] {
  if (q.type === QuestionType.YES_NO) return ['true', 'false'];
  return (q.options ?? []).map((o) => o.value);
}

function checkQuestions(input: ProductQuestionInput[], add: Add): ProductQuestion[] {
  const out: ProductQuestion[] = [];
  if (!input.length) add('questions', 'required', 'A questionnaire needs at least one question.');
  if (input.length > MAX_QUESTIONS) add('questions', 'too_many', `At most ${MAX_QUESTIONS} questions.`);
  const seen = new Map<string, ProductQuestion>();
  input.slice(0, MAX_QUESTIONS).forEach((q, i) => {
    const key = q.key?.trim() ?? '';
    const at = KEY.test(key) ? `questions.${key}` : `questions.${i}`;
    if (!KEY.test(key)) add(`${at}.key`, 'key_shape', 'A key starts with a small letter, then letters, digits or _ (at most 40).');
    else if (seen.has(key)) add(`${at}.key`, 'duplicate', 'Each question has its own key.');
    if (!Object.values(QuestionType).includes(q.type)) add(`${at}.type`, 'unknown', 'Unknown question type.');
    const label = localized(q.label, `${at}.label`, add, true) ?? {};
    const help = localized(q.help, `${at}.help`, add, false, 1000);
    const question: ProductQuestion = { key, type: q.type, required: !!q.required, label, help, unit: null, min: null, max: null, options: null, showWhen: null };
    if (q.type === QuestionType.NUMBER) {
      question.unit = q.unit?.trim() || null;
      if (question.unit && question.unit.length > 20) add(`${at}.unit`, 'too_long', 'At most 20 characters.');
      for (const b of ['min', 'max'] as const) {
        const v = q[b]?.trim() || null;
        if (v && !NUMBER.test(v)) add(`${at}.${b}`, 'not_a_decimal', 'A decimal number, e.g. "1000" or "2.5".');
        else question[b] = v;
      }
      if (question.min && question.max && new Dec(question.min).greaterThan(question.max)) add(`${at}.max`, 'below_min', 'The maximum is below the minimum.');
    }
    if (q.type === QuestionType.SINGLE_CHOICE || q.type === QuestionType.MULTIPLE_CHOICE) {
      const options = q.options ?? [];
      if (options.length < 2) add(`${at}.options`, 'too_few', 'A choice needs at least two options.');
      if (options.length > MAX_OPTIONS) add(`${at}.options`, 'too_many_options', `At most ${MAX_OPTIONS} options.`);
      const values = new Set<string>();
      question.options = options.slice(0, MAX_OPTIONS).map((o, j) => {
        const value = o.value?.trim() ?? '';
        if (!OPTION.test(value)) add(`${at}.options.${j}.value`, 'value_shape', 'A value of letters, digits, _ or - (at most 40).');
        else if (values.has(value)) add(`${at}.options.${j}.value`, 'duplicate', 'Each option has its own value.');
        values.add(value);
        return { value, label: localized(o.label, `${at}.options.${j}.label`, add, true) ?? {} };
      });
    }
    if (q.showWhen) {
      const earlier = seen.get(q.showWhen.question?.trim() ?? '');
      if (!earlier) add(`${at}.showWhen.question`, 'unknown_question', 'A condition refers to an earlier question of this questionnaire.');
      else if (!CHOICE_TYPES.includes(earlier.type)) add(`${at}.showWhen.question`, 'not_a_choice', 'A condition refers to a yes/no or choice question.');
      else {
        const allowed = choiceValues(earlier);
        const anyOf = [...new Set((q.showWhen.anyOf ?? []).map((v) => v.trim()))];
        if (!anyOf.length) add(`${at}.showWhen.anyOf`, 'required', 'At least one value.');
        const bad = anyOf.filter((v) => !allowed.includes(v));
        if (bad.length) add(`${at}.showWhen.anyOf`, 'unknown_value', `Not an answer of ${earlier.key}: ${bad.join(', ')}.`);
        question.showWhen = { question: earlier.key, anyOf };
      }
    }
    if (KEY.test(key) && !seen.has(key)) seen.set(key, question);
    out.push(question);
  });
  return out;
}

/** Whether a parsed condition has more values or levels than allowed, or an iteration inside another (stops at the first excess). */
function tooComplex(logic: unknown): boolean {
  let nodes = 0;
  const visit = (node: unknown, depth: number, iterating: boolean): boolean => {
    if (++nodes > MAX_CONDITION_NODES || depth > MAX_CONDITION_DEPTH) return true;
    if (Array.isArray(node)) return node.some((n) => visit(n, depth + 1, iterating));
    if (node === null || typeof node !== 'object') return false;
    return Object.entries(node).some(([op, args]) => {
      const iteration = ITERATIONS.has(op);
      return (iteration && iterating) || visit(args, depth + 1, iterating || iteration);
    });
  };
  return visit(logic, 0, false);
}

/** Collects the `var`s of a JSON Logic expression and refuses operations outside SAFE_OPERATIONS. */
function walkLogic(node: unknown, vars: string[], ops: string[]): void {
  if (Array.isArray(node)) return node.forEach((n) => walkLogic(n, vars, ops));
  if (node === null || typeof node !== 'object') return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    ops.push(keys.join('+') || '{}');
    return;
  }
  const op = keys[0];
  const args = (node as Record<string, unknown>)[op];
  if (!SAFE_OPERATIONS.has(op)) ops.push(op);
  if (op === 'var') {
    const name = Array.isArray(args) ? args[0] : args;
    vars.push(typeof name === 'string' || typeof name === 'number' ? String(name) : '');
    if (Array.isArray(args)) walkLogic(args.slice(1), vars, ops);
    return;
  }
  walkLogic(args, vars, ops);
}

/** A sample answer for each question, to see a condition evaluate when it is saved. */
function sampleData(questions: ProductQuestion[], filled: boolean): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null);
  for (const q of questions) {
    if (!filled) data[q.key] = null;
    else if (q.type === QuestionType.NUMBER) data[q.key] = Number(q.min ?? q.max ?? 1);
    else if (q.type === QuestionType.YES_NO) data[q.key] = true;
    else if (q.type === QuestionType.MULTIPLE_CHOICE) data[q.key] = choiceValues(q).slice(0, 1);
    else if (q.type === QuestionType.SINGLE_CHOICE) data[q.key] = choiceValues(q)[0] ?? null;
    else if (q.type === QuestionType.ADDRESS) data[q.key] = { street: 'Via Roma 1', postalCode: '00100', city: 'Roma', country: 'IT' };
    else if (q.type === QuestionType.DATE) data[q.key] = '2000-01-01';
    else data[q.key] = 'x';
  }
  return data;
}

/** Checks a JSON Logic condition: its size, JSON, safe operations, only known questions, evaluates on sample answers. */
export function checkCondition(when: string, questions: ProductQuestion[], field: string, add: Add): string | null {
  if (when.length > MAX_CONDITION_LENGTH) {
    add(field, 'too_long', `A condition has at most ${MAX_CONDITION_LENGTH} characters.`);
    return null;
  }
  let logic: unknown;
  try {
    logic = JSON.parse(when);
  } catch {
    add(field, 'not_json', 'A condition is a JSON Logic expression, e.g. {">": [{"var": "age"}, 25]}.');
    return null;
  }
  if (tooComplex(logic)) {
    add(field, 'too_complex', `A condition has at most ${MAX_CONDITION_NODES} values, nested at most ${MAX_CONDITION_DEPTH} deep, and no iteration (some, all, none) inside another.`);
    return null;
  }
  const vars: string[] = [];
  const ops: string[] = [];
  walkLogic(logic, vars, ops);
  if (ops.length) {
    add(field, 'unknown_operation', `Operations not allowed in a rule: ${[...new Set(ops)].join(', ')}.`);
    return null;
  }
  const keys = new Set(questions.map((q) => q.key));
  const unknown = vars.filter((v) => !keys.has(v.split('.')[0]));
  if (unknown.length) {
    add(field, 'unknown_question', `The rule refers to unknown questions: ${[...new Set(unknown)].join(', ') || '(empty)'}.`);
    return null;
  }
  try {
    for (const filled of [true, false]) {
      const r = jsonLogic.apply(logic as Parameters<typeof jsonLogic.apply>[0], sampleData(questions, filled));
      if (typeof r === 'number' && !Number.isFinite(r)) throw new Error('not a finite number');
    }
  } catch (e) {
    add(field, 'cannot_evaluate', `The rule cannot be evaluated: ${(e as Error).message}`);
    return null;
  }
  return JSON.stringify(logic);
}

function checkRating(input: RatingRulesInput, questions: ProductQuestion[], add: Add): RatingRules {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const basePremium = input.basePremium?.trim() ?? '';
  if (!AMOUNT.test(basePremium)) add('rating.basePremium', 'not_a_decimal', 'An amount with at most two decimals, e.g. "250.00".');
  const minimumPremium = input.minimumPremium?.trim() || null;
  if (minimumPremium && !AMOUNT.test(minimumPremium)) add('rating.minimumPremium', 'not_a_decimal', 'An amount with at most two decimals.');
  const factors = input.factors ?? [];
  const adjustments = input.adjustments ?? [];
  if (factors.length > MAX_RULES) add('rating.factors', 'too_many', `At most ${MAX_RULES} factors.`);
  if (adjustments.length > MAX_RULES) add('rating.adjustments', 'too_many', `At most ${MAX_RULES} loadings and discounts.`);
  const keys = new Set<string>();
  const ruleAt = (kind: string, key: string, i: number) => {
    const k = key?.trim() ?? '';
    const at = KEY.test(k) ? `rating.${kind}.${k}` : `rating.${kind}.${i}`;
    if (!KEY.test(k)) add(`${at}.key`, 'key_shape', 'A rule key starts with a small letter, then letters, digits or _.');
    else if (keys.has(k)) add(`${at}.key`, 'duplicate', 'Each rule has its own key.');
    keys.add(k);
    return { k, at };
  };
  const out: RatingRules = { basePremium, minimumPremium, factors: [], adjustments: [] };
  factors.slice(0, MAX_RULES).forEach((f, i) => {
    const { k, at } = ruleAt('factors', f.key, i);
    const label = localized(f.label, `${at}.label`, add, true) ?? {};
    const q = byKey.get(f.question?.trim() ?? '');
    if (!q) return add(`${at}.question`, 'unknown_question', `The factor refers to an unknown question "${f.question}".`);
    const bands = f.bands?.length ? f.bands : null;
    const choices = f.choices?.length ? f.choices : null;
    if (!!bands === !!choices) return add(at, 'bands_or_choices', 'A factor has either number bands or choices.');
    if (bands) {
      if (q.type !== QuestionType.NUMBER) return add(`${at}.question`, 'not_a_number', 'Bands apply to a number question.');
      const clean = bands.map((b, j) => {
        const from = b.from?.trim() || null;
        const to = b.to?.trim() || null;
        const multiplier = b.multiplier?.trim() ?? '';
        if ((from && !NUMBER.test(from)) || (to && !NUMBER.test(to))) add(`${at}.bands.${j}`, 'not_a_decimal', 'Band limits are decimal numbers.');
        else if (from && to && !new Dec(from).lessThan(to)) add(`${at}.bands.${j}`, 'empty_band', 'A band goes from a lower to a higher number.');
        if (!MULTIPLIER.test(multiplier)) add(`${at}.bands.${j}.multiplier`, 'not_a_decimal', 'A multiplier such as "1.25" (at most four decimals).');
        return { from, to, multiplier };
      });
      out.factors.push({ key: k, label, question: q.key, bands: clean, choices: null });
    } else {
      if (!CHOICE_TYPES.includes(q.type)) return add(`${at}.question`, 'not_a_choice', 'Choices apply to a yes/no or choice question.');
      const allowed = choiceValues(q);
      const clean = choices!.map((c, j) => {
        const value = c.value?.trim() ?? '';
        const multiplier = c.multiplier?.trim() ?? '';
        if (!allowed.includes(value)) add(`${at}.choices.${j}.value`, 'unknown_value', `Not an answer of ${q.key}: ${value}.`);
        if (!MULTIPLIER.test(multiplier)) add(`${at}.choices.${j}.multiplier`, 'not_a_decimal', 'A multiplier such as "1.25" (at most four decimals).');
        return { value, multiplier };
      });
      out.factors.push({ key: k, label, question: q.key, bands: null, choices: clean });
    }
  });
  adjustments.slice(0, MAX_RULES).forEach((a, i) => {
    const { k, at } = ruleAt('adjustments', a.key, i);
    const label = localized(a.label, `${at}.label`, add, true) ?? {};
    const percent = a.percent?.trim() ?? '';
    if (!PERCENT.test(percent) || new Dec(percent).greaterThan(100)) add(`${at}.percent`, 'not_a_percent', 'A percentage 0–100 with at most two decimals.');
    const when = a.when?.trim() ? checkCondition(a.when.trim(), questions, `${at}.when`, add) : null;
    out.adjustments.push({ key: k, label, kind: a.kind, percent, when });
  });
  return out;
}

export function checkDesign(input: ProductVersionInput): { issues: FieldIssue[]; value: CheckedDesign } {
  const issues: FieldIssue[] = [];
  const add: Add = (field, reason, message) => issues.push({ field, reason, message });
  const names = localized(input.names, 'names', add, true, 200) ?? {};
  const questions = checkQuestions(input.questions ?? [], add);
  const rating = checkRating(input.rating ?? ({} as RatingRulesInput), questions, add);
  return { issues, value: { names, questions, rating } };
}
