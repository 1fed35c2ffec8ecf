import { describe, expect, it } from 'vitest';
import { makeFormatters } from './format';

describe('the medium date of an instant, in the user language', () => {
  // Midday UTC: the same calendar day in every time zone from UTC−11 to UTC+11.
  const instant = '2026-03-05T12:00:00.000Z';

  it('reads an ISO instant or a Date as a medium date in English and German', () => {
    expect(makeFormatters('en').date(instant)).toBe('5 Mar 2026');
    expect(makeFormatters('de').date(instant)).toBe('05.03.2026');
    expect(makeFormatters('de').date(new Date(instant))).toBe('05.03.2026');
    expect(makeFormatters('it').date(instant)).toBe('5 mar 2026');
  });

  it('gives nothing for no value or an unreadable one instead of throwing', () => {
    const { date } = makeFormatters('en');
    expect(date(null)).toBe('');
    expect(date(undefined)).toBe('');
    expect(date('not a date')).toBe('');
  });

  it('the document size is a whole number grouped in the user language', () => {
    expect(makeFormatters('en').number(1234)).toBe('1,234');
    expect(makeFormatters('de').number(1234)).toBe('1.234');
  });
});
