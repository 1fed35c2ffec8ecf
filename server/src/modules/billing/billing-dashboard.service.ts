import type { RequestContext } from '../../core/context.js';
import { money } from '../ledger/ledger-sql.js';
import type { AgeBucket, BillingDashboard } from './billing.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * The billing dashboard (issue #13 §5): receivables by age, due vs collected per month, and per
 * insurer what is owed and what the separate premium account holds.
 *
 * OPEN_RECEIPTS is the one place that says which receipts are still open: not cancelled by a credit
 * note and with something left after their active allocations (view receipt_open_item, migration 0020:
 * gross − Σ allocations of payments, an undone allocation no longer counting).
 */
const OPEN_RECEIPTS = `
  select o.receipt_id as id, o.due_date, o.open_amount
    from receipt_open_item o
   where o.company_id = ? and o.open_amount > 0`;

type BucketRow = { bucket: string; n: string; amount: string };
type MonthRow = { month: string; due: string; collected: string };
type InsurerRow = { id: string; name: string; payable: string; premium: string };

export async function billingDashboard(ctx: RequestContext, day?: string): Promise<BillingDashboard> {
  const today = day ?? (await companyToday(ctx));
  const companyId = ctx.requireCompany();
  const buckets = await ctx.em.execute<BucketRow[]>(
    `select b.bucket, count(o.id) as n, coalesce(sum(o.open_amount), 0) as amount
       from (values ('not_due', 1), ('days_0_30', 2), ('days_31_60', 3), ('days_61_90', 4), ('over_90', 5)) as b(bucket, ord)
       left join (${OPEN_RECEIPTS}) o on b.bucket = case
         when o.due_date > ?::date then 'not_due'
         when ?::date - o.due_date <= 30 then 'days_0_30'
         when ?::date - o.due_date <= 60 then 'days_31_60'
         when ?::date - o.due_date <= 90 then 'days_61_90'
         else 'over_90' end
      group by b.bucket, b.ord order by b.ord`,
    [companyId, today, today, today, today],
  );
  const months = await ctx.em.execute<MonthRow[]>(
    `select to_char(m.month, 'YYYY-MM') as month,
            coalesce(sum(d.gross), 0) as due,
            coalesce(sum(o.allocated), 0) as collected
       from generate_series(date_trunc('month', ?::date) - interval '11 months', date_trunc('month', ?::date), interval '1 month') as m(month)
       left join premium_document d on d.company_id = ? and d.kind = 'receipt' and date_trunc('month', d.due_date) = m.month
            and not exists (select 1 from premium_document c where c.company_id = d.company_id and c.credits_id = d.id)
       left join receipt_open_item o on o.company_id = d.company_id and o.receipt_id = d.id
      group by m.month order by m.month`,
    [today, today, companyId],
  );
  const insurers = await ctx.em.execute<InsurerRow[]>(
    `select ins.id, ins.name,
            coalesce(sum(l.credit - l.debit) filter (where a.role = 'insurers_payable'), 0) as payable,
            coalesce(sum(l.debit - l.credit) filter (where a.role = 'premium_account'), 0) as premium
       from insurer ins
       left join journal_line l on l.company_id = ins.company_id and l.insurer_id = ins.id
       left join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
      where ins.company_id = ?
      group by ins.id, ins.name order by ins.name`,
    [companyId],
  );
  return {
    receivablesByAge: buckets.map((b) => ({ bucket: b.bucket as AgeBucket, count: Number(b.n), amount: money(b.amount) })),
    collectedVsDue: months.map((m) => ({ month: m.month, due: money(m.due), collected: money(m.collected) })),
    premiumAccountByInsurer: insurers.map((r) => ({ insurerId: r.id, insurerName: r.name, payable: money(r.payable), premiumAccount: money(r.premium) })),
  };
}
