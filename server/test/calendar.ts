import { dayIn as dayAt } from '../src/core/company-calendar.js';
import { addDays } from '../src/modules/policies/installments.js';

/**
 * A company's day, as the platform counts it (migration 0035: each company's calendar is its country's
 * time zone — ROSSI Europe/Rome, VDBERG Europe/Amsterdam). A test comparing with "today" or "this month"
 * uses this, not UTC: in the last hour of a UTC day the company is already in the next one.
 */
export const ROME = 'Europe/Rome';

/**
 * Today in `zone` (the server's own dayIn), or `offsetDays` calendar days from it (the server's addDays),
 * as the server counts "in 30 days" (`app_company_today() + 30`) — not 30 × 24 hours from now, which is a
 * day off in the hour around the zone's midnight when a change of daylight saving time lies between.
 */
export function dayIn(zone: string, offsetDays = 0): string {
  return addDays(dayAt(zone), offsetDays);
}
