import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countrySchema, localeSchema } from './validation.js';

describe('country codes (ISO 3166-1 alpha-2, from i18n-iso-countries)', () => {
  it('holds the complete list, not a hand-picked one', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of ['IT', 'NL', 'DE', 'PL', 'GB', 'US', 'AQ', 'VA', 'SJ', 'AX']) expect(COUNTRY_CODES).toContain(code);
  });

  it('accepts real codes in any letter case and refuses the rest', () => {
    expect(countrySchema.parse(' it ')).toBe('IT');
    for (const bad of ['XX', 'ZZ', 'UK', 'EU', 'ITA', 'I', '', '<s>']) expect(countrySchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('locales', () => {
  it('are the five supported ones only', () => {
    for (const l of ['en', 'it', 'de', 'nl', 'pl']) expect(localeSchema.parse(l)).toBe(l);
    for (const bad of ['fr', 'EN', '<script>', '']) expect(localeSchema.safeParse(bad).success, bad).toBe(false);
  });
});
