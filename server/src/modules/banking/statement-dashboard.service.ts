import type { RequestContext } from '../../core/context.js';
import { money } from '../ledger/ledger-sql.js';
import type { DirectDebitMonth } from './statement.types.js';

/**
 * The billing dashboard's direct-debit tile (issue #14 §6): per month of collection date, the collections
 * of the SEPA runs, their volume, how many were returned (pain.002 / camt.054) and why — from the runs
 * and returns already stored, one statement.
 */
export async function directDebitMonths(ctx: RequestContext, months = 12): Promise<DirectDebitMonth[]> {
  const rows = await ctx.em.execute<Array<{ month: string; collections: string; volume: string; returned: string; rate: string; reasons: Array<{ code: string; n: number }> | null }>>(
    `with m as (
       select to_char(i.collection_date, 'YYYY-MM') as month, i.amount, x.reason_code
         from bank_run_item i left join bank_return x on x.company_id = i.company_id and x.item_id = i.id
        where i.company_id = ?)
     select m.month, count(*) as collections, sum(m.amount) as volume, count(m.reason_code) as returned,
            round(100.0 * count(m.reason_code) / count(*), 1) as rate,
            (select json_agg(json_build_object('code', r.reason_code, 'n', r.n) order by r.n desc, r.reason_code)
               from (select reason_code, count(*) as n from m m2 where m2.month = m.month and m2.reason_code is not null group by reason_code) r) as reasons
       from m group by m.month order by m.month desc limit ?`,
    [ctx.requireCompany(), Math.min(Math.max(months, 1), 36)],
  );
  return rows.map((r) => ({
    month: r.month,
    collections: Number(r.collections),
    volume: money(r.volume),
    returned: Number(r.returned),
    returnRate: Number(r.rate).toFixed(1),
    reasons: (r.reasons ?? []).map((x) => ({ reasonCode: x.code, count: Number(x.n) })),
  }));
}
