import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sepaDebtorIssues, type FieldIssue } from '@agency/shared';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { withSystemContext } from '../../core/system-context.js';
import { Company } from '../base/companies/company.entity.js';
import { accountByRole, ensureChart } from '../ledger/chart.service.js';
import { UUID, dbCents, isIsoDate, money } from '../ledger/ledger-sql.js';
import { checkBusinessDate, lastBusinessDate } from '../ledger/business-date.js';
import { writeEntry } from '../ledger/posting.service.js';
import { lockOpenItems } from '../payments/matching.service.js';
import { formatCents, parseCents } from '../policies/money.js';
import { settingsRow } from './banking-settings.service.js';
import { Pain008Writer, type Pain008Group, type Pain008Tx } from './pain008-writer.js';
import { validatePain008Stream } from './xsd-validate.js';
import { SkipReason, type BankRunStatus, type CollectionStatus, type SepaCollection, type SepaRun, type SepaRunInput, type SepaScheme, type SepaSkippedReceipt, type SequenceType } from './banking.types.js';
import { MANDATE_LAST_USED, mandateExpiresOnSql } from './mandate.service.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * SEPA direct-debit runs (issue #14 §2, BI-2). `startSepaRun` stores the run (queued, with the number of
 * receipts it will collect) and queues the job in the same transaction; one active run per company.
 * The job works in three phases, each batch its own transaction with the run's progress:
 *  1. select: due receipts with an open amount of clients with an active mandate, not presented
 *     already, become the run's items (presented) — sequence type FRST/RCUR/OOFF from the mandate's
 *     history, collection date max(requested date, due date), end-to-end id from the receipt's number;
 *     a receipt whose mandate has expired by its collection date (36 months after the mandate's last
 *     collection, or its signature when never used), or whose account may not be debited (outside SEPA,
 *     or a non-EEA bank without BIC), is left out and reported (`bank_run_skip`, `skippedReceipts`);
 *  2. write: pain.008.001.08 streamed to a temporary file, grouped per collection date, sequence type
 *     and scheme, then validated against the XSD; a file that fails is not stored, the run fails and
 *     its items are released;
 *  3. post: each collection is a payment (method direct_debit, premium account debit, client
 *     receivable credit) allocated to its receipt; the file is offered once all are posted.
 */
export const SEPA_RUN_TASK = 'sepa_run';
const batchSize = () => Math.max(1, Number(process.env.BILLING_BATCH_SIZE ?? 500) || 500);
/** Outgoing files are stored in parts of this size (bank_file_part, migration 0041): 1 MB; smaller in tests. */
const filePartBytes = () => Math.max(1024, Number(process.env.BANK_FILE_PART_BYTES ?? 1 << 20) || 1 << 20);

interface RunRow {
  id: string;
  status: string;
  collection_date: string;
  due_to: string;
  message_id: string;
  total: number;
  processed: number;
  ctrl_sum: string;
  file_id: string | null;
  file_name: string | null;
  booked: number;
  skipped: number;
  error: string | null;
  started_by_name: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const RUN_SELECT = `select r.id, r.status, to_char(r.collection_date, 'YYYY-MM-DD') as collection_date, to_char(r.due_to, 'YYYY-MM-DD') as due_to, r.message_id,
  r.total, r.processed, r.ctrl_sum, r.file_id, f.file_name,
  (select count(*)::int from bank_run_item b where b.company_id = r.company_id and b.run_id = r.id and b.payment_id is not null) as booked,
  (select count(*)::int from bank_run_skip s where s.company_id = r.company_id and s.run_id = r.id) as skipped, r.error, (select u.display_name from app_user u where u.id = r.created_by) as started_by_name, r.created_at, r.finished_at
  from bank_run r left join bank_file f on f.company_id = r.company_id and f.id = r.file_id`;

const toRun = (r: RunRow): SepaRun => ({
  id: r.id,
  status: r.status as BankRunStatus,
  collectionDate: r.collection_date,
  dueTo: r.due_to,
  messageId: r.message_id,
  total: r.total,
  processed: r.processed,
  // selecting counts `processed`; once the file is stored, booking counts `booked`
  percent: r.status === 'done' ? 100 : r.total > 0 ? Math.min(99, Math.floor(((r.file_id ? r.booked : r.processed) * 100) / r.total)) : 0,
  booked: r.booked,
  resumable: r.status === 'failed' && r.file_id !== null,
  skipped: r.skipped,
  controlSum: money(r.ctrl_sum),
  fileId: r.file_id,
  fileName: r.file_name,
  error: r.error,
  startedByName: r.started_by_name,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

export async function getSepaRun(ctx: RequestContext, id: string): Promise<SepaRun> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.kind = 'sepa_dd' and r.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFound('SEPA run');
  return toRun(rows[0]);
}

export async function listSepaRuns(ctx: RequestContext, first: number): Promise<SepaRun[]> {
  const rows = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.kind = 'sepa_dd' order by r.created_at desc limit ?`, [ctx.requireCompany(), Math.min(Math.max(first, 1), 100)]);
  return rows.map(toRun);
}

interface CollectionRow {
  id: string;
  receipt_id: string;
  receipt_number: string;
  client_id: string;
  client_name: string;
  mandate_reference: string;
  amount: string;
  sequence_type: string;
  scheme: string;
  collection_date: string;
  end_to_end_id: string;
  status: string;
  return_reason: string | null;
}

export const COLLECTION_SELECT = `select i.id, i.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name,
  m.reference as mandate_reference, i.amount, i.sequence_type, i.scheme, to_char(i.collection_date, 'YYYY-MM-DD') as collection_date, i.end_to_end_id, i.status,
  (select x.reason_code from bank_return x where x.company_id = i.company_id and x.item_id = i.id) as return_reason
  from bank_run_item i
  join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id
  join client c on c.company_id = d.company_id and c.id = d.client_id
  join sepa_mandate m on m.company_id = i.company_id and m.id = i.mandate_id`;

export async function runCollections(ctx: RequestContext, runId: string, first: number, offset: number): Promise<SepaCollection[]> {
  await getSepaRun(ctx, runId);
  const rows = await ctx.em.execute<CollectionRow[]>(`${COLLECTION_SELECT} where i.company_id = ? and i.run_id = ? order by i.collection_date, i.end_to_end_id limit ? offset ?`, [
    ctx.requireCompany(),
    runId,
    Math.min(Math.max(first, 1), 500),
    Math.max(offset, 0),
  ]);
  return rows.map((r) => ({
    id: r.id,
    receiptId: r.receipt_id,
    receiptNumber: r.receipt_number,
    clientId: r.client_id,
    clientName: r.client_name,
    mandateReference: r.mandate_reference,
    amount: money(r.amount),
    sequenceType: r.sequence_type as SequenceType,
    scheme: r.scheme as SepaScheme,
    collectionDate: r.collection_date,
    endToEndId: r.end_to_end_id,
    status: r.status as CollectionStatus,
    returnReason: r.return_reason,
  }));
}

/** The due receipts a run left out, and why (expired mandate, account outside SEPA, BIC missing). */
export async function runSkipped(ctx: RequestContext, runId: string, first: number, offset: number): Promise<SepaSkippedReceipt[]> {
  await getSepaRun(ctx, runId);
  const rows = await ctx.em.execute<
    Array<{ receipt_id: string; receipt_number: string; client_id: string; client_name: string; mandate_id: string; mandate_reference: string; reason: string; last_used_on: string; expires_on: string; collection_date: string; open_amount: string }>
  >(
    `select s.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name, s.mandate_id, m.reference as mandate_reference,
            s.reason, to_char(s.last_used_on, 'YYYY-MM-DD') as last_used_on, to_char(${mandateExpiresOnSql('s.last_used_on')}, 'YYYY-MM-DD') as expires_on,
            to_char(s.collection_date, 'YYYY-MM-DD') as collection_date, coalesce(o.open_amount, 0) as open_amount
       from bank_run_skip s
       join premium_document d on d.company_id = s.company_id and d.id = s.receipt_id
       join client c on c.company_id = d.company_id and c.id = d.client_id
       join sepa_mandate m on m.company_id = s.company_id and m.id = s.mandate_id
       left join receipt_open_item o on o.company_id = s.company_id and o.receipt_id = s.receipt_id
      where s.company_id = ? and s.run_id = ? order by s.collection_date, receipt_number limit ? offset ?`,
    [ctx.requireCompany(), runId, Math.min(Math.max(first, 1), 500), Math.max(offset, 0)],
  );
  return rows.map((r) => ({
    receiptId: r.receipt_id,
    receiptNumber: r.receipt_number,
    clientId: r.client_id,
    clientName: r.client_name,
    mandateId: r.mandate_id,
    mandateReference: r.mandate_reference,
    reason: r.reason as SkipReason,
    lastUsedOn: r.last_used_on,
    expiresOn: r.expires_on,
    collectionDate: r.collection_date,
    openAmount: money(r.open_amount),
  }));
}

/**
 * Due receipts with an open amount of clients with an active mandate, not in a presented collection, nor
 * left out by this run already (parameters: collection date, company, due-to date, run id or null). `m.last_used`:
 * the mandate's last collection or its signature date.
 */
const CANDIDATES = `
  from receipt_open_item o
  join lateral (
    select m.id, m.recurrence, m.scheme, m.last_collection_by, m.iban, m.bic, ${MANDATE_LAST_USED} as last_used from sepa_mandate m
     where m.company_id = o.company_id and m.client_id = o.client_id and m.status = 'active' and m.signature_date <= ?::date
       and not (m.recurrence = 'OOFF' and exists (select 1 from bank_run_item u where u.company_id = m.company_id and u.mandate_id = m.id and u.status = 'presented'))
       and not exists (select 1 from bank_run_item f where f.company_id = m.company_id and f.mandate_id = m.id and f.sequence_type = 'FNAL')
     order by m.created_at desc limit 1) m on true
  where o.company_id = ? and o.open_amount > 0 and not o.credited and o.due_date <= ?::date
    and not exists (select 1 from bank_run_item p where p.company_id = o.company_id and p.receipt_id = o.receipt_id and p.status = 'presented')
    and not exists (select 1 from riba_item r where r.company_id = o.company_id and r.receipt_id = o.receipt_id and r.state in ('issued', 'presented'))
    and not exists (select 1 from bank_run_skip s where s.company_id = o.company_id and s.run_id = ?::uuid and s.receipt_id = o.receipt_id)`;

/**
 * The candidates in the order a run takes them (due date, receipt), with what it decides on — the one
 * selection of both the count at start and the batches (parameters: the run's collection date twice, then
 * those of `CANDIDATES`, then the batch size when `batch`): `collection_date` = max(run's date, due date);
 * `expired`: the mandate has expired by the receipt's collection date (`mandateExpiresOnSql`), counting the
 * run's earlier collections of it — rows of a mandate come by collection date, so the last use before a row
 * is the previous row's collection date as long as no earlier row expired, and once one has, every later
 * row has too (nothing renewed it); `nth`: the row's place among its mandate's rows (a one-off mandate or a
 * final collection takes one receipt). A batch applies the window to its own rows only: the mandates' last
 * use already counts the earlier batches' collections.
 */
const inRunOrder = (batch: boolean) => `
  select c.*, bool_or(c.lapsed) over w as expired, row_number() over w as nth
    from (select b.*, ${mandateExpiresOnSql('greatest(b.last_used, lag(b.collection_date) over w)')} < b.collection_date as lapsed
            from (select o.receipt_id, o.open_amount, o.due_date, greatest(?::date, o.due_date) as collection_date, m.id as mandate_id, m.recurrence, m.scheme,
                         m.last_collection_by, m.iban, m.bic, m.last_used
                  ${CANDIDATES}${batch ? ' order by o.due_date, o.receipt_id limit ?' : ''}) b
          window w as (partition by b.mandate_id order by b.due_date, b.receipt_id)) c
  window w as (partition by c.mandate_id order by c.due_date, c.receipt_id)`;

/** A one-off mandate, or one marked for its last collection (FNAL): a run collects one receipt of it. */
const takesOne = (r: { recurrence: string; last_collection_by: string | null }) => r.recurrence === 'OOFF' || r.last_collection_by !== null;

/** Why a run leaves out every receipt of a mandate on this account (one stored before the checks): outside SEPA, or a non-EEA bank without BIC; else null. */
function accountSkip(r: { iban: string; bic: string | null }): SkipReason | null {
  const debtor = sepaDebtorIssues(r.iban, r.bic)[0];
  return debtor ? (debtor.field === 'iban' ? SkipReason.NOT_SEPA_COUNTRY : SkipReason.BIC_MISSING) : null;
}

/** The later of two dates (YYYY-MM-DD); none for the second reads as the first. */
const later = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a);

export async function startSepaRun(ctx: RequestContext, input: SepaRunInput): Promise<SepaRun> {
  const companyId = ctx.requireCompany();
  const issues: FieldIssue[] = [];
  const today = (await companyToday(ctx));
  // the collections are booked on their collection date: a date of the books (ledger/business-date.ts)
  const collection = checkBusinessDate('collectionDate', input.collectionDate, today);
  if (collection) issues.push(collection);
  else if (input.collectionDate <= today) issues.push({ field: 'collectionDate', reason: 'not_after_today', message: 'Banks take direct debits by the day before their collection date: a date after today.' });
  if (!isIsoDate(input.dueTo)) issues.push({ field: 'dueTo', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  const settings = await settingsRow(ctx);
  if (!settings) issues.push({ field: 'creditorId', reason: 'not_set', message: "Set the company's SEPA creditor identifier and account first." });
  if (issues.length) throw badInput(issues);
  const [active] = await ctx.em.execute<Array<{ id: string }>>(`select id from bank_run where company_id = ? and status in ('queued', 'running')`, [companyId]);
  if (active) throw conflict('A bank run is already under way.', { runId: active.id });
  await ensureChart(ctx);
  // a receipt due after the collection date is collected on its due date and booked on it: the run takes
  // the receipts due by the books' last day at most (a year after today, ledger/business-date.ts), never
  // one due years ahead (a dueTo of 9999-12-31 reads "all that can be collected now"); the run keeps that date
  const last = lastBusinessDate(today);
  const dueTo = input.dueTo > last ? last : input.dueTo;
  // the receipts it will collect, decided as the job's batches decide (`inRunOrder`, `accountSkip`, one receipt
  // of a one-off or final mandate): those it will leave out and report are not counted
  const perMandate = await ctx.em.execute<Array<{ recurrence: string; last_collection_by: string | null; iban: string; bic: string | null; n: string; first: boolean }>>(
    `select x.recurrence, x.last_collection_by, x.iban, x.bic, count(*) filter (where not x.expired) as n, bool_or(x.nth = 1 and not x.expired) as first
       from (${inRunOrder(false)}) x group by x.mandate_id, x.recurrence, x.last_collection_by, x.iban, x.bic`,
    [input.collectionDate, input.collectionDate, companyId, dueTo, null],
  );
  const total = perMandate.reduce((sum, m) => sum + (accountSkip(m) ? 0 : takesOne(m) ? Number(m.first) : Number(m.n)), 0);
  const messageId = `SDD-${input.collectionDate.replace(/-/g, '')}-${randomBytes(6).toString('hex').toUpperCase()}`;
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into bank_run (company_id, kind, status, collection_date, due_to, message_id, total, created_by) values (?, 'sepa_dd', 'queued', ?::date, ?::date, ?, ?, ?) returning id`,
    [companyId, input.collectionDate, dueTo, messageId, total, ctx.user?.id ?? null],
  );
  await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [SEPA_RUN_TASK, row.id, companyId, 1]);
  return getSepaRun(ctx, row.id);
}

export const inCompany = <T>(orm: MikroORM, config: Config, companyId: string, fn: (ctx: RequestContext) => Promise<T>) =>
  withSystemContext(orm, config, async (ctx) => {
    await ctx.applyScope(companyId);
    return fn(ctx);
  });

/** Phase 1, one batch: the next due receipts become the run's items. Returns how many. */
async function selectBatch(ctx: RequestContext, run: RunRow, size: number): Promise<number> {
  const companyId = ctx.requireCompany();
  const rows = await ctx.em.execute<
    Array<{ receipt_id: string; open_amount: string; collection_date: string; mandate_id: string; recurrence: string; scheme: string; last_collection_by: string | null; iban: string; bic: string | null; last_used: string; expired: boolean; series: string; year: number; number: number }>
  >(
    `select x.receipt_id, x.open_amount, to_char(x.collection_date, 'YYYY-MM-DD') as collection_date, x.mandate_id, x.recurrence, x.scheme,
            x.last_collection_by, x.iban, x.bic, to_char(x.last_used, 'YYYY-MM-DD') as last_used, x.expired, d.series, d.year, d.number
       from (${inRunOrder(true)}) x join premium_document d on d.company_id = ? and d.id = x.receipt_id
      order by x.due_date, x.receipt_id`,
    [run.collection_date, run.collection_date, companyId, run.due_to, run.id, size, companyId],
  );
  // a one-off mandate and a mandate's last (FNAL) collection take one receipt: the mandate's later receipts
  // of this batch are left (the selection excludes the mandate from the next batches)
  const usedUp = new Set<string>();
  // the batch's collections by mandate (rows come by due date): a later receipt's mandate was last used then
  const usedInBatch = new Map<string, string>();
  let inserted = 0;
  for (const r of rows) {
    if (usedUp.has(r.mandate_id)) continue;
    const collectionDate = r.collection_date;
    const lastUsed = later(r.last_used, usedInBatch.get(r.mandate_id));
    // `expired` counts this batch's earlier collections of the mandate (`inRunOrder`)
    const skip = accountSkip(r) ?? (r.expired ? SkipReason.MANDATE_EXPIRED : null);
    if (skip) {
      // left out and reported; the selection passes it from now on (no batch takes it again)
      await ctx.em.execute(
        `insert into bank_run_skip (company_id, run_id, receipt_id, mandate_id, reason, last_used_on, collection_date) values (?, ?, ?, ?, ?, ?::date, ?::date) on conflict do nothing`,
        [companyId, run.id, r.receipt_id, r.mandate_id, skip, lastUsed, collectionDate],
      );
      continue;
    }
    usedInBatch.set(r.mandate_id, collectionDate);
    const [hist] = await ctx.em.execute<Array<{ presented: boolean; attempts: string }>>(
      `select exists (select 1 from bank_run_item i where i.company_id = ? and i.mandate_id = ? and i.status = 'presented') as presented,
              (select count(*) from bank_run_item j where j.company_id = ? and j.receipt_id = ?) as attempts`,
      [companyId, r.mandate_id, companyId, r.receipt_id],
    );
    // FNAL: the mandate is marked for its last collection (only a mandate collected before is marked)
    const seq = r.recurrence === 'OOFF' ? 'OOFF' : r.last_collection_by ? 'FNAL' : hist.presented ? 'RCUR' : 'FRST';
    if (takesOne(r)) usedUp.add(r.mandate_id);
    inserted++;
    const amendments = await ctx.em.execute<Array<{ id: string; kind: string; old_value: string }>>(
      `select id, kind, old_value from sepa_mandate_amendment where company_id = ? and mandate_id = ? and reported_item_id is null order by created_at, id`,
      [companyId, r.mandate_id],
    );
    const originalRef = amendments.find((a) => a.kind === 'reference')?.old_value ?? null;
    const smnda = amendments.some((a) => a.kind === 'account');
    const e2e = `${r.series}${r.year}-${r.number}-${Number(hist.attempts) + 1}`;
    const [item] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into bank_run_item (company_id, run_id, receipt_id, mandate_id, amount, sequence_type, scheme, collection_date, end_to_end_id, original_reference, smnda)
       values (?, ?, ?, ?, ?::numeric, ?, ?, ?::date, ?, ?, ?) returning id`,
      [companyId, run.id, r.receipt_id, r.mandate_id, r.open_amount, seq, r.scheme, collectionDate, e2e, originalRef, smnda],
    );
    if (amendments.length) {
      await ctx.em.execute(`update sepa_mandate_amendment set reported_item_id = ? where company_id = ? and id = any(?::uuid[])`, [item.id, companyId, `{${amendments.map((a) => a.id).join(',')}}`]);
    }
  }
  await ctx.em.execute(`update bank_run set processed = processed + ?, total = greatest(total, processed + ?) where company_id = ? and id = ?`, [inserted, inserted, companyId, run.id]);
  return rows.length;
}

interface TxRow {
  id: string;
  end_to_end_id: string;
  amount: string;
  reference: string;
  signature_date: string;
  original_reference: string | null;
  smnda: boolean;
  debtor_name: string;
  iban: string;
  bic: string | null;
  street: string | null;
  post_code: string | null;
  town: string | null;
  province: string | null;
  country: string | null;
  receipt_number: string;
  policy_number: string;
}

/** The transactions of one group, in pages of `size` (keyset on the end-to-end id): memory stays flat. */
async function* groupTransactions(orm: MikroORM, config: Config, companyId: string, runId: string, g: Pain008Group, size: number): AsyncGenerator<Pain008Tx> {
  let after = '';
  for (;;) {
    const rows = await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute<TxRow[]>(
        `select i.id, i.end_to_end_id, i.amount, m.reference, to_char(m.signature_date, 'YYYY-MM-DD') as signature_date, i.original_reference, i.smnda,
                m.debtor_name, m.iban, m.bic, a.line1 as street, a.postal_code as post_code, a.city as town, a.province, coalesce(a.country, cl_country.country) as country,
                d.series || ' ' || d.year || '/' || d.number as receipt_number, pol.number as policy_number
           from bank_run_item i
           join sepa_mandate m on m.company_id = i.company_id and m.id = i.mandate_id
           join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id
           join policy pol on pol.company_id = d.company_id and pol.id = d.policy_id
           left join lateral (select x.line1, x.postal_code, x.city, x.province, x.country from client_address x
                               where x.company_id = i.company_id and x.client_id = m.client_id order by (x.kind = 'billing') desc, x.position limit 1) a on true
           left join lateral (select substr(m.iban, 1, 2) as country) cl_country on true
          where i.company_id = ? and i.run_id = ? and i.collection_date = ?::date and i.sequence_type = ? and i.scheme = ? and i.end_to_end_id > ?
          order by i.end_to_end_id limit ?`,
        [companyId, runId, g.collectionDate, g.sequenceType, g.scheme, after, size],
      ),
    );
    for (const r of rows) {
      yield {
        endToEndId: r.end_to_end_id,
        amount: money(r.amount),
        mandateId: r.reference,
        signatureDate: r.signature_date,
        originalMandateId: r.original_reference,
        smnda: r.smnda,
        debtorName: r.debtor_name,
        debtorIban: r.iban,
        debtorBic: r.bic,
        address: { street: r.street, postCode: r.post_code, town: r.town, subdivision: r.province, country: r.country },
        remittance: `${r.receipt_number} ${r.policy_number}`,
      };
    }
    if (rows.length < size) return;
    after = rows[rows.length - 1].end_to_end_id;
  }
}

export interface Pain008Source {
  header: Omit<import('./pain008-writer.js').Pain008Header, 'creditorName' | 'creditorId' | 'creditorIban' | 'creditorBic'>;
  creditor: { name: string; id: string; iban: string; bic: string | null };
  groups: Array<Pain008Group & { txs: () => AsyncIterable<Pain008Tx> }>;
  /** Called when the file is written, before its validation (the benchmark times the two apart). */
  onWritten?: () => void;
}

/**
 * Streams a pain.008 to `file` and validates it read back as a stream (chunk by chunk: memory stays flat
 * however large the file); returns its size and SHA-256. Used by the job and the benchmark.
 */
export async function writeAndValidatePain008(file: string, src: Pain008Source): Promise<{ valid: boolean; errors: string[]; size: number; sha256: string }> {
  const writer = new Pain008Writer(createWriteStream(file));
  writer.begin({ ...src.header, creditorName: src.creditor.name, creditorId: src.creditor.id, creditorIban: src.creditor.iban, creditorBic: src.creditor.bic });
  for (const g of src.groups) {
    writer.beginGroup(g);
    for await (const tx of g.txs()) await writer.tx(tx);
    writer.endGroup();
  }
  await writer.finish();
  src.onWritten?.();
  const hash = createHash('sha256');
  let size = 0;
  const counted = async function* () {
    for await (const data of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      hash.update(data);
      size += data.byteLength;
      yield data;
    }
  };
  const result = await validatePain008Stream(counted());
  return { ...result, size, sha256: hash.digest('hex') };
}

/** Phase 2: the file, streamed and validated; stored only when valid. Returns the error when not. */
async function writeFile(orm: MikroORM, config: Config, companyId: string, run: RunRow): Promise<string | null> {
  const { settings, groups } = await inCompany(orm, config, companyId, async (ctx) => ({
    settings: (await settingsRow(ctx))!,
    groups: await ctx.em.execute<Array<{ collection_date: string; sequence_type: string; scheme: string; n: string; total: string }>>(
      `select to_char(collection_date, 'YYYY-MM-DD') as collection_date, sequence_type, scheme, count(*) as n, sum(amount) as total
         from bank_run_item where company_id = ? and run_id = ? group by 1, 2, 3 order by 1, 2, 3`,
      [companyId, run.id],
    ),
  }));
  const nb = groups.reduce((s, g) => s + Number(g.n), 0);
  const sum = groups.reduce((s, g) => s + dbCents(g.total), 0n);
  if (nb === 0) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'sepa-'));
  try {
    const result = await writeAndValidatePain008(path.join(dir, 'pain.008.xml'), {
      header: { messageId: run.message_id, createdAt: new Date(), nbOfTxs: nb, ctrlSum: formatCents(sum) },
      creditor: { name: settings.creditor_name, id: settings.creditor_id, iban: settings.creditor_iban, bic: settings.creditor_bic },
      groups: groups.map((g, i) => {
        const group: Pain008Group = {
          paymentInfoId: `${run.message_id}-${i + 1}`.slice(0, 35),
          collectionDate: g.collection_date,
          sequenceType: g.sequence_type as Pain008Group['sequenceType'],
          scheme: g.scheme as Pain008Group['scheme'],
          nbOfTxs: Number(g.n),
          ctrlSum: money(g.total),
        };
        return { ...group, txs: () => groupTransactions(orm, config, companyId, run.id, group, 1000) };
      }),
    });
    if (!result.valid) return `The file did not pass the pain.008.001.08 schema: ${result.errors.slice(0, 3).join('; ')}`.slice(0, 500);
    // stored in parts of 1 MB, read from disk one part at a time (migration 0041): the job never holds the file
    await inCompany(orm, config, companyId, async (ctx) => {
      const [f] = await ctx.em.execute<Array<{ id: string }>>(
        `insert into bank_file (company_id, kind, direction, message_id, file_name, content, sha256, size_bytes, created_by)
         values (?, 'pain.008', 'out', ?, ?, '\\x'::bytea, ?, ?, (select created_by from bank_run where company_id = ? and id = ?)) returning id`,
        [companyId, run.message_id, `${run.message_id}.xml`, result.sha256, result.size, companyId, run.id],
      );
      let seq = 0;
      for await (const part of createReadStream(path.join(dir, 'pain.008.xml'), { highWaterMark: filePartBytes() }) as AsyncIterable<Buffer>) {
        await ctx.em.execute(`insert into bank_file_part (company_id, file_id, seq, bytes) values (?, ?, ?, ?)`, [companyId, f.id, seq++, part]);
      }
      await ctx.em.execute(`update bank_file set part_count = ? where company_id = ? and id = ?`, [seq, companyId, f.id]);
      await ctx.em.execute(`update bank_run set file_id = ?, ctrl_sum = ?::numeric where company_id = ? and id = ?`, [f.id, formatCents(sum), companyId, run.id]);
    });
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Phase 3, one batch: collections not yet booked become payments allocated to their receipts. Each batch is
 * one transaction (payments, allocations and the items' payment_id together), and only items without a
 * payment are read — locked, so a second job waits and then skips them: a resumed run never books twice.
 */
async function postBatch(ctx: RequestContext, runId: string, size: number): Promise<number> {
  const companyId = ctx.requireCompany();
  const items = await ctx.em.execute<Array<{ id: string; receipt_id: string; client_id: string; client_name: string; amount: string; collection_date: string; end_to_end_id: string }>>(
    `select i.id, i.receipt_id, d.client_id, c.display_name as client_name, i.amount, to_char(i.collection_date, 'YYYY-MM-DD') as collection_date, i.end_to_end_id
       from bank_run_item i join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id join client c on c.company_id = d.company_id and c.id = d.client_id
      where i.company_id = ? and i.run_id = ? and i.payment_id is null order by i.end_to_end_id limit ? for update of i`,
    [companyId, runId, size],
  );
  if (!items.length) return 0;
  await lockOpenItems(ctx, [], items.map((i) => i.receipt_id));
  const premium = await accountByRole(ctx, 'premium_account');
  const receivable = await accountByRole(ctx, 'clients_receivable');
  for (const i of items) {
    const cents = parseCents(money(i.amount))!;
    const entryId = await writeEntry(ctx, {
      entryDate: i.collection_date,
      description: `⇐ ${i.client_name} — SDD ${i.end_to_end_id}`.slice(0, 500),
      source: 'payment',
      lines: [
        { accountId: premium.id, debit: cents, credit: 0n },
        { accountId: receivable.id, debit: 0n, credit: cents, clientId: i.client_id },
      ],
    });
    const [p] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into payment (company_id, client_id, method, payment_date, amount, reference, account_id, entry_id, created_by)
       values (?, ?, 'direct_debit', ?::date, ?::numeric, ?, ?, ?, (select created_by from bank_run where company_id = ? and id = ?)) returning id`,
      [companyId, i.client_id, i.collection_date, money(i.amount), `SDD ${i.end_to_end_id}`, premium.id, entryId, companyId, runId],
    );
    await ctx.em.execute(`insert into payment_allocation (company_id, payment_id, receipt_id, amount) values (?, ?, ?, ?::numeric)`, [companyId, p.id, i.receipt_id, money(i.amount)]);
    await ctx.em.execute(`update bank_run_item set payment_id = ? where company_id = ? and id = ?`, [p.id, companyId, i.id]);
  }
  return items.length;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split(' - ').pop()!.slice(0, 500);

/** The job (graphile-worker task `sepa_run`, payload { runId, companyId }). */
export async function runSepaJob(orm: MikroORM, config: Config, companyId: string, runId: string): Promise<void> {
  const run = await inCompany(orm, config, companyId, async (ctx) => {
    const rows = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.id = ?`, [companyId, runId]);
    const r = rows[0];
    if (!r || r.status === 'done' || r.status === 'failed') return null;
    await ctx.em.execute(`update bank_run set status = 'running' where company_id = ? and id = ?`, [companyId, runId]);
    return r;
  });
  if (!run) return;
  const size = batchSize();
  const fail = async (message: string) => {
    console.error(`[banking] SEPA run ${runId} failed: ${message}`);
    await inCompany(orm, config, companyId, async (ctx) => {
      // before the file is stored nothing has been offered nor booked: the receipts are released for a
      // later run; after it, the run keeps its items (the file names them) and continues when requeued
      const [r] = await ctx.em.execute<Array<{ file_id: string | null }>>(`select file_id from bank_run where company_id = ? and id = ?`, [companyId, runId]);
      if (r?.file_id) {
        await ctx.em.execute(`update bank_run set status = 'failed', error = ? where company_id = ? and id = ?`, [message, companyId, runId]);
        return;
      }
      await ctx.em.execute(`update sepa_mandate_amendment set reported_item_id = null where company_id = ? and reported_item_id in (select id from bank_run_item where company_id = ? and run_id = ? and payment_id is null)`, [companyId, companyId, runId]);
      await ctx.em.execute(`delete from bank_run_item where company_id = ? and run_id = ? and payment_id is null`, [companyId, runId]);
      await ctx.em.execute(`update bank_run set status = 'failed', error = ?, finished_at = now() where company_id = ? and id = ?`, [message, companyId, runId]);
    });
  };
  try {
    if (!run.file_id) {
      for (;;) {
        const n = await inCompany(orm, config, companyId, (ctx) => selectBatch(ctx, run, size));
        if (n < size) break;
      }
      const invalid = await writeFile(orm, config, companyId, run);
      if (invalid) return await fail(invalid);
    }
    for (;;) {
      const n = await inCompany(orm, config, companyId, (ctx) => postBatch(ctx, runId, size));
      if (n < size) break;
    }
    await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute(
        `update bank_run set status = 'done', total = (select count(*) from bank_run_item i where i.company_id = ? and i.run_id = ?), processed = total, finished_at = now() where company_id = ? and id = ?`,
        [companyId, runId, companyId, runId],
      ),
    );
  } catch (error) {
    await fail(errorText(error));
  }
}

/** At start: runs left queued or running by a stopped platform are queued again. */
export async function requeueUnfinishedSepaRuns(orm: MikroORM, config: Config): Promise<number> {
  const companies = await withSystemContext(orm, config, (ctx) => ctx.em.find(Company, {}, { fields: ['id'] }));
  let n = 0;
  for (const { id } of companies) {
    n += await inCompany(orm, config, id, async (ctx) => {
      const runs = await ctx.em.execute<Array<{ id: string }>>(`select id from bank_run where company_id = ? and status in ('queued', 'running')`, [id]);
      for (const r of runs) await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [SEPA_RUN_TASK, r.id, id, 1]);
      return runs.length;
    });
  }
  return n;
}
