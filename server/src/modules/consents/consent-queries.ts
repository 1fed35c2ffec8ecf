import type { RequestContext } from '../../core/context.js';
import { ConsentFormKind } from './consent.enums.js';
import type { ConsentChainReport, ConsentPendingItem, ConsentPendingPage, ConsentPendingPerForm, ConsentsDashboard } from './consent.types.js';

/**
 * Set-based reads of the consents module. Raw SQL (listed in core/tenant-bypass.ts): each statement
 * names the active company in its WHERE and row-level security applies too.
 * - chain verification: consent_chain_breaks() (migration 0017), a window over every client's chain;
 * - pending re-consent: the view consent_pending (migration 0017), no per-client loop.
 */

export async function verifyChains(ctx: RequestContext, clientId: string | null): Promise<ConsentChainReport> {
  const c = ctx.requireCompany();
  const [counts] = await ctx.em.execute<Array<{ records: string; clients: string }>>(
    `select count(*) as records, count(distinct client_id) as clients from consent_record where company_id = ? and (?::uuid is null or client_id = ?::uuid)`,
    [c, clientId, clientId],
  );
  const breaks = await ctx.em.execute<Array<{ client_id: string; seq: number; problem: string }>>(
    `select client_id, seq, problem from consent_chain_breaks(?::uuid) order by client_id limit 100`,
    [clientId],
  );
  return {
    ok: breaks.length === 0,
    checked: Number(counts.records),
    clients: Number(counts.clients),
    breaks: breaks.map((b) => ({ clientId: b.client_id, position: Number(b.seq), problem: b.problem })),
  };
}

interface PendingRow {
  client_id: string;
  client_name: string;
  form_id: string;
  form_code: string;
  form_kind: string;
  answered_version: number;
  answered_version_id: string;
  current_version: number;
  current_version_id: string;
  answered_at: Date;
  total: string;
}

const pendingItem = (r: PendingRow): ConsentPendingItem => ({
  clientId: r.client_id,
  clientName: r.client_name,
  formId: r.form_id,
  formCode: r.form_code,
  formKind: r.form_kind as ConsentFormKind,
  answeredVersion: r.answered_version,
  answeredVersionId: r.answered_version_id,
  currentVersion: r.current_version,
  currentVersionId: r.current_version_id,
  answeredAt: new Date(r.answered_at),
});

const PENDING_SELECT = `
  select p.client_id, cl.display_name as client_name, p.form_id, f.code as form_code, f.kind as form_kind,
         p.answered_version, p.answered_version_id, p.current_version, cv.id as current_version_id, p.answered_at,
         count(*) over () as total
    from consent_pending p
    join client cl on cl.company_id = p.company_id and cl.id = p.client_id
    join consent_form f on f.company_id = p.company_id and f.id = p.form_id
    join consent_form_version cv on cv.company_id = p.company_id and cv.form_id = p.form_id and cv.version = p.current_version`;

/** Pending re-consents, of one client or of one form (or all), paged. */
export async function pendingPage(ctx: RequestContext, filter: { clientId?: string | null; formId?: string | null }, first: number, offset: number): Promise<ConsentPendingPage> {
  const c = ctx.requireCompany();
  const rows = await ctx.em.execute<PendingRow[]>(
    `${PENDING_SELECT}
      where p.company_id = ? and (?::uuid is null or p.client_id = ?::uuid) and (?::uuid is null or p.form_id = ?::uuid)
      order by f.code, cl.display_name, p.client_id
      limit ? offset ?`,
    [c, filter.clientId ?? null, filter.clientId ?? null, filter.formId ?? null, filter.formId ?? null, Math.min(Math.max(first, 1), 500), Math.max(offset, 0)],
  );
  return { items: rows.map(pendingItem), total: rows.length ? Number(rows[0].total) : 0 };
}

/** Pending counts per form (forms with a published version, retired ones left out). */
export async function pendingPerForm(ctx: RequestContext): Promise<ConsentPendingPerForm[]> {
  const c = ctx.requireCompany();
  const rows = await ctx.em.execute<Array<{ form_id: string; code: string; kind: string; current_version: number; pending: string }>>(
    `select f.id as form_id, f.code, f.kind, v.version as current_version,
            (select count(*) from consent_pending p where p.company_id = f.company_id and p.form_id = f.id) as pending
       from consent_form f
       join lateral (select max(version) as version from consent_form_version v where v.company_id = f.company_id and v.form_id = f.id and v.status = 'published') v on v.version is not null
      where f.company_id = ? and not f.retired
      order by f.code`,
    [c],
  );
  return rows.map((r) => ({ formId: r.form_id, formCode: r.code, formKind: r.kind as ConsentFormKind, currentVersion: r.current_version, pending: Number(r.pending) }));
}

const pct = (n: number, d: number) => (d ? ((Math.round((n * 1000) / d) / 10).toFixed(1)) : '0.0');

/**
 * Key figures: coverage = clients (not hidden, not erased) whose last answer to every published,
 * active privacy-notice and e-consent form is an acceptance of its current version; pending per form;
 * marketing opt-in = clients whose last marketing answer accepted every clause, of those who answered;
 * records per day over the last 30 days.
 */
export async function consentsDashboard(ctx: RequestContext): Promise<ConsentsDashboard> {
  const c = ctx.requireCompany();
  const required = `{${[ConsentFormKind.PRIVACY_NOTICE, ConsentFormKind.E_CONSENT].join(',')}}`;
  const [[cov], [mkt], days, perForm] = await Promise.all([
    ctx.em.execute<Array<{ clients: string; covered: string }>>(
      `with req as (
         select f.id as form_id, (select v.id from consent_form_version v where v.company_id = f.company_id and v.form_id = f.id and v.status = 'published' order by v.version desc limit 1) as cur
           from consent_form f where f.company_id = ? and not f.retired and f.kind = any(?::text[])),
       req_cur as (select * from req where cur is not null),
       last as (
         select distinct on (r.client_id, r.form_id) r.client_id, r.form_id, r.form_version_id, r.decision
           from consent_record r where r.company_id = ? and r.kind = 'answer' and r.form_id in (select form_id from req_cur)
          order by r.client_id, r.form_id, r.seq desc),
       ok as (
         select l.client_id from last l join req_cur q on q.form_id = l.form_id and q.cur = l.form_version_id
          where l.decision = 'accepted' group by l.client_id having count(*) = (select count(*) from req_cur))
       select (select count(*) from client where company_id = ? and status <> 'hidden' and erased_at is null) as clients,
              (select count(*) from ok join client cl on cl.company_id = ? and cl.id = ok.client_id and cl.status <> 'hidden' and cl.erased_at is null
                where exists (select 1 from req_cur)) as covered`,
      [c, required, c, c, c],
    ),
    ctx.em.execute<Array<{ answered: string; opted: string }>>(
      `with last as (
         select distinct on (r.client_id, r.form_id) r.client_id, r.answers, r.decision
           from consent_record r join consent_form f on f.company_id = r.company_id and f.id = r.form_id and f.kind = 'marketing'
          where r.company_id = ? and r.kind = 'answer'
          order by r.client_id, r.form_id, r.seq desc)
       select count(distinct client_id) as answered,
              count(distinct client_id) filter (where decision = 'accepted' and not exists (select 1 from jsonb_each(answers) a where a.value = 'false'::jsonb)) as opted
         from last`,
      [c],
    ),
    ctx.em.execute<Array<{ day: string; count: number }>>(
      `select to_char((recorded_at at time zone (select app_company_time_zone()))::date, 'YYYY-MM-DD') as day, count(*)::int as count from consent_record
        where company_id = ? and recorded_at >= ((select app_company_today()) - 29)::timestamp at time zone (select app_company_time_zone()) group by 1 order by 1`,
      [c],
    ),
    pendingPerForm(ctx),
  ]);
  const clients = Number(cov.clients);
  const covered = Number(cov.covered);
  return {
    clients,
    covered,
    coveragePercent: pct(covered, clients),
    pendingPerForm: perForm,
    marketingOptIn: Number(mkt.opted),
    marketingAnswered: Number(mkt.answered),
    marketingOptInPercent: pct(Number(mkt.opted), Number(mkt.answered)),
    recordsPerDay: days.map((d) => ({ day: d.day, count: d.count })),
  };
}
