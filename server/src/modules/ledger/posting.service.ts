import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { amountIssue, type Cents, formatCents, parseCents } from '../policies/money.js';
import { accountsById, ensureChart } from './chart.service.js';
import { UUID, isClosed, lockPeriod, notFoundFields } from './ledger-sql.js';
import type { JournalEntryInput } from './ledger.types.js';
import { companyToday } from '../../core/company-calendar.js';
import { BOOKS_FIRST_DAY, checkBusinessDate } from './business-date.js';

/**
 * Writing to the books (LE-1). Every entry goes through `writeEntry`: its lines are inserted in the
 * same transaction, then the database's balance check (a constraint trigger deferred to COMMIT) is run
 * at once (`set constraints … immediate`), so an entry that does not balance fails inside the request,
 * never half-posted. Closed months are refused here with a named field, and by the database too.
 */
export interface PostLine {
  accountId: string;
  debit: Cents;
  credit: Cents;
  clientId?: string | null;
  insurerId?: string | null;
  producerId?: string | null;
  description?: string | null;
}

export interface PostEntry {
  entryDate: string;
  description: string;
  source: 'manual' | 'receipt' | 'credit_note' | 'reversal' | 'payment' | 'remittance' | 'bank_return';
  reversesId?: string | null;
  lines: PostLine[];
}

export async function writeEntry(ctx: RequestContext, e: PostEntry): Promise<string> {
  const companyId = ctx.requireCompany();
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into journal_entry (company_id, entry_date, description, source, reverses_id, created_by) values (?, ?::date, ?, ?, ?, ?) returning id`,
    [companyId, e.entryDate, e.description, e.source, e.reversesId ?? null, ctx.user?.id ?? null],
  );
  await ctx.em.execute(
    `insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit, client_id, insurer_id, producer_id, description)
     select ?::uuid, ?::uuid, l.line_no, ?::date, l.account_id, l.debit, l.credit, l.client_id, l.insurer_id, l.producer_id, l.description
       from json_to_recordset(?::json) as l(line_no int, account_id uuid, debit numeric, credit numeric, client_id uuid, insurer_id uuid, producer_id uuid, description text)`,
    [
      companyId,
      row.id,
      e.entryDate,
      JSON.stringify(
        e.lines.map((l, i) => ({
          line_no: i + 1,
          account_id: l.accountId,
          debit: formatCents(l.debit),
          credit: formatCents(l.credit),
          client_id: l.clientId ?? null,
          insurer_id: l.insurerId ?? null,
          producer_id: l.producerId ?? null,
          description: l.description ?? null,
        })),
      ),
    ],
  );
  await checkBalancedNow(ctx);
  return row.id;
}

/** Runs the deferred balance check of every entry written so far in this transaction, now. */
export async function checkBalancedNow(ctx: RequestContext): Promise<void> {
  await ctx.em.execute(`set constraints journal_entry_balanced immediate`);
  await ctx.em.execute(`set constraints journal_entry_balanced deferred`);
}

/** A manual entry (right ledger:edit): every field checked and named before anything is written. */
export async function postManualEntry(ctx: RequestContext, input: JournalEntryInput): Promise<string> {
  await ensureChart(ctx);
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  const lines = input.lines ?? [];
  // references first: NOT_FOUND names the field (another company's ids included)
  const accounts = await accountsById(ctx, lines.map((l) => l.accountId));
  const parties = await partiesOf(ctx, lines.map((l) => l.clientId ?? null).filter((x): x is string => !!x), lines.map((l) => l.insurerId ?? null).filter((x): x is string => !!x));
  const missing: FieldIssue[] = [];
  lines.forEach((l, i) => {
    if (!accounts.has(l.accountId)) missing.push({ field: `lines.${i}.accountId`, reason: 'not_found', message: 'No such account in this company.' });
    if (l.clientId && !parties.clients.has(l.clientId)) missing.push({ field: `lines.${i}.clientId`, reason: 'not_found', message: 'No such client in this company.' });
    if (l.insurerId && !parties.insurers.has(l.insurerId)) missing.push({ field: `lines.${i}.insurerId`, reason: 'not_found', message: 'No such insurer in this company.' });
  });
  if (missing.length) throw notFoundFields(missing);

  const dateIssue = checkBusinessDate('entryDate', input.entryDate, await companyToday(ctx));
  if (dateIssue) issues.push(dateIssue);
  else if (await isClosed(ctx, input.entryDate)) add('entryDate', 'period_closed', `The month ${input.entryDate.slice(0, 7)} is closed.`);
  const description = input.description?.trim() ?? '';
  if (!description) add('description', 'required', 'What is this entry for?');
  else if (description.length > 500) add('description', 'too_long', 'At most 500 characters.');
  if (lines.length < 2) add('lines', 'min_two_lines', 'An entry has at least two lines.');
  if (lines.length > 200) add('lines', 'max_lines', 'At most 200 lines.');
  let debit = 0n;
  let credit = 0n;
  const post: PostLine[] = [];
  lines.forEach((l, i) => {
    const p = `lines.${i}`;
    const side = (name: 'debit' | 'credit', v: string | null | undefined): Cents | null => {
      if (v === null || v === undefined || v.trim() === '') return null;
      const ai = amountIssue(v);
      if (ai) {
        add(`${p}.${name}`, ai.reason, ai.message);
        return null;
      }
      return parseCents(v)!;
    };
    const d = side('debit', l.debit);
    const c = side('credit', l.credit);
    const dPos = d !== null && d > 0n;
    const cPos = c !== null && c > 0n;
    if (dPos && cPos) add(`${p}.credit`, 'both_sides', 'A line is a debit or a credit, not both.');
    else if (!dPos && !cPos && !issues.some((x) => x.field.startsWith(`${p}.`))) add(`${p}.debit`, 'zero', 'A debit or a credit above zero.');
    const account = accounts.get(l.accountId)!;
    const sub = account.subledger;
    if (sub === 'clients' && !l.clientId) add(`${p}.clientId`, 'required', `Account ${account.code} keeps the clients' sub-ledger: which client?`);
    if (sub === 'insurers' && !l.insurerId) add(`${p}.insurerId`, 'required', `Account ${account.code} keeps the insurers' sub-ledger: which insurer?`);
    if (l.clientId && sub !== 'clients') add(`${p}.clientId`, 'not_a_subledger', `Account ${account.code} does not keep clients.`);
    if (l.insurerId && sub !== 'insurers' && sub !== 'premium') add(`${p}.insurerId`, 'not_a_subledger', `Account ${account.code} does not keep insurers.`);
    const text = l.description?.trim() || null;
    if (text && text.length > 500) add(`${p}.description`, 'too_long', 'At most 500 characters.');
    debit += dPos ? d! : 0n;
    credit += cPos ? c! : 0n;
    post.push({ accountId: l.accountId, debit: dPos ? d! : 0n, credit: dPos ? 0n : (c ?? 0n), clientId: l.clientId ?? null, insurerId: l.insurerId ?? null, description: text });
  });
  if (!issues.length && debit !== credit) add('lines', 'unbalanced', `Debits ${formatCents(debit)} and credits ${formatCents(credit)} differ by ${formatCents(debit > credit ? debit - credit : credit - debit)}.`);
  if (issues.length) throw badInput(issues);
  return writeEntry(ctx, { entryDate: input.entryDate, description, source: 'manual', lines: post });
}

async function partiesOf(ctx: RequestContext, clientIds: string[], insurerIds: string[]): Promise<{ clients: Set<string>; insurers: Set<string> }> {
  const companyId = ctx.requireCompany();
  const arr = (ids: string[]) => `{${[...new Set(ids.filter((id) => UUID.test(id)))].join(',')}}`;
  const clients = clientIds.length ? await ctx.em.execute<Array<{ id: string }>>(`select id from client where company_id = ? and id = any(?::uuid[])`, [companyId, arr(clientIds)]) : [];
  const insurers = insurerIds.length ? await ctx.em.execute<Array<{ id: string }>>(`select id from insurer where company_id = ? and id = any(?::uuid[])`, [companyId, arr(insurerIds)]) : [];
  return { clients: new Set(clients.map((r) => r.id)), insurers: new Set(insurers.map((r) => r.id)) };
}

interface EntryHead {
  id: string;
  entry_date: string;
  description: string;
  source: string;
  reversed_by: string | null;
}

/**
 * The entry of the active company, or NOT_FOUND (another company's id included). Not locked (the
 * run-time role has no UPDATE on the books, which row locks need): two reversals at once clash on the
 * unique reverses_id instead (CONFLICT).
 */
export async function entryHead(ctx: RequestContext, id: string): Promise<EntryHead> {
  const rows = UUID.test(id)
    ? await ctx.em.execute<EntryHead[]>(
        `select e.id, to_char(e.entry_date, 'YYYY-MM-DD') as entry_date, e.description, e.source,
                (select r.id from journal_entry r where r.company_id = e.company_id and r.reverses_id = e.id) as reversed_by
           from journal_entry e where e.company_id = ? and e.id = ?`,
        [ctx.requireCompany(), id],
      )
    : [];
  if (!rows[0]) throw notFound('Journal entry');
  return rows[0];
}

/**
 * Writes the mirror of an entry (debits become credits) dated `entryDate`, referencing it; an entry is
 * reversed at most once (CONFLICT, and unique reverses_id in the database).
 */
export async function writeReversal(ctx: RequestContext, original: EntryHead, entryDate: string, description: string, source: 'reversal' | 'credit_note'): Promise<string> {
  if (original.reversed_by) throw conflict('This entry has already been reversed.', { reversedBy: original.reversed_by });
  const lines = await ctx.em.execute<Array<{ account_id: string; debit: string; credit: string; client_id: string | null; insurer_id: string | null; producer_id: string | null; description: string | null }>>(
    `select account_id, debit, credit, client_id, insurer_id, producer_id, description from journal_line where company_id = ? and entry_id = ? order by line_no`,
    [ctx.requireCompany(), original.id],
  );
  return writeEntry(ctx, {
    entryDate,
    description,
    source,
    reversesId: original.id,
    lines: lines.map((l) => ({ accountId: l.account_id, debit: parseCents(l.credit)!, credit: parseCents(l.debit)!, clientId: l.client_id, insurerId: l.insurer_id, producerId: l.producer_id, description: l.description })),
  });
}

/**
 * Where an entry written by a module's own undo is undone instead, by the source of the entry its chain
 * of reversals starts from (a remittance's cancellation, a returned or unpaid collection's reversal, a
 * payment undone, a credit note): the module keeps its own records with the books, so a reversal by hand
 * would make them disagree (the insurer paid again while the remittance stays cancelled).
 */
const UNDONE_IN: Record<string, string> = {
  remittance: 'This entry cancels a remittance: it is not reversed by hand. Remit the receipts again in collections (a new remittance).',
  payment: 'This entry undoes a payment (a SEPA return, an unpaid RiBa, an undo in collections): it is not reversed by hand. Record the payment again in collections.',
  bank_return: 'This entry undoes a bank return: it is not reversed by hand. Record what was collected in collections.',
  receipt: 'This entry cancels a premium receipt (a credit note): it is not reversed by hand. Issue a new receipt in billing.',
  credit_note: 'This entry cancels a premium receipt (a credit note): it is not reversed by hand. Issue a new receipt in billing.',
};

/** The source of the entry a chain of reversals starts from (the entry itself when it reverses nothing). */
async function chainRootSource(ctx: RequestContext, id: string): Promise<string> {
  const companyId = ctx.requireCompany();
  const [root] = await ctx.em.execute<Array<{ source: string }>>(
    `with recursive chain (id, source, reverses_id, depth) as (
       select e.id, e.source, e.reverses_id, 0 from journal_entry e where e.company_id = ? and e.id = ?
       union all
       select e.id, e.source, e.reverses_id, c.depth + 1 from chain c join journal_entry e on e.company_id = ? and e.id = c.reverses_id where c.depth < 1000
     )
     select source from chain order by depth desc limit 1`,
    [companyId, id, companyId],
  );
  return root?.source ?? 'manual';
}

/**
 * Reverses a manual entry, or a reversal whose chain starts from a manual entry. Receipts are cancelled by
 * a credit note (billing); payments and remittances, and the reversals their modules write when undoing
 * them, are undone in collections (CONFLICT naming where).
 */
export async function reverseEntry(ctx: RequestContext, id: string, entryDate: string | null | undefined, reason: string): Promise<string> {
  const original = await entryHead(ctx, id);
  const issues: FieldIssue[] = [];
  const today = await companyToday(ctx);
  const date = entryDate?.trim() || today;
  const dateIssue = checkBusinessDate('entryDate', date, today);
  if (dateIssue) issues.push(dateIssue);
  else if (date < original.entry_date) issues.push({ field: 'entryDate', reason: 'before_original', message: 'A reversal is not dated before the entry it reverses.' });
  else if (await isClosed(ctx, date)) issues.push({ field: 'entryDate', reason: 'period_closed', message: `The month ${date.slice(0, 7)} is closed.` });
  const text = reason?.trim() ?? '';
  if (!text) issues.push({ field: 'reason', reason: 'required', message: 'Why is the entry reversed?' });
  else if (text.length > 400) issues.push({ field: 'reason', reason: 'too_long', message: 'At most 400 characters.' });
  if (issues.length) throw badInput(issues);
  if (original.source === 'receipt' || original.source === 'credit_note') {
    throw conflict('A premium receipt is cancelled by a credit note (billing), not by a reversal.', { source: original.source });
  }
  if (original.source === 'payment' || original.source === 'remittance' || original.source === 'bank_return') {
    throw conflict('Payments and remittances are undone in collections (an allocation undo, a remittance cancellation), not by a manual reversal.', { source: original.source });
  }
  if (original.source === 'reversal') {
    // a reversal by hand of a reversal only within a chain of manual entries; a module's own undo stays its own
    const rootSource = await chainRootSource(ctx, original.id);
    if (rootSource !== 'manual') {
      throw conflict(UNDONE_IN[rootSource] ?? 'This entry undoes an entry of another module: it is not reversed by hand; undo it where it was written.', { source: original.source, originalSource: rootSource });
    }
  }
  return writeReversal(ctx, original, date, `↺ ${original.description} — ${text}`.slice(0, 500), 'reversal');
}

/** Closes a month (right ledger:edit): a month that has ended, once. */
export async function closePeriod(ctx: RequestContext, month: string): Promise<void> {
  const companyId = ctx.requireCompany();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month ?? '')) throw badInput([{ field: 'month', reason: 'invalid_month', message: 'A month YYYY-MM.' }]);
  const today = await companyToday(ctx);
  // the month's first day is a date of the books (year 0 is no month: invalid_month; 1900-01 out_of_range)
  const monthIssue = checkBusinessDate('month', `${month}-01`, today);
  if (monthIssue?.reason === 'invalid_date') throw badInput([{ field: 'month', reason: 'invalid_month', message: 'A month YYYY-MM.' }]);
  if (monthIssue) throw badInput([{ ...monthIssue, message: `A month from ${BOOKS_FIRST_DAY.slice(0, 7)} to the last one ended.` }]);
  if (`${month}-01` >= `${today.slice(0, 7)}-01`) throw badInput([{ field: 'month', reason: 'not_ended', message: 'Only a month that has ended can be closed.' }]);
  // the month locked exclusively first: an entry being posted into it commits before (and counts in the
  // closed month), one posted after waits for this close and is refused (migration 0050)
  await lockPeriod(ctx, `${month}-01`);
  if (await isClosed(ctx, `${month}-01`)) throw conflict(`The month ${month} is already closed.`);
  await ctx.em.execute(`insert into ledger_period_close (company_id, month, closed_by) values (?, ?::date, ?)`, [companyId, `${month}-01`, ctx.user?.id ?? null]);
}
