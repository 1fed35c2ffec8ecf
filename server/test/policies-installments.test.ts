import { describe, expect, it } from 'vitest';
import { addMonths, buildSchedule, periodsOf } from '../src/modules/policies/installments.js';
import { amountIssue, formatCents, normaliseDecimal, parseCents, splitCents } from '../src/modules/policies/money.js';
import { PaymentFrequency as F } from '../src/modules/policies/policy.enums.js';
import { POLICY_STATUS_TRANSITIONS, INITIAL_STATUSES } from '../src/modules/policies/policy-status.js';

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
const money = (rows: Array<{ net: bigint; taxes: bigint; gross: bigint }>) => rows.map((r) => `${formatCents(r.net)}+${formatCents(r.taxes)}=${formatCents(r.gross)}`);

describe('exact money (no floating point)', () => {
  it('reads and writes amounts as exact cents', () => {
    expect(parseCents('0.1')! + parseCents('0.2')!).toBe(parseCents('0.3'));
    expect(formatCents(parseCents('1234.5')!)).toBe('1234.50');
    expect(formatCents(parseCents('999999999999.99')!)).toBe('999999999999.99');
    expect(parseCents('1.234')).toBeNull();
    expect(parseCents('1e3')).toBeNull();
    expect(amountIssue('-5.00')?.reason).toBe('negative');
    expect(amountIssue('abc')?.reason).toBe('not_a_decimal');
  });

  it('the Decimal scalar serves numeric(14,2) text as it is and writes any other form with two places', () => {
    for (const v of ['0.00', '1234.50', '-3.00', '999999999999.99']) expect(normaliseDecimal(v)).toBe(v);
    expect(['12.5', '0012.50', '7', '-0.00', '-0.5'].map(normaliseDecimal)).toEqual(['12.50', '12.50', '7.00', '0.00', '-0.50']);
    expect(normaliseDecimal(12.5)).toBe('12.50');
    expect(() => normaliseDecimal('1.234')).toThrow(/not a decimal/);
    expect(() => normaliseDecimal('12.50 ')).not.toThrow();
  });

  it('splits an amount into parts that sum to it exactly, remainder cents on the first part', () => {
    expect(splitCents(10000n, 3)).toEqual([3334n, 3333n, 3333n]);
    expect(splitCents(1n, 12)).toEqual([1n, ...Array(11).fill(0n)]);
    expect(sum(splitCents(123457n, 12))).toBe(123457n);
  });
});

describe('the installment schedule', () => {
  it('annual: one installment for a one-year cover', () => {
    const rows = buildSchedule({ frequency: F.ANNUAL, coverStart: '2026-01-01', coverEnd: '2026-12-31', net: 100000n, taxes: 22250n });
    expect(rows.map((r) => [r.dueDate, r.periodStart, r.periodEnd])).toEqual([['2026-01-01', '2026-01-01', '2026-12-31']]);
    expect(money(rows)).toEqual(['1000.00+222.50=1222.50']);
  });

  it('semi-annual and quarterly: periods of 6 and 3 months, amounts summing to the premium', () => {
    const semi = buildSchedule({ frequency: F.SEMI_ANNUAL, coverStart: '2026-03-15', coverEnd: '2027-03-14', net: 100001n, taxes: 3n });
    expect(semi.map((r) => [r.periodStart, r.periodEnd])).toEqual([['2026-03-15', '2026-09-14'], ['2026-09-15', '2027-03-14']]);
    expect(money(semi)).toEqual(['500.01+0.02=500.03', '500.00+0.01=500.01']);
    const q = buildSchedule({ frequency: F.QUARTERLY, coverStart: '2026-01-01', coverEnd: '2026-12-31', net: 100000n, taxes: 22250n });
    expect(q.map((r) => r.dueDate)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(q.map((r) => r.periodEnd)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(money(q)).toEqual(['250.00+55.64=305.64', '250.00+55.62=305.62', '250.00+55.62=305.62', '250.00+55.62=305.62']);
  });

  it('monthly: 12 rows, remainder cents on the first, the rows sum exactly to net, taxes and gross', () => {
    const rows = buildSchedule({ frequency: F.MONTHLY, coverStart: '2026-01-01', coverEnd: '2026-12-31', net: 100000n, taxes: 22250n });
    expect(rows).toHaveLength(12);
    expect(formatCents(rows[0].net)).toBe('83.37');
    expect(rows.slice(1).every((r) => r.net === 8333n)).toBe(true);
    expect(sum(rows.map((r) => r.net))).toBe(100000n);
    expect(sum(rows.map((r) => r.taxes))).toBe(22250n);
    expect(sum(rows.map((r) => r.gross))).toBe(122250n);
  });

  it('single: one installment over the whole cover, whatever its length', () => {
    const rows = buildSchedule({ frequency: F.SINGLE, coverStart: '2026-05-10', coverEnd: '2026-05-24', net: 4999n, taxes: 0n });
    expect(rows.map((r) => [r.dueDate, r.periodEnd, formatCents(r.gross)])).toEqual([['2026-05-10', '2026-05-24', '49.99']]);
  });

  it('month ends: a cover starting on the 31st falls due on the last day of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    const rows = periodsOf(F.MONTHLY, '2026-01-31', '2026-05-30');
    expect(rows.map((r) => [r.periodStart, r.periodEnd])).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
      ['2026-04-30', '2026-05-30'],
    ]);
  });

  it('leap years: 29 February exists in 2028, and a 29 February start falls on 28 February a year later', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    const rows = periodsOf(F.ANNUAL, '2028-02-29', '2030-02-27');
    expect(rows.map((r) => [r.periodStart, r.periodEnd])).toEqual([['2028-02-29', '2029-02-27'], ['2029-02-28', '2030-02-27']]);
    const q = periodsOf(F.QUARTERLY, '2027-11-30', '2028-05-29');
    expect(q.map((r) => [r.periodStart, r.periodEnd])).toEqual([['2027-11-30', '2028-02-28'], ['2028-02-29', '2028-05-29']]);
  });

  it('cuts the last period at the cover end when the cover is not a whole number of periods', () => {
    const rows = periodsOf(F.QUARTERLY, '2026-01-01', '2026-08-15');
    expect(rows.map((r) => [r.periodStart, r.periodEnd])).toEqual([['2026-01-01', '2026-03-31'], ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-08-15']]);
  });
});

describe('the status transitions (data)', () => {
  it('lists every status, ends in cancelled, and never leaves cancelled', () => {
    const statuses = Object.keys(POLICY_STATUS_TRANSITIONS);
    expect(statuses).toHaveLength(11);
    for (const [from, to] of Object.entries(POLICY_STATUS_TRANSITIONS)) {
      if (from !== 'cancelled') expect(to).toContain('cancelled');
      for (const s of to) expect(statuses).toContain(s);
    }
    expect(POLICY_STATUS_TRANSITIONS.cancelled).toEqual([]);
    expect(INITIAL_STATUSES).not.toContain('cancelled');
  });
});
