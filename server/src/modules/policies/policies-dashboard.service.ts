import type { RequestContext } from '../../core/context.js';

/** A group of the portfolio: its key (line code or insurer id), its name, count and gross premium. */
export interface PortfolioGroup {
  key: string;
  name: string;
  count: number;
  premiumGross: string;
}

export interface MonthFigure {
  month: string;
  count: number;
  premiumGross: string;
}

export interface PoliciesDashboardData {
  inForce: number;
  inForceGross: string;
  byLine: PortfolioGroup[];
  byInsurer: PortfolioGroup[];
  renewalsDue30: number;
  renewalsDue60: number;
  renewalsDue90: number;
  newBusinessPerMonth: MonthFigure[];
  lapsed: number;
  lapseBase: number;
  lapseRate: string;
}

/**
 * The statuses of a contract in force (PL-1): a policy issued (policy, own) or kept for after-sales
 * service (foreign, foreign_part). Requests, offers, applications, blocked, dormant and cancelled
 * policies are not portfolio.
 */
export const IN_FORCE_STATUSES = ['policy', 'own', 'foreign', 'foreign_part'];
const IN_FORCE = `p.status in ('policy', 'own', 'foreign', 'foreign_part') and p.cover_start <= (select app_company_today()) and p.cover_end >= (select app_company_today())`;

/**
 * The policies module's key figures (BASE-8), set-based and current when opened. Raw SQL (listed in
 * core/tenant-bypass.ts): aggregates of the active company, which row-level security enforces too.
 * - portfolio: policies in force today (IN_FORCE_STATUSES, cover including today), by line and insurer;
 * - renewals due: policies in force whose cover ends within 30/60/90 days (each figure includes the shorter ones);
 * - new business: own contracts (not foreign; no requests, offers or applications) by the month of their issue date
 *   (cover start when none), last 12 months;
 * - lapse rate: of the policies whose cover ran at any time in the last 12 months, the share cancelled (percent, two decimals).
 */
export async function policiesDashboard(ctx: RequestContext): Promise<PoliciesDashboardData> {
  const c = ctx.requireCompany();
  const q = <T>(sql: string, params: unknown[]) => ctx.em.execute<T[]>(sql, params);
  type Group = { key: string; name: string; count: string; gross: string };
  const [byLine, byInsurer, figures, perMonth] = await Promise.all([
    q<Group>(
      `select l.code as key, l.name, count(p.id) as count, coalesce(sum(p.premium_gross), 0)::text as gross
         from line_of_business l left join policy p on p.company_id = l.company_id and p.line_id = l.id and ${IN_FORCE}
        where l.company_id = ? group by l.id, l.code, l.name order by count(p.id) desc, l.name`,
      [c],
    ),
    q<Group>(
      `select i.id::text as key, i.name, count(p.id) as count, coalesce(sum(p.premium_gross), 0)::text as gross
         from insurer i join policy p on p.company_id = i.company_id and p.insurer_id = i.id and ${IN_FORCE}
        where i.company_id = ? group by i.id, i.name order by count(p.id) desc, i.name`,
      [c],
    ),
    q<{ in_force: string; gross: string; d30: string; d60: string; d90: string; lapsed: string; base: string; rate: string }>(
      `select count(*) filter (where ${IN_FORCE}) as in_force,
              coalesce(sum(p.premium_gross) filter (where ${IN_FORCE}), 0)::text as gross,
              count(*) filter (where ${IN_FORCE} and p.cover_end < (select app_company_today()) + 30) as d30,
              count(*) filter (where ${IN_FORCE} and p.cover_end < (select app_company_today()) + 60) as d60,
              count(*) filter (where ${IN_FORCE} and p.cover_end < (select app_company_today()) + 90) as d90,
              count(*) filter (where p.cover_end >= (select app_company_today()) - interval '12 months' and p.cover_start <= (select app_company_today()) and p.status = 'cancelled') as lapsed,
              count(*) filter (where p.cover_end >= (select app_company_today()) - interval '12 months' and p.cover_start <= (select app_company_today())
                                 and p.status in ('policy', 'own', 'foreign', 'foreign_part', 'blocked', 'dormant', 'cancelled')) as base
         from policy p where p.company_id = ?`,
      [c],
    ),
    q<{ month: string; count: string; gross: string }>(
      `select to_char(m.month, 'YYYY-MM') as month, count(p.id) as count, coalesce(sum(p.premium_gross), 0)::text as gross
         from generate_series(date_trunc('month', (select app_company_today())) - interval '11 months', date_trunc('month', (select app_company_today())), interval '1 month') as m(month)
         left join policy p on p.company_id = ? and not p.foreign_business and p.status not in ('request', 'info', 'offer', 'application')
              and coalesce(p.issue_date, p.cover_start) >= m.month and coalesce(p.issue_date, p.cover_start) < m.month + interval '1 month'
        group by m.month order by m.month`,
      [c],
    ),
  ]);
  const f = figures[0];
  const groups = (rows: Group[]) => rows.map((r) => ({ key: r.key, name: r.name, count: Number(r.count), premiumGross: money(r.gross) }));
  const lapsed = Number(f.lapsed);
  const base = Number(f.base);
  return {
    inForce: Number(f.in_force),
    inForceGross: money(f.gross),
    byLine: groups(byLine),
    byInsurer: groups(byInsurer),
    renewalsDue30: Number(f.d30),
    renewalsDue60: Number(f.d60),
    renewalsDue90: Number(f.d90),
    newBusinessPerMonth: perMonth.map((r) => ({ month: r.month, count: Number(r.count), premiumGross: money(r.gross) })),
    lapsed,
    lapseBase: base,
    lapseRate: percent(lapsed, base),
  };
}

/** numeric text from PostgreSQL with exactly two decimals ("12.5" → "12.50", "0" → "0.00"). */
function money(v: string): string {
  const [int, dec = ''] = v.split('.');
  return `${int}.${dec.padEnd(2, '0').slice(0, 2)}`;
}

/** part / whole as a percentage with two decimals, rounded half up, in integers (no floating point). */
export function percent(part: number, whole: number): string {
  if (!whole) return '0.00';
  const hundredths = (BigInt(part) * 10000n * 2n + BigInt(whole)) / (BigInt(whole) * 2n);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}
