import type { RequestContext } from '../../core/context.js';
import { prepared } from '../../db/prepared.js';
import { UUID, money, notFoundFields } from '../ledger/ledger-sql.js';
import type { ClientAccount, OpenItem, Payment, PaymentsDashboard } from './payments.types.js';

/**
 * The client card's account tab (LE-2): the client's open receipts, payments and receivable balance —
 * one statement for all of it (the client, both lists as JSON built by PostgreSQL, the totals and the
 * balance), reading only the fields the query asks for and joining policy, insurer or money account
 * only when their names are asked; the client's name is read once, not per row. The rows are served as
 * PostgreSQL built them (amounts as numeric(14,2) text, dates YYYY-MM-DD): no per-row mapping.
 * The balance is the ledger's (receivable account, the client's lines); it equals Σ open amounts −
 * Σ payments' remainders because payments and receipts both post to that account and a matching moves
 * no money.
 */
export interface AccountFields {
  openItems: ReadonlySet<string>;
  payments: ReadonlySet<string>;
  top: ReadonlySet<string>;
}

type Column = { sql: string; join?: 'policy' | 'insurer' | 'account' };

/** OpenItem field → its expression over d (the receipt), a (its allocations), k (the client), p, i. */
const OPEN_COLUMNS: Record<keyof OpenItem, Column> = {
  receiptId: { sql: 'd.id' },
  receiptNumber: { sql: `d.series || ' ' || d.year || '/' || d.number` },
  clientId: { sql: 'd.client_id' },
  clientName: { sql: 'k.display_name' },
  policyNumber: { sql: 'p.number', join: 'policy' },
  insurerName: { sql: 'i.name', join: 'insurer' },
  dueDate: { sql: 'd.due_date' }, // a date in JSON is YYYY-MM-DD
  gross: { sql: 'd.gross::text' },
  allocated: { sql: 'coalesce(a.v, 0)::numeric(14,2)::text' },
  openAmount: { sql: '(d.gross - coalesce(a.v, 0))::numeric(14,2)::text' },
};

/**
 * What a payment still has to allocate: nothing once its entry is reversed (a direct debit returned
 * by the bank, issue #14), else its amount less its allocations — the rule of the view
 * `payment_open_item` (migration 0026), over y (the payment), b (its allocations) and rv (its reversal).
 */
const REMAINING = '(case when rv.reversed then 0 else y.amount - coalesce(b.v, 0) end)::numeric(14,2)';

/** Payment field → its expression over y (the payment), b (its allocations), rv (its reversal), k (the client), m (its money account). */
const PAYMENT_COLUMNS: Record<keyof Payment, Column> = {
  id: { sql: 'y.id' },
  clientId: { sql: 'y.client_id' },
  clientName: { sql: 'k.display_name' },
  method: { sql: 'y.method' },
  paymentDate: { sql: 'y.payment_date' },
  amount: { sql: 'y.amount::text' },
  allocated: { sql: 'coalesce(b.v, 0)::numeric(14,2)::text' },
  remaining: { sql: `${REMAINING}::text` },
  reference: { sql: 'y.reference' },
  accountId: { sql: 'y.account_id' },
  accountCode: { sql: 'm.code', join: 'account' },
  accountName: { sql: 'm.name', join: 'account' },
  entryId: { sql: 'y.entry_id' },
  createdAt: { sql: 'y.created_at' },
};

const ALL = { openItems: new Set(Object.keys(OPEN_COLUMNS)), payments: new Set(Object.keys(PAYMENT_COLUMNS)), top: new Set(['openItems', 'payments', 'openTotal', 'creditTotal', 'balance']) };

function picked(columns: Record<string, Column>, fields: ReadonlySet<string>): { object: string; joins: Set<string> } {
  const names = Object.keys(columns).filter((f) => fields.has(f));
  const joins = new Set(names.map((f) => columns[f].join).filter((j): j is NonNullable<Column['join']> => !!j));
  // json_build_object takes at most 100 arguments: 14 fields × 2 is far below
  return { object: `json_build_object(${names.map((f) => `'${f}', ${columns[f].sql}`).join(', ') || `'receiptId', null`})`, joins };
}

/**
 * The account tab's statement for `fields` (parameters: company id, client id): one row of the client
 * with `open` ({items, total}), `payments` ({items, total}) and `balance`, or no row for no such client.
 */
export function accountStatement(fields: AccountFields = ALL): string {
  const wantOpen = fields.top.has('openItems') || fields.top.has('openTotal');
  const wantPayments = fields.top.has('payments') || fields.top.has('creditTotal');
  const open = picked(OPEN_COLUMNS, fields.openItems);
  const pay = picked(PAYMENT_COLUMNS, fields.payments);
  const openSql = `
    select ${fields.top.has('openItems') ? `json_agg(${open.object} order by d.due_date, d.year, d.number)` : 'null'} as items,
           sum(d.gross - coalesce(a.v, 0))::numeric(20,2)::text as total
      from premium_document d
      left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as v
                           from payment_allocation x where x.company_id = d.company_id and x.receipt_id = d.id) a on true
      ${open.joins.has('policy') ? 'join policy p on p.company_id = d.company_id and p.id = d.policy_id' : ''}
      ${open.joins.has('insurer') ? 'join insurer i on i.company_id = d.company_id and i.id = d.insurer_id' : ''}
     where d.company_id = k.company_id and d.client_id = k.id and d.kind = 'receipt' and d.gross - coalesce(a.v, 0) > 0
       and not exists (select 1 from premium_document c where c.company_id = d.company_id and c.credits_id = d.id)`;
  const paySql = `
    select ${fields.top.has('payments') ? `json_agg(${pay.object} order by y.payment_date desc, y.created_at desc, y.id)` : 'null'} as items,
           sum(${REMAINING})::numeric(20,2)::text as total
      from payment y
      left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as v
                           from payment_allocation x where x.company_id = y.company_id and x.payment_id = y.id) b on true
      left join lateral (select true as reversed from journal_entry r
                          where r.company_id = y.company_id and r.reverses_id = y.entry_id limit 1) rv on true
      ${pay.joins.has('account') ? 'join ledger_account m on m.company_id = y.company_id and m.id = y.account_id' : ''}
     where y.company_id = k.company_id and y.client_id = k.id`;
  // the receivable account is looked up once (one account per company and role), not joined per ledger line
  const balanceSql = `
    select sum(l.debit - l.credit)::numeric(20,2)::text from journal_line l
     where l.company_id = k.company_id and l.client_id = k.id
       and l.account_id = (select r.id from ledger_account r where r.company_id = k.company_id and r.role = 'clients_receivable')`;
  return `select k.id,
            ${wantOpen ? `(select row_to_json(o) from (${openSql}) o)` : 'null'} as open,
            ${wantPayments ? `(select row_to_json(o) from (${paySql}) o)` : 'null'} as payments,
            ${fields.top.has('balance') ? `(${balanceSql})` : 'null'} as balance
       from client k where k.company_id = ? and k.id = ?`;
}

/** The account tab in one statement; `fields` is what the query asks for (every field when not given). */
export async function clientAccount(ctx: RequestContext, clientId: string, fields: AccountFields = ALL): Promise<ClientAccount> {
  const companyId = ctx.requireCompany();
  if (!UUID.test(clientId ?? '')) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' }]);
  const [row] = await prepared(ctx.em).execute<{ id: string; open: { items: OpenItem[] | null; total: string | null } | null; payments: { items: Payment[] | null; total: string | null } | null; balance: string | null }>(
    accountStatement(fields),
    [companyId, clientId],
  );
  if (!row) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' }]);
  const payments = row.payments?.items ?? [];
  if (fields.payments.has('createdAt')) for (const p of payments) p.createdAt = new Date(p.createdAt);
  return {
    clientId,
    openItems: row.open?.items ?? [],
    payments,
    openTotal: money(row.open?.total ?? '0'),
    creditTotal: money(row.payments?.total ?? '0'),
    balance: money(row.balance ?? '0'),
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
