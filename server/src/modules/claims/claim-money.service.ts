import type { RequestContext } from '../../core/context.js';
import { badInput, conflict } from '../../core/errors.js';
import type { FieldIssue } from '@agency/shared';
import { amountIssue, type Cents, formatCents, parseCents } from '../policies/money.js';
import { Claim, ClaimMoney } from './claim.entity.js';
import { ClaimMoneyKind } from './claim.enums.js';
import type { ClaimMoneyInput } from './claim.inputs.js';
import { PAYMENT_STATUSES, RESERVE_STATUSES } from './claim-status.js';
import { isRealDate as isDate } from '../../core/dates.js';
import type { ClaimMoneyEntry, ClaimTotals } from './claim.types.js';
import { getClaim } from './claim.service.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * Reserves and payments of a claim, exact to the cent (bigint cents between numeric(14,2) and the
 * `Decimal` strings). A reserve entry sets the reserve to a new amount; a payment adds to what is
 * paid. The reserve never drops below what is paid, and a payment never takes the paid total above the
 * reserve (raise the reserve first). Rows are written under a lock on the claim, so two payments at
 * once cannot both pass the check.
 */

export interface Running {
  entries: ClaimMoneyEntry[];
  reserve: Cents;
  paid: Cents;
}

/** The entries in order with the running totals after each one. */
export function runningTotals(rows: ClaimMoney[]): Running {
  let reserve = 0n;
  let paid = 0n;
  const entries = [...rows]
    .sort((a, b) => a.seq - b.seq)
    .map((r) => {
      const amount = parseCents(String(r.amount))!;
      if (r.kind === ClaimMoneyKind.RESERVE) reserve = amount;
      else paid += amount;
      return {
        id: r.id,
        seq: r.seq,
        kind: r.kind,
        amount: formatCents(amount),
        entryDate: r.entryDate,
        payee: r.payee ?? null,
        note: r.note ?? null,
        createdBy: r.createdBy ?? null,
        createdAt: r.createdAt,
        reserveAfter: formatCents(reserve),
        paidAfter: formatCents(paid),
        outstandingAfter: formatCents(reserve > paid ? reserve - paid : 0n),
      };
    });
  return { entries, reserve, paid };
}

export function totalsOf(r: Running): ClaimTotals {
  return { reserveCurrent: formatCents(r.reserve), paidTotal: formatCents(r.paid), outstandingReserve: formatCents(r.reserve > r.paid ? r.reserve - r.paid : 0n) };
}

function checkEntry(claim: Claim, input: ClaimMoneyInput, kind: ClaimMoneyKind, today: string): { issues: FieldIssue[]; amount: Cents; entryDate: string; payee: string | null; note: string | null } {
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  const ai = amountIssue(String(input.amount ?? ''));
  const amount = ai ? 0n : parseCents(input.amount)!;
  if (ai) add('amount', ai.reason, ai.message);
  else if (kind === ClaimMoneyKind.PAYMENT && amount === 0n) add('amount', 'zero', 'A payment is more than zero.');
  const entryDate = input.entryDate?.trim() || today;
  if (!isDate(entryDate)) add('entryDate', 'invalid_date', 'A date YYYY-MM-DD.');
  else if (entryDate > today) add('entryDate', 'in_future', 'Not in the future.');
  else if (entryDate < claim.lossDate) add('entryDate', 'before_loss', 'Not before the date of the loss.');
  const payee = input.payee?.trim() || null;
  if (kind === ClaimMoneyKind.PAYMENT && !payee) add('payee', 'required', 'Who was paid?');
  else if (payee && payee.length > 200) add('payee', 'too_long', 'At most 200 characters.');
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) add('note', 'too_long', 'At most 2000 characters.');
  return { issues, amount, entryDate, payee, note };
}

async function record(ctx: RequestContext, id: string, input: ClaimMoneyInput, kind: ClaimMoneyKind): Promise<Claim> {
  const claim = await getClaim(ctx, id, true);
  const statuses = kind === ClaimMoneyKind.RESERVE ? RESERVE_STATUSES : PAYMENT_STATUSES;
  if (!statuses.includes(claim.status)) {
    throw conflict(`A ${kind} cannot be recorded on a claim in status ${claim.status}; allowed in: ${statuses.join(', ')}.`, { status: claim.status, allowedIn: [...statuses] });
  }
  const v = checkEntry(claim, input, kind, await companyToday(ctx));
  const rows = await ctx.em.find(ClaimMoney, { claim: claim.id });
  const now = runningTotals(rows);
  if (!v.issues.some((i) => i.field === 'amount')) {
    if (kind === ClaimMoneyKind.RESERVE && v.amount < now.paid) {
      v.issues.push({ field: 'amount', reason: 'below_paid', message: `The reserve cannot be less than what is already paid (${formatCents(now.paid)}).` });
    }
    if (kind === ClaimMoneyKind.PAYMENT && now.paid + v.amount > now.reserve) {
      v.issues.push({ field: 'amount', reason: 'exceeds_reserve', message: `The payment exceeds the outstanding reserve (${formatCents(now.reserve - now.paid)}); raise the reserve first.` });
    }
  }
  if (v.issues.length) throw badInput(v.issues);
  ctx.em.create(ClaimMoney, {
    company: claim.company,
    claim,
    seq: rows.reduce((m, r) => Math.max(m, r.seq), 0) + 1,
    kind,
    amount: formatCents(v.amount),
    entryDate: v.entryDate,
    payee: v.payee,
    note: v.note,
    createdBy: ctx.user?.id ?? null,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  return claim;
}

export const setClaimReserve = (ctx: RequestContext, id: string, input: ClaimMoneyInput) => record(ctx, id, input, ClaimMoneyKind.RESERVE);
export const addClaimPayment = (ctx: RequestContext, id: string, input: ClaimMoneyInput) => record(ctx, id, input, ClaimMoneyKind.PAYMENT);
