import type { FieldError } from '@agency/shared';
import { CONSENT_LANGS } from './consent.enums.js';
import type { ClauseData, Texts } from './consent.entity.js';
import type { ConsentDraftInput, LocalizedTextInput } from './consent.types.js';

/** Checks a draft's content field by field (BAD_USER_INPUT names each field); returns the stored shape. */

const TITLE_MAX = 200;
const BODY_MAX = 20_000;
const CLAUSE_MAX = 2_000;
const CLAUSE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const FORM_CODE = /^[A-Z0-9][A-Z0-9_-]{1,29}$/;

function texts(field: string, list: LocalizedTextInput[], max: number, companyLang: string, issues: FieldError[]): Texts {
  const out: Texts = {};
  list.forEach((t, i) => {
    const lang = t.lang?.trim().toLowerCase();
    const text = t.text?.trim() ?? '';
    if (!(CONSENT_LANGS as readonly string[]).includes(lang)) {
      issues.push({ field: `${field}.${i}.lang`, reason: 'unknown_language', message: `One of: ${CONSENT_LANGS.join(', ')}.` });
      return;
    }
    if (out[lang] !== undefined) issues.push({ field: `${field}.${i}.lang`, reason: 'duplicate', message: `${lang} is given twice.` });
    if (!text) issues.push({ field: `${field}.${i}.text`, reason: 'required', message: 'Write the text or leave the language out.' });
    else if (text.length > max) issues.push({ field: `${field}.${i}.text`, reason: 'too_long', message: `At most ${max} characters.` });
    out[lang] = text;
  });
  if (!out[companyLang] && !issues.some((i) => i.field.startsWith(`${field}.`))) {
    issues.push({ field, reason: 'company_language_required', message: `The company's language (${companyLang}) is required.` });
  }
  return out;
}

export interface CheckedDraft {
  title: Texts;
  body: Texts;
  clauses: ClauseData[];
}

export function checkDraft(input: ConsentDraftInput, companyLang: string, prefix = ''): { issues: FieldError[]; value: CheckedDraft } {
  const issues: FieldError[] = [];
  const p = (f: string) => (prefix ? `${prefix}.${f}` : f);
  const title = texts(p('title'), input.title ?? [], TITLE_MAX, companyLang, issues);
  const body = texts(p('body'), input.body ?? [], BODY_MAX, companyLang, issues);
  const keys = new Set<string>();
  const clauses: ClauseData[] = (input.clauses ?? []).map((c, i) => {
    const key = c.key?.trim() ?? '';
    if (!CLAUSE_KEY.test(key)) issues.push({ field: p(`clauses.${i}.key`), reason: 'format', message: 'Lowercase letters, digits and _ (starting with a letter), at most 40.' });
    else if (keys.has(key)) issues.push({ field: p(`clauses.${i}.key`), reason: 'duplicate', message: `The key ${key} is used twice.` });
    keys.add(key);
    return { key, required: !!c.required, text: texts(p(`clauses.${i}.text`), c.text ?? [], CLAUSE_MAX, companyLang, issues) };
  });
  if (clauses.length > 30) issues.push({ field: p('clauses'), reason: 'too_many', message: 'At most 30 clauses.' });
  return { issues, value: { title, body, clauses } };
}
