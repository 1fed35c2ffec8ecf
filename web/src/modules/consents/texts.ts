import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translatedFieldErrors } from '../../graphql/errors';

export const CONSENT_LANGS = ['en', 'it', 'de', 'nl', 'pl'] as const;

/** A form's text in the wanted language, else the first of the others given. */
export function pickText(texts: ReadonlyArray<{ lang: string; text: string }>, ...langs: Array<string | undefined>): string {
  for (const l of langs) {
    const hit = l && texts.find((x) => x.lang === l.slice(0, 2));
    if (hit) return hit.text;
  }
  return texts[0]?.text ?? '';
}

/** The server's field errors in the user's language, by field path (`forms.0.answers`, `eConsent`, …). */
export function consentFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, 'consents.reason');
}
