import type { RequestContext } from '../../core/context.js';
import { companySortCollation } from './client-sort.js';

export interface LabelCount {
  label: string;
  count: number;
}

export interface ClientRef {
  clientId: string;
  displayName: string;
}

export interface ExpiringDocument extends ClientRef {
  documentId: string;
  type: string;
  number: string;
  expiryDate: string;
}

export interface ClientsDashboardData {
  byStatus: LabelCount[];
  byKind: LabelCount[];
  newPerMonth: LabelCount[];
  expiringDocuments: ExpiringDocument[];
  expiringDocumentsCount: number;
  prospectsWaiting: number;
  oldestProspectSince: Date | null;
  withoutIdentityDocument: number;
  withoutIdentityScan: number;
  missingScanSample: ClientRef[];
}

/**
 * The clients module's key figures (BASE-8), current when opened. Raw SQL (listed in
 * core/tenant-bypass.ts): aggregates of the active company, which row-level security enforces too.
 */
export async function clientsDashboard(ctx: RequestContext, expiringWithinDays = 60): Promise<ClientsDashboardData> {
  const c = ctx.requireCompany();
  const q = <T>(sql: string, params: unknown[]) => ctx.em.execute<T[]>(sql, params);
  // names in the company's ICU collation, as on the list page (a fixed collation name, never input)
  const collation = await companySortCollation(ctx);
  const [byStatus, byKind, perMonth, expiring, figures, missing] = await Promise.all([
    q<{ label: string; count: string }>(`select status as label, count(*) as count from client where company_id = ? and erased_at is null group by status order by status`, [c]),
    q<{ label: string; count: string }>(`select kind as label, count(*) as count from client where company_id = ? and erased_at is null and status <> 'hidden' group by kind order by kind`, [c]),
    q<{ label: string; count: string }>(
      `select to_char(m.month, 'YYYY-MM') as label, count(cl.id) as count
         from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') as m(month)
         left join client cl on cl.company_id = ? and cl.created_at >= m.month and cl.created_at < m.month + interval '1 month'
        group by m.month order by m.month`,
      [c],
    ),
    q<{ document_id: string; client_id: string; display_name: string; type: string; number: string; expiry_date: string; total: string }>(
      `select d.id as document_id, cl.id as client_id, cl.display_name, d.type, d.number, to_char(d.expiry_date, 'YYYY-MM-DD') as expiry_date,
              count(*) over () as total
         from client_identity_document d join client cl on cl.company_id = d.company_id and cl.id = d.client_id
        where d.company_id = ? and cl.status <> 'hidden'
          and d.expiry_date between (select app_company_today()) and (select app_company_today()) + make_interval(days => ?)
        order by d.expiry_date, cl.display_name collate ${collation} limit 50`,
      [c, expiringWithinDays],
    ),
    q<{ prospects: string; oldest: Date | null; without_document: string; without_scan: string }>(
      `select count(*) filter (where status = 'prospect') as prospects,
              min(created_at) filter (where status = 'prospect') as oldest,
              count(*) filter (where kind = 'person' and status <> 'hidden'
                and not exists (select 1 from client_identity_document d where d.company_id = cl.company_id and d.client_id = cl.id)) as without_document,
              count(*) filter (where kind = 'person' and status <> 'hidden'
                and not exists (select 1 from client_identity_document d where d.company_id = cl.company_id and d.client_id = cl.id and d.scan_document_id is not null)) as without_scan
         from client cl where company_id = ? and erased_at is null`,
      [c],
    ),
    q<{ client_id: string; display_name: string }>(
      `select cl.id as client_id, cl.display_name from client cl
        where cl.company_id = ? and cl.kind = 'person' and cl.status <> 'hidden' and cl.erased_at is null
          and not exists (select 1 from client_identity_document d where d.company_id = cl.company_id and d.client_id = cl.id and d.scan_document_id is not null)
        order by cl.display_name collate ${collation} limit 20`,
      [c],
    ),
  ]);
  const counts = (rows: Array<{ label: string; count: string }>) => rows.map((r) => ({ label: r.label, count: Number(r.count) }));
  const f = figures[0];
  return {
    byStatus: counts(byStatus),
    byKind: counts(byKind),
    newPerMonth: counts(perMonth),
    expiringDocuments: expiring.map((r) => ({ documentId: r.document_id, clientId: r.client_id, displayName: r.display_name, type: r.type, number: r.number, expiryDate: r.expiry_date })),
    expiringDocumentsCount: Number(expiring[0]?.total ?? 0),
    prospectsWaiting: Number(f.prospects),
    oldestProspectSince: f.oldest ? new Date(f.oldest) : null,
    withoutIdentityDocument: Number(f.without_document),
    withoutIdentityScan: Number(f.without_scan),
    missingScanSample: missing.map((r) => ({ clientId: r.client_id, displayName: r.display_name })),
  };
}
