import ExcelJS from 'exceljs';
import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { trialBalance } from './ledger-queries.service.js';
import { isIsoDate } from './ledger-sql.js';
import type { LedgerFile, TrialBalance } from './ledger.types.js';

/** Above this many lines the export in the request is refused; a larger range is exported by a job (ledger-export-job.service.ts, EX-4). */
export const EXPORT_MAX_LINES = 200_000;
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface JournalRow {
  entry_date: string;
  entry_id: string;
  entry: string;
  source: string;
  line_no: number;
  code: string;
  account: string;
  party: string | null;
  debit: string;
  credit: string;
  created_at: string;
}

export function checkExportRange(from: string, to: string): void {
  const issues: FieldIssue[] = [];
  if (!isIsoDate(from)) issues.push({ field: 'from', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  if (!isIsoDate(to)) issues.push({ field: 'to', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  else if (isIsoDate(from) && from > to) issues.push({ field: 'to', reason: 'before_from', message: 'The end of the range is before its start.' });
  if (issues.length) throw badInput(issues);
}

export async function countLines(ctx: RequestContext, from: string, to: string): Promise<number> {
  const [count] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from journal_line where company_id = ? and entry_date between ?::date and ?::date`, [ctx.requireCompany(), from, to]);
  return Number(count?.n ?? 0);
}

/**
 * A page of the journal of a range, in the books' order, after the line `after` (keyset: date, entry
 * time, entry, line), so a job reads it page by page in separate transactions.
 */
export async function journalPage(ctx: RequestContext, from: string, to: string, after: JournalRow | null, limit: number): Promise<JournalRow[]> {
  return ctx.em.execute<JournalRow[]>(
    `select to_char(l.entry_date, 'YYYY-MM-DD') as entry_date, l.entry_id, e.description as entry, e.source, l.line_no, a.code, a.name as account,
            coalesce(c.display_name, i.name) as party, l.debit::text as debit, l.credit::text as credit, e.created_at::text as created_at
       from journal_line l
       join journal_entry e on e.company_id = l.company_id and e.id = l.entry_id
       join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
       left join client c on c.company_id = l.company_id and c.id = l.client_id
       left join insurer i on i.company_id = l.company_id and i.id = l.insurer_id
      where l.company_id = ? and l.entry_date between ?::date and ?::date
        and (?::date is null or (l.entry_date, e.created_at, l.entry_id, l.line_no) > (?::date, ?::timestamptz, ?::uuid, ?::int))
      order by l.entry_date, e.created_at, l.entry_id, l.line_no
      limit ?`,
    [ctx.requireCompany(), from, to, after?.entry_date ?? null, after?.entry_date ?? null, after?.created_at ?? null, after?.entry_id ?? null, after?.line_no ?? null, limit],
  );
}

/** The workbook: the journal (one row per line, amounts with two decimals) and the trial balance of the range. */
export class LedgerWorkbook {
  private readonly wb = new ExcelJS.Workbook();
  private readonly journal: ExcelJS.Worksheet;

  constructor() {
    this.wb.created = new Date();
    this.journal = this.wb.addWorksheet('Journal');
    this.journal.columns = [
      { header: 'Date', key: 'date', width: 12 },
      { header: 'Entry', key: 'entry', width: 38 },
      { header: 'Description', key: 'description', width: 40 },
      { header: 'Source', key: 'source', width: 12 },
      { header: 'Line', key: 'line', width: 6 },
      { header: 'Account', key: 'code', width: 10 },
      { header: 'Account name', key: 'account', width: 36 },
      { header: 'Party', key: 'party', width: 30 },
      { header: 'Debit', key: 'debit', width: 14, style: { numFmt: '#,##0.00' } },
      { header: 'Credit', key: 'credit', width: 14, style: { numFmt: '#,##0.00' } },
    ];
    this.journal.getRow(1).font = { bold: true };
  }

  // numbers with two decimals are exact in a binary double only to display precision; the cell value is
  // the decimal string's number, formatted to two places (what spreadsheets do with money)
  addLines(lines: JournalRow[]): void {
    for (const l of lines) {
      this.journal.addRow({ date: l.entry_date, entry: l.entry_id, description: l.entry, source: l.source, line: l.line_no, code: l.code, account: l.account, party: l.party ?? '', debit: Number(l.debit), credit: Number(l.credit) });
    }
  }

  async finish(tb: TrialBalance): Promise<Buffer> {
    const sheet = this.wb.addWorksheet('Trial balance');
    sheet.columns = [
      { header: 'Account', key: 'code', width: 10 },
      { header: 'Account name', key: 'name', width: 40 },
      { header: 'Opening', key: 'opening', width: 14, style: { numFmt: '#,##0.00' } },
      { header: 'Debit', key: 'debit', width: 14, style: { numFmt: '#,##0.00' } },
      { header: 'Credit', key: 'credit', width: 14, style: { numFmt: '#,##0.00' } },
      { header: 'Balance', key: 'balance', width: 14, style: { numFmt: '#,##0.00' } },
    ];
    for (const r of tb.rows) sheet.addRow({ code: r.account.code, name: r.account.name, opening: Number(r.opening), debit: Number(r.debit), credit: Number(r.credit), balance: Number(r.balance) });
    sheet.addRow({ code: '', name: 'Total', opening: null, debit: Number(tb.totalDebit), credit: Number(tb.totalCredit), balance: Number(tb.totalBalance) });
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await this.wb.xlsx.writeBuffer());
  }
}

export const exportFileName = (from: string, to: string) => `general-ledger-${from}-${to}.xlsx`;

/**
 * The general ledger of a date range as an XLSX workbook in the request (right ledger:export), up to
 * EXPORT_MAX_LINES lines.
 */
export async function exportGeneralLedger(ctx: RequestContext, from: string, to: string): Promise<LedgerFile> {
  checkExportRange(from, to);
  if ((await countLines(ctx, from, to)) > EXPORT_MAX_LINES) throw badInput([{ field: 'from', reason: 'too_large', message: `More than ${EXPORT_MAX_LINES} lines: export a shorter range.` }]);
  const book = new LedgerWorkbook();
  book.addLines(await journalPage(ctx, from, to, null, EXPORT_MAX_LINES));
  const buffer = await book.finish(await trialBalance(ctx, from, to));
  return { fileName: exportFileName(from, to), contentType: XLSX, base64: buffer.toString('base64') };
}
