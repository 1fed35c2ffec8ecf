import type { RequestContext } from './context.js';

/**
 * The company's calendar: "today" is the agency's own day, in its time zone (by its country, as the
 * consent stamps; SQL: app_time_zone_of, app_company_today(), migration 0035) — never the server's
 * UTC date, which in Rome is still yesterday until 1 or 2 a.m. A staff request knows the zone from
 * its opening statement; any other context reads it once.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The date (YYYY-MM-DD) the instant `at` falls on in `timeZone`. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f.format(at);
}

/** The active company's time zone (IANA name). */
export async function companyTimeZone(ctx: RequestContext): Promise<string> {
  ctx.requireCompany();
  if (!ctx.companyTimeZone) {
    const [row] = await ctx.em.execute<Array<{ zone: string }>>('select app_company_time_zone() as zone');
    ctx.companyTimeZone = row.zone;
  }
  return ctx.companyTimeZone;
}

/** Today (YYYY-MM-DD) in the active company's time zone. */
export async function companyToday(ctx: RequestContext): Promise<string> {
  return dayIn(await companyTimeZone(ctx));
}

/** The instant a day (YYYY-MM-DD) begins in the active company's time zone. */
export async function companyDayStart(ctx: RequestContext, day: string): Promise<Date> {
  const [row] = await ctx.em.execute<Array<{ at: Date }>>(`select (?::date::timestamp at time zone app_company_time_zone()) as at`, [day]);
  return new Date(row.at);
}
