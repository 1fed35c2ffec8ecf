import type { FieldIssue } from '@agency/shared';
import { isRealDate as isDate } from '../../core/dates.js';
import type { Answer, AnswerInput, ProductQuestion } from './product-design.types.js';
import { choiceValues } from './product-design.js';
import { QuestionType } from './product.enums.js';
import { Dec } from './rating.js';

/**
 * Answers checked against a questionnaire on the server: every failure names its question
 * (`answers.<questionKey>`). A question is asked only when its condition holds (the earlier answer is
 * one of `showWhen.anyOf`); answers to questions not asked are dropped. Vehicle and person answers
 * must name a vehicle / a natural person of the company (`lookup`).
 */
export interface AnswerLookup {
  /** The plate of a vehicle of the company, or null. */
  vehicle(id: string): Promise<string | null>;
  /** The name of a natural person on the company's client cards, or null. */
  person(id: string): Promise<string | null>;
}

const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function shown(q: ProductQuestion, given: Map<string, Answer>): boolean {
  if (!q.showWhen) return true;
  const a = given.get(q.showWhen.question);
  if (!a) return false;
  const values = a.values ?? (a.value != null ? [a.value] : []);
  return values.some((v) => q.showWhen!.anyOf.includes(v));
}

export async function checkAnswers(questions: ProductQuestion[], input: AnswerInput[], lookup: AnswerLookup): Promise<{ issues: FieldIssue[]; answers: Answer[] }> {
  const issues: FieldIssue[] = [];
  const add = (key: string, reason: string, message: string) => issues.push({ field: `answers.${key}`, reason, message });
  const byKey = new Map<string, AnswerInput>();
  for (const a of input) {
    const key = a.question?.trim() ?? '';
    if (!questions.some((q) => q.key === key)) add(key || '?', 'unknown_question', 'No such question in this product.');
    else if (byKey.has(key)) add(key, 'duplicate', 'One answer per question.');
    else byKey.set(key, a);
  }
  const answers = new Map<string, Answer>();
  for (const q of questions) {
    if (!shown(q, answers)) continue;
    const a = byKey.get(q.key);
    const empty = !a || (a.value == null || a.value.trim() === '') && !a.values?.length && !a.address;
    if (empty) {
      if (q.required) add(q.key, 'required', 'This question must be answered.');
      continue;
    }
    const value = a!.value?.trim() ?? '';
    const out: Answer = { question: q.key, value: null, values: null, address: null, display: null };
    switch (q.type) {
      case QuestionType.TEXT:
        if (value.length > 1000) add(q.key, 'too_long', 'At most 1000 characters.');
        out.value = value;
        break;
      case QuestionType.NUMBER: {
        if (!NUMBER.test(value)) {
          add(q.key, 'not_a_number', 'A number, e.g. "1200" or "2.5".');
          continue;
        }
        const n = new Dec(value);
        if (q.min != null && n.lessThan(q.min)) add(q.key, 'below_min', `At least ${q.min}${q.unit ? ` ${q.unit}` : ''}.`);
        if (q.max != null && n.greaterThan(q.max)) add(q.key, 'above_max', `At most ${q.max}${q.unit ? ` ${q.unit}` : ''}.`);
        out.value = n.toString();
        break;
      }
      case QuestionType.DATE:
        if (!isDate(value)) add(q.key, 'invalid_date', 'A date YYYY-MM-DD.');
        out.value = value;
        break;
      case QuestionType.YES_NO:
        if (value !== 'true' && value !== 'false') add(q.key, 'not_yes_no', 'Yes ("true") or no ("false").');
        out.value = value;
        break;
      case QuestionType.SINGLE_CHOICE:
        if (!choiceValues(q).includes(value)) add(q.key, 'unknown_option', 'Not one of the options.');
        out.value = value;
        break;
      case QuestionType.MULTIPLE_CHOICE: {
        const values = [...new Set((a!.values ?? []).map((v) => v.trim()))];
        if (values.some((v) => !choiceValues(q).includes(v))) add(q.key, 'unknown_option', 'Not one of the options.');
        if (q.required && !values.length) add(q.key, 'required', 'Choose at least one option.');
        out.values = values;
        break;
      }
      case QuestionType.ADDRESS: {
        const ad = a!.address;
        const street = ad?.street?.trim() ?? '';
        const postalCode = ad?.postalCode?.trim() ?? '';
        const city = ad?.city?.trim() ?? '';
        const country = ad?.country?.trim().toUpperCase() ?? '';
        if (!street || !postalCode || !city || !/^[A-Z]{2}$/.test(country) || street.length > 200 || city.length > 100 || postalCode.length > 20) {
          add(q.key, 'incomplete_address', 'Street, postal code, city and a two-letter country.');
        }
        out.address = { street, postalCode, city, country };
        break;
      }
      case QuestionType.VEHICLE:
      case QuestionType.PERSON: {
        const display = UUID.test(value) ? await (q.type === QuestionType.VEHICLE ? lookup.vehicle(value) : lookup.person(value)) : null;
        if (!display) add(q.key, 'not_found', q.type === QuestionType.VEHICLE ? 'No such vehicle.' : 'No such person on the client cards.');
        out.value = value;
        out.display = display;
        break;
      }
    }
    answers.set(q.key, out);
  }
  return { issues, answers: [...answers.values()] };
}
