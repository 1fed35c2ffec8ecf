import type { RequestContext } from '../../../core/context.js';

export interface DayCount {
  day: string;
  count: number;
}

export interface BaseDashboard {
  activeUsers: number;
  inactiveUsers: number;
  signInsPerDay: DayCount[];
  failedSignIns: number;
  openSupportGrants: number;
  auditEventsToday: number;
}

/**
 * The base module's key figures (BASE-8), current when opened. Raw SQL (listed in
 * core/tenant-bypass.ts): sign-ins are platform rows, joined with this company's memberships, which
 * row-level security already limits to the active company.
 */
export async function baseDashboard(ctx: RequestContext, days = 30): Promise<BaseDashboard> {
  const companyId = ctx.requireCompany();
  const [figures] = await ctx.em.execute<Array<Record<string, string>>>(
    `select
       (select count(*) from membership where company_id = ? and active) as active_users,
       (select count(*) from membership where company_id = ? and not active) as inactive_users,
       (select count(*) from login_event l join membership m on m.user_id = l.user_id and m.company_id = ?
          where not l.success and l.at > now() - make_interval(days => ?)) as failed,
       (select count(*) from support_grant where company_id = ? and revoked_at is null and expires_at > now()) as grants,
       (select count(*) from audit_event where company_id = ? and at >= date_trunc('day', now())) as audit_today`,
    [companyId, companyId, companyId, days, companyId, companyId],
  );
  const perDay = await ctx.em.execute<Array<{ day: string; count: string }>>(
    `select to_char(d.day, 'YYYY-MM-DD') as day, count(l.id) as count
       from generate_series(date_trunc('day', now()) - make_interval(days => ?), date_trunc('day', now()), interval '1 day') as d(day)
       left join (login_event l join membership m on m.user_id = l.user_id and m.company_id = ?)
         on l.success and l.at >= d.day and l.at < d.day + interval '1 day'
      group by d.day order by d.day`,
    [days - 1, companyId],
  );
  return {
    activeUsers: Number(figures.active_users),
    inactiveUsers: Number(figures.inactive_users),
    failedSignIns: Number(figures.failed),
    openSupportGrants: Number(figures.grants),
    auditEventsToday: Number(figures.audit_today),
    signInsPerDay: perDay.map((r) => ({ day: r.day, count: Number(r.count) })),
  };
}
