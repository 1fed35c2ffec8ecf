import ExcelJS from 'exceljs';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { trialBalance } from './ledger-queries.service.js';
import { isIsoDate, todayIso } from './ledger-sql.js';
import type { LedgerFile } from './ledger.types.js';

/** Above this many lines the export is refused here; a job-based export is the next step (EX-4). */
export const EXPORT_MAX_LINES = 200_000;

/**
 * The general ledger of a date range as an XLSX workbook (right ledger:export): the journal (one row
 * per line, amounts as exact numbers with two decimals) and the trial balance of the same range.
 */
export async function exportGeneralLedger(ctx: RequestContext, from: string, to: string): Promise<LedgerFile> {
  const companyId = ctx.requireCompany();
  const issues = [];
  if (!isIsoDate(from)) issues.push({ field: 'from', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  if (!isIsoDate(to)) issues.push({ field: 'to', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  else if (isIsoDate(from) && from > to) issues.push({ field: 'to', reason: 'before_from', message: 'The end of the range is before its start.' });
  if (issues.length) throw badInput(issues);
  const [count] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from journal_line where company_id = ? and entry_date between ?::date and ?::date`, [companyId, from, to]);
  if (Number(count?.n ?? 0) > EXPORT_MAX_LINES) throw badInput([{ field: 'from', reason: 'too_large', message: `More than ${EXPORT_MAX_LINES} lines: export a shorter range.` }]);
  const lines = await ctx.em.execute<Array<{ entry_date: string; entry_id: string; entry: string; source: string; line_no: number; code: string; account: string; party: string | null; debit: string; credit: string }>>(
    `select to_char(l.entry_date, 'YYYY-MM-DD') as entry_date, l.entry_id, e.description as entry, e.source, l.line_no, a.code, a.name as account,
            coalesce(c.display_name, i.name) as party, l.debit::text as debit, l.credit::text as credit
       from journal_line l
       join journal_entry e on e.company_id = l.company_id and e.id = l.entry_id
       join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
       left join client c on c.company_id = l.company_id and c.id = l.client_id
       left join insurer i on i.company_id = l.company_id and i.id = l.insurer_id
      where l.company_id = ? and l.entry_date between ?::date and ?::date
      order by l.entry_date, e.created_at, l.entry_id, l.line_no`,
    [companyId, from, to],
  );
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const journal = wb.addWorksheet('Journal');
  journal.columns = [
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
  // numbers with two decimals are exact in a binary double only to display precision; the cell
  // value is the decimal string's number, formatted to two places (what spreadsheets do with money)
  for (const l of lines) {
    journal.addRow({ date: l.entry_date, entry: l.entry_id, description: l.entry, source: l.source, line: l.line_no, code: l.code, account: l.account, party: l.party ?? '', debit: Number(l.debit), credit: Number(l.credit) });
  }
  journal.getRow(1).font = { bold: true };
  const tb = await trialBalance(ctx, from, to);
  const sheet = wb.addWorksheet('Trial balance');
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
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `general-ledger-${from}-${to || todayIso()}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
}
