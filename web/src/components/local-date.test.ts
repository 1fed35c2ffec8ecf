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
