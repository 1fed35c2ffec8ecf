/**
 * ROSSI's day (Europe/Rome), `offset` calendar days from its today — "today" as the platform counts it
 * for the company (its time zone, not UTC's: from 23:00 or 22:00 UTC Rome is already in the next day,
 * and on the first of a month a UTC date falls in the month the demo data close).
 */
export function romeDay(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}
