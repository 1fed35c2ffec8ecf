import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS, MODULES, ROLE_TEMPLATES, ERROR_CODES } from '@agency/shared';
import en from './en.json';

type Tree = { [key: string]: string | Tree };
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : files(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

function has(key: string): boolean {
  let node: string | Tree | undefined = en as Tree;
  const parts = key.split('.');
  for (const [i, part] of parts.entries()) {
    if (typeof node !== 'object') return false;
    const last = i === parts.length - 1;
    node = node[part] ?? (last ? (node[`${part}_other`] as string | undefined) : undefined);
  }
  return typeof node === 'string';
}

/** Values a dynamic key part takes. */
const EXPANSIONS: Record<string, readonly string[]> = {
  module: MODULES,
  'm.name': MODULES,
  name: MODULES,
  a: ACTIONS,
  code: [...ERROR_CODES, 'NETWORK'],
  control: ['first', 'previous', 'next', 'last'],
  pending: ['disable', 'enable', 'resetTotp'],
};

const sources = files(SRC).map((f) => ({ file: path.relative(SRC, f), text: readFileSync(f, 'utf8') }));

describe('catalogue keys used in the code', () => {
  it('every literal key exists in English', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) if (!has(m[1])) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/label: '([a-z]+\.[a-zA-Z.]+)'/g)) if (!has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('every expansion of a dynamic key exists in English', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/\bt\(`([^`]+)`/g)) {
        const vars = [...m[1].matchAll(/\$\{([^}]+)\}/g)].map((v) => v[1]);
        const known = vars.filter((v) => EXPANSIONS[v]);
        if (known.length !== vars.length || known.length !== 1) continue; // data-driven keys carry a defaultValue
        for (const value of EXPANSIONS[known[0]]) {
          const key = m[1].replace(`\${${known[0]}}`, value);
          if (!has(key)) missing.push(`${file}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every module, action, template and error code has its text', () => {
    for (const m of MODULES) expect(has(`modules.${m}.title`) && has(`modules.${m}.description`), m).toBe(true);
    for (const a of ACTIONS) expect(has(`rights.action.${a}`), a).toBe(true);
    for (const k of Object.keys(ROLE_TEMPLATES)) expect(has(`base.roles.templates.${k}`), k).toBe(true);
    for (const c of ERROR_CODES) expect(has(`errors.code.${c}`), c).toBe(true);
  });

  it('no user-facing text is written in JSX outside the catalogues', () => {
    const offending: string[] = [];
    for (const { file, text } of sources.filter((s) => s.file.endsWith('.tsx'))) {
      for (const m of text.matchAll(/(?<![=-])>[ \t]*\n?[ \t]*([A-Za-zÀ-ž][^<>{}\n]*[A-Za-zÀ-ž.!?])\s*</g)) offending.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\b(?:label|title|placeholder|description|aria-label|alt)="([^"]*[A-Za-z]{2}[^"]*)"/g)) offending.push(`${file}: ${m[1]}`);
    }
    expect(offending).toEqual([]);
  });
});
