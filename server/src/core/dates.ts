import { RECORD_FIRST_DAY, RECORD_LAST_DAY, type FieldIssue } from '@agency/shared';

/**
 * The one date check of the record modules (policies, claims, vehicles, products; the ledger's
 * `isIsoDate` delegates to `isRealDate`). A date travels as `YYYY-MM-DD`.
 *
 * - `isRealDate`: a real calendar day of year 1 or later ("2026-02-30", "2026-13-01" and year 0000 are
 *   not: PostgreSQL has no year 0). Never throws.
 * - `checkRecordDate`: a real day within the window a record date may take, 1900-01-01 … 2199-12-31
 *   (a typo such as 9999-12-31 or 0202-05-01 is refused, naming the field, instead of being stored or
 *   breaking the date arithmetic of schedules).
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE.test(v) || v.startsWith('0000')) return false;
  const [y, m, d] = v.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(2000, m - 1, 1));
  t.setUTCFullYear(y); // years 1–99 stay themselves (Date.UTC would read them as 1900–1999)
  t.setUTCMonth(m, 0); // the last day of month m of year y
  return d <= t.getUTCDate();
}

/** The record window is the shared one (`@agency/shared` dates.ts), the same the web forms check. */
export { RECORD_FIRST_DAY, RECORD_LAST_DAY };

/** Whether a real date lies within the record window. */
export const inRecordWindow = (v: string) => v >= RECORD_FIRST_DAY && v <= RECORD_LAST_DAY;

/** The issue of a record date (`invalid_date` or `out_of_range`, naming `field`), or null when it is fine. */
export function checkRecordDate(field: string, value: unknown): FieldIssue | null {
  if (!isRealDate(value)) return { field, reason: 'invalid_date', message: 'A date YYYY-MM-DD.' };
  if (!inRecordWindow(value)) return { field, reason: 'out_of_range', message: `A date from ${RECORD_FIRST_DAY} to ${RECORD_LAST_DAY}.` };
  return null;
}

/** A real record date within the window. */
export const isRecordDate = (v: unknown): v is string => checkRecordDate('', v) === null;
