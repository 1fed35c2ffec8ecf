import { LOCALES, type Locale } from '@agency/shared';

export const LANGUAGES: readonly Locale[] = LOCALES;

/** Intl locale per UI language (regional formats of the platform's markets). */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  it: 'it-IT',
  de: 'de-DE',
  nl: 'nl-NL',
  pl: 'pl-PL',
};

/** Language names in their own language: shown the same in every UI language. */
export const LANGUAGE_NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  it: 'Italiano',
  de: 'Deutsch',
  nl: 'Nederlands',
  pl: 'Polski',
};

export function isLanguage(value: string | null | undefined): value is Locale {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

const GLOBAL_KEY = 'agency.language';
const userKey = (userId: string) => `agency.language.${userId}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The language chosen on this device: the user's own choice, else the last one used here. */
export function storedLanguage(userId?: string): Locale | null {
  const s = storage();
  const value = (userId && s?.getItem(userKey(userId))) || null;
  return isLanguage(value) ? value : null;
}

export function lastLanguage(): Locale | null {
  const value = storage()?.getItem(GLOBAL_KEY) ?? null;
  return isLanguage(value) ? value : null;
}

export function rememberLanguage(language: Locale, userId?: string): void {
  const s = storage();
  s?.setItem(GLOBAL_KEY, language);
  if (userId) s?.setItem(userKey(userId), language);
}

/** Before sign-in: the last language used on this device, else the browser's, else English. */
export function initialLanguage(): Locale {
  const last = lastLanguage();
  if (last) return last;
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of browser) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}
