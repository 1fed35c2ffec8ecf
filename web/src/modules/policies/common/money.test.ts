import { describe, expect, it } from 'vitest';
import { formatMoney, grossOf, normaliseAmount, sumOf } from './money';

describe('policy money in the browser', () => {
  it('adds net and taxes exactly where floating point would not (0.10 + 0.20)', () => {
    expect(grossOf('0.10', '0.20')).toBe('0.30');
    expect(grossOf('1000.00', '222.50')).toBe('1222.50');
    expect(grossOf('1000', 'x')).toBe('');
    expect(sumOf(['305.63', '305.63', '305.62', '305.62'])).toBe('1222.50');
  });

  it('reads amounts typed the local way and formats them in the locale', () => {
    expect(normaliseAmount('1.234,5')).toBe('1234.50');
    expect(normaliseAmount('1,234.56')).toBe('1234.56');
    expect(normaliseAmount('12')).toBe('12.00');
    expect(normaliseAmount('-3')).toBeNull();
    expect(formatMoney('12345.50', 'de-DE', 'EUR')).toMatch(/12\.345,50/);
    expect(formatMoney('99999999999.99', 'en-GB', 'EUR')).toBe('€99,999,999,999.99');
  });
});
