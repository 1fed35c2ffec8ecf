import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict } from '../../core/errors.js';
import { UUID, dbCents, money, notFoundFields } from '../ledger/ledger-sql.js';
import { matchPayment } from '../payments/matching.service.js';
import { recordPayment } from '../payments/payment.service.js';
import { PaymentMethod, type AllocationInput } from '../payments/payments.types.js';
import { amountIssue, formatCents, parseCents } from '../policies/money.js';
import { lineRow } from './statement-queries.service.js';
import type { BankTransaction } from './statement.types.js';

/**
 * Matching bank lines to receipts (issue #14 §5, LE-2). Proposals are computed for the new credit lines
 * of an import, set-based in one statement:
 *  - end-to-end id = a booked SEPA collection's (8): the line is that collection's settlement — the
 *    receipt was paid by the run's direct-debit payment, the line is not a second payment;
 *  - a receipt number ("Q 2026/17", "2026/17") in the remittance text (4);
 *  - the client: the counterparty's IBAN is one of a client's bank accounts, or its name is the client's (1);
 *    with the open amount equal to the line's (2).
 * Confirming goes through the payments module: recordPayment (a bank transfer into the premium account,
 * posted at once) and matchPayment (its allocation rules: one client, open amounts, all or nothing); undo
 * is the payments module's undoPaymentAllocation. A line is confirmed once (it keeps its payment).
 */
/** A receipt number in a remittance text: "Q 2026/17", "2026/17" (year/number, not inside a longer number). */
const RECEIPT_NUMBER = '(?:^|[^0-9])(2[0-9]{3})/([0-9]{1,9})(?![0-9])';

export async function computeProposals(ctx: RequestContext, statementIds: string[]): Promise<number> {
  if (!statementIds.length) return 0;
  const rows = await ctx.em.execute<Array<{ n: string }>>(
    `with t as (
       select id, company_id, amount, end_to_end_id, remittance, counterparty_name, counterparty_iban
         from bank_transaction where company_id = ? and statement_id = any(?::uuid[]) and direction = 'CRDT' and payment_id is null),
     cand as (
       select t.id as transaction_id, i.receipt_id, i.id as collection_id, 8 as w
         from t join bank_run_item i on i.company_id = t.company_id and i.end_to_end_id = t.end_to_end_id
        where i.status = 'presented' and i.payment_id is not null
       union all
       select t.id, d.id, null, 4
         from t cross join lateral regexp_matches(coalesce(t.remittance, ''), ?::text, 'g') m
         join premium_document d on d.company_id = t.company_id and d.kind = 'receipt' and d.year = m[1]::int and d.number = m[2]::int
       union all
       select t.id, o.receipt_id, null, 1
         from t join lateral (
                select b.client_id from client_bank_account b where b.company_id = t.company_id and t.counterparty_iban is not null and upper(replace(b.iban, ' ', '')) = t.counterparty_iban
                union
                select c.id from client c where c.company_id = t.company_id and t.counterparty_name is not null and lower(c.display_name) = lower(t.counterparty_name)
              ) k on true
         join receipt_open_item o on o.company_id = t.company_id and o.client_id = k.client_id and o.open_amount > 0
     ),
     agg as (
       select c.transaction_id, c.receipt_id, (array_agg(c.collection_id) filter (where c.collection_id is not null))[1] as collection_id,
              bool_or(c.w = 8) as e2e, bool_or(c.w = 4) as ref, bool_or(c.w = 1) as cli
         from cand c group by c.transaction_id, c.receipt_id
     ),
     ins as (
       insert into bank_transaction_proposal (company_id, transaction_id, receipt_id, collection_id, by_end_to_end, by_reference, by_amount, by_client, score)
       select ?::uuid, a.transaction_id, a.receipt_id, a.collection_id, a.e2e, a.ref, not a.e2e and o.open_amount = t.amount, a.cli,
              (case when a.e2e then 8 else 0 end) + (case when a.ref then 4 else 0 end) + (case when not a.e2e and o.open_amount = t.amount then 2 else 0 end) + (case when a.cli then 1 else 0 end)
         from agg a join t on t.id = a.transaction_id
         join receipt_open_item o on o.company_id = t.company_id and o.receipt_id = a.receipt_id
        where a.e2e or o.open_amount > 0
       on conflict do nothing
       returning transaction_id)
     select count(distinct transaction_id) as n from ins`,
    [ctx.requireCompany(), `{${statementIds.join(',')}}`, RECEIPT_NUMBER, ctx.requireCompany()],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Confirms a credit line (right billing:create): with no allocations, the settlement of the SEPA
 * collection its end-to-end id names; otherwise a payment of the line's amount for the receipts' client,
 * allocated over one or several receipts (a split); what is not allocated stays the client's credit.
 * All or nothing; a line is confirmed once (CONFLICT).
 */
export async function confirmLine(ctx: RequestContext, lineId: string, allocationsArg: AllocationInput[] | null): Promise<BankTransaction> {
  const companyId = ctx.requireCompany();
  const line = await lineRow(ctx, lineId, 'transactionId', true);
  if (line.paymentId) throw conflict('This bank line has already been confirmed.', { paymentId: line.paymentId, matchedAt: line.matchedAt });
  if (line.direction !== 'CRDT') throw badField('transactionId', 'not_a_credit', 'Only money received is matched to receipts.');
  const allocations = allocationsArg ?? [];

  if (!allocations.length) {
    const [item] = line.endToEndId
      ? await ctx.em.execute<Array<{ id: string; payment_id: string | null; amount: string; status: string }>>(
          `select id, payment_id, amount, status from bank_run_item where company_id = ? and end_to_end_id = ?`,
          [companyId, line.endToEndId],
        )
      : [];
    if (!item || !item.payment_id || item.status !== 'presented') throw badField('allocations', 'required', 'At least one receipt to match (the line settles no SEPA collection).');
    if (dbCents(item.amount) !== dbCents(line.amount)) throw badField('allocations', 'amount_differs', `The collection was of ${money(item.amount)}, the line is of ${line.amount}.`);
    const [other] = await ctx.em.execute<Array<{ id: string }>>(`select id from bank_transaction where company_id = ? and payment_id = ?`, [companyId, item.payment_id]);
    if (other) throw conflict('This SEPA collection has already been settled by another bank line.', { transactionId: other.id });
    await ctx.em.execute(`update bank_transaction set payment_id = ?, settlement = true, matched_by = ?, matched_at = now() where company_id = ? and id = ?`, [item.payment_id, ctx.user?.id ?? null, companyId, line.id]);
    return lineRow(ctx, line.id);
  }

  // the receipts' client pays; matchPayment checks every receipt against that payer
  const issues: FieldIssue[] = [];
  let total = 0n;
  allocations.forEach((a, i) => {
    const ai = amountIssue(a.amount ?? '');
    if (ai) issues.push({ field: `allocations.${i}.amount`, reason: ai.reason, message: ai.message });
    else total += parseCents(a.amount)!;
  });
  if (!issues.length && total > dbCents(line.amount)) issues.push({ field: 'allocations', reason: 'exceeds_line_amount', message: `The line is of ${line.amount}; the allocations add up to ${formatCents(total)}.` });
  if (issues.length) throw badInput(issues);
  const [first] = await ctx.em.execute<Array<{ client_id: string }>>(`select client_id from premium_document where company_id = ? and id = ? and kind = 'receipt'`, [
    companyId,
    UUID.test(allocations[0].receiptId ?? '') ? allocations[0].receiptId : '00000000-0000-0000-0000-000000000000',
  ]);
  if (!first) throw notFoundFields([{ field: 'allocations.0.receiptId', reason: 'not_found', message: 'No such receipt in this company.' }]);
  const reference = [line.endToEndId, line.remittance].filter(Boolean).join(' — ').slice(0, 300) || null;
  const paymentId = await recordPayment(ctx, { clientId: first.client_id, method: PaymentMethod.BANK_TRANSFER, paymentDate: line.bookingDate, amount: line.amount, reference, accountId: null });
  await matchPayment(ctx, paymentId, allocations);
  await ctx.em.execute(`update bank_transaction set payment_id = ?, matched_by = ?, matched_at = now() where company_id = ? and id = ?`, [paymentId, ctx.user?.id ?? null, companyId, line.id]);
  return lineRow(ctx, line.id);
}
