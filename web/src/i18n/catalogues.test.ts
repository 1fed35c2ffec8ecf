import { describe, expect, it } from 'vitest';
import en from './en.json';
import it_ from './it.json';
import de from './de.json';
import nl from './nl.json';
import pl from './pl.json';

type Tree = { [key: string]: string | Tree };
const CATALOGUES: Record<string, Tree> = { it: it_, de, nl, pl };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Keys without plural suffixes: plural forms differ by language (Polish has few/many). */
const baseKeys = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));
const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((x) => x[1]).sort();

const english = flatten(en as Tree);

describe('translation catalogues', () => {
  it('English has no empty text', () => {
    for (const [k, v] of english) expect(v.trim(), k).not.toBe('');
  });

  for (const [lng, catalogue] of Object.entries(CATALOGUES)) {
    describe(lng, () => {
      const flat = flatten(catalogue);

      it('has exactly the keys of English', () => {
        const mine = baseKeys(flat);
        const theirs = baseKeys(english);
        expect([...theirs].filter((k) => !mine.has(k)), 'missing').toEqual([]);
        expect([...mine].filter((k) => !theirs.has(k)), 'extra').toEqual([]);
      });

      it("has every plural form the language needs, and no other", () => {
        const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
        const plurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
        for (const base of plurals) {
          const forms = [...flat.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => PLURAL.exec(k)![1]).sort();
          expect(forms, base).toEqual([...categories].sort());
        }
      });

      it('uses the same placeholders as English, and no empty text', () => {
        for (const [k, v] of flat) {
          expect(v.trim(), k).not.toBe('');
          const source = english.get(k) ?? english.get(k.replace(PLURAL, '_other'));
          expect(source, `${k} in English`).toBeDefined();
          expect(variables(v), k).toEqual(variables(source!));
        }
      });
    });
  }
});
