import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';

// the `L` display format of each locale (and parsing in given formats elsewhere)
dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

/**
 * How a two-digit year is read. `past` (birth dates): the latest such year that does not make the
 * date lie in the future — on 28/11/2026, 85 → 1985, 26 → 2026 up to today, 27 → 1927 — because
 * nobody is born tomorrow, and a 99-year-old typing "27" is likelier than an unborn client. `near`
 * (issue, expiry, mandate and service dates, which may lie ahead): the year within 50 years either
 * side of today — 30 → 2030, 85 → 1985 — as a person reading "exp. 05/30" on a document would.
 */
export type TwoDigitYears = 'past' | 'near';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;

/** A calendar day as `YYYY-MM-DD`, or null when it is none (31 February, month 13). */
function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const isoOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function fullYear(yy: number, month: number, day: number, mode: TwoDigitYears, today: Date): number {
  const year = today.getFullYear();
  if (mode === 'past') {
    const candidate = 2000 + yy + Math.floor((year - 2000) / 100) * 100; // this century
    const iso = calendarDay(candidate, month, day);
    return iso && iso <= isoOf(today) ? candidate : candidate - 100;
  }
  let candidate = Math.floor(year / 100) * 100 + yy;
  if (candidate > year + 49) candidate -= 100;
  else if (candidate < year - 50) candidate += 100;
  return candidate;
}

/**
 * A typed date in the locale's short format (day and month in the locale's order, separated by
 * `/`, `.` or `-`, single digits allowed, two- or four-digit year), or ISO, as `YYYY-MM-DD`; null
 * when it is no date — an impossible day or month, a one- or three-digit year, words.
 */
export function parseLocalDate(input: string, locale: string, options: { twoDigitYears?: TwoDigitYears; today?: Date } = {}): string | null {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL.exec(text);
  if (!local) return null;
  const format = dayjs.Ls[locale]?.formats?.L ?? 'DD/MM/YYYY';
  const monthFirst = format.indexOf('M') < format.indexOf('D');
  const day = Number(monthFirst ? local[2] : local[1]);
  const month = Number(monthFirst ? local[1] : local[2]);
  const year = local[3].length === 2 ? fullYear(Number(local[3]), month, day, options.twoDigitYears ?? 'near', options.today ?? new Date()) : Number(local[3]);
  return calendarDay(year, month, day);
}

/** An example of the locale's short format (31/01/1990, 31.01.1990, 31-01-1990), for messages. */
export function dateExample(locale: string): string {
  return dayjs('1990-01-31').locale(locale).format('L');
}
