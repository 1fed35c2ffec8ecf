import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FieldIssue } from '@agency/shared';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { withSystemContext } from '../../core/system-context.js';
import { Company } from '../base/companies/company.entity.js';
import { UUID, isIsoDate, money } from '../ledger/ledger-sql.js';
import { lastBusinessDate } from '../ledger/business-date.js';
import { formatCents, parseCents } from '../policies/money.js';
import { inCompany } from './sepa-run.service.js';
import { ribaSettingsRow } from './riba-settings.service.js';
import { RibaCbiWriter, italianBankCodes, type RibaHeader, type RibaReceipt } from './riba-cbi.js';
import { validateRibaFile, type RibaFileCheck } from './riba-cbi-validator.js';
import type { BankRunStatus } from './banking.types.js';
import type { RibaItem, RibaRun, RibaRunInput, RibaState } from './riba.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * RiBa runs (issue #14 §4, BI-2), the SEPA run's job pattern: `startRibaRun` stores the run (queued,
 * with the number of receipts it will issue) and queues the job in the same transaction; one active
 * RiBa run per company, none while a SEPA run is under way. The job, each batch its own transaction
 * with the run's progress:
 *  1. select: due receipts with an open amount (`receipt_open_item`) of clients who pay by RiBa, in no
 *     standing RiBa nor presented SEPA collection, become the run's items (issued), numbered 1..n;
 *  2. write: the CBI file, page by page, then checked by `validateRibaFile`; a file that fails is not
 *     stored, the run fails with the validator's words and its items are released.
 * Nothing is posted until the file is marked sent to the bank (`riba-states.service.ts`).
 */
export const RIBA_RUN_TASK = 'riba_run';
const batchSize = () => Math.max(1, Number(process.env.BILLING_BATCH_SIZE ?? 500) || 500);

interface RunRow {
  id: string;
  status: string;
  due_to: string;
  creation_date: string;
  support_name: string;
  total: number;
  processed: number;
  total_amount: string;
  file_id: string | null;
  file_name: string | null;
  presented_at: Date | null;
  error: string | null;
  started_by_name: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const RUN_SELECT = `select r.id, r.status, to_char(r.due_to, 'YYYY-MM-DD') as due_to, to_char(r.creation_date, 'YYYY-MM-DD') as creation_date, r.support_name,
  r.total, r.processed, r.total_amount, r.file_id, f.file_name, r.presented_at, r.error,
  (select u.display_name from app_user u where u.id = r.created_by) as started_by_name, r.created_at, r.finished_at
  from riba_run r left join riba_file f on f.company_id = r.company_id and f.id = r.file_id`;

const toRun = (r: RunRow): RibaRun => ({
  id: r.id,
  status: r.status as BankRunStatus,
  dueTo: r.due_to,
  creationDate: r.creation_date,
  supportName: r.support_name,
  total: r.total,
  processed: r.processed,
  percent: r.status === 'done' ? 100 : r.total > 0 ? Math.min(99, Math.floor((r.processed * 100) / r.total)) : 0,
  totalAmount: money(r.total_amount),
  hasFile: r.file_id !== null,
  fileName: r.file_name,
  presentedAt: r.presented_at ? new Date(r.presented_at) : null,
  error: r.error,
  startedByName: r.started_by_name,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

/** A run of the active company; another company's (or no) id → NOT_FOUND. */
export async function getRibaRun(ctx: RequestContext, id: string): Promise<RibaRun> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFound('RiBa run');
  return toRun(rows[0]);
}

export async function listRibaRuns(ctx: RequestContext, first: number): Promise<RibaRun[]> {
  const rows = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? order by r.created_at desc limit ?`, [ctx.requireCompany(), Math.min(Math.max(first, 1), 100)]);
  return rows.map(toRun);
}

interface ItemRow {
  id: string;
  progressive: number;
  receipt_id: string;
  receipt_number: string;
  client_id: string;
  client_name: string;
  amount: string;
  due_date: string;
  iban: string;
  state: string;
  state_date: string | null;
  fee: string | null;
  open_amount: string;
}

export const ITEM_SELECT = `select i.id, i.progressive, i.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name,
  i.amount, to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.iban, i.state, to_char(i.state_date, 'YYYY-MM-DD') as state_date, i.fee, o.open_amount
  from riba_item i
  join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id
  join client c on c.company_id = d.company_id and c.id = d.client_id
  join receipt_open_item o on o.company_id = d.company_id and o.receipt_id = d.id`;

export const toItem = (r: ItemRow): RibaItem => {
  const codes = italianBankCodes(r.iban)!;
  return {
    id: r.id,
    progressive: r.progressive,
    receiptId: r.receipt_id,
    receiptNumber: r.receipt_number,
    clientId: r.client_id,
    clientName: r.client_name,
    amount: money(r.amount),
    dueDate: r.due_date,
    abi: codes.abi,
    cab: codes.cab,
    state: r.state as RibaState,
    stateDate: r.state_date,
    fee: r.fee === null ? null : money(r.fee),
    openAmount: money(r.open_amount),
  };
};

export async function ribaRunItems(ctx: RequestContext, runId: string, first: number, offset: number): Promise<RibaItem[]> {
  await getRibaRun(ctx, runId);
  const rows = await ctx.em.execute<ItemRow[]>(`${ITEM_SELECT} where i.company_id = ? and i.run_id = ? order by i.progressive limit ? offset ?`, [
    ctx.requireCompany(),
    runId,
    Math.min(Math.max(first, 1), 500),
    Math.max(offset, 0),
  ]);
  return rows.map(toItem);
}

/** Due receipts with an open amount of clients who pay by RiBa, in no standing RiBa nor presented SEPA collection. */
const CANDIDATES = `
  from receipt_open_item o
  join riba_debtor rd on rd.company_id = o.company_id and rd.client_id = o.client_id
  where o.company_id = ? and o.open_amount > 0 and not o.credited and o.due_date <= ?::date
    and not exists (select 1 from riba_item r where r.company_id = o.company_id and r.receipt_id = o.receipt_id and r.state in ('issued', 'presented'))
    and not exists (select 1 from bank_run_item p where p.company_id = o.company_id and p.receipt_id = o.receipt_id and p.status = 'presented')`;

export async function startRibaRun(ctx: RequestContext, input: RibaRunInput): Promise<RibaRun> {
  const companyId = ctx.requireCompany();
  const issues: FieldIssue[] = [];
  if (!isIsoDate(input.dueTo)) issues.push({ field: 'dueTo', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  const [company] = await ctx.em.execute<Array<{ country: string }>>(`select country from company where id = ?`, [companyId]);
  if (company?.country !== 'IT') issues.push({ field: 'company', reason: 'not_italian', message: 'RiBa is an Italian collection: only Italian agencies issue it.' });
  else if (!(await ribaSettingsRow(ctx))) issues.push({ field: 'siaCode', reason: 'not_set', message: "Set the company's SIA code and the account the bank credits first." });
  if (issues.length) throw badInput(issues);
  const [active] = await ctx.em.execute<Array<{ id: string; kind: string }>>(
    `select id, 'riba' as kind from riba_run where company_id = ? and status in ('queued', 'running')
     union all select id, 'sepa' from bank_run where company_id = ? and status in ('queued', 'running')`,
    [companyId, companyId],
  );
  if (active) throw conflict(active.kind === 'riba' ? 'A RiBa run is already under way.' : 'A SEPA run is under way: a receipt is never in both.', { runId: active.id });
  const today = await companyToday(ctx);
  // as the SEPA run (sepa-run.service.ts): the receipts due by the books' last day at most (a year after
  // today, ledger/business-date.ts), never one due years ahead — a dueTo of 9999-12-31 reads "all that
  // can be issued now"; the run keeps that date as its dueTo
  const last = lastBusinessDate(today);
  const dueTo = input.dueTo > last ? last : input.dueTo;
  const [count] = await ctx.em.execute<Array<{ n: string; runs: string }>>(
    `select (select count(*) ${CANDIDATES}) as n, (select count(*) from riba_run where company_id = ? and creation_date = ?::date) as runs`,
    [companyId, dueTo, companyId, today],
  );
  const supportName = `RIBA-${today.slice(2).replace(/-/g, '')}-${Number(count.runs) + 1}`;
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into riba_run (company_id, status, due_to, creation_date, support_name, total, created_by) values (?, 'queued', ?::date, ?::date, ?, ?, ?) returning id`,
    [companyId, dueTo, today, supportName, Number(count.n), ctx.user?.id ?? null],
  );
  await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [RIBA_RUN_TASK, row.id, companyId, 1]);
  return getRibaRun(ctx, row.id);
}

/** Phase 1, one batch: the next due receipts become the run's items, numbered on. Returns how many. */
async function selectBatch(ctx: RequestContext, run: RunRow, size: number): Promise<number> {
  const companyId = ctx.requireCompany();
  const rows = await ctx.em.execute<Array<{ id: string }>>(
    `insert into riba_item (company_id, run_id, receipt_id, debtor_id, progressive, amount, due_date, iban)
     select ?::uuid, ?::uuid, x.receipt_id, x.debtor_id, (select coalesce(max(progressive), 0) from riba_item where company_id = ? and run_id = ?) + row_number() over (order by x.due_date, x.receipt_id),
            x.open_amount, greatest(x.due_date, ?::date), x.iban
       from (select o.receipt_id, rd.id as debtor_id, o.open_amount, o.due_date, rd.iban ${CANDIDATES} order by o.due_date, o.receipt_id limit ?) x
     returning id`,
    [companyId, run.id, companyId, run.id, run.creation_date, companyId, run.due_to, size],
  );
  await ctx.em.execute(`update riba_run set processed = processed + ?, total = greatest(total, processed + ?) where company_id = ? and id = ?`, [rows.length, rows.length, companyId, run.id]);
  return rows.length;
}

interface ReceiptRow {
  progressive: number;
  due_date: string;
  amount: string;
  iban: string;
  client_name: string;
  tax_id: string | null;
  code: string;
  street: string | null;
  post_code: string | null;
  town: string | null;
  province: string | null;
  receipt_number: string;
  number: number;
  policy_number: string;
}

/** The receipts of a run in pages of `size` (keyset on the progressive): memory stays flat. */
async function* runReceipts(orm: MikroORM, config: Config, companyId: string, runId: string, size: number): AsyncGenerator<RibaReceipt> {
  let after = 0;
  for (;;) {
    const rows = await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute<ReceiptRow[]>(
        `select i.progressive, to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.amount, i.iban, c.display_name as client_name, coalesce(c.tax_code, c.vat_number) as tax_id,
                upper(substr(replace(c.id::text, '-', ''), 1, 16)) as code, a.line1 as street, a.postal_code as post_code, a.city as town, a.province,
                d.series || ' ' || d.year || '/' || d.number as receipt_number, d.number, pol.number as policy_number
           from riba_item i
           join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id
           join client c on c.company_id = d.company_id and c.id = d.client_id
           join policy pol on pol.company_id = d.company_id and pol.id = d.policy_id
           left join lateral (select x.line1, x.postal_code, x.city, x.province from client_address x
                               where x.company_id = c.company_id and x.client_id = c.id order by (x.kind = 'billing') desc, x.position limit 1) a on true
          where i.company_id = ? and i.run_id = ? and i.progressive > ? order by i.progressive limit ?`,
        [companyId, runId, after, size],
      ),
    );
    for (const r of rows) {
      const codes = italianBankCodes(r.iban)!;
      yield {
        dueDate: r.due_date,
        amountCents: parseCents(money(r.amount))!,
        debtor: { abi: codes.abi, cab: codes.cab },
        debtorCode: r.code,
        debtorName: r.client_name,
        debtorTaxId: r.tax_id,
        street: r.street,
        postCode: r.post_code,
        town: r.town,
        province: r.province,
        reference1: `PREMIO ${r.receipt_number} POLIZZA ${r.policy_number}`,
        reference2: `SCADENZA ${r.due_date.slice(8, 10)}/${r.due_date.slice(5, 7)}/${r.due_date.slice(0, 4)}`,
        receiptNumber: r.number,
      };
    }
    if (rows.length < size) return;
    after = rows[rows.length - 1].progressive;
  }
}

/** Writes a CBI RiBa file from `receipts` and checks it with the layout validator. Used by the job and the benchmark. */
export async function writeAndValidateRiba(header: RibaHeader, receipts: AsyncIterable<RibaReceipt> | Iterable<RibaReceipt>, onWritten?: () => void): Promise<{ bytes: Buffer; check: RibaFileCheck; count: number; totalCents: bigint }> {
  const writer = new RibaCbiWriter(header);
  const parts: string[] = [writer.begin()];
  for await (const r of receipts) parts.push(writer.receipt(r));
  parts.push(writer.finish());
  const bytes = Buffer.from(parts.join(''), 'latin1');
  onWritten?.();
  return { bytes, check: validateRibaFile(bytes), count: writer.count, totalCents: writer.totalCents };
}

/** Phase 2: the file, written and checked; stored only when valid. Returns the error when not. */
async function writeFile(orm: MikroORM, config: Config, companyId: string, run: RunRow): Promise<string | null> {
  const { settings, company } = await inCompany(orm, config, companyId, async (ctx) => ({
    settings: (await ribaSettingsRow(ctx))!,
    company: (await ctx.em.execute<Array<{ name: string }>>(`select name from company where id = ?`, [companyId]))[0],
  }));
  const header: RibaHeader = {
    siaCode: settings.sia_code,
    creditor: italianBankCodes(settings.creditor_iban)!,
    creationDate: run.creation_date,
    supportName: run.support_name,
    creditorName: company.name,
    creditorStreet: settings.creditor_street,
    creditorTown: settings.creditor_town,
    creditorTaxId: settings.creditor_tax_id,
  };
  const { bytes, check, count, totalCents } = await writeAndValidateRiba(header, runReceipts(orm, config, companyId, run.id, 1000));
  if (count === 0) return null;
  if (!check.valid) return `The CBI file broke its layout rules: ${check.errors.slice(0, 3).join('; ')}`.slice(0, 500);
  await inCompany(orm, config, companyId, async (ctx) => {
    const [f] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into riba_file (company_id, file_name, content, sha256, size_bytes) values (?, ?, ?, ?, ?) returning id`,
      [companyId, `${run.support_name}.cbi`, bytes, createHash('sha256').update(bytes).digest('hex'), bytes.byteLength],
    );
    await ctx.em.execute(`update riba_run set file_id = ?, total_amount = ?::numeric where company_id = ? and id = ?`, [f.id, formatCents(totalCents), companyId, run.id]);
  });
  return null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split(' - ').pop()!.slice(0, 500);

/** The job (graphile-worker task `riba_run`, payload { runId, companyId }). */
export async function runRibaJob(orm: MikroORM, config: Config, companyId: string, runId: string): Promise<void> {
  const run = await inCompany(orm, config, companyId, async (ctx) => {
    const [r] = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.company_id = ? and r.id = ?`, [companyId, runId]);
    if (!r || r.status === 'done' || r.status === 'failed') return null;
    await ctx.em.execute(`update riba_run set status = 'running' where company_id = ? and id = ?`, [companyId, runId]);
    return r;
  });
  if (!run) return;
  const size = batchSize();
  try {
    if (!run.file_id) {
      for (;;) {
        const n = await inCompany(orm, config, companyId, (ctx) => selectBatch(ctx, run, size));
        if (n < size) break;
      }
      const invalid = await writeFile(orm, config, companyId, run);
      if (invalid) throw new Error(invalid);
    }
    await inCompany(orm, config, companyId, (ctx) =>
      ctx.em.execute(
        `update riba_run set status = 'done', total = (select count(*) from riba_item i where i.company_id = ? and i.run_id = ?), processed = total, finished_at = now() where company_id = ? and id = ?`,
        [companyId, runId, companyId, runId],
      ),
    );
  } catch (error) {
    const message = errorText(error);
    console.error(`[banking] RiBa run ${runId} failed: ${message}`);
    // nothing is posted before the file is sent: the receipts are released for a later run
    await inCompany(orm, config, companyId, async (ctx) => {
      await ctx.em.execute(`delete from riba_item where company_id = ? and run_id = ? and state = 'issued'`, [companyId, runId]);
      await ctx.em.execute(`update riba_run set status = 'failed', error = ?, finished_at = now() where company_id = ? and id = ?`, [message, companyId, runId]);
    });
  }
}

/** At start: RiBa runs left queued or running by a stopped platform are queued again. */
export async function requeueUnfinishedRibaRuns(orm: MikroORM, config: Config): Promise<number> {
  const companies = await withSystemContext(orm, config, (ctx) => ctx.em.find(Company, {}, { fields: ['id'] }));
  let n = 0;
  for (const { id } of companies) {
    n += await inCompany(orm, config, id, async (ctx) => {
      const runs = await ctx.em.execute<Array<{ id: string }>>(`select id from riba_run where company_id = ? and status in ('queued', 'running')`, [id]);
      for (const r of runs) await ctx.em.execute(`select app_queue_job(?, json_build_object('runId', ?::text, 'companyId', ?::text), ?)`, [RIBA_RUN_TASK, r.id, id, 1]);
      return runs.length;
    });
  }
  return n;
}
