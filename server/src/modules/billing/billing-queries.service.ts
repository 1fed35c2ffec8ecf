import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { UUID, money } from '../ledger/ledger-sql.js';
import type { PremiumDocument, PremiumDocumentFilter, PremiumDocumentKind, PremiumDocumentPage } from './billing.types.js';

/** Reading premium documents of the active company (another company's ids are never found). */
export interface DocumentRow {
  id: string;
  kind: string;
  series: string;
  year: number;
  number: number;
  issue_date: string;
  client_id: string;
  client_name: string;
  policy_id: string;
  policy_number: string;
  insurer_id: string;
  insurer_name: string;
  line_name: string;
  installment_id: string | null;
  due_date: string;
  period_start: string;
  period_end: string;
  net: string;
  taxes: string;
  gross: string;
  commission: string;
  commission_rate: string | null;
  entry_id: string;
  run_id: string | null;
  locale: string;
  reason: string | null;
  credits_id: string | null;
  credits_number: string | null;
  credited_by_id: string | null;
  credited_by_number: string | null;
  company_name: string;
}

export const displayNumber = (series: string, year: number, number: number) => `${series} ${year}/${number}`;

export const DOCUMENT_SELECT = `
  select d.id, d.kind, d.series, d.year, d.number, to_char(d.issue_date, 'YYYY-MM-DD') as issue_date,
         d.client_id, c.display_name as client_name, d.policy_id, p.number as policy_number, d.insurer_id, i.name as insurer_name, lob.name as line_name,
         d.installment_id, to_char(d.due_date, 'YYYY-MM-DD') as due_date, to_char(d.period_start, 'YYYY-MM-DD') as period_start, to_char(d.period_end, 'YYYY-MM-DD') as period_end,
         d.net, d.taxes, d.gross, d.commission, d.commission_rate, d.entry_id, d.run_id, d.locale, d.reason, d.credits_id,
         (select o.series || ' ' || o.year || '/' || o.number from premium_document o where o.company_id = d.company_id and o.id = d.credits_id) as credits_number,
         cn.id as credited_by_id, case when cn.id is null then null else cn.series || ' ' || cn.year || '/' || cn.number end as credited_by_number,
         (select name from company where id = d.company_id) as company_name
    from premium_document d
    join client c on c.company_id = d.company_id and c.id = d.client_id
    join policy p on p.company_id = d.company_id and p.id = d.policy_id
    join insurer i on i.company_id = d.company_id and i.id = d.insurer_id
    join line_of_business lob on lob.company_id = d.company_id and lob.id = d.line_id
    left join premium_document cn on cn.company_id = d.company_id and cn.credits_id = d.id`;

export function toDocument(r: DocumentRow): PremiumDocument {
  return {
    id: r.id,
    kind: r.kind as PremiumDocumentKind,
    series: r.series,
    year: r.year,
    number: r.number,
    displayNumber: displayNumber(r.series, r.year, r.number),
    issueDate: r.issue_date,
    clientId: r.client_id,
    clientName: r.client_name,
    policyId: r.policy_id,
    policyNumber: r.policy_number,
    insurerId: r.insurer_id,
    insurerName: r.insurer_name,
    lineName: r.line_name,
    installmentId: r.installment_id,
    dueDate: r.due_date,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    net: money(r.net),
    taxes: money(r.taxes),
    gross: money(r.gross),
    commission: money(r.commission),
    commissionRate: r.commission_rate === null ? null : money(r.commission_rate),
    entryId: r.entry_id,
    runId: r.run_id,
    locale: r.locale,
    reason: r.reason,
    creditsId: r.credits_id,
    creditsNumber: r.credits_number,
    creditedById: r.credited_by_id,
    creditedByNumber: r.credited_by_number,
  };
}

export async function documentRow(ctx: RequestContext, id: string): Promise<DocumentRow> {
  const rows = UUID.test(id) ? await ctx.em.execute<DocumentRow[]>(`${DOCUMENT_SELECT} where d.company_id = ? and d.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFound('Premium document');
  return rows[0];
}

export async function getDocument(ctx: RequestContext, id: string): Promise<PremiumDocument> {
  return toDocument(await documentRow(ctx, id));
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function listDocuments(ctx: RequestContext, filter: PremiumDocumentFilter, first: number, offset: number): Promise<PremiumDocumentPage> {
  const where = ['d.company_id = ?'];
  const params: unknown[] = [ctx.requireCompany()];
  const ref = (id: string) => (UUID.test(id) ? id : NO_ID);
  if (filter.kind) (where.push('d.kind = ?'), params.push(filter.kind));
  if (filter.clientId) (where.push('d.client_id = ?'), params.push(ref(filter.clientId)));
  if (filter.policyId) (where.push('d.policy_id = ?'), params.push(ref(filter.policyId)));
  if (filter.runId) (where.push('d.run_id = ?'), params.push(ref(filter.runId)));
  if (filter.year) (where.push('d.year = ?'), params.push(filter.year));
  const [count] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from premium_document d where ${where.join(' and ')}`, params);
  const rows = await ctx.em.execute<DocumentRow[]>(`${DOCUMENT_SELECT} where ${where.join(' and ')} order by d.issue_date desc, d.series, d.year desc, d.number desc limit ? offset ?`, [
    ...params,
    Math.min(Math.max(first, 1), 200),
    Math.max(offset, 0),
  ]);
  return { items: rows.map(toDocument), total: Number(count?.n ?? 0) };
}

/** Whether premium documents (receipts, credit notes) have been issued for the policy: they name its client, insurer and line (migration 0045). */
export async function policyHasDocuments(ctx: RequestContext, policyId: string): Promise<boolean> {
  if (!UUID.test(policyId)) return false;
  const [row] = await ctx.em.execute<Array<{ found: boolean }>>(`select exists (select 1 from premium_document where company_id = ? and policy_id = ?) as found`, [ctx.requireCompany(), policyId]);
  return row.found;
}

/**
 * Which of these installments have a receipt (policies' schedule rewrite keeps them like paid rows: a
 * billed installment is never rewritten; installment.service.ts asks here).
 */
export async function billedInstallmentIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
  const valid = ids.filter((id) => UUID.test(id));
  if (!valid.length) return new Set();
  const rows = await ctx.em.execute<Array<{ id: string }>>(`select installment_id as id from premium_document where company_id = ? and installment_id = any(?::uuid[])`, [ctx.requireCompany(), `{${valid.join(',')}}`]);
  return new Set(rows.map((r) => r.id));
}
