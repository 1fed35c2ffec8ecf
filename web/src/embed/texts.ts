import { embed as en } from '../i18n/en.json';
import { embed as it } from '../i18n/it.json';
import { embed as de } from '../i18n/de.json';
import { embed as nl } from '../i18n/nl.json';
import { embed as pl } from '../i18n/pl.json';

/**
 * The embeddable form's texts: only the `embed` namespace of the five catalogues (named JSON imports,
 * so the bundle carries nothing else of them). Keys are written in full (`embed.…`) as in the app.
 */
export const EMBED_LANGUAGES = ['en', 'it', 'de', 'nl', 'pl'] as const;
export type EmbedLanguage = (typeof EMBED_LANGUAGES)[number];
const CATALOGUES: Record<EmbedLanguage, unknown> = { en, it, de, nl, pl };
const INTL: Record<EmbedLanguage, string> = { en: 'en-GB', it: 'it-IT', de: 'de-DE', nl: 'nl-NL', pl: 'pl-PL' };

export function pickLanguage(...candidates: Array<string | null | undefined>): EmbedLanguage {
  for (const c of candidates) {
    const l = c?.trim().slice(0, 2).toLowerCase();
    if (l && (EMBED_LANGUAGES as readonly string[]).includes(l)) return l as EmbedLanguage;
  }
  return 'en';
}

function lookup(tree: unknown, path: string[]): string | undefined {
  let node = tree;
  for (const p of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** `t('embed.calculate')` in `lang`, English where missing; `{{name}}` placeholders filled. */
export function translator(lang: EmbedLanguage): T {
  return (key, vars = {}) => {
    const path = key.split('.').slice(1);
    const text = lookup(CATALOGUES[lang], path) ?? lookup(CATALOGUES.en, path) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => String(vars[v] ?? ''));
  };
}

export function money(lang: EmbedLanguage, amount: string, currency: string): string {
  return new Intl.NumberFormat(INTL[lang], { style: 'currency', currency }).format(Number(amount));
}
