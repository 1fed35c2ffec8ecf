import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { amountIssue, formatCents, parseCents } from '../policies/money.js';
import { accountByRole, accountsById, ensureChart } from '../ledger/chart.service.js';
import { UUID, isClosed, money, notFoundFields } from '../ledger/ledger-sql.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { companyToday } from '../../core/company-calendar.js';
import { writeEntry } from '../ledger/posting.service.js';
import { PaymentMethod, type Payment, type PaymentFilter, type PaymentInput, type PaymentPage } from './payments.types.js';

/**
 * Recording payments (LE-2): money received from a client, posted at once — the bank, premium or cash
 * account debit, the client's receivable credit. Premiums collected go to the separate premium account
 * by default (Allegato 4 §IV); cash to the cash account. A payment is never changed: what it has not
 * yet been matched against stays the client's credit (payment_open_item.remaining).
 */
export const MONEY_ACCOUNT_ROLES = ['bank', 'premium_account', 'cash'] as const;

export interface PaymentRow {
  id: string;
  client_id: string;
  client_name: string;
  method: string;
  payment_date: string;
  amount: string;
  allocated: string;
  remaining: string;
  reference: string | null;
  account_id: string;
  account_code: string;
  account_name: string;
  entry_id: string;
  created_at: Date;
}

/** Payments with what they have allocated and left (view payment_open_item), as plain rows. */
export const PAYMENT_SELECT = `
  select p.id, p.client_id, c.display_name as client_name, p.method, to_char(p.payment_date, 'YYYY-MM-DD') as payment_date, p.amount,
         o.allocated, o.remaining, p.reference, p.account_id, a.code as account_code, a.name as account_name, p.entry_id, p.created_at
    from payment p
    join payment_open_item o on o.company_id = p.company_id and o.payment_id = p.id
    join client c on c.company_id = p.company_id and c.id = p.client_id
    join ledger_account a on a.company_id = p.company_id and a.id = p.account_id`;

export const toPayment = (r: PaymentRow): Payment => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  method: r.method as PaymentMethod,
  paymentDate: r.payment_date,
  amount: money(r.amount),
  allocated: money(r.allocated),
  remaining: money(r.remaining),
  reference: r.reference,
  accountId: r.account_id,
  accountCode: r.account_code,
  accountName: r.account_name,
  entryId: r.entry_id,
  createdAt: new Date(r.created_at),
});

export async function paymentRow(ctx: RequestContext, id: string, field = 'id'): Promise<PaymentRow> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<PaymentRow[]>(`${PAYMENT_SELECT} where p.company_id = ? and p.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFoundFields([{ field, reason: 'not_found', message: 'No such payment in this company.' }]);
  return rows[0];
}

export async function getPayment(ctx: RequestContext, id: string): Promise<Payment> {
  return toPayment(await paymentRow(ctx, id));
}

export async function listPayments(ctx: RequestContext, filter: PaymentFilter, first: number, offset: number): Promise<PaymentPage> {
  const where = ['p.company_id = ?'];
  const params: unknown[] = [ctx.requireCompany()];
  if (filter.clientId) (where.push('p.client_id = ?'), params.push(UUID.test(filter.clientId) ? filter.clientId : '00000000-0000-0000-0000-000000000000'));
  if (filter.unmatched) where.push('o.remaining > 0');
  const [count] = await ctx.em.execute<Array<{ n: string }>>(
    `select count(*) as n from payment p join payment_open_item o on o.company_id = p.company_id and o.payment_id = p.id where ${where.join(' and ')}`,
    params,
  );
  const rows = await ctx.em.execute<PaymentRow[]>(`${PAYMENT_SELECT} where ${where.join(' and ')} order by p.payment_date desc, p.created_at desc, p.id limit ? offset ?`, [
    ...params,
    Math.min(Math.max(first, 1), 200),
    Math.max(offset, 0),
  ]);
  return { items: rows.map(toPayment), total: Number(count?.n ?? 0) };
}

/** Records a payment (right collections:create): every field checked and named before anything is written. */
export async function recordPayment(ctx: RequestContext, input: PaymentInput): Promise<string> {
  const companyId = ctx.requireCompany();
  await ensureChart(ctx);
  // references first: another company's client or account is NOT_FOUND, naming the field
  const missing: FieldIssue[] = [];
  const [client] = UUID.test(input.clientId ?? '')
    ? await ctx.em.execute<Array<{ id: string; display_name: string }>>(`select id, display_name from client where company_id = ? and id = ?`, [companyId, input.clientId])
    : [];
  if (!client) missing.push({ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' });
  const accountArg = input.accountId?.trim() || null;
  const account = accountArg
    ? (await accountsById(ctx, [accountArg])).get(accountArg)
    : await accountByRole(ctx, input.method === PaymentMethod.CASH ? 'cash' : 'premium_account');
  if (!account) missing.push({ field: 'accountId', reason: 'not_found', message: 'No such account in this company.' });
  if (missing.length) throw notFoundFields(missing);

  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  if (!(MONEY_ACCOUNT_ROLES as readonly string[]).includes(account!.role ?? '') && account!.subledger !== 'bank' && account!.subledger !== 'premium') {
    add('accountId', 'not_a_money_account', `Account ${account!.code} is not a bank, premium or cash account.`);
  }
  const dateIssue = checkBusinessDate('paymentDate', input.paymentDate, await companyToday(ctx));
  if (dateIssue) issues.push(dateIssue);
  else if (await isClosed(ctx, input.paymentDate)) add('paymentDate', 'period_closed', `The month ${input.paymentDate.slice(0, 7)} is closed.`);
  const ai = amountIssue(input.amount ?? '');
  const cents = ai ? null : parseCents(input.amount);
  if (ai) add('amount', ai.reason, ai.message);
  else if (cents === 0n) add('amount', 'zero', 'A payment above zero.');
  const reference = input.reference?.trim() || null;
  if (reference && reference.length > 300) add('reference', 'too_long', 'At most 300 characters.');
  if (issues.length) throw badInput(issues);

  const receivable = await accountByRole(ctx, 'clients_receivable');
  const description = `${client!.display_name}${reference ? ` — ${reference}` : ''}`.slice(0, 500);
  const entryId = await writeEntry(ctx, {
    entryDate: input.paymentDate,
    description: `⇐ ${description}`.slice(0, 500),
    source: 'payment',
    lines: [
      { accountId: account!.id, debit: cents!, credit: 0n },
      { accountId: receivable.id, debit: 0n, credit: cents!, clientId: client!.id },
    ],
  });
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into payment (company_id, client_id, method, payment_date, amount, reference, account_id, entry_id, created_by)
     values (?, ?, ?, ?::date, ?::numeric, ?, ?, ?, ?) returning id`,
    [companyId, client!.id, input.method, input.paymentDate, formatCents(cents!), reference, account!.id, entryId, ctx.user?.id ?? null],
  );
  if (!row) throw notFound('Payment');
  return row.id;
}
