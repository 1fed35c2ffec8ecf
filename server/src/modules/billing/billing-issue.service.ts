import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, conflict, notFound } from '../../core/errors.js';
import { ensureChart } from '../ledger/chart.service.js';
import { UUID, isClosed, notFoundFields } from '../ledger/ledger-sql.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { checkBalancedNow, entryHead, writeReversal } from '../ledger/posting.service.js';
import { displayNumber, documentRow } from './billing-queries.service.js';
import { companyToday } from '../../core/company-calendar.js';
import { lockOpenItems } from '../payments/matching.service.js';

/**
 * Issuing premium documents (BI-1). Receipts are issued by the database function
 * billing_issue_receipts() (migration 0018) — the same set-based path for one installment and for a
 * billing run's batch: the counter row of (company, series, year) is locked first, so numbers are
 * gap-free under concurrency, and each receipt posts its journal entry in the same transaction.
 * A credit note cancels a receipt: its own gap-free number (series NC), the reversal of the receipt's
 * entry, and the receipt stays as issued. What is billable is defined once, by the view
 * billing_candidate (migration 0043).
 */

/**
 * An issue date (today when not given): a date of the books (`checkBusinessDate`: 2000-01-01 to a year
 * after today — within the years the documents' counters can number, 2000–2999), else an issue naming it.
 */
export function checkIssueDate(issues: FieldIssue[], value: string | null | undefined, today: string, field = 'issueDate'): string {
  const date = value?.trim() || today;
  const issue = checkBusinessDate(field, date, today);
  if (issue) issues.push(issue);
  return date;
}

/** Issues receipts through the database function; returns the new documents' ids (number order). */
export async function issueReceipts(
  ctx: RequestContext,
  args: { ids: string[] | null; dueFrom: string | null; dueTo: string | null; limit: number; issueDate: string; runId: string | null },
): Promise<string[]> {
  await ensureChart(ctx);
  const rows = await ctx.em.execute<Array<{ id: string }>>(`select billing_issue_receipts(?::uuid[], ?::date, ?::date, ?, ?::date, ?::uuid, ?::uuid) as id`, [
    args.ids ? `{${args.ids.join(',')}}` : null,
    args.dueFrom,
    args.dueTo,
    args.limit,
    args.issueDate,
    args.runId,
    ctx.user?.id ?? null,
  ]);
  await checkBalancedNow(ctx);
  return rows.map((r) => r.id);
}

/**
 * The next batch of a billing run (migration 0034): at most `limit` installments after the run's keyset
 * cursor, in numbering order, issued by billing_issue_run_batch() in one call — the cursor moves in the
 * same transaction; returns the new documents' ids (number order).
 */
export async function issueRunBatch(ctx: RequestContext, runId: string, limit: number): Promise<string[]> {
  const rows = await ctx.em.execute<Array<{ id: string }>>(`select billing_issue_run_batch(?::uuid, ?, ?::uuid) as id`, [runId, limit, ctx.user?.id ?? null]);
  await checkBalancedNow(ctx);
  return rows.map((r) => r.id);
}

/** One installment's receipt (right billing:create). */
export async function issueReceipt(ctx: RequestContext, installmentId: string, issueDateArg: string | null | undefined): Promise<string> {
  const companyId = ctx.requireCompany();
  const [inst] = UUID.test(installmentId)
    ? await ctx.em.execute<Array<{ id: string; status: string; foreign_business: boolean; gross: string; receipt: string | null; billable: boolean }>>(
        `select i.id, p.status, p.foreign_business, i.gross, (select d.id from premium_document d where d.installment_id = i.id) as receipt,
                exists (select 1 from billing_candidate c where c.company_id = i.company_id and c.installment_id = i.id) as billable
           from policy_installment i join policy p on p.company_id = i.company_id and p.id = i.policy_id
          where i.company_id = ? and i.id = ?`,
        [companyId, installmentId],
      )
    : [];
  if (!inst) throw notFoundFields([{ field: 'installmentId', reason: 'not_found', message: 'No such installment in this company.' }]);
  const issues: FieldIssue[] = [];
  const issueDate = checkIssueDate(issues, issueDateArg, await companyToday(ctx));
  if (!issues.length && (await isClosed(ctx, issueDate))) issues.push({ field: 'issueDate', reason: 'period_closed', message: `The month ${issueDate.slice(0, 7)} is closed.` });
  if (issues.length) throw badInput(issues);
  if (inst.receipt) throw conflict('This installment has already been billed.', { receiptId: inst.receipt });
  // what is billable is the view billing_candidate's rule (migration 0043), the one the runs bill by
  if (!inst.billable) {
    throw conflict('Only installments with a premium to collect, of policies in force written by the agency, are billed.', { status: inst.status, foreignBusiness: inst.foreign_business, gross: inst.gross });
  }
  const [id] = await issueReceipts(ctx, { ids: [installmentId], dueFrom: null, dueTo: null, limit: 1, issueDate, runId: null });
  if (!id) throw conflict('This installment has already been billed.');
  return id;
}

/**
 * A credit note cancelling a receipt (right billing:create): a reason, an issue date in an open month
 * not before the receipt's; a receipt is credited once (CONFLICT; unique credits_id backs it).
 */
export async function issueCreditNote(ctx: RequestContext, receiptId: string, reasonArg: string, issueDateArg: string | null | undefined): Promise<string> {
  const companyId = ctx.requireCompany();
  const receipt = await documentRow(ctx, receiptId).catch((error: unknown) => {
    // only "no such document" names the field; a fault of the database stays what it is
    if (error instanceof AppError && error.extensions.code === 'NOT_FOUND') throw notFoundFields([{ field: 'receiptId', reason: 'not_found', message: 'No such receipt in this company.' }]);
    throw error;
  });
  const issues: FieldIssue[] = [];
  const issueDate = checkIssueDate(issues, issueDateArg, await companyToday(ctx));
  if (!issues.length && issueDate < receipt.issue_date) issues.push({ field: 'issueDate', reason: 'before_receipt', message: 'A credit note is not dated before its receipt.' });
  else if (!issues.length && (await isClosed(ctx, issueDate))) issues.push({ field: 'issueDate', reason: 'period_closed', message: `The month ${issueDate.slice(0, 7)} is closed.` });
  const reason = reasonArg?.trim() ?? '';
  if (!reason) issues.push({ field: 'reason', reason: 'required', message: 'Why is the receipt cancelled?' });
  else if (reason.length > 500) issues.push({ field: 'reason', reason: 'too_long', message: 'At most 500 characters.' });
  if (receipt.kind !== 'receipt') issues.push({ field: 'receiptId', reason: 'not_a_receipt', message: 'Only a receipt is cancelled by a credit note, not a credit note.' });
  if (issues.length) throw badInput(issues);
  // the receipt's open-item row locked as a matching locks it (payments module), then read again: a
  // matching under way commits first and is seen here (CONFLICT), one started now waits and then sees the
  // receipt cancelled; a second credit note of the receipt waits and then sees the first
  await lockOpenItems(ctx, [], [receipt.id]);
  const current = await documentRow(ctx, receipt.id);
  if (current.credited_by_id) throw conflict('This receipt has already been cancelled.', { creditNoteId: current.credited_by_id });
  const [matched] = await ctx.em.execute<Array<{ allocated: string }>>(`select allocated from receipt_open_item where company_id = ? and receipt_id = ?`, [companyId, receipt.id]);
  if (matched && Number(matched.allocated) > 0) {
    throw conflict('Payments are matched against this receipt: undo their allocations before cancelling it.', { allocated: matched.allocated });
  }
  const year = Number(issueDate.slice(0, 4));
  // the counter row stays locked until this transaction ends: the next credit note waits, no gaps
  const [counter] = await ctx.em.execute<Array<{ last_number: number }>>(
    `insert into billing_counter (company_id, series, year, last_number) values (?, 'NC', ?, 1)
     on conflict (company_id, series, year) do update set last_number = billing_counter.last_number + 1 returning last_number`,
    [companyId, year],
  );
  const number = counter.last_number;
  const entry = await entryHead(ctx, receipt.entry_id);
  const entryId = await writeReversal(ctx, entry, issueDate, `${displayNumber('NC', year, number)} — ${displayNumber(receipt.series, receipt.year, receipt.number)} — ${receipt.policy_number}`, 'credit_note');
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into premium_document (company_id, kind, series, year, number, issue_date, client_id, policy_id, insurer_id, line_id, credits_id,
                                   due_date, period_start, period_end, net, taxes, gross, commission, commission_rate, entry_id, locale, reason, created_by)
     select company_id, 'credit_note', 'NC', ?, ?, ?::date, client_id, policy_id, insurer_id, line_id, id,
            due_date, period_start, period_end, net, taxes, gross, commission, commission_rate, ?, locale, ?, ?
       from premium_document where company_id = ? and id = ?
     returning id`,
    [year, number, issueDate, entryId, reason, ctx.user?.id ?? null, companyId, receipt.id],
  );
  if (!row) throw notFound('Premium document');
  return row.id;
}

/** Links an outbox message to the premium document it carries (its PDF is attached on delivery). */
export async function linkMail(ctx: RequestContext, documentId: string, messageId: string): Promise<void> {
  await ctx.em.execute(`insert into premium_document_mail (company_id, document_id, outbox_message_id) values (?, ?, ?)`, [ctx.requireCompany(), documentId, messageId]);
}
