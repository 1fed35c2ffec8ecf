import type { ConsentFormVersion } from './consent.entity.js';
import type { ConsentClauseChange, ConsentDiffLine, ConsentVersionDiff } from './consent.types.js';
import { pick } from './consent.texts.js';

/** "Changes since your last acceptance" (CN-5): two versions of a form compared line by line and clause by clause. */

/** Lines (and sentences within long lines) of a text. */
function units(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((l) => l.split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A longest-common-subsequence diff (texts are short: a few hundred units at most). */
export function diffLines(before: string, after: string): ConsentDiffLine[] {
  const a = units(before);
  const b = units(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: ConsentDiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'removed', text: a[i++] });
    else out.push({ op: 'added', text: b[j++] });
  }
  while (i < n) out.push({ op: 'removed', text: a[i++] });
  while (j < m) out.push({ op: 'added', text: b[j++] });
  return out;
}

export function diffVersions(from: ConsentFormVersion, to: ConsentFormVersion, lang: string, companyLang: string): ConsentVersionDiff {
  const clauses: ConsentClauseChange[] = [];
  for (const c of to.clauses) {
    const old = from.clauses.find((o) => o.key === c.key);
    const after = pick(c.text, lang, companyLang);
    if (!old) clauses.push({ key: c.key, change: 'added', before: null, after, requiredBefore: null, requiredAfter: c.required });
    else {
      const before = pick(old.text, lang, companyLang);
      const change = before === after && old.required === c.required ? 'same' : 'changed';
      clauses.push({ key: c.key, change, before, after, requiredBefore: old.required, requiredAfter: c.required });
    }
  }
  for (const o of from.clauses) {
    if (!to.clauses.some((c) => c.key === o.key)) clauses.push({ key: o.key, change: 'removed', before: pick(o.text, lang, companyLang), after: null, requiredBefore: o.required, requiredAfter: null });
  }
  return {
    formId: to.formId,
    fromVersion: from.version ?? 0,
    toVersion: to.version ?? 0,
    lang,
    titleBefore: pick(from.title, lang, companyLang),
    titleAfter: pick(to.title, lang, companyLang),
    body: diffLines(pick(from.body, lang, companyLang), pick(to.body, lang, companyLang)),
    clauses,
  };
}
