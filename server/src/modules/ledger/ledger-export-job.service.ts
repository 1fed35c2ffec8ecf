import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { withSystemContext } from '../../core/system-context.js';
import { trialBalance } from './ledger-queries.service.js';
import { UUID, notFoundFields } from './ledger-sql.js';
import { LedgerWorkbook, XLSX, checkExportRange, countLines, exportFileName, journalPage, type JournalRow } from './ledger-export.service.js';
import type { LedgerExport, LedgerExportStatus, LedgerFile } from './ledger.types.js';

/**
 * The general ledger export as a job when the range is large (EX-4). `startLedgerExport` stores the
 * export (its total of lines): up to `exportJobThreshold()` lines (env LEDGER_EXPORT_JOB_LINES, default
 * 20,000) the file is built at once in the request; above, the worker's task `ledger_export` builds it
 * page by page (LEDGER_EXPORT_PAGE lines, default 5,000), each page its own transaction advancing
 * `processed` — the page polls `ledgerExport(id)` for the progress and downloads the file when done.
 */
export const LEDGER_EXPORT_TASK = 'ledger_export';
export const exportJobThreshold = () => Math.max(0, Number(process.env.LEDGER_EXPORT_JOB_LINES ?? 20_000) || 0);
const pageSize = () => Math.max(1, Number(process.env.LEDGER_EXPORT_PAGE ?? 5_000) || 5_000);

interface ExportRow {
  id: string;
  date_from: string;
  date_to: string;
  status: string;
  total: number;
  processed: number;
  file_name: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const SELECT = `select id, to_char(date_from, 'YYYY-MM-DD') as date_from, to_char(date_to, 'YYYY-MM-DD') as date_to, status, total, processed, file_name, error, created_at, finished_at from ledger_export`;

const toExport = (r: ExportRow): LedgerExport => ({
  id: r.id,
  from: r.date_from,
  to: r.date_to,
  status: r.status as LedgerExportStatus,
  total: r.total,
  processed: r.processed,
  percent: r.status === 'done' ? 100 : r.total > 0 ? Math.min(99, Math.floor((r.processed * 100) / r.total)) : 0,
  fileName: r.file_name,
  error: r.error,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

async function exportRow(ctx: RequestContext, id: string): Promise<ExportRow> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<ExportRow[]>(`${SELECT} where company_id = ? and id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw notFoundFields([{ field: 'id', reason: 'not_found', message: 'No such export in this company.' }]);
  return rows[0];
}

export async function getLedgerExport(ctx: RequestContext, id: string): Promise<LedgerExport> {
  return toExport(await exportRow(ctx, id));
}

/** The file of a finished export; CONFLICT while it is being built. */
export async function ledgerExportFile(ctx: RequestContext, id: string): Promise<LedgerFile> {
  const r = await exportRow(ctx, id);
  if (r.status !== 'done') throw conflict('The export is not finished yet.', { status: r.status });
  const [f] = await ctx.em.execute<Array<{ b: string }>>(`select encode(file, 'base64') as b from ledger_export where company_id = ? and id = ?`, [ctx.requireCompany(), r.id]);
  return { fileName: r.file_name ?? exportFileName(r.date_from, r.date_to), contentType: XLSX, base64: f.b.replace(/\s+/g, '') };
}

/** Starts an export (right ledger:export): built at once when small, queued as a job when large. */
export async function startLedgerExport(ctx: RequestContext, from: string, to: string): Promise<LedgerExport> {
  checkExportRange(from, to);
  const companyId = ctx.requireCompany();
  const total = await countLines(ctx, from, to);
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into ledger_export (company_id, date_from, date_to, status, total, file_name, created_by) values (?, ?::date, ?::date, 'queued', ?, ?, ?) returning id`,
    [companyId, from, to, total, exportFileName(from, to), ctx.user?.id ?? null],
  );
  if (total <= exportJobThreshold()) {
    const book = new LedgerWorkbook();
    book.addLines(await journalPage(ctx, from, to, null, Math.max(total, 1)));
    const file = await book.finish(await trialBalance(ctx, from, to));
    await ctx.em.execute(`update ledger_export set status = 'done', processed = total, file = ?, finished_at = now() where company_id = ? and id = ?`, [file, companyId, row.id]);
  } else {
    await ctx.em.execute(`select app_queue_job(?, json_build_object('exportId', ?::text, 'companyId', ?::text), ?)`, [LEDGER_EXPORT_TASK, row.id, companyId, 3]);
  }
  return getLedgerExport(ctx, row.id);
}

const inCompany = <T>(orm: MikroORM, config: Config, companyId: string, fn: (ctx: RequestContext) => Promise<T>) =>
  withSystemContext(orm, config, async (ctx) => {
    await ctx.applyScope(companyId);
    return fn(ctx);
  });

/** The job: pages of the journal, each read in its own transaction that also advances `processed`; then the file. */
export async function runLedgerExportJob(orm: MikroORM, config: Config, companyId: string, exportId: string): Promise<void> {
  const head = await inCompany(orm, config, companyId, async (ctx) => {
    const [r] = await ctx.em.execute<ExportRow[]>(`${SELECT} where company_id = ? and id = ?`, [companyId, exportId]);
    if (!r || r.status === 'done' || r.status === 'failed') return null;
    await ctx.em.execute(`update ledger_export set status = 'running', processed = 0 where company_id = ? and id = ?`, [companyId, exportId]);
    return r;
  });
  if (!head) return;
  try {
    const book = new LedgerWorkbook();
    let after: JournalRow | null = null;
    for (;;) {
      const page: JournalRow[] = await inCompany(orm, config, companyId, async (ctx) => {
        const rows = await journalPage(ctx, head.date_from, head.date_to, after, pageSize());
        await ctx.em.execute(`update ledger_export set processed = processed + ?, total = greatest(total, processed + ?) where company_id = ? and id = ?`, [rows.length, rows.length, companyId, exportId]);
        return rows;
      });
      book.addLines(page);
      if (page.length < pageSize()) break;
      after = page[page.length - 1];
    }
    await inCompany(orm, config, companyId, async (ctx) => {
      const file = await book.finish(await trialBalance(ctx, head.date_from, head.date_to));
      await ctx.em.execute(`update ledger_export set status = 'done', total = processed, file = ?, finished_at = now() where company_id = ? and id = ?`, [file, companyId, exportId]);
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(' - ').pop()!.slice(0, 500);
    console.error(`[ledger] export ${exportId} failed: ${message}`);
    await inCompany(orm, config, companyId, (ctx) => ctx.em.execute(`update ledger_export set status = 'failed', error = ? where company_id = ? and id = ?`, [message, companyId, exportId]));
  }
}
