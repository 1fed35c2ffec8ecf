import type { RequestContext } from '../../core/context.js';
import { formatCents } from '../policies/money.js';
import { UUID, dbCents, money, notFoundFields } from '../ledger/ledger-sql.js';
import { OPEN_ITEM_SELECT, toOpenItem } from './matching.service.js';
import { PAYMENT_SELECT, type PaymentRow, toPayment } from './payment.service.js';
import type { ClientAccount, PaymentsDashboard } from './payments.types.js';

/**
 * The client card's account tab (LE-2): the client's open receipts, payments and receivable balance —
 * one statement per list, plain rows (no managed entities). The balance is the ledger's (receivable
 * account, the client's lines); it equals Σ open amounts − Σ payments' remainders because payments and
 * receipts both post to that account and a matching moves no money.
 */
export async function clientAccount(ctx: RequestContext, clientId: string): Promise<ClientAccount> {
  const companyId = ctx.requireCompany();
  const [client] = UUID.test(clientId ?? '') ? await ctx.em.execute<Array<{ id: string }>>(`select id from client where company_id = ? and id = ?`, [companyId, clientId]) : [];
  if (!client) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' }]);
  const open = await ctx.em.execute<Parameters<typeof toOpenItem>[0][]>(
    `${OPEN_ITEM_SELECT} where o.company_id = ? and o.client_id = ? and o.open_amount > 0 order by o.due_date, d.year, d.number`,
    [companyId, clientId],
  );
  const payments = await ctx.em.execute<PaymentRow[]>(`${PAYMENT_SELECT} where p.company_id = ? and p.client_id = ? order by p.payment_date desc, p.created_at desc, p.id`, [companyId, clientId]);
  const [balance] = await ctx.em.execute<Array<{ v: string | null }>>(
    `select sum(l.debit - l.credit) as v from journal_line l join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
      where l.company_id = ? and l.client_id = ? and a.role = 'clients_receivable'`,
    [companyId, clientId],
  );
  const openTotal = open.reduce((s, r) => s + dbCents(r.open_amount), 0n);
  const creditTotal = payments.reduce((s, r) => s + dbCents(r.remaining), 0n);
  return {
    clientId,
    openItems: open.map(toOpenItem),
    payments: payments.map(toPayment),
    openTotal: formatCents(openTotal),
    creditTotal: formatCents(creditTotal),
    balance: money(balance?.v ?? '0'),
  };
}

/** Unmatched payments (count and amount not yet allocated) for the dashboard. */
export async function paymentsDashboard(ctx: RequestContext): Promise<PaymentsDashboard> {
  const [r] = await ctx.em.execute<Array<{ n: string; v: string | null }>>(
    `select count(*) as n, sum(remaining) as v from payment_open_item where company_id = ? and remaining > 0`,
    [ctx.requireCompany()],
  );
  return { unmatchedCount: Number(r?.n ?? 0), unmatchedAmount: money(r?.v ?? '0') };
}

/** The oldest open receipt of each of the first `n` clients having one, by receipt number (the demo data's payments). */
export interface OpenReceiptHead {
  receipt_id: string;
  client_id: string;
  insurer_id: string;
  open_amount: string;
  number: string;
}
export async function oldestOpenReceiptPerClient(ctx: RequestContext, n: number): Promise<OpenReceiptHead[]> {
  return ctx.em.execute<OpenReceiptHead[]>(
    `select * from (
       select distinct on (o.client_id) o.receipt_id, o.client_id, o.insurer_id, o.open_amount, d.year || '/' || d.number as number, d.year, d.number as n
         from receipt_open_item o join premium_document d on d.company_id = o.company_id and d.id = o.receipt_id
        where o.company_id = ? and o.open_amount > 0
        order by o.client_id, o.due_date, d.year, d.number) x
      order by x.year, x.n limit ?`,
    [ctx.requireCompany(), n],
  );
}
