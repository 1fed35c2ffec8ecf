import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict } from '../../core/errors.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { amountIssue, formatCents, parseCents } from '../policies/money.js';
import { UUID, dbCents, money, notFoundFields } from '../ledger/ledger-sql.js';
import { paymentRow } from './payment.service.js';
import { MatchReason, type AllocationInput, type MatchSuggestion, type OpenItem, type PaymentAllocation } from './payments.types.js';

/**
 * Matching payments against receipts (LE-2), the way Odoo's partial reconciliations and ERPNext's
 * payment ledger work: an allocation is a row (payment, receipt, amount), never changed; undoing one is
 * a new row referencing it (an audited event), the others stay. The open amount of a receipt and what a
 * payment has left are derived in SQL (views receipt_open_item, payment_open_item, migration 0020).
 *
 * Concurrency: before reading any open amount, a matching locks the money_open_item rows of its payment
 * and receipts FOR UPDATE, in id order (no deadlock between two matchings of overlapping receipts); the
 * second waits for the first to commit and then reads what the first allocated. The database trigger
 * payment_allocation_check refuses any allocation beyond the open amount or the payment's remainder as
 * well.
 */
const uuidArray = (ids: string[]) => `{${[...new Set(ids)].join(',')}}`;

/** Locks the open-item rows of a payment and receipts (created on first use), in a stable order. */
export async function lockOpenItems(ctx: RequestContext, paymentIds: string[], receiptIds: string[]): Promise<void> {
  const companyId = ctx.requireCompany();
  await ctx.em.execute(
    `insert into money_open_item (company_id, receipt_id, payment_id)
     select ?::uuid, k.receipt_id, k.payment_id
       from (select unnest(?::uuid[]) as receipt_id, null::uuid as payment_id union all select null, unnest(?::uuid[])) k
      order by coalesce(k.receipt_id, k.payment_id)
     on conflict do nothing`,
    [companyId, uuidArray(receiptIds), uuidArray(paymentIds)],
  );
  await ctx.em.execute(
    `select id from money_open_item where company_id = ? and (receipt_id = any(?::uuid[]) or payment_id = any(?::uuid[])) order by coalesce(receipt_id, payment_id) for update`,
    [companyId, uuidArray(receiptIds), uuidArray(paymentIds)],
  );
}

interface OpenRow {
  receipt_id: string;
  receipt_number: string;
  client_id: string;
  client_name: string;
  policy_number: string;
  insurer_name: string;
  due_date: string;
  gross: string;
  allocated: string;
  open_amount: string;
  credited: boolean;
}

/** Open items (receipts) with their open amount: one statement over the view receipt_open_item. */
export const OPEN_ITEM_SELECT = `
  select o.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, o.client_id, c.display_name as client_name,
         p.number as policy_number, i.name as insurer_name, to_char(o.due_date, 'YYYY-MM-DD') as due_date, o.gross, o.allocated, o.open_amount, o.credited
    from receipt_open_item o
    join premium_document d on d.company_id = o.company_id and d.id = o.receipt_id
    join client c on c.company_id = o.company_id and c.id = o.client_id
    join policy p on p.company_id = o.company_id and p.id = o.policy_id
    join insurer i on i.company_id = o.company_id and i.id = o.insurer_id`;

export const toOpenItem = (r: OpenRow): OpenItem => ({
  receiptId: r.receipt_id,
  receiptNumber: r.receipt_number,
  clientId: r.client_id,
  clientName: r.client_name,
  policyNumber: r.policy_number,
  insurerName: r.insurer_name,
  dueDate: r.due_date,
  gross: money(r.gross),
  allocated: money(r.allocated),
  openAmount: money(r.open_amount),
});

/**
 * Allocates a payment to receipts (right collections:create), partially where the amount is less than
 * the open amount; what the payment keeps stays the client's credit. All or nothing: any refused row
 * names its field and nothing is written.
 */
export async function matchPayment(ctx: RequestContext, paymentId: string, allocations: AllocationInput[]): Promise<void> {
  const companyId = ctx.requireCompany();
  await paymentRow(ctx, paymentId, 'paymentId');
  const list = allocations ?? [];
  const ids = list.map((a) => a.receiptId).filter((id) => UUID.test(id ?? ''));
  const readOpen = async () =>
    new Map((ids.length ? await ctx.em.execute<OpenRow[]>(`${OPEN_ITEM_SELECT} where o.company_id = ? and o.receipt_id = any(?::uuid[])`, [companyId, uuidArray(ids)]) : []).map((r) => [r.receipt_id, r]));
  const found = await readOpen();
  const missing: FieldIssue[] = [];
  list.forEach((a, i) => {
    if (!found.has(a.receiptId)) missing.push({ field: `allocations.${i}.receiptId`, reason: 'not_found', message: 'No such receipt in this company.' });
  });
  if (missing.length) throw notFoundFields(missing);
  // lock, then read again: a concurrent matching of the same receipts or payment has committed by now
  await lockOpenItems(ctx, [paymentId], [...found.keys()]);
  const payment = await paymentRow(ctx, paymentId, 'paymentId');
  const byId = await readOpen();

  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  if (!list.length) add('allocations', 'required', 'At least one receipt to match.');
  if (list.length > 200) add('allocations', 'too_many', 'At most 200 receipts at once.');
  let left = dbCents(payment.remaining);
  const seen = new Set<string>();
  const amounts: bigint[] = [];
  list.forEach((a, i) => {
    const p = `allocations.${i}`;
    const r = byId.get(a.receiptId)!;
    if (seen.has(a.receiptId)) add(`${p}.receiptId`, 'duplicate', 'This receipt is listed twice.');
    seen.add(a.receiptId);
    if (r.client_id !== payment.client_id) return add(`${p}.receiptId`, 'other_client', `Receipt ${r.receipt_number} belongs to ${r.client_name}, not to the payer.`);
    if (r.credited) return add(`${p}.receiptId`, 'cancelled', `Receipt ${r.receipt_number} has been cancelled by a credit note.`);
    const ai = amountIssue(a.amount ?? '');
    if (ai) return add(`${p}.amount`, ai.reason, ai.message);
    const cents = parseCents(a.amount)!;
    amounts[i] = cents;
    if (cents === 0n) return add(`${p}.amount`, 'zero', 'An amount above zero.');
    const open = dbCents(r.open_amount);
    if (cents > open) return add(`${p}.amount`, 'exceeds_open_amount', `Receipt ${r.receipt_number} has ${formatCents(open)} open.`);
    if (cents > left) return add(`${p}.amount`, 'exceeds_payment_remaining', `The payment has ${formatCents(left < 0n ? 0n : left)} left to allocate.`);
    left -= cents;
  });
  if (issues.length) throw badInput(issues);
  await ctx.em.execute(
    `insert into payment_allocation (company_id, payment_id, receipt_id, amount, created_by)
     select ?::uuid, ?::uuid, a.receipt_id, a.amount, ?::uuid from json_to_recordset(?::json) as a(receipt_id uuid, amount numeric)`,
    [companyId, paymentId, ctx.user?.id ?? null, JSON.stringify(list.map((a, i) => ({ receipt_id: a.receiptId, amount: formatCents(amounts[i]) })))],
  );
}

interface AllocationRow {
  id: string;
  payment_id: string;
  receipt_id: string;
  receipt_number: string;
  policy_number: string;
  amount: string;
  created_at: Date;
  created_by_name: string | null;
  undo_id: string | null;
  undone_at: Date | null;
  undone_by_name: string | null;
  undo_reason: string | null;
}

const ALLOCATION_SELECT = `
  select a.id, a.payment_id, a.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, p.number as policy_number, a.amount,
         a.created_at, cu.display_name as created_by_name, u.id as undo_id, u.created_at as undone_at, uu.display_name as undone_by_name, u.reason as undo_reason
    from payment_allocation a
    join premium_document d on d.company_id = a.company_id and d.id = a.receipt_id
    join policy p on p.company_id = d.company_id and p.id = d.policy_id
    left join app_user cu on cu.id = a.created_by
    left join payment_allocation u on u.company_id = a.company_id and u.undoes_id = a.id
    left join app_user uu on uu.id = u.created_by`;

const toAllocation = (r: AllocationRow): PaymentAllocation => ({
  id: r.id,
  paymentId: r.payment_id,
  receiptId: r.receipt_id,
  receiptNumber: r.receipt_number,
  policyNumber: r.policy_number,
  amount: money(r.amount),
  createdAt: new Date(r.created_at),
  createdByName: r.created_by_name,
  active: r.undo_id === null,
  undoneAt: r.undone_at ? new Date(r.undone_at) : null,
  undoneByName: r.undone_by_name,
  undoReason: r.undo_reason,
});

/** A payment's allocations, oldest first, undone ones included (the history). */
export async function paymentAllocations(ctx: RequestContext, paymentId: string): Promise<PaymentAllocation[]> {
  const rows = await ctx.em.execute<AllocationRow[]>(`${ALLOCATION_SELECT} where a.company_id = ? and a.payment_id = ? and a.undoes_id is null order by a.created_at, d.year, d.number, a.id`, [
    ctx.requireCompany(),
    paymentId,
  ]);
  return rows.map(toAllocation);
}

/**
 * Undoes ONE allocation (right collections:edit): a new row referencing it, with the reason, and an
 * audit event; the payment's other allocations stay. An allocation is undone once (CONFLICT; unique
 * undoes_id). A receipt already remitted to its insurer keeps its allocations until the remittance is
 * cancelled.
 */
export async function undoAllocation(ctx: RequestContext, allocationId: string, reasonArg: string): Promise<string> {
  const companyId = ctx.requireCompany();
  const find = async () =>
    UUID.test(allocationId ?? '')
      ? (await ctx.em.execute<AllocationRow[]>(`${ALLOCATION_SELECT} where a.company_id = ? and a.id = ? and a.undoes_id is null`, [companyId, allocationId]))[0]
      : undefined;
  const first = await find();
  if (!first) throw notFoundFields([{ field: 'allocationId', reason: 'not_found', message: 'No such allocation in this company.' }]);
  const reason = reasonArg?.trim() ?? '';
  if (!reason) throw badInput([{ field: 'reason', reason: 'required', message: 'Why is the allocation undone?' }]);
  if (reason.length > 500) throw badInput([{ field: 'reason', reason: 'too_long', message: 'At most 500 characters.' }]);
  await lockOpenItems(ctx, [first.payment_id], [first.receipt_id]);
  const a = (await find())!;
  if (a.undo_id) throw conflict('This allocation has already been undone.', { undoneAt: a.undone_at });
  const [remitted] = await ctx.em.execute<Array<{ id: string }>>(`select remittance_id as id from remittance_item where company_id = ? and receipt_id = ? and active`, [companyId, a.receipt_id]);
  if (remitted) throw conflict('The receipt has been remitted to its insurer: cancel the remittance first.', { remittanceId: remitted.id });
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into payment_allocation (company_id, payment_id, receipt_id, amount, undoes_id, reason, created_by)
     select company_id, payment_id, receipt_id, amount, id, ?, ? from payment_allocation where company_id = ? and id = ? returning id`,
    [reason, ctx.user?.id ?? null, companyId, a.id],
  );
  await insertAuditRows(ctx.em, ctx.actor(), [
    {
      companyId,
      action: 'undo',
      entityType: 'PaymentAllocation',
      entityId: a.id,
      before: { paymentId: a.payment_id, receiptId: a.receipt_id, receiptNumber: a.receipt_number, amount: money(a.amount), active: true },
      after: { active: false, reason, undoRowId: row.id },
    },
  ]);
  return a.payment_id;
}

/**
 * Open receipts suggested for a payment, best first: its reference names the receipt ("Q 2026/17",
 * "2026/17") or the policy number (4), the open amount equals what the payment has left (2), the
 * receipt is the payer's (1). Other clients' receipts appear only on a reference or amount hit (a payer
 * recorded wrongly); only the payer's can be matched.
 */
export async function suggestMatches(ctx: RequestContext, paymentId: string, first = 20): Promise<MatchSuggestion[]> {
  const companyId = ctx.requireCompany();
  const payment = await paymentRow(ctx, paymentId, 'paymentId');
  const rows = await ctx.em.execute<Array<OpenRow & { by_reference: boolean; by_amount: boolean; by_client: boolean }>>(
    `select s.* from (
       select x.*,
              (x.ref <> '' and (x.ref ~ ('(^|[^0-9])' || split_part(x.receipt_number, ' ', 2) || '([^0-9]|$)') or position(lower(x.policy_number) in x.ref) > 0)) as by_reference,
              x.open_amount = ?::numeric as by_amount,
              x.client_id = ?::uuid as by_client
         from (select o.*, lower(coalesce(?::text, '')) as ref from (${OPEN_ITEM_SELECT} where o.company_id = ? and o.open_amount > 0) o) x
       ) s
      where s.by_client or s.by_reference or s.by_amount
      order by (case when s.by_reference then 4 else 0 end + case when s.by_amount then 2 else 0 end + case when s.by_client then 1 else 0 end) desc, s.due_date, s.receipt_number
      limit ?`,
    [payment.remaining, payment.client_id, payment.reference ?? '', companyId, Math.min(Math.max(first, 1), 100)],
  );
  return rows.map((r) => {
    const reasons: MatchReason[] = [];
    if (r.by_reference) reasons.push(MatchReason.REFERENCE);
    if (r.by_amount) reasons.push(MatchReason.AMOUNT);
    if (r.by_client) reasons.push(MatchReason.CLIENT);
    return { ...toOpenItem(r), score: (r.by_reference ? 4 : 0) + (r.by_amount ? 2 : 0) + (r.by_client ? 1 : 0), reasons };
  });
}
