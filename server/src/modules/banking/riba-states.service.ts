import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, conflict } from '../../core/errors.js';
import { insertAuditRows, type AuditRow } from '../base/audit/audit.writer.js';
import { accountByRole, ensureChart, type AccountRow } from '../ledger/chart.service.js';
import { UUID, isClosed, money, notFoundFields } from '../ledger/ledger-sql.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { entryHead, writeEntry, writeReversal } from '../ledger/posting.service.js';
import { lockOpenItems } from '../payments/matching.service.js';
import { parseCents } from '../policies/money.js';
import { ribaSettingsRow } from './riba-settings.service.js';
import { ITEM_SELECT, getRibaRun, toItem } from './riba-run.service.js';
import type { RibaFile, RibaItem, RibaOutcome, RibaRun, RibaUnpaidMonth } from './riba.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * RiBa states and postings (issue #14 §4), each change an audited event (entity RibaItem):
 *  - presented (the file is sent to the bank): per receipt a payment (method riba) moving the
 *    receivable to "effetti all'incasso" (account role riba_in_collection debit, client receivable
 *    credit), allocated to the receipt — the receipt is settled while the bank collects;
 *  - paid: the bank's credit (premium account debit, riba_in_collection credit);
 *  - unpaid (insoluto): the allocation is undone (the receipt is open again), the presentation's entry
 *    reversed back to the client, and the company's unpaid fee, when set, charged to the client
 *    (client receivable debit, premium account credit: the bank took it), source bank_return — as a
 *    SEPA return is posted.
 * Everything is checked before anything is written (one transaction per request: all or nothing).
 */
const RIBA_ACCOUNT = { code: '1150', name: "Effetti all'incasso (RiBa)" };

/** The "effetti all'incasso" account, added to the chart the first time it is needed. */
export async function ribaAccount(ctx: RequestContext): Promise<AccountRow> {
  await ensureChart(ctx);
  await ctx.em.execute(
    `insert into ledger_account (company_id, code, name, type, subledger, role) select ?, ?, ?, 'asset', null, 'riba_in_collection'
      where not exists (select 1 from ledger_account where company_id = ? and role = 'riba_in_collection') on conflict do nothing`,
    [ctx.requireCompany(), RIBA_ACCOUNT.code, RIBA_ACCOUNT.name, ctx.requireCompany()],
  );
  return accountByRole(ctx, 'riba_in_collection');
}

const audit = (ctx: RequestContext, rows: Array<Omit<AuditRow, 'companyId' | 'action' | 'entityType'>>) =>
  rows.length ? insertAuditRows(ctx.em, ctx.actor(), rows.map((r) => ({ ...r, companyId: ctx.requireCompany(), action: 'update', entityType: 'RibaItem' }))) : Promise.resolve();

/** The run's CBI file (right billing:export); the download is audited. Another company's run → NOT_FOUND. */
export async function ribaFile(ctx: RequestContext, runId: string): Promise<RibaFile> {
  const run = await getRibaRun(ctx, runId);
  const [f] = await ctx.em.execute<Array<{ id: string; file_name: string; sha256: string; content: Buffer }>>(
    `select f.id, f.file_name, f.sha256, f.content from riba_run r join riba_file f on f.company_id = r.company_id and f.id = r.file_id where r.company_id = ? and r.id = ? and r.status = 'done'`,
    [ctx.requireCompany(), run.id],
  );
  if (!f) throw new AppError('CONFLICT', 'The run has no file yet.');
  await insertAuditRows(ctx.em, ctx.actor(), [{ companyId: ctx.requireCompany(), action: 'download', entityType: 'RibaRun', entityId: run.id, before: null, after: { fileName: f.file_name, sha256: f.sha256 } }]);
  return { fileName: f.file_name, contentType: 'text/plain; charset=us-ascii', sha256: f.sha256, base64: Buffer.from(f.content).toString('base64') };
}

/** The date the outcome is booked by: a date of the books (ledger/business-date.ts), today when not given. */
function checkDate(issues: FieldIssue[], value: string | null | undefined, today: string): string {
  const date = value?.trim() || today;
  const issue = checkBusinessDate('date', date, today);
  if (issue) issues.push(issue);
  return date;
}

/** Marks a done run's file sent to the bank: its issued receipts become presented and are posted. */
export async function presentRibaRun(ctx: RequestContext, runId: string, dateArg?: string | null): Promise<RibaRun> {
  const companyId = ctx.requireCompany();
  const run = await getRibaRun(ctx, runId);
  const issues: FieldIssue[] = [];
  const date = checkDate(issues, dateArg, await companyToday(ctx));
  if (!issues.length && (await isClosed(ctx, date))) issues.push({ field: 'date', reason: 'period_closed', message: `The month ${date.slice(0, 7)} is closed.` });
  if (issues.length) throw badInput(issues);
  if (run.status !== 'done' || !run.hasFile) throw conflict('The run is not done: its file is not ready.', { status: run.status });
  if (run.presentedAt) throw conflict('The file has already been marked sent to the bank.', { presentedAt: run.presentedAt });
  const items = await ctx.em.execute<Array<{ id: string; receipt_id: string; receipt_number: string; client_id: string; client_name: string; amount: string; open_amount: string }>>(
    `select i.id, i.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name, i.amount, o.open_amount
       from riba_item i join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id join client c on c.company_id = d.company_id and c.id = d.client_id
       join receipt_open_item o on o.company_id = d.company_id and o.receipt_id = d.id
      where i.company_id = ? and i.run_id = ? and i.state = 'issued' order by i.progressive`,
    [companyId, run.id],
  );
  await lockOpenItems(ctx, [], items.map((i) => i.receipt_id));
  const short = items.find((i) => parseCents(money(i.open_amount))! < parseCents(money(i.amount))!);
  if (short) throw conflict(`Receipt ${short.receipt_number} has been paid otherwise since the run: ${money(short.open_amount)} open of ${money(short.amount)}.`, { receiptId: short.receipt_id });
  const account = await ribaAccount(ctx);
  const receivable = await accountByRole(ctx, 'clients_receivable');
  for (const i of items) {
    const cents = parseCents(money(i.amount))!;
    const entryId = await writeEntry(ctx, {
      entryDate: date,
      description: `⇐ ${i.client_name} — RiBa ${run.supportName} ${i.receipt_number}`.slice(0, 500),
      source: 'payment',
      lines: [
        { accountId: account.id, debit: cents, credit: 0n },
        { accountId: receivable.id, debit: 0n, credit: cents, clientId: i.client_id },
      ],
    });
    const [p] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into payment (company_id, client_id, method, payment_date, amount, reference, account_id, entry_id, created_by) values (?, ?, 'riba', ?::date, ?::numeric, ?, ?, ?, ?) returning id`,
      [companyId, i.client_id, date, money(i.amount), `RiBa ${run.supportName} ${i.receipt_number}`, account.id, entryId, ctx.user?.id ?? null],
    );
    await ctx.em.execute(`insert into payment_allocation (company_id, payment_id, receipt_id, amount) values (?, ?, ?, ?::numeric)`, [companyId, p.id, i.receipt_id, money(i.amount)]);
    await ctx.em.execute(`update riba_item set state = 'presented', state_date = ?::date, payment_id = ? where company_id = ? and id = ?`, [date, p.id, companyId, i.id]);
  }
  await ctx.em.execute(`update riba_run set presented_at = now() where company_id = ? and id = ?`, [companyId, run.id]);
  await audit(ctx, items.map((i) => ({ entityId: i.id, before: { state: 'issued', receiptNumber: i.receipt_number }, after: { state: 'presented', date, amount: money(i.amount) } })));
  return getRibaRun(ctx, run.id);
}

interface StateRow {
  id: string;
  run_id: string;
  receipt_id: string;
  receipt_number: string;
  client_id: string;
  client_name: string;
  amount: string;
  state: string;
  state_date: string | null;
  payment_id: string | null;
  entry_id: string | null;
}

/**
 * The bank's outcome for presented RiBa, one or many (right billing:create): paid or unpaid. Unknown
 * or another company's ids → NOT_FOUND naming `itemIds[i]`; an item not presented → BAD_USER_INPUT
 * naming it; nothing is written unless every item can be.
 */
export async function setRibaOutcome(ctx: RequestContext, itemIds: string[], outcome: RibaOutcome, dateArg?: string | null): Promise<RibaItem[]> {
  const companyId = ctx.requireCompany();
  const issues: FieldIssue[] = [];
  if (!itemIds?.length) issues.push({ field: 'itemIds', reason: 'required', message: 'One RiBa at least.' });
  if (itemIds.length > 1000) issues.push({ field: 'itemIds', reason: 'too_many', message: 'At most 1,000 at once.' });
  if (outcome !== 'paid' && outcome !== 'unpaid') issues.push({ field: 'outcome', reason: 'invalid', message: 'PAID or UNPAID.' });
  const date = checkDate(issues, dateArg, await companyToday(ctx));
  if (issues.length) throw badInput(issues);
  const valid = itemIds.filter((i) => UUID.test(i));
  const rows = valid.length
    ? await ctx.em.execute<StateRow[]>(
        `select i.id, i.run_id, i.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name, i.amount, i.state,
                to_char(i.state_date, 'YYYY-MM-DD') as state_date, i.payment_id, p.entry_id
           from riba_item i join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id join client c on c.company_id = d.company_id and c.id = d.client_id
           left join payment p on p.company_id = i.company_id and p.id = i.payment_id
          where i.company_id = ? and i.id = any(?::uuid[]) for update of i`,
        [companyId, `{${valid.join(',')}}`],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = itemIds.map((id, k) => (byId.has(id) ? null : { field: `itemIds[${k}]`, reason: 'not_found', message: 'No such RiBa in this company.' })).filter((x): x is FieldIssue => x !== null);
  if (missing.length) throw notFoundFields(missing);
  itemIds.forEach((id, k) => {
    const r = byId.get(id)!;
    if (r.state !== 'presented') issues.push({ field: `itemIds[${k}]`, reason: 'not_presented', message: `RiBa ${r.receipt_number} is ${r.state}: only a presented RiBa is paid or unpaid.` });
    else if (date < r.state_date!) issues.push({ field: 'date', reason: 'before_presented', message: `RiBa ${r.receipt_number} was presented on ${r.state_date}.` });
  });
  if (new Set(itemIds).size !== itemIds.length) issues.push({ field: 'itemIds', reason: 'duplicate', message: 'A RiBa is named twice.' });
  if (!issues.length && (await isClosed(ctx, date))) issues.push({ field: 'date', reason: 'period_closed', message: `The month ${date.slice(0, 7)} is closed.` });
  if (issues.length) throw badInput(issues);

  const account = await ribaAccount(ctx);
  const premium = await accountByRole(ctx, 'premium_account');
  const receivable = await accountByRole(ctx, 'clients_receivable');
  const settings = outcome === 'unpaid' ? await ribaSettingsRow(ctx) : null;
  const fee = settings?.unpaid_fee ? parseCents(money(settings.unpaid_fee))! : null;
  if (outcome === 'unpaid') {
    await lockOpenItems(ctx, [], rows.map((r) => r.receipt_id));
    const [remitted] = await ctx.em.execute<Array<{ receipt_id: string }>>(`select receipt_id from remittance_item where company_id = ? and receipt_id = any(?::uuid[]) and active limit 1`, [
      companyId,
      `{${rows.map((r) => r.receipt_id).join(',')}}`,
    ]);
    if (remitted) throw new AppError('CONFLICT', `The receipt ${byId.get(rows.find((r) => r.receipt_id === remitted.receipt_id)!.id)!.receipt_number} has been remitted to its insurer: cancel the remittance first.`, { receiptId: remitted.receipt_id });
  }
  for (const id of itemIds) {
    const r = byId.get(id)!;
    const cents = parseCents(money(r.amount))!;
    if (outcome === 'paid') {
      const entryId = await writeEntry(ctx, {
        entryDate: date,
        description: `RiBa ${r.receipt_number} paid — ${r.client_name}`.slice(0, 500),
        source: 'payment',
        lines: [
          { accountId: premium.id, debit: cents, credit: 0n },
          { accountId: account.id, debit: 0n, credit: cents },
        ],
      });
      await ctx.em.execute(`update riba_item set state = 'paid', state_date = ?::date, paid_entry_id = ? where company_id = ? and id = ?`, [date, entryId, companyId, r.id]);
      continue;
    }
    const reason = `RiBa unpaid (insoluto) ${r.receipt_number}`;
    await ctx.em.execute(
      `insert into payment_allocation (company_id, payment_id, receipt_id, amount, undoes_id, reason, created_by)
       select a.company_id, a.payment_id, a.receipt_id, a.amount, a.id, ?, ? from payment_allocation a
        where a.company_id = ? and a.payment_id = ? and a.receipt_id = ? and a.undoes_id is null
          and not exists (select 1 from payment_allocation u where u.company_id = a.company_id and u.undoes_id = a.id)`,
      [reason, ctx.user?.id ?? null, companyId, r.payment_id, r.receipt_id],
    );
    const original = await entryHead(ctx, r.entry_id!);
    const reversalId = await writeReversal(ctx, original, date, `↺ ${original.description} — insoluto`.slice(0, 500), 'reversal');
    let feeEntryId: string | null = null;
    if (fee) {
      feeEntryId = await writeEntry(ctx, {
        entryDate: date,
        description: `${r.client_name} — RiBa unpaid fee ${r.receipt_number}`.slice(0, 500),
        source: 'bank_return',
        lines: [
          { accountId: receivable.id, debit: fee, credit: 0n, clientId: r.client_id },
          { accountId: premium.id, debit: 0n, credit: fee },
        ],
      });
    }
    await ctx.em.execute(`update riba_item set state = 'unpaid', state_date = ?::date, reversal_entry_id = ?, fee = ?::numeric, fee_entry_id = ? where company_id = ? and id = ?`, [
      date,
      reversalId,
      fee === null ? null : money(settings!.unpaid_fee),
      feeEntryId,
      companyId,
      r.id,
    ]);
  }
  await audit(
    ctx,
    itemIds.map((id) => {
      const r = byId.get(id)!;
      return { entityId: r.id, before: { state: 'presented', receiptNumber: r.receipt_number }, after: { state: outcome, date, ...(outcome === 'unpaid' && fee ? { fee: money(settings!.unpaid_fee) } : {}) } };
    }),
  );
  const out = await ctx.em.execute<Parameters<typeof toItem>[0][]>(`${ITEM_SELECT} where i.company_id = ? and i.id = any(?::uuid[]) order by i.progressive`, [companyId, `{${itemIds.join(',')}}`]);
  return out.map(toItem);
}

/** Unpaid RiBa per month of the outcome, the last `months` months (dashboard tile). */
export async function ribaUnpaidByMonth(ctx: RequestContext, months: number): Promise<RibaUnpaidMonth[]> {
  const n = Math.min(Math.max(months, 1), 36);
  const rows = await ctx.em.execute<Array<{ month: string; n: string; amount: string }>>(
    `select to_char(date_trunc('month', state_date), 'YYYY-MM') as month, count(*) as n, sum(amount) as amount
       from riba_item where company_id = ? and state = 'unpaid' and state_date >= (date_trunc('month', current_date) - make_interval(months => ?))::date
      group by 1 order by 1 desc`,
    [ctx.requireCompany(), n - 1],
  );
  return rows.map((r) => ({ month: r.month, count: Number(r.n), amount: money(r.amount) }));
}

