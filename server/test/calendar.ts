/**
 * A company's day, as the platform counts it (migration 0035: each company's calendar is its country's
 * time zone — ROSSI Europe/Rome, VDBERG Europe/Amsterdam). A test comparing with "today" or "this month"
 * uses this, not UTC: in the last hour of a UTC day the company is already in the next one.
 */
export function dayIn(zone: string, offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

export const ROME = 'Europe/Rome';
