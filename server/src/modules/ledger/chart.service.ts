import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { chartTemplate } from './chart-templates.js';
import { UUID } from './ledger-sql.js';
import type { AccountType, LedgerAccount, SubledgerKind } from './ledger.types.js';

/**
 * The chart of accounts of the active company (LE-1), written from its country's template the first
 * time it is needed (the ledger pages, billing, the seeder); `on conflict do nothing` makes two first
 * uses at once harmless. Needed first by a query (read-only), it is written in a transaction of its own.
 */
export async function ensureChart(ctx: RequestContext): Promise<void> {
  const companyId = ctx.requireCompany();
  const [row] = await ctx.em.execute<Array<{ n: string; country: string }>>(
    `select (select count(*) from ledger_account where company_id = ?) as n, (select country from company where id = ?) as country`,
    [companyId, companyId],
  );
  if (Number(row?.n ?? 0) > 0) return;
  const accounts = chartTemplate(row?.country ?? '');
  // a query's transaction is read-only: the chart is then written in a transaction of its own
  await ctx.writeForRead((em) => em.execute(
    `insert into ledger_account (company_id, code, name, type, subledger, role)
     select ?::uuid, a.code, a.name, a.type, a.subledger, a.role from json_to_recordset(?::json) as a(code text, name text, type text, subledger text, role text)
     on conflict do nothing`,
    [companyId, JSON.stringify(accounts.map((a) => ({ code: a.code, name: a.name, type: a.type, subledger: a.subledger ?? null, role: a.role ?? null })))],
  ));
}

export interface AccountRow {
  id: string;
  code: string;
  name: string;
  type: string;
  subledger: string | null;
  role: string | null;
}

export const toAccount = (r: AccountRow): LedgerAccount => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type as AccountType,
  subledger: (r.subledger as SubledgerKind | null) ?? null,
  role: r.role,
});

export async function listAccounts(ctx: RequestContext): Promise<LedgerAccount[]> {
  await ensureChart(ctx);
  const rows = await ctx.em.execute<AccountRow[]>(`select id, code, name, type, subledger, role from ledger_account where company_id = ? order by code`, [ctx.requireCompany()]);
  return rows.map(toAccount);
}

/** Accounts of the active company by id (another company's ids are simply absent). */
export async function accountsById(ctx: RequestContext, ids: string[]): Promise<Map<string, AccountRow>> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (!valid.length) return new Map();
  const rows = await ctx.em.execute<AccountRow[]>(`select id, code, name, type, subledger, role from ledger_account where company_id = ? and id = any(?::uuid[])`, [ctx.requireCompany(), `{${valid.join(',')}}`]);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function getAccount(ctx: RequestContext, id: string): Promise<AccountRow> {
  const a = (await accountsById(ctx, [id])).get(id);
  if (!a) throw notFound('Account');
  return a;
}

export async function accountByRole(ctx: RequestContext, role: string): Promise<AccountRow> {
  await ensureChart(ctx);
  const [a] = await ctx.em.execute<AccountRow[]>(`select id, code, name, type, subledger, role from ledger_account where company_id = ? and role = ?`, [ctx.requireCompany(), role]);
  if (!a) throw new Error(`the chart of accounts has no ${role} account`);
  return a;
}
