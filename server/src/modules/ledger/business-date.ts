import type { FieldIssue } from '@agency/shared';
import { isIsoDate } from './ledger-sql.js';

/**
 * The dates the money modules book by (payments, journal entries, reversals, receipts and credit notes,
 * billing runs, remittances, closed months): one check for all of them. A date is a real calendar day
 * (year 1 or later: PostgreSQL has no year 0) within the window the books keep — not before
 * 2000-01-01 (premium documents are numbered per year from 2000, migration 0018) and not more than a
 * year after the company's today (a typo such as 2062 for 2026, or 9999-12-31, is refused, not booked).
 */
export const BOOKS_FIRST_DAY = '2000-01-01';

/** The last day the books accept: a year after the company's `today` (29 February → 28 February). */
export function lastBusinessDate(today: string): string {
  const year = String(Number(today.slice(0, 4)) + 1).padStart(4, '0');
  return today.slice(4) === '-02-29' ? `${year}-02-28` : `${year}${today.slice(4)}`;
}

/** The issue of a business date (`invalid_date` or `out_of_range`, naming `field`), or null when it is fine. */
export function checkBusinessDate(field: string, value: string | null | undefined, today: string): FieldIssue | null {
  if (!isIsoDate(value)) return { field, reason: 'invalid_date', message: 'A date YYYY-MM-DD.' };
  const last = lastBusinessDate(today);
  if (value < BOOKS_FIRST_DAY || value > last) return { field, reason: 'out_of_range', message: `A date from ${BOOKS_FIRST_DAY} to ${last} (a year after today).` };
  return null;
}
