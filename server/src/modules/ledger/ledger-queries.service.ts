import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { prepared } from '../../db/prepared.js';
import { formatCents } from '../policies/money.js';
import { type AccountRow, ensureChart, getAccount, toAccount } from './chart.service.js';
import { UUID, dbCents, isIsoDate, money } from './ledger-sql.js';
import type { AccountStatement, JournalEntry, JournalEntryFilter, JournalEntryPage, JournalSource, LedgerPeriod, TrialBalance } from './ledger.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * Reading the books (LE-1), in SQL over the ledger's indexes: the trial balance (per account: the
 * balance before the range, the range's debits and credits, the closing balance), an account's
 * statement with a running balance (a window function), the journal, the closed months.
 */
function checkRange(from: string | null | undefined, to: string | null | undefined, today: string): { from: string | null; to: string } {
  const issues: FieldIssue[] = [];
  const f = from?.trim() || null;
  const t = to?.trim() || today;
  if (f !== null && !isIsoDate(f)) issues.push({ field: 'from', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  if (!isIsoDate(t)) issues.push({ field: 'to', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  if (!issues.length && f && f > t) issues.push({ field: 'to', reason: 'before_from', message: 'The end of the range is before its start.' });
  if (issues.length) throw badInput(issues);
  return { from: f, to: t };
}

/**
 * The trial balance in one statement, as its hand-written SQL: per account Σ debit and Σ credit of its
 * lines up to `to` (over the index journal_line_account_idx, which includes the amounts); with `from`,
 * the lines before it are summed into the opening balance (FILTER clauses, no CASE per line). The chart
 * is written on first use only when the company has none (no extra statement otherwise).
 */
export async function trialBalance(ctx: RequestContext, fromArg: string | null | undefined, toArg: string | null | undefined): Promise<TrialBalance> {
  const { from, to } = checkRange(fromArg, toArg, await companyToday(ctx));
  const companyId = ctx.requireCompany();
  const sums = from
    ? `select l.account_id, sum(l.debit - l.credit) filter (where l.entry_date < ?::date) as opening,
              sum(l.debit) filter (where l.entry_date >= ?::date) as debit, sum(l.credit) filter (where l.entry_date >= ?::date) as credit
         from journal_line l where l.company_id = ? and l.entry_date <= ?::date group by l.account_id`
    : `select l.account_id, 0 as opening, sum(l.debit) as debit, sum(l.credit) as credit
         from journal_line l where l.company_id = ? and l.entry_date <= ?::date group by l.account_id`;
  const read = () =>
    prepared(ctx.em).execute<AccountRow & { opening: string; debit: string; credit: string }>(
      `select a.id, a.code, a.name, a.type, a.subledger, a.role,
              coalesce(s.opening, 0) as opening, coalesce(s.debit, 0) as debit, coalesce(s.credit, 0) as credit
         from ledger_account a left join (${sums}) s on s.account_id = a.id
        where a.company_id = ?
        order by a.code`,
      [...(from ? [from, from, from] : []), companyId, to, companyId],
    );
  let rows = await read();
  if (!rows.length) {
    await ensureChart(ctx);
    rows = await read();
  }
  let td = 0n;
  let tc = 0n;
  let tb = 0n;
  const out = rows.map((r) => {
    const opening = dbCents(r.opening);
    const debit = dbCents(r.debit);
    const credit = dbCents(r.credit);
    const balance = opening + debit - credit;
    td += debit;
    tc += credit;
    tb += balance;
    return { account: toAccount(r), opening: formatCents(opening), debit: formatCents(debit), credit: formatCents(credit), balance: formatCents(balance) };
  });
  return { from, to, rows: out, totalDebit: formatCents(td), totalCredit: formatCents(tc), totalBalance: formatCents(tb) };
}

export async function accountStatement(ctx: RequestContext, accountId: string, fromArg: string | null | undefined, toArg: string | null | undefined, first: number, offset: number): Promise<AccountStatement> {
  const account = await getAccount(ctx, accountId);
  const { from, to } = checkRange(fromArg, toArg, await companyToday(ctx));
  const companyId = ctx.requireCompany();
  const f = from ?? '0001-01-01';
  const [opening] = await ctx.em.execute<Array<{ v: string | null; n: string }>>(
    `select sum(debit - credit) filter (where entry_date < ?::date) as v, count(*) filter (where entry_date >= ?::date) as n
       from journal_line where company_id = ? and account_id = ? and entry_date <= ?::date`,
    [f, f, companyId, account.id, to],
  );
  const open = dbCents(opening?.v ?? '0');
  const lines = await ctx.em.execute<Array<{ entry_id: string; entry_date: string; description: string; source: string; debit: string; credit: string; balance: string; party: string | null }>>(
    `select s.* from (
       select l.entry_id, to_char(l.entry_date, 'YYYY-MM-DD') as entry_date, coalesce(l.description, e.description) as description, e.source, l.debit, l.credit,
              ?::numeric + sum(l.debit - l.credit) over (order by l.entry_date, e.created_at, l.entry_id, l.line_no rows between unbounded preceding and current row) as balance,
              coalesce(c.display_name, i.name) as party,
              row_number() over (order by l.entry_date, e.created_at, l.entry_id, l.line_no) as rn
         from journal_line l
         join journal_entry e on e.company_id = l.company_id and e.id = l.entry_id
         left join client c on c.company_id = l.company_id and c.id = l.client_id
         left join insurer i on i.company_id = l.company_id and i.id = l.insurer_id
        where l.company_id = ? and l.account_id = ? and l.entry_date >= ?::date and l.entry_date <= ?::date
     ) s where s.rn > ? order by s.rn limit ?`,
    [formatCents(open), companyId, account.id, f, to, Math.max(offset, 0), Math.min(Math.max(first, 1), 500)],
  );
  const [closing] = await ctx.em.execute<Array<{ v: string | null }>>(`select sum(debit - credit) as v from journal_line where company_id = ? and account_id = ? and entry_date <= ?::date`, [companyId, account.id, to]);
  return {
    account: toAccount(account),
    opening: formatCents(open),
    lines: lines.map((l) => ({ entryId: l.entry_id, entryDate: l.entry_date, description: l.description, source: l.source as JournalSource, debit: money(l.debit), credit: money(l.credit), balance: money(l.balance), partyName: l.party })),
    total: Number(opening?.n ?? 0),
    closing: money(closing?.v ?? '0'),
  };
}

interface EntryRow {
  id: string;
  entry_date: string;
  description: string;
  source: string;
  reverses_id: string | null;
  reversed_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  lines: Array<{ line_no: number; debit: string; credit: string; client_id: string | null; client_name: string | null; insurer_id: string | null; insurer_name: string | null; description: string | null; account: AccountRow }>;
}

function toEntry(r: EntryRow): JournalEntry {
  return {
    id: r.id,
    entryDate: r.entry_date,
    description: r.description,
    source: r.source as JournalSource,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by,
    createdByName: r.created_by_name,
    createdAt: new Date(r.created_at),
    total: formatCents(r.lines.reduce((s, l) => s + dbCents(l.debit), 0n)),
    lines: r.lines.map((l) => ({
      lineNo: l.line_no,
      account: toAccount(l.account),
      debit: money(l.debit),
      credit: money(l.credit),
      clientId: l.client_id,
      clientName: l.client_name,
      insurerId: l.insurer_id,
      insurerName: l.insurer_name,
      description: l.description,
    })),
  };
}

const ENTRY_SELECT = `
  select e.id, to_char(e.entry_date, 'YYYY-MM-DD') as entry_date, e.description, e.source, e.reverses_id, e.created_at,
         (select r.id from journal_entry r where r.company_id = e.company_id and r.reverses_id = e.id) as reversed_by,
         (select u.display_name from app_user u where u.id = e.created_by) as created_by_name,
         (select json_agg(json_build_object('line_no', l.line_no, 'debit', l.debit, 'credit', l.credit, 'client_id', l.client_id, 'client_name', c.display_name,
                                            'insurer_id', l.insurer_id, 'insurer_name', i.name, 'description', l.description,
                                            'account', json_build_object('id', a.id, 'code', a.code, 'name', a.name, 'type', a.type, 'subledger', a.subledger, 'role', a.role))
                          order by l.line_no)
            from journal_line l join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
            left join client c on c.company_id = l.company_id and c.id = l.client_id
            left join insurer i on i.company_id = l.company_id and i.id = l.insurer_id
           where l.company_id = e.company_id and l.entry_id = e.id) as lines
    from journal_entry e`;

export async function journalEntry(ctx: RequestContext, id: string): Promise<JournalEntry | null> {
  if (!UUID.test(id)) return null;
  const [row] = await ctx.em.execute<EntryRow[]>(`${ENTRY_SELECT} where e.company_id = ? and e.id = ?`, [ctx.requireCompany(), id]);
  return row ? toEntry(row) : null;
}

export async function journalEntries(ctx: RequestContext, filter: JournalEntryFilter, first: number, offset: number): Promise<JournalEntryPage> {
  const companyId = ctx.requireCompany();
  const { from, to } = checkRange(filter.from, filter.to ?? '9999-12-31', await companyToday(ctx));
  const where = ['e.company_id = ?', 'e.entry_date <= ?::date'];
  const params: unknown[] = [companyId, to];
  if (from) {
    where.push('e.entry_date >= ?::date');
    params.push(from);
  }
  if (filter.source) {
    where.push('e.source = ?');
    params.push(filter.source);
  }
  if (filter.accountId) {
    where.push('exists (select 1 from journal_line x where x.company_id = e.company_id and x.entry_id = e.id and x.account_id = ?)');
    params.push(UUID.test(filter.accountId) ? filter.accountId : '00000000-0000-0000-0000-000000000000');
  }
  const [count] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from journal_entry e where ${where.join(' and ')}`, params);
  const rows = await ctx.em.execute<EntryRow[]>(`${ENTRY_SELECT} where ${where.join(' and ')} order by e.entry_date desc, e.created_at desc, e.id desc limit ? offset ?`, [
    ...params,
    Math.min(Math.max(first, 1), 200),
    Math.max(offset, 0),
  ]);
  return { items: rows.map(toEntry), total: Number(count?.n ?? 0) };
}

export async function closedPeriods(ctx: RequestContext): Promise<LedgerPeriod[]> {
  const rows = await ctx.em.execute<Array<{ month: string; closed_at: Date; name: string | null }>>(
    `select to_char(p.month, 'YYYY-MM') as month, p.closed_at, (select u.display_name from app_user u where u.id = p.closed_by) as name
       from ledger_period_close p where p.company_id = ? order by p.month desc`,
    [ctx.requireCompany()],
  );
  return rows.map((r) => ({ month: r.month, closedAt: new Date(r.closed_at), closedByName: r.name }));
}
