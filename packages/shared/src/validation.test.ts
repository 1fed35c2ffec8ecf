import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countrySchema, displayNameSchema, localeSchema } from './validation.js';

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

describe("a person's display name", () => {
  it('is one line of text: accents, apostrophes and other scripts pass; line breaks and control characters do not', () => {
    for (const ok of ["Anna Maria D'Angelo", 'Łukasz Wójcik-Żak', 'Jan de Vries', 'Σοφία Παπαδοπούλου']) expect(displayNameSchema.parse(` ${ok} `)).toBe(ok);
    for (const bad of ['Mario\nRossi', 'Mario\r\nRossi', 'Mario\tRossi', 'Mario\u0000Rossi', 'Mario\u0085Rossi', 'Mario\u2028Rossi']) {
      const r = displayNameSchema.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ code: 'custom', params: { reason: 'control_characters' } });
    }
  });
});
