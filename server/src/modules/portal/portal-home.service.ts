import type { PortalRequestContext } from './portal-context.js';
import { PORTAL_SCOPE_SQL } from './portal-scope.sql.js';
import { normaliseDecimal } from '../policies/money.js';
import { notFound } from '../../core/errors.js';
import { pick } from '../consents/consent.texts.js';
import type { PortalClaimView, PortalClientView, PortalContractView, PortalHome, PortalPendingForm } from './portal.types.js';

interface ContractRow {
  id: string;
  number: string;
  status: string;
  client_id: string;
  client_name: string;
  line_code: string;
  line_name: string;
  insurer_name: string;
  cover_start: string;
  cover_end: string;
  commercial: boolean;
  premium_gross: string | null;
  payment_frequency: string | null;
}

interface ClaimRow {
  id: string;
  client_id: string;
  policy_number: string | null;
  status: string;
  loss_date: string;
  loss_place: string;
  description: string;
  reported_at: string;
}

const day = (v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

const CONTRACT_SELECT = `
  select p.id, p.number, p.status, p.client_id, cl.display_name as client_name, l.code as line_code, l.name as line_name,
         i.name as insurer_name, p.cover_start::text as cover_start, p.cover_end::text as cover_end, v.commercial,
         case when v.commercial then p.premium_gross::text end as premium_gross,
         case when v.commercial then p.payment_frequency end as payment_frequency
    from (select policy_id, bool_or(commercial_view) as commercial from shared group by policy_id) v
    join policy p on p.id = v.policy_id
    join client cl on cl.company_id = p.company_id and cl.id = p.client_id
    join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
    join insurer i on i.company_id = p.company_id and i.id = p.insurer_id`;

const CLAIM_SELECT = `
  select c.id, c.client_id, p.number as policy_number, c.status, c.loss_date::text as loss_date, c.loss_place, c.description, c.reported_at
    from claim_view v
    join claim c on c.id = v.claim_id
    left join policy p on p.company_id = c.company_id and p.id = c.policy_id`;

function contractOf(r: ContractRow): PortalContractView {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    lineCode: r.line_code,
    lineName: r.line_name,
    insurerName: r.insurer_name,
    coverStart: day(r.cover_start),
    coverEnd: day(r.cover_end),
    premiumGross: r.premium_gross === null ? null : normaliseDecimal(r.premium_gross),
    paymentFrequency: r.payment_frequency,
  };
}

function claimOf(r: ClaimRow): PortalClaimView {
  return {
    id: r.id,
    clientId: r.client_id,
    policyNumber: r.policy_number,
    status: r.status,
    lossDate: day(r.loss_date),
    lossPlace: r.loss_place,
    description: r.description,
    reportedAt: new Date(r.reported_at),
  };
}

function scopeParams(ctx: PortalRequestContext): [string, string] {
  return [ctx.requireCompany(), ctx.requirePortalUserRef().id];
}

interface HomeRow {
  clients: Array<{ id: string; kind: string; display_name: string; status: string }>;
  contracts: ContractRow[];
  claims: ClaimRow[];
  pending: Array<{ client_id: string; form_id: string; form_code: string; form_kind: string; answered_version: number; current_version: number; title: Record<string, string> }>;
}

/**
 * The portal's home (PO-5, PO-6): the user's clients, the contracts its grants share, the open claims
 * of grants that include claims, and the consent forms waiting for a new answer (CN-5) — one statement,
 * `app_portal_home()` (migration 0039): the grants and their clients resolved once, each part read by
 * those clients' ids, the plans kept by the connection; whatever the grants cover.
 */
export async function portalHome(ctx: PortalRequestContext, lang?: string | null): Promise<PortalHome> {
  // a form's title in the reader's language (asked, else the account's), else the first it has
  const wanted = (lang ?? ctx.requirePortalUserRef().locale).slice(0, 2).toLowerCase();
  const [{ home: row }] = await ctx.em.execute<Array<{ home: HomeRow }>>(`select app_portal_home(?, ?) as home`, scopeParams(ctx));
  const clientViews: PortalClientView[] = row.clients.map((c) => ({ id: c.id, kind: c.kind, displayName: c.display_name, prospect: c.status === 'prospect' }));
  const pendingForms: PortalPendingForm[] = row.pending.map((p) => ({
    clientId: p.client_id,
    formId: p.form_id,
    formCode: p.form_code,
    formTitle: pick(p.title, wanted, 'en'),
    formKind: p.form_kind,
    answeredVersion: Number(p.answered_version),
    currentVersion: Number(p.current_version),
  }));
  return { clients: clientViews, contracts: row.contracts.map(contractOf), openClaims: row.claims.map(claimOf), pendingForms };
}

/** One shared contract; NOT_FOUND for any contract the user's grants do not share (whoever's it is). */
export async function portalContract(ctx: PortalRequestContext, id: string): Promise<PortalContractView> {
  const [row] = await ctx.em.execute<ContractRow[]>(`with ${PORTAL_SCOPE_SQL} ${CONTRACT_SELECT} where p.id = ?`, [...scopeParams(ctx), id]);
  if (!row) throw notFound('Contract');
  return contractOf(row);
}

/** One claim the user's grants show; NOT_FOUND otherwise. */
export async function portalClaim(ctx: PortalRequestContext, id: string): Promise<PortalClaimView> {
  const [row] = await ctx.em.execute<ClaimRow[]>(`with ${PORTAL_SCOPE_SQL} ${CLAIM_SELECT} where c.id = ?`, [...scopeParams(ctx), id]);
  if (!row) throw notFound('Claim');
  return claimOf(row);
}

/** Whether the user's grants cover the client (for operations naming a client). */
export async function coversClient(ctx: PortalRequestContext, clientId: string): Promise<boolean> {
  const rows = await ctx.em.execute<Array<{ ok: number }>>(`with ${PORTAL_SCOPE_SQL} select 1 as ok from my_clients where client_id = ?`, [...scopeParams(ctx), clientId]);
  return rows.length > 0;
}

/**
 * Whether the user may report a claim for the client (a grant of the user covers it and includes
 * claims) naming this contract, if any (one the same grant shares).
 */
export async function mayReportClaim(ctx: PortalRequestContext, clientId: string, policyId: string | null): Promise<boolean> {
  const rows = await ctx.em.execute<Array<{ ok: number }>>(
    `with ${PORTAL_SCOPE_SQL}
     select 1 as ok from my_grants g
       join portal_grant_client gc on gc.company_id = g.company_id and gc.grant_id = g.id and gc.client_id = ?::uuid
      where g.include_claims and (?::uuid is null or exists (select 1 from shared s where s.grant_id = g.id and s.policy_id = ?::uuid))
      limit 1`,
    [...scopeParams(ctx), clientId, policyId, policyId],
  );
  return rows.length > 0;
}

/** The ids of the clients the user's grants cover. */
export async function myClientIds(ctx: PortalRequestContext): Promise<string[]> {
  const rows = await ctx.em.execute<Array<{ client_id: string }>>(`with ${PORTAL_SCOPE_SQL} select client_id from my_clients`, scopeParams(ctx));
  return rows.map((r) => r.client_id);
}

/**
 * The consent forms of a client waiting for a new answer (CN-5: changed since the client's last answer,
 * the `consent_pending` view the portal's home and consents page read), by code.
 */
export async function pendingFormCodes(ctx: PortalRequestContext, clientId: string): Promise<string[]> {
  const rows = await ctx.em.execute<Array<{ code: string }>>(
    `select f.code from consent_pending p join consent_form f on f.company_id = p.company_id and f.id = p.form_id
      where p.company_id = ? and p.client_id = ? order by f.code`,
    [ctx.requireCompany(), clientId],
  );
  return rows.map((r) => r.code);
}
