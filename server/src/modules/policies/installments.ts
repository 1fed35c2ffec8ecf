import { type Cents, splitCents } from './money.js';
import { PaymentFrequency } from './policy.enums.js';

/**
 * The installment schedule (PL-1) as a pure function of premium, frequency and cover period.
 *
 * - Dates are ISO `YYYY-MM-DD`; the cover runs from `coverStart` to `coverEnd`, both days included.
 * - Periods start at the cover start and step by 12 / 6 / 3 / 1 months (`single`: one period). Each
 *   period's start is counted from the cover start, not from the previous period, and a day that does
 *   not exist in the target month is the month's last day (31 Jan → 28/29 Feb → 31 Mar → 30 Apr).
 *   A period ends the day before the next one starts; the last one is cut at the cover end.
 * - Due date = the period's first day.
 * - Amounts: net and taxes are each split into equal parts in cents; the remainder cents go to the
 *   FIRST installment; gross = net + taxes per row, so the rows sum exactly to the premium.
 */
export interface PeriodRow {
  dueDate: string;
  periodStart: string;
  periodEnd: string;
}
export interface InstallmentRow extends PeriodRow {
  net: Cents;
  taxes: Cents;
  gross: Cents;
}

const MONTHS: Record<PaymentFrequency, number> = {
  [PaymentFrequency.ANNUAL]: 12,
  [PaymentFrequency.SEMI_ANNUAL]: 6,
  [PaymentFrequency.QUARTERLY]: 3,
  [PaymentFrequency.MONTHLY]: 1,
  [PaymentFrequency.SINGLE]: 0,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** Days in month m (1–12) of year y; setUTCFullYear keeps years 0–99 as they are (Date.UTC would not). */
const daysIn = (y: number, m: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
};

/**
 * `date` + `months` calendar months, clamped to the month's last day. Pure arithmetic: never throws
 * (a year past 9999 is written with five digits; a date that is not YYYY-MM-DD gives '').
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  if (!Number.isFinite(index) || !Number.isFinite(d)) return '';
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return iso(ty, tm, Math.min(d, daysIn(ty, tm)));
}

/** `date` + `days` (negative: earlier). Never throws, like addMonths ('' for a date that is not one). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + days);
  if (Number.isNaN(t.getTime())) return '';
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The longest cover a policy may have: 100 years (a typo such as 2925 for 2025 is refused, not scheduled). */
export const MAX_COVER_YEARS = 100;
/** The last day a cover starting on `coverStart` may end on (the day before its 100th anniversary). */
export const lastCoverDay = (coverStart: string) => addDays(addMonths(coverStart, MAX_COVER_YEARS * 12), -1);

export function periodsOf(frequency: PaymentFrequency, coverStart: string, coverEnd: string): PeriodRow[] {
  const step = MONTHS[frequency];
  if (!step) return [{ dueDate: coverStart, periodStart: coverStart, periodEnd: coverEnd }];
  const rows: PeriodRow[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(coverStart, k * step);
    if (start > coverEnd) break;
    const next = addMonths(coverStart, (k + 1) * step);
    const end = addDays(next, -1);
    rows.push({ dueDate: start, periodStart: start, periodEnd: end < coverEnd ? end : coverEnd });
  }
  return rows;
}

/** Splits net and taxes over the periods (remainder cents on the first row). */
export function splitOver(periods: PeriodRow[], net: Cents, taxes: Cents): InstallmentRow[] {
  const nets = splitCents(net, periods.length);
  const taxParts = splitCents(taxes, periods.length);
  return periods.map((p, i) => ({ ...p, net: nets[i], taxes: taxParts[i], gross: nets[i] + taxParts[i] }));
}

export function buildSchedule(input: { frequency: PaymentFrequency; coverStart: string; coverEnd: string; net: Cents; taxes: Cents }): InstallmentRow[] {
  return splitOver(periodsOf(input.frequency, input.coverStart, input.coverEnd), input.net, input.taxes);
}
