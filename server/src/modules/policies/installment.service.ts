import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { PolicyInstallment } from './installment.entity.js';
import { addDays, periodsOf, splitOver } from './installments.js';
import { formatCents, parseCents } from './money.js';
import type { Policy } from './policy.entity.js';
import { billedInstallmentIds } from '../billing/billing-queries.service.js';

const cents = (v: string) => {
  const c = parseCents(v);
  if (c === null) throw new Error(`stored amount is not a decimal: ${v}`);
  return c;
};

/**
 * (Re)writes the schedule of a policy from its premium, frequency and cover (installments.ts).
 * Kept as they are: paid rows, billed rows (a premium receipt refers to them), and — for an endorsement effective on `from` — unpaid rows whose
 * period ends before that day (what was due under the earlier terms). The periods after the last
 * kept one share what the kept rows do not cover (net and taxes, remainder cents on the first new
 * row). When the kept rows reach the cover end, an endorsement's difference becomes one adjustment
 * row due on the effective date. CONFLICT when the kept rows already exceed the premium or no period
 * is left to carry the rest.
 */
export async function writeSchedule(ctx: RequestContext, policy: Policy, options: { from?: string } = {}): Promise<PolicyInstallment[]> {
  const existing = await ctx.em.find(PolicyInstallment, { policy: policy.id }, { orderBy: { seq: 'asc' } });
  const from = options.from;
  // kept like paid rows: installments already billed (a receipt refers to them; billing cancels by credit note)
  const billed = await billedInstallmentIds(ctx, existing.map((r) => r.id));
  const paid = existing.filter((r) => r.paidAt || billed.has(r.id) || (from !== undefined && r.periodEnd < from));
  const paidNet = paid.reduce((s, r) => s + cents(r.net), 0n);
  const paidTaxes = paid.reduce((s, r) => s + cents(r.taxes), 0n);
  const restNet = cents(policy.premiumNet) - paidNet;
  const restTaxes = cents(policy.premiumTaxes) - paidTaxes;
  if (restNet < 0n || restTaxes < 0n) {
    throw conflict(from ? 'The installments paid or due before the effective date already exceed the new premium.' : 'The paid installments already exceed the new premium.', { paidNet: formatCents(paidNet), paidTaxes: formatCents(paidTaxes) });
  }
  const lastPaidEnd = paid.reduce<string | null>((m, r) => (!m || r.periodEnd > m ? r.periodEnd : m), null);
  let periods = periodsOf(policy.paymentFrequency, policy.coverStart, policy.coverEnd);
  if (lastPaidEnd) {
    periods = periods.filter((p) => p.periodStart > lastPaidEnd);
    if (!periods.length && lastPaidEnd < policy.coverEnd) periods = [{ dueDate: addDays(lastPaidEnd, 1), periodStart: addDays(lastPaidEnd, 1), periodEnd: policy.coverEnd }];
    // an endorsement raising the premium of a policy paid to the end of its cover (annual, single):
    // one adjustment installment for the difference, due on the effective date, covering the rest of the cover
    else if (!periods.length && from && (restNet > 0n || restTaxes > 0n)) periods = [{ dueDate: from, periodStart: from, periodEnd: policy.coverEnd }];
  }
  if (!periods.length) {
    if (restNet === 0n && restTaxes === 0n) return paid;
    throw conflict('No unpaid period is left to carry the rest of the premium.', { paidNet: formatCents(paidNet), paidTaxes: formatCents(paidTaxes) });
  }
  for (const r of existing) if (!paid.includes(r)) ctx.em.remove(r);
  await ctx.em.flush();
  let seq = paid.reduce((m, r) => Math.max(m, r.seq), 0);
  const rows = splitOver(periods, restNet, restTaxes).map((p) =>
    ctx.em.create(PolicyInstallment, {
      company: policy.company,
      policy,
      seq: ++seq,
      dueDate: p.dueDate,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      net: formatCents(p.net),
      taxes: formatCents(p.taxes),
      gross: formatCents(p.gross),
      paidAt: null,
    }),
  );
  await ctx.em.flush();
  return [...paid, ...rows];
}
