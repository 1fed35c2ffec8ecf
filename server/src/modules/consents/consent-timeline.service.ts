import type { FieldError } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, badField } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { getClient, getEditableClient } from '../clients/client.service.js';
import { ConsentRecord, ConsentTimelineStart } from './consent.entity.js';
import type { ConsentTimelineStartInput } from './consent.types.js';
import { companyDayStart, companyToday } from '../../core/company-calendar.js';

/**
 * The consent timeline (CN-6): a client's chain "from the start of the relationship (or from an
 * agreed date)". Decisions:
 * - the agreed date is a day agreed with the client (e.g. when they moved to paperless collection),
 *   one per client, set or removed by staff with consents:edit; not in the future; audited like any
 *   change (entity ConsentTimelineStart);
 * - a day is read in the company's time zone, the zone of the records' stamps: "from 1 March" means
 *   the records stamped 01/03/… 00:00:00 or later;
 * - the timeline lists the records from a day (`from`), else the whole chain; the records before it
 *   stay in the chain and in its verification — the start only chooses what is shown.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD, or null. */
export function parseDay(value: string): string | null {
  const v = value.trim();
  if (!DAY.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '1900-01-01' ? v : null;
}

/** The client's agreed start, or null (the timeline starts with the relationship). */
export async function timelineStart(ctx: RequestContext, clientId: string): Promise<ConsentTimelineStart | null> {
  const client = await getClient(ctx, clientId);
  return ctx.em.findOne(ConsentTimelineStart, { clientId: client.id });
}

/** Sets (or, with agreedFrom null, removes) the client's agreed start. */
export async function setTimelineStart(ctx: RequestContext, input: ConsentTimelineStartInput): Promise<ConsentTimelineStart | null> {
  const client = await getEditableClient(ctx, input.clientId);
  const issues: FieldError[] = [];
  const note = input.note?.trim() || null;
  if (note && note.length > 500) issues.push({ field: 'note', reason: 'too_long', message: 'At most 500 characters.' });
  let day: string | null = null;
  if (input.agreedFrom !== null && input.agreedFrom !== undefined) {
    day = parseDay(input.agreedFrom);
    if (!day) issues.push({ field: 'agreedFrom', reason: 'invalid', message: 'A date (YYYY-MM-DD) from 1900 on.' });
    else if (day > (await companyToday(ctx))) issues.push({ field: 'agreedFrom', reason: 'future', message: 'The agreed start cannot be in the future.' });
  } else if (note) {
    issues.push({ field: 'note', reason: 'not_allowed', message: 'A note goes with an agreed date.' });
  }
  if (issues.length) throw badInput(issues);
  const existing = await ctx.em.findOne(ConsentTimelineStart, { clientId: client.id });
  if (!day) {
    if (existing) {
      ctx.em.remove(existing);
      await ctx.em.flush();
    }
    return null;
  }
  const row =
    existing ??
    ctx.em.create(ConsentTimelineStart, {
      company: ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true }),
      clientId: client.id,
      agreedFrom: day,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  row.agreedFrom = day;
  row.note = note;
  row.setById = ctx.user?.id ?? null;
  await ctx.em.flush();
  return row;
}

/** The client's timeline (CN-6): the chain from a day on (company time zone), else the whole chain; oldest first. */
export async function clientRecords(ctx: RequestContext, clientId: string, from: string | null = null): Promise<ConsentRecord[]> {
  const client = await getClient(ctx, clientId);
  if (from === null || from === undefined) return ctx.em.find(ConsentRecord, { clientId: client.id }, { orderBy: { seq: 'asc' } });
  const day = parseDay(from);
  if (!day) throw badField('from', 'invalid', 'A date (YYYY-MM-DD) from 1900 on.');
  return ctx.em.find(ConsentRecord, { clientId: client.id, recordedAt: { $gte: await companyDayStart(ctx, day) } }, { orderBy: { seq: 'asc' } });
}

/** How many records of the client's chain were recorded before a day (company time zone). */
export async function recordsBefore(ctx: RequestContext, clientId: string, day: string): Promise<number> {
  return ctx.em.count(ConsentRecord, { clientId, recordedAt: { $lt: await companyDayStart(ctx, day) } });
}
