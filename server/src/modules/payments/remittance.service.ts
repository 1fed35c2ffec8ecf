import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict } from '../../core/errors.js';
import { formatCents } from '../policies/money.js';
import { accountByRole } from '../ledger/chart.service.js';
import { UUID, dbCents, isClosed, money, notFoundFields } from '../ledger/ledger-sql.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { entryHead, writeEntry, writeReversal } from '../ledger/posting.service.js';
import { lockOpenItems } from './matching.service.js';
import type { Remittance, RemittanceDetail, RemittanceInput, RemittanceItem } from './payments.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * Remittances to insurers (issue #13 §4): per insurer and period, the receipts fully collected in the
 * period (open amount 0, the latest matched payment dated in it) and not yet remitted — premiums
 * collected minus the commission the agency retains — posted from the separate premium account:
 * the insurer's payable debit, the premium account (naming the insurer) credit. A receipt is in at most
 * one remittance that stands (partial unique index remittance_item_once); a remittance is cancelled only
 * by the reversal of its entry, which frees its receipts for a new one.
 */
interface CandidateRow {
  receipt_id: string;
  gross: string;
  commission: string;
}

/**
 * Receipts of an insurer collected in [from, to], not remitted (the same query for preview and creation);
 * `COLLECTED_ONLY` keeps those among given ids (the ones locked).
 */
const COLLECTED_WHERE = `
  select o.receipt_id, d.gross, d.commission
    from receipt_open_item o
    join premium_document d on d.company_id = o.company_id and d.id = o.receipt_id
   where o.company_id = ? and o.insurer_id = ? and not o.credited and o.gross > 0 and o.open_amount = 0
     and (select max(p.payment_date) from payment_allocation a join payment p on p.company_id = a.company_id and p.id = a.payment_id
           where a.company_id = o.company_id and a.receipt_id = o.receipt_id and a.undoes_id is null
             and not exists (select 1 from payment_allocation u where u.company_id = a.company_id and u.undoes_id = a.id)) between ?::date and ?::date
     and not exists (select 1 from remittance_item ri where ri.company_id = o.company_id and ri.receipt_id = o.receipt_id and ri.active)`;
const COLLECTED = `${COLLECTED_WHERE}
   order by d.year, d.number`;
const COLLECTED_ONLY = `${COLLECTED_WHERE}
     and o.receipt_id = any(?::uuid[])
   order by d.year, d.number`;

function checkPeriod(input: RemittanceInput, today: string): { from: string; to: string; date: string; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const from = input.periodFrom?.trim() ?? '';
  const to = input.periodTo?.trim() ?? '';
  const date = input.remitDate?.trim() || today;
  const fromIssue = checkBusinessDate('periodFrom', from, today);
  const toIssue = checkBusinessDate('periodTo', to, today);
  const dateIssue = checkBusinessDate('remitDate', date, today);
  if (fromIssue) issues.push(fromIssue);
  if (toIssue) issues.push(toIssue);
  else if (!fromIssue && to < from) issues.push({ field: 'periodTo', reason: 'before_from', message: 'The end of the period is before its start.' });
  if (dateIssue) issues.push(dateIssue);
  else if (!fromIssue && date < from) issues.push({ field: 'remitDate', reason: 'before_period', message: `A remittance is not dated before its period (from ${from}).` });
  return { from, to, date, issues };
}

async function insurerOf(ctx: RequestContext, id: string): Promise<{ id: string; name: string }> {
  const [row] = UUID.test(id ?? '') ? await ctx.em.execute<Array<{ id: string; name: string }>>(`select id, name from insurer where company_id = ? and id = ?`, [ctx.requireCompany(), id]) : [];
  if (!row) throw notFoundFields([{ field: 'insurerId', reason: 'not_found', message: 'No such insurer in this company.' }]);
  return row;
}

/** Creates a remittance (right billing:create) and posts it. */
export async function createRemittance(ctx: RequestContext, input: RemittanceInput): Promise<string> {
  const companyId = ctx.requireCompany();
  const insurer = await insurerOf(ctx, input.insurerId);
  const { from, to, date, issues } = checkPeriod(input, await companyToday(ctx));
  if (!issues.length && (await isClosed(ctx, date))) issues.push({ field: 'remitDate', reason: 'period_closed', message: `The month ${date.slice(0, 7)} is closed.` });
  if (issues.length) throw badInput(issues);
  const first = await ctx.em.execute<CandidateRow[]>(COLLECTED, [companyId, insurer.id, from, to]);
  // the receipts' open-item rows are locked (an undo or another remittance waits), then read again — only
  // those locked: a receipt collected in between, not locked, waits for the next remittance
  const locked = first.map((r) => r.receipt_id);
  await lockOpenItems(ctx, [], locked);
  const rows = locked.length ? await ctx.em.execute<CandidateRow[]>(COLLECTED_ONLY, [companyId, insurer.id, from, to, `{${locked.join(',')}}`]) : [];
  const gross = rows.reduce((s, r) => s + dbCents(r.gross), 0n);
  const commission = rows.reduce((s, r) => s + dbCents(r.commission), 0n);
  const amount = gross - commission;
  if (!rows.length || amount <= 0n) throw badInput([{ field: 'periodTo', reason: 'nothing_to_remit', message: `No collected receipt of ${insurer.name} in this period is waiting to be remitted.` }]);
  const [payable, premium] = [await accountByRole(ctx, 'insurers_payable'), await accountByRole(ctx, 'premium_account')];
  const entryId = await writeEntry(ctx, {
    entryDate: date,
    description: `⇒ ${insurer.name} ${from} – ${to}`.slice(0, 500),
    source: 'remittance',
    lines: [
      { accountId: payable.id, debit: amount, credit: 0n, insurerId: insurer.id },
      { accountId: premium.id, debit: 0n, credit: amount, insurerId: insurer.id },
    ],
  });
  const [rem] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into remittance (company_id, insurer_id, period_from, period_to, remit_date, gross, commission, amount, entry_id, created_by)
     values (?, ?, ?::date, ?::date, ?::date, ?::numeric, ?::numeric, ?::numeric, ?, ?) returning id`,
    [companyId, insurer.id, from, to, date, formatCents(gross), formatCents(commission), formatCents(amount), entryId, ctx.user?.id ?? null],
  );
  await ctx.em.execute(
    `insert into remittance_item (company_id, remittance_id, receipt_id, gross, commission, amount)
     select ?::uuid, ?::uuid, r.receipt_id, r.gross, r.commission, r.gross - r.commission from json_to_recordset(?::json) as r(receipt_id uuid, gross numeric, commission numeric)`,
    [companyId, rem.id, JSON.stringify(rows.map((r) => ({ receipt_id: r.receipt_id, gross: r.gross, commission: r.commission })))],
  );
  return rem.id;
}

/** Cancels a remittance (right billing:create) by the reversal of its entry; its receipts can be remitted again. */
export async function cancelRemittance(ctx: RequestContext, id: string, reasonArg: string, dateArg: string | null | undefined): Promise<string> {
  const companyId = ctx.requireCompany();
  const r = await remittanceRow(ctx, id);
  const issues: FieldIssue[] = [];
  const today = await companyToday(ctx);
  const date = dateArg?.trim() || today;
  const dateIssue = checkBusinessDate('entryDate', date, today);
  if (dateIssue) issues.push(dateIssue);
  else if (date < r.remit_date) issues.push({ field: 'entryDate', reason: 'before_original', message: 'A cancellation is not dated before the remittance.' });
  else if (await isClosed(ctx, date)) issues.push({ field: 'entryDate', reason: 'period_closed', message: `The month ${date.slice(0, 7)} is closed.` });
  const reason = reasonArg?.trim() ?? '';
  if (!reason) issues.push({ field: 'reason', reason: 'required', message: 'Why is the remittance cancelled?' });
  else if (reason.length > 500) issues.push({ field: 'reason', reason: 'too_long', message: 'At most 500 characters.' });
  if (issues.length) throw badInput(issues);
  if (r.cancel_entry_id) throw conflict('This remittance has already been cancelled.');
  const entry = await entryHead(ctx, r.entry_id);
  const reversal = await writeReversal(ctx, entry, date, `↺ ${entry.description} — ${reason}`.slice(0, 500), 'reversal');
  await ctx.em.execute(`update remittance set cancel_entry_id = ?, cancel_reason = ?, cancelled_by = ?, cancelled_at = now() where company_id = ? and id = ?`, [
    reversal,
    reason,
    ctx.user?.id ?? null,
    companyId,
    r.id,
  ]);
  await ctx.em.execute(`update remittance_item set active = false where company_id = ? and remittance_id = ? and active`, [companyId, r.id]);
  return r.id;
}

export interface RemittanceRow {
  id: string;
  insurer_id: string;
  insurer_name: string;
  period_from: string;
  period_to: string;
  remit_date: string;
  gross: string;
  commission: string;
  amount: string;
  item_count: number;
  entry_id: string;
  cancel_entry_id: string | null;
  cancel_reason: string | null;
  cancelled_at: Date | null;
  created_at: Date;
  company_name: string;
  company_locale: string;
  currency: string;
}

const SELECT = `
  select r.id, r.insurer_id, i.name as insurer_name, to_char(r.period_from, 'YYYY-MM-DD') as period_from, to_char(r.period_to, 'YYYY-MM-DD') as period_to,
         to_char(r.remit_date, 'YYYY-MM-DD') as remit_date, r.gross, r.commission, r.amount,
         (select count(*)::int from remittance_item x where x.company_id = r.company_id and x.remittance_id = r.id) as item_count,
         r.entry_id, r.cancel_entry_id, r.cancel_reason, r.cancelled_at, r.created_at,
         co.name as company_name, co.locale as company_locale, co.currency
    from remittance r
    join insurer i on i.company_id = r.company_id and i.id = r.insurer_id
    join company co on co.id = r.company_id`;

const toRemittance = (r: RemittanceRow): Remittance => ({
  id: r.id,
  insurerId: r.insurer_id,
  insurerName: r.insurer_name,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  remitDate: r.remit_date,
  gross: money(r.gross),
  commission: money(r.commission),
  amount: money(r.amount),
  itemCount: r.item_count,
  entryId: r.entry_id,
  cancelEntryId: r.cancel_entry_id,
  cancelReason: r.cancel_reason,
  cancelledAt: r.cancelled_at ? new Date(r.cancelled_at) : null,
  createdAt: new Date(r.created_at),
});

export async function remittanceRow(ctx: RequestContext, id: string): Promise<RemittanceRow> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<RemittanceRow[]>(`${SELECT} where r.company_id = ? and r.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFoundFields([{ field: 'id', reason: 'not_found', message: 'No such remittance in this company.' }]);
  return rows[0];
}

export async function remittanceItems(ctx: RequestContext, id: string): Promise<RemittanceItem[]> {
  const rows = await ctx.em.execute<Array<{ receipt_id: string; receipt_number: string; policy_number: string; client_name: string; gross: string; commission: string; amount: string }>>(
    `select x.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, p.number as policy_number, c.display_name as client_name, x.gross, x.commission, x.amount
       from remittance_item x
       join premium_document d on d.company_id = x.company_id and d.id = x.receipt_id
       join policy p on p.company_id = d.company_id and p.id = d.policy_id
       join client c on c.company_id = d.company_id and c.id = d.client_id
      where x.company_id = ? and x.remittance_id = ?
      order by d.year, d.number`,
    [ctx.requireCompany(), id],
  );
  return rows.map((r) => ({ receiptId: r.receipt_id, receiptNumber: r.receipt_number, policyNumber: r.policy_number, clientName: r.client_name, gross: money(r.gross), commission: money(r.commission), amount: money(r.amount) }));
}

export async function getRemittance(ctx: RequestContext, id: string): Promise<RemittanceDetail> {
  const r = await remittanceRow(ctx, id);
  return { ...toRemittance(r), items: await remittanceItems(ctx, r.id) };
}

export async function listRemittances(ctx: RequestContext, first: number): Promise<Remittance[]> {
  const rows = await ctx.em.execute<RemittanceRow[]>(`${SELECT} where r.company_id = ? order by r.remit_date desc, r.created_at desc limit ?`, [ctx.requireCompany(), Math.min(Math.max(first, 1), 200)]);
  return rows.map(toRemittance);
}
