import type { RequestContext } from '../../core/context.js';
import { formatCents } from '../policies/money.js';
import { dbCents } from '../ledger/ledger-sql.js';
import type { LineCode } from '../policies/policy.enums.js';
import { ClaimStatus } from './claim.enums.js';
import { OPEN_STATUSES } from './claim-status.js';
import { ClaimAgeBucket, type ClaimsDashboard } from './claim.types.js';

/**
 * The claims module's key figures (BASE-8), current when opened: open claims by status and age
 * (days since reported), the reserves of open claims (current and still unpaid), paid in total, and
 * claims per line of business. Raw SQL (listed in core/tenant-bypass.ts): aggregates of the active
 * company, which row-level security enforces too. Sums stay numeric in SQL and exact in bigint cents.
 */
const BUCKETS: Array<[ClaimAgeBucket, number, number | null]> = [
  [ClaimAgeBucket.DAYS_0_30, 0, 30],
  [ClaimAgeBucket.DAYS_31_90, 31, 90],
  [ClaimAgeBucket.DAYS_91_180, 91, 180],
  [ClaimAgeBucket.DAYS_181_PLUS, 181, null],
];

export async function claimsDashboard(ctx: RequestContext): Promise<ClaimsDashboard> {
  const c = ctx.requireCompany();
  const q = <T>(sql: string, params: unknown[]) => ctx.em.execute<T[]>(sql, params);
  const open = [...OPEN_STATUSES];
  // a PostgreSQL array literal (the driver would expand a JS array into a list)
  const openArr = `{${open.join(',')}}`;
  const [byStatus, ages, money, lines] = await Promise.all([
    q<{ status: string; count: string }>(`select status, count(*) as count from claim where company_id = ? group by status`, [c]),
    q<{ status: string; age: number; count: number }>(
      `select status, ((select app_company_today()) - (reported_at at time zone (select app_company_time_zone()))::date) as age, count(*)::int as count from claim where company_id = ? and status = any(?::text[]) group by 1, 2`,
      [c, openArr],
    ),
    q<{ reserves: string | null; outstanding: string | null; paid: string | null }>(
      `with per_claim as (
         select cl.status,
                coalesce((select m.amount from claim_money m where m.company_id = cl.company_id and m.claim_id = cl.id and m.kind = 'reserve' order by m.seq desc limit 1), 0) as reserve,
                coalesce((select sum(m.amount) from claim_money m where m.company_id = cl.company_id and m.claim_id = cl.id and m.kind = 'payment'), 0) as paid
           from claim cl where cl.company_id = ?)
       select sum(reserve) filter (where status = any(?::text[]))::text as reserves,
              sum(greatest(reserve - paid, 0)) filter (where status = any(?::text[]))::text as outstanding,
              sum(paid)::text as paid
         from per_claim`,
      [c, openArr, openArr],
    ),
    q<{ code: string | null; name: string | null; count: string; open: string }>(
      `select l.code, l.name, count(*) as count, count(*) filter (where cl.status = any(?::text[])) as open
         from claim cl
         left join policy p on p.company_id = cl.company_id and p.id = cl.policy_id
         left join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
        where cl.company_id = ?
        group by l.code, l.name
        order by count(*) desc, l.code nulls last`,
      [openArr, c],
    ),
  ]);
  const counts = new Map(byStatus.map((r) => [r.status, Number(r.count)]));
  const matrix = open.flatMap((status) =>
    BUCKETS.map(([bucket, from, to]) => ({
      status,
      ageBucket: bucket,
      count: ages
        .filter((r) => r.status === status && r.age >= from && (to === null || r.age <= to))
        .reduce((s, r) => s + Number(r.count), 0),
    })),
  );
  const exact = (v: string | null | undefined) => formatCents(dbCents(v));
  return {
    byStatus: Object.values(ClaimStatus).map((status) => ({ status, count: counts.get(status) ?? 0 })),
    openByStatusAndAge: matrix,
    openTotal: open.reduce((s, st) => s + (counts.get(st) ?? 0), 0),
    reservesTotal: exact(money[0]?.reserves),
    reservesOutstanding: exact(money[0]?.outstanding),
    paidTotal: exact(money[0]?.paid),
    byLine: lines.map((l) => ({ lineCode: (l.code as LineCode | null) ?? null, lineName: l.name, count: Number(l.count), open: Number(l.open) })),
  };
}
