import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { FieldIssue } from '@agency/shared';
import { isRealDate } from '../../core/dates.js';
import { type Cents, formatCents, parseStoredCents } from '../policies/money.js';

/** Small shared pieces of the ledger and billing services: dates, amounts as stored, NOT_FOUND naming fields. */
/** A real calendar day `YYYY-MM-DD` (core/dates.ts); the books' own window is `business-date.ts`. */
export const isIsoDate = isRealDate;
export const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/** A numeric from PostgreSQL (a string, maybe signed; a sum may be longer than a row's numeric(14,2)) → cents. */
export function dbCents(v: string | number | null | undefined): Cents {
  if (v === null || v === undefined) return 0n;
  const s = String(v);
  const neg = s.startsWith('-');
  const c = parseStoredCents(neg ? s.slice(1) : s);
  if (c === null) throw new Error(`stored amount is not a decimal: ${s}`);
  return neg ? -c : c;
}
export const money = (v: string | number | null | undefined) => formatCents(dbCents(v));

export const notFoundFields = (missing: FieldIssue[]) => new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing, entity: 'reference' });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `month` (first day) is closed in the active company. The month's lock (migration 0050) is taken
 * shared first, and kept to the end of the transaction: a close under way is waited for and then seen (the
 * caller refuses the date, naming its field), and a close started after this waits until what this
 * transaction posts into the month has committed. Closing takes it exclusively (`lockPeriod`).
 */
export async function isClosed(ctx: RequestContext, date: string): Promise<boolean> {
  const companyId = ctx.requireCompany();
  await ctx.em.execute(`select pg_advisory_xact_lock_shared(ledger_period_lock_key(?::uuid, ?::date))`, [companyId, monthOf(date)]);
  // a statement of its own: its snapshot is taken after the lock was granted
  const rows = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from ledger_period_close where company_id = ? and month = ?::date`, [companyId, monthOf(date)]);
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Takes the month's lock exclusively until the transaction ends (closing it): waits for the entries being posted into it. */
export async function lockPeriod(ctx: RequestContext, date: string): Promise<void> {
  await ctx.em.execute(`select pg_advisory_xact_lock(ledger_period_lock_key(?::uuid, ?::date))`, [ctx.requireCompany(), monthOf(date)]);
}
