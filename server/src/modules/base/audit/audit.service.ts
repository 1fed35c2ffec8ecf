import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import { badField } from '../../../core/errors.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditSubjectKind } from './audit-subjects.js';

export interface AuditFilter {
  userId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  channel?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function where(filter: AuditFilter, before?: string): FilterQuery<AuditEvent> {
  const w: Record<string, unknown> = {};
  if (filter.userId) w.userId = filter.userId;
  if (filter.entityType) w.entityType = filter.entityType;
  if (filter.entityId) w.entityId = filter.entityId;
  if (filter.action) w.action = filter.action;
  if (filter.channel) w.channel = filter.channel;
  if (filter.from || filter.to) w.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  if (before) w.seq = { $lt: before };
  return w as FilterQuery<AuditEvent>;
}

/** Newest first, cursor = seq of the last row seen. */
export async function auditEvents(ctx: RequestContext, filter: AuditFilter, first = 50, after?: string | null) {
  return page(ctx, (before) => where(filter, before), first, after);
}

async function page(ctx: RequestContext, condition: (before?: string) => FilterQuery<AuditEvent>, first: number, after?: string | null) {
  ctx.requireCompany();
  if (first < 1 || first > 500) throw badField('first', 'out_of_range', 'Between 1 and 500.');
  if (after && !/^\d+$/.test(after)) throw badField('after', 'invalid_cursor', 'Not a valid cursor.');
  const rows = await ctx.em.find(AuditEvent, condition(after ?? undefined), { orderBy: { seq: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const totalCount = await ctx.em.count(AuditEvent, condition());
  return { nodes, totalCount, hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.seq ?? null };
}

/**
 * The trail of one record (a client card with its addresses, contacts…), newest first. The caller
 * has already found the record in the active company (NOT_FOUND otherwise); the tenant filter and
 * row-level security keep the rows to that company as well. `visible` narrows the rows to those the
 * user may read, in the same statement: every page is full and the cursor and count agree with it.
 */
export async function subjectTrail(ctx: RequestContext, type: string, id: string, first = 50, after?: string | null, visible?: FilterQuery<AuditEvent>) {
  const kind = auditSubjectKind(type);
  if (!kind) throw badField('type', 'unknown', 'No such kind of record.');
  return page(ctx, (before) => ({ $and: [kind.rowsOf(id), visible ?? {}, before ? { seq: { $lt: before } } : {}] }) as FilterQuery<AuditEvent>, first, after);
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: string | null;
  problem: string | null;
}

/**
 * Recomputes the company's hash chain in the database: each row's hash from its content and the
 * previous hash, sequence numbers without gaps. An altered, removed or inserted row breaks it.
 * (Raw SQL: listed in core/tenant-bypass.ts; row-level security still scopes it to the company.)
 */
export async function verifyAuditChain(ctx: RequestContext): Promise<ChainVerification> {
  const companyId = ctx.requireCompany();
  const rows = await ctx.em.execute<Array<{ checked: string; seq: string | null; problem: string | null }>>(
    `with chain as (
       select e.seq, e.hash, e.prev_hash, audit_event_hash(e) as computed,
              lag(e.hash) over (order by e.seq) as previous, row_number() over (order by e.seq) as n
       from audit_event e where e.company_id = ?
     )
     select (select count(*) from chain) as checked,
            c.seq::text as seq,
            case when c.seq <> c.n then 'sequence_gap'
                 when c.prev_hash <> coalesce(c.previous, repeat('0', 64)) then 'broken_link'
                 else 'content_changed' end as problem
     from chain c
     where c.seq <> c.n or c.computed <> c.hash or c.prev_hash <> coalesce(c.previous, repeat('0', 64))
     order by c.seq limit 1`,
    [companyId],
  );
  if (rows.length) return { ok: false, checked: Number(rows[0].checked), firstBrokenSeq: rows[0].seq, problem: rows[0].problem };
  const [{ n }] = await ctx.em.execute<Array<{ n: string }>>('select count(*) as n from audit_event where company_id = ?', [companyId]);
  return { ok: true, checked: Number(n), firstBrokenSeq: null, problem: null };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the filtered trail (at most 100,000 rows). */
export async function exportAuditCsv(ctx: RequestContext, filter: AuditFilter): Promise<string> {
  ctx.requireCompany();
  const rows = await ctx.em.find(AuditEvent, where(filter), { orderBy: { seq: 'asc' }, limit: 100_000 });
  const head = ['seq', 'at', 'user_email', 'role', 'channel', 'action', 'entity_type', 'entity_id', 'before', 'after', 'hash'];
  const lines = rows.map((r) => [r.seq, r.at, r.userEmail, r.roleName, r.channel, r.action, r.entityType, r.entityId, r.before, r.after, r.hash].map(csvCell).join(','));
  return [head.join(','), ...lines].join('\n') + '\n';
}
