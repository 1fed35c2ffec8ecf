import { createHash } from 'node:crypto';
import type { FieldIssue } from '@agency/shared';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict } from '../../core/errors.js';
import { parseStatementFile, type StatementLine } from './statement-parse.js';
import { listStatements } from './statement-queries.service.js';
import { computeProposals } from './statement-match.service.js';
import { companyAccounts } from './company-accounts.service.js';
import type { StatementImportResult } from './statement.types.js';

/**
 * Importing a camt.053 statement (or a camt.054 notification of credits), issue #14 §5, all or nothing:
 *  1. the whole file is parsed and checked (statement-parse.ts), every wrong element named;
 *  2. every statement's account must be one of the company's own accounts (company-accounts.service.ts:
 *     the SEPA creditor account and the RiBa account) — another company's is refused like an unknown one;
 *  3. a statement imported before (same account and statement id, or same message id on that account)
 *     → CONFLICT, nothing written;
 *  4. lines whose bank reference is already stored for the account (an overlapping statement) are left
 *     out and counted; the others become bank transactions;
 *  5. proposals are computed for the new credit lines (statement-match.service.ts).
 */
export const STATEMENT_MAX_BYTES = 50 * 1024 * 1024;

export { companyAccounts } from './company-accounts.service.js';

/** The file's bytes: sent to `POST /files/bank/statements` (bank-file.routes.ts) or, small, as base64 in GraphQL. */
export async function importStatement(ctx: RequestContext, fileName: string, bytes: Buffer): Promise<StatementImportResult> {
  const companyId = ctx.requireCompany();
  if (!bytes.length) throw badField('file', 'empty', 'The file is empty.');
  if (bytes.length > STATEMENT_MAX_BYTES) throw badField('file', 'too_large', 'At most 50 MB.');
  const parsed = parseStatementFile(bytes.toString('utf8'));

  const accounts = await companyAccounts(ctx);
  const issues: FieldIssue[] = parsed.statements
    .filter((s) => !accounts.has(s.iban))
    .map((s) => ({ field: `${s.path}.Acct.Id.IBAN`, reason: 'unknown_account', message: `${s.iban} is not one of this company's bank accounts.` }));
  if (issues.length) throw badInput(issues);

  const seen = await ctx.em.execute<Array<{ id: string; iban: string; statement_ref: string; message_id: string; created_at: Date }>>(
    `select id, iban, statement_ref, message_id, created_at from bank_statement
      where company_id = ? and (message_id = ? and iban = any(?::text[]) or (iban, statement_ref) in (select * from json_to_recordset(?::json) as x(iban text, ref text)))`,
    [companyId, parsed.messageId, `{${parsed.statements.map((s) => s.iban).join(',')}}`, JSON.stringify(parsed.statements.map((s) => ({ iban: s.iban, ref: s.statementRef })))],
  );
  if (seen[0]) {
    throw conflict(`This statement (${seen[0].statement_ref}, message ${seen[0].message_id}, account ${seen[0].iban}) has already been imported.`, { statementId: seen[0].id, importedAt: seen[0].created_at });
  }
  const twice = parsed.statements.find((s, i) => parsed.statements.findIndex((o) => o.iban === s.iban && o.statementRef === s.statementRef) !== i);
  if (twice) throw badField(`${twice.path}.Id`, 'duplicate', 'The file holds this statement twice.');

  const sha = createHash('sha256').update(bytes).digest('hex');
  const name = (fileName?.trim() || `${parsed.messageId}.xml`).slice(0, 200);
  const statementIds: string[] = [];
  let imported = 0;
  let duplicates = 0;
  for (const s of parsed.statements) {
    // an overlapping statement: the bank's references already stored for this account (or earlier in this file)
    const refs = [...new Set(s.lines.map((l) => l.bankRef).filter((r): r is string => !!r))];
    const stored = new Set(
      refs.length
        ? (
            await ctx.em.execute<Array<{ bank_ref: string }>>(`select bank_ref from bank_transaction where company_id = ? and iban = ? and bank_ref in (select jsonb_array_elements_text(?::jsonb))`, [
              companyId,
              s.iban,
              JSON.stringify(refs),
            ])
          ).map((r) => r.bank_ref)
        : [],
    );
    const fresh: Array<StatementLine & { lineNo: number }> = [];
    s.lines.forEach((l, i) => {
      if (l.bankRef && stored.has(l.bankRef)) return;
      if (l.bankRef) stored.add(l.bankRef);
      fresh.push({ ...l, lineNo: i + 1 });
    });
    const [row] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into bank_statement (company_id, kind, message_id, statement_ref, iban, from_date, to_date, file_name, content, sha256, size_bytes, line_count, duplicate_count, created_by)
       values (?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [companyId, parsed.kind, parsed.messageId, s.statementRef, s.iban, s.fromDate, s.toDate, name, bytes, sha, bytes.length, fresh.length, s.lines.length - fresh.length, ctx.user?.id ?? null],
    );
    // one statement for all the lines, in slices (a 10,000-line statement stays a few statements)
    for (let k = 0; k < fresh.length; k += 5000) {
      await ctx.em.execute(
        `insert into bank_transaction (company_id, statement_id, line_no, iban, bank_ref, direction, amount, booking_date, value_date, end_to_end_id, remittance, counterparty_name, counterparty_iban)
         select ?::uuid, ?::uuid, l.line_no, ?, l.bank_ref, l.direction, l.amount, l.booking_date, l.value_date, l.end_to_end_id, l.remittance, l.counterparty_name, l.counterparty_iban
           from json_to_recordset(?::json) as l(line_no int, bank_ref text, direction text, amount numeric, booking_date date, value_date date, end_to_end_id text, remittance text, counterparty_name text, counterparty_iban text)`,
        [
          companyId,
          row.id,
          s.iban,
          JSON.stringify(
            fresh.slice(k, k + 5000).map((l) => ({
              line_no: l.lineNo,
              bank_ref: l.bankRef,
              direction: l.direction,
              amount: l.amount,
              booking_date: l.bookingDate,
              value_date: l.valueDate,
              end_to_end_id: l.endToEndId,
              remittance: l.remittance,
              counterparty_name: l.counterpartyName,
              counterparty_iban: l.counterpartyIban,
            })),
          ),
        ],
      );
    }
    statementIds.push(row.id);
    imported += fresh.length;
    duplicates += s.lines.length - fresh.length;
  }
  await insertAuditRows(
    ctx.em,
    ctx.actor(),
    statementIds.map((id, k) => ({
      companyId,
      action: 'create',
      entityType: 'BankStatement',
      entityId: id,
      before: null,
      after: { kind: parsed.kind, messageId: parsed.messageId, statementRef: parsed.statements[k].statementRef, iban: parsed.statements[k].iban, fileName: name, sha256: sha, lines: parsed.statements[k].lines.length },
    })),
  );
  const proposed = await computeProposals(ctx, statementIds);
  return { statements: await listStatements(ctx, { ids: statementIds }), imported, duplicates, proposed };
}
