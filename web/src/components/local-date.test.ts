import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import 'dayjs/locale/it';
import 'dayjs/locale/de';
import 'dayjs/locale/nl';
import 'dayjs/locale/pl';
import 'dayjs/locale/en-gb';
import { parseLocalDate } from './local-date';

describe('dates typed in the user\'s format', () => {
  it('reads each language\'s short format, and ISO dates, as YYYY-MM-DD', () => {
    expect(parseLocalDate('10/05/2022', 'it')).toBe('2022-05-10');
    expect(parseLocalDate('10/05/2022', 'en-gb')).toBe('2022-05-10');
    expect(parseLocalDate('10-05-2022', 'nl')).toBe('2022-05-10');
    expect(parseLocalDate('10.05.2022', 'de')).toBe('2022-05-10');
    expect(parseLocalDate('10.05.2022', 'pl')).toBe('2022-05-10');
    expect(parseLocalDate(' 2022-05-10 ', 'it')).toBe('2022-05-10');
    expect(parseLocalDate('1/2/2024', 'it')).toBe('2024-02-01');
  });

  it('shows them the same way (the field\'s display format is the locale\'s L)', () => {
    expect(dayjs('2022-05-10').locale('nl').format('L')).toBe('10-05-2022');
    expect(dayjs('2022-05-10').locale('de').format('L')).toBe('10.05.2022');
  });

  it('refuses what is no date: impossible days, half-typed input, words', () => {
    expect(parseLocalDate('31/02/2022', 'it')).toBeNull();
    expect(parseLocalDate('10/05/2', 'it')).toBeNull();
    expect(parseLocalDate('yesterday', 'en-gb')).toBeNull();
    expect(parseLocalDate('', 'de')).toBeNull();
  });
});

describe('dates typed with a two-digit year, and refused dates (issue #8 §3)', () => {
  const today = new Date(2026, 10, 28); // 28/11/2026
  const SHORT: Record<string, (d: string, m: string, y: string) => string> = {
    'en-gb': (d, m, y) => `${d}/${m}/${y}`,
    it: (d, m, y) => `${d}/${m}/${y}`,
    de: (d, m, y) => `${d}.${m}.${y}`,
    nl: (d, m, y) => `${d}-${m}-${y}`,
    pl: (d, m, y) => `${d}.${m}.${y}`,
  };

  for (const [locale, typed] of Object.entries(SHORT)) {
    it(`${locale}: a birth date's two-digit year is never in the future (85 → 1985, 26 → 2026 up to today, then 1926)`, () => {
      const birth = (d: string, m: string, y: string) => parseLocalDate(typed(d, m, y), locale, { twoDigitYears: 'past', today });
      expect(birth('10', '12', '85')).toBe('1985-12-10');
      expect(birth('1', '2', '03')).toBe('2003-02-01');
      expect(birth('28', '11', '26')).toBe('2026-11-28');
      expect(birth('29', '11', '26')).toBe('1926-11-29');
      expect(birth('01', '01', '27')).toBe('1927-01-01');
      expect(birth('10', '12', '1885')).toBe('1885-12-10');
    });

    it(`${locale}: other dates read a two-digit year within 50 years of today (30 → 2030, 85 → 1985)`, () => {
      const near = (d: string, m: string, y: string) => parseLocalDate(typed(d, m, y), locale, { today });
      expect(near('01', '05', '30')).toBe('2030-05-01');
      expect(near('10', '12', '85')).toBe('1985-12-10');
      expect(near('10', '12', '75')).toBe('2075-12-10');
      expect(near('10', '12', '76')).toBe('1976-12-10');
    });

    it(`${locale}: refuses 31/02/1990, 32/13/2000, a month 13, one- and three-digit years`, () => {
      for (const [d, m, y] of [['31', '02', '1990'], ['32', '13', '2000'], ['10', '13', '2000'], ['29', '02', '23'], ['10', '12', '8'], ['10', '12', '985']]) {
        expect(parseLocalDate(typed(d, m, y), locale, { twoDigitYears: 'past', today }), typed(d, m, y)).toBeNull();
      }
      expect(parseLocalDate(typed('29', '02', '24'), locale, { twoDigitYears: 'past', today })).toBe('2024-02-29');
    });
  }

  it('ISO input is read as such in every language; impossible ISO days are refused', () => {
    expect(parseLocalDate('1990-02-28', 'de')).toBe('1990-02-28');
    expect(parseLocalDate('1990-02-31', 'pl')).toBeNull();
  });
});
