import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { FieldIssue } from '@agency/shared';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, badField, conflict } from '../../core/errors.js';
import { accountByRole } from '../ledger/chart.service.js';
import { UUID, isClosed, isIsoDate, money, notFoundFields } from '../ledger/ledger-sql.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { entryHead, writeEntry, writeReversal } from '../ledger/posting.service.js';
import { lockOpenItems } from '../payments/matching.service.js';
import { parseCents } from '../policies/money.js';
import { settingsRow } from './banking-settings.service.js';
import { companyAccounts, companyCreditorId, normalIban } from './company-accounts.service.js';
import { readBankXml } from './bank-xml.js';
import type { ReturnImportResult, SepaReturn } from './banking.types.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * Returns and rejects (issue #14 §3): a pain.002 customer payment status report (rejected
 * transactions, TxSts RJCT) or a camt.054 debit notification (reversed entries with RtrInf) names the
 * collections by their end-to-end id; each one, in the same transaction (all or nothing):
 *  - its allocation is undone (a new row, as in collections), so the receipt is open again;
 *  - the direct-debit payment's entry is reversed (source reversal);
 *  - the company's return fee, when set, is charged to the client (client receivable debit, premium
 *    account credit: the bank took it from there), entry source bank_return;
 *  - a bank_return row keeps the ISO reason code for follow-up; the collection becomes returned.
 * The file is checked first, naming the element that is wrong; nothing is written on an error. A file
 * whose message id was imported before is recognised (CONFLICT); a collection already returned by
 * another file is counted, not returned twice.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['OrgnlPmtInfAndSts', 'TxInfAndSts', 'StsRsnInf', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'RtrInf'].includes(name) });
export const RETURNS_MAX_BYTES = 20 * 1024 * 1024;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : typeof obj(v)['#text'] === 'string' ? String(obj(v)['#text']).trim() : '');

interface Returned {
  path: string;
  /** the element that names the collection (refused naming it when unknown or not booked) */
  field: string;
  endToEndId: string;
  reasonCode: string;
  date: string | null;
  /** the element the date is read from (camt.054 `…Ntry[j].BookgDt.Dt`) */
  dateField: string | null;
}

/**
 * A whole rejected group or payment-information block of a pain.002 (GrpSts / PmtInfSts RJCT): the bank
 * refused every collection of it, listed transaction by transaction or not — those the report does not
 * list are returned with the group's or the block's reason.
 */
interface Rejection {
  /** `OrgnlGrpInfAndSts` or `OrgnlPmtInfAndSts[i]` */
  path: string;
  /** `…GrpSts` or `…PmtInfSts` */
  field: string;
  /** the block's OrgnlPmtInfId; null for the whole group */
  paymentInfoId: string | null;
  reasonCode: string;
}

/** An account or creditor the file says it is of, with the element naming it. */
interface Claim {
  field: string;
  value: string;
}

interface Parsed {
  kind: 'pain.002' | 'camt.054';
  /** accounts named: camt.054 `Ntfctn[i].Acct.Id.IBAN`, pain.002 `…OrgnlTxRef.CdtrAcct.Id.IBAN` */
  accounts: Claim[];
  /** creditor identifiers named: pain.002 `…OrgnlTxRef.CdtrSchmeId.Id.PrvtId.Othr[0].Id` */
  creditorIds: Claim[];
  messageId: string;
  originalMessageId: string | null;
  created: string | null;
  returned: Returned[];
  rejections: Rejection[];
  /** end-to-end ids the report lists with a status other than RJCT: never returned by a group or block rejection */
  notRejected: string[];
}

const REASON = /^[A-Z0-9]{4}$/;
const REASON_MESSAGE = 'An ISO reason code of 4 letters or digits (AC04, MD01…).';
/** The first reason code of a `StsRsnInf` list. */
const reasonCodeOf = (v: unknown) => text(obj(arr(v)[0]?.Rsn).Cd);
/** A message id is ISO 20022 Max35Text: longer, it could not be told from another file's (bank_file keeps 35). */
function checkMessageId(issues: FieldIssue[], messageId: string, what: string): void {
  if (!messageId) issues.push({ field: 'GrpHdr.MsgId', reason: 'required', message: `The ${what} has no message id.` });
  else if (messageId.length > 35) issues.push({ field: 'GrpHdr.MsgId', reason: 'too_long', message: 'A message id has at most 35 characters (ISO 20022 Max35Text).' });
}

function parseStatusReport(xml: string): Parsed {
  // a DOCTYPE (DTD, entities: XXE, expansion) and what the parser refuses are bad input naming `file`
  const doc = obj(readBankXml(parser, xml).Document);
  const report = obj(doc.CstmrPmtStsRpt);
  const ntf = obj(doc.BkToCstmrDbtCdtNtfctn);
  const issues: FieldIssue[] = [];
  const accounts: Claim[] = [];
  const creditorIds: Claim[] = [];
  if (Object.keys(report).length) {
    const messageId = text(obj(report.GrpHdr).MsgId);
    checkMessageId(issues, messageId, 'status report');
    const orig = obj(report.OrgnlGrpInfAndSts);
    const originalMessageId = text(orig.OrgnlMsgId);
    if (!originalMessageId) issues.push({ field: 'OrgnlGrpInfAndSts.OrgnlMsgId', reason: 'required', message: 'The report does not name the direct-debit file it answers.' });
    const nameId = text(orig.OrgnlMsgNmId);
    if (nameId && !nameId.startsWith('pain.008')) issues.push({ field: 'OrgnlGrpInfAndSts.OrgnlMsgNmId', reason: 'not_a_direct_debit', message: `The report answers a ${nameId}, not a pain.008.` });
    const groupRejected = text(orig.GrpSts) === 'RJCT';
    const groupCode = reasonCodeOf(orig.StsRsnInf);
    const returned: Returned[] = [];
    const rejections: Rejection[] = [];
    const notRejected: string[] = [];
    if (groupRejected) rejections.push({ path: 'OrgnlGrpInfAndSts', field: 'OrgnlGrpInfAndSts.GrpSts', paymentInfoId: null, reasonCode: groupCode });
    arr(report.OrgnlPmtInfAndSts).forEach((p, i) => {
      const blockRejected = text(p.PmtInfSts) === 'RJCT';
      const blockCode = reasonCodeOf(p.StsRsnInf) || groupCode;
      if (blockRejected) {
        const paymentInfoId = text(p.OrgnlPmtInfId);
        if (paymentInfoId) rejections.push({ path: `OrgnlPmtInfAndSts[${i}]`, field: `OrgnlPmtInfAndSts[${i}].PmtInfSts`, paymentInfoId, reasonCode: blockCode });
        else if (!groupRejected) issues.push({ field: `OrgnlPmtInfAndSts[${i}].OrgnlPmtInfId`, reason: 'required', message: 'A rejected payment information block without the id of the block it rejects.' });
      }
      arr(p.TxInfAndSts).forEach((t, j) => {
        const path = `OrgnlPmtInfAndSts[${i}].TxInfAndSts[${j}]`;
        const status = text(t.TxSts);
        if (status && status !== 'RJCT') {
          if (text(t.OrgnlEndToEndId)) notRejected.push(text(t.OrgnlEndToEndId));
          return;
        }
        if (!status && !groupRejected && !blockRejected) return;
        const ref = obj(t.OrgnlTxRef);
        const cdtrIban = text(obj(obj(ref.CdtrAcct).Id).IBAN);
        if (cdtrIban) accounts.push({ field: `${path}.OrgnlTxRef.CdtrAcct.Id.IBAN`, value: cdtrIban });
        const schemeId = text(arr(obj(obj(obj(ref.CdtrSchmeId).Id).PrvtId).Othr)[0]?.Id);
        if (schemeId) creditorIds.push({ field: `${path}.OrgnlTxRef.CdtrSchmeId.Id.PrvtId.Othr[0].Id`, value: schemeId });
        const e2e = text(t.OrgnlEndToEndId);
        // the transaction's own reason, else its block's or group's (a rejected block lists its transactions)
        const code = reasonCodeOf(t.StsRsnInf) || blockCode;
        if (!e2e) issues.push({ field: `${path}.OrgnlEndToEndId`, reason: 'required', message: 'A rejected transaction without its end-to-end id.' });
        if (!REASON.test(code)) issues.push({ field: `${path}.StsRsnInf.Rsn.Cd`, reason: 'invalid_reason', message: REASON_MESSAGE });
        returned.push({ path, field: `${path}.OrgnlEndToEndId`, endToEndId: e2e, reasonCode: code, date: null, dateField: null });
      });
    });
    if (issues.length) throw badInput(issues);
    return { kind: 'pain.002', accounts, creditorIds, messageId, originalMessageId, created: text(obj(report.GrpHdr).CreDtTm).slice(0, 10) || null, returned, rejections, notRejected };
  }
  if (Object.keys(ntf).length) {
    const messageId = text(obj(ntf.GrpHdr).MsgId);
    checkMessageId(issues, messageId, 'notification');
    const returned: Returned[] = [];
    arr(ntf.Ntfctn).forEach((n, i) => {
      const iban = text(obj(obj(n.Acct).Id).IBAN);
      if (iban) accounts.push({ field: `Ntfctn[${i}].Acct.Id.IBAN`, value: iban });
      arr(n.Ntry).forEach((e, j) => {
        const date = text(obj(e.BookgDt).Dt) || null;
        arr(e.NtryDtls).forEach((d, k) =>
          arr(d.TxDtls).forEach((t, l) => {
            const rtr = arr(t.RtrInf)[0];
            if (!rtr) return;
            const path = `Ntfctn[${i}].Ntry[${j}].NtryDtls[${k}].TxDtls[${l}]`;
            const e2e = text(obj(t.Refs).EndToEndId);
            const code = text(obj(rtr.Rsn).Cd);
            if (!e2e) issues.push({ field: `${path}.Refs.EndToEndId`, reason: 'required', message: 'A returned transaction without its end-to-end id.' });
            if (!REASON.test(code)) issues.push({ field: `${path}.RtrInf.Rsn.Cd`, reason: 'invalid_reason', message: REASON_MESSAGE });
            if (date && !isIsoDate(date)) issues.push({ field: `Ntfctn[${i}].Ntry[${j}].BookgDt.Dt`, reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
            returned.push({ path, field: `${path}.Refs.EndToEndId`, endToEndId: e2e, reasonCode: code, date, dateField: `Ntfctn[${i}].Ntry[${j}].BookgDt.Dt` });
          }),
        );
      });
    });
    if (issues.length) throw badInput(issues);
    return { kind: 'camt.054', accounts, creditorIds, messageId, originalMessageId: null, created: text(obj(ntf.GrpHdr).CreDtTm).slice(0, 10) || null, returned, rejections: [], notRejected: [] };
  }
  throw badField('file', 'wrong_format', 'Expected a pain.002 payment status report or a camt.054 debit notification.');
}

/**
 * A report is of the company's own account and creditor: every account it names must be one the company
 * uses as its own (the SEPA creditor account, the RiBa account) and every creditor identifier the
 * company's — another company's is refused like an unknown one, naming the element (BAD_USER_INPUT,
 * unknown_account / unknown_creditor), before anything is written.
 */
async function checkOwnAccounts(ctx: RequestContext, parsed: Parsed): Promise<void> {
  const issues: FieldIssue[] = [];
  if (parsed.accounts.length) {
    const own = await companyAccounts(ctx);
    for (const a of parsed.accounts) if (!own.has(normalIban(a.value))) issues.push({ field: a.field, reason: 'unknown_account', message: `${a.value} is not one of this company's bank accounts.` });
  }
  if (parsed.creditorIds.length) {
    const own = await companyCreditorId(ctx);
    for (const c of parsed.creditorIds) if (normalIban(c.value) !== own) issues.push({ field: c.field, reason: 'unknown_creditor', message: `${c.value} is not this company's creditor identifier.` });
  }
  if (issues.length) throw badInput(issues);
}

/**
 * The date a return is booked by: the bank's (camt.054 booking date, else the report's creation date, else
 * today), not before the collection's payment; with the element it is read from (null: the payment's date
 * or today). It is a date of the books (checked by the caller): a file dated 2099 is refused, not booked.
 */
function returnDate(r: Returned, parsed: Parsed, paymentDate: string, today: string): { date: string; field: string | null } {
  const [base, field] = r.date ? [r.date, r.dateField] : parsed.created ? [parsed.created, 'GrpHdr.CreDtTm'] : [today, null];
  return isIsoDate(base) && base >= paymentDate ? { date: base, field } : { date: paymentDate, field: null };
}

/** One issue per field and reason (many returns of one entry share its booking date). */
const uniqueIssues = (issues: FieldIssue[]) => issues.filter((x, k) => issues.findIndex((y) => y.field === x.field && y.reason === x.reason) === k);

/**
 * A rejected group or payment-information block (pain.002 GrpSts / PmtInfSts RJCT) rejects every collection
 * of it: those the report does not list transaction by transaction are added to `parsed.returned` with the
 * block's (else the group's) reason. A block is the file's PmtInf `<message id>-<n>`, n counting the groups
 * (collection date, sequence type, scheme) in the order the file was written (sepa-run.service.ts
 * writeFile). An unknown block → NOT_FOUND naming its OrgnlPmtInfId; a reason needed but missing →
 * BAD_USER_INPUT naming the StsRsnInf.
 */
async function addRejectedCollections(ctx: RequestContext, runId: string, originalMessageId: string, parsed: Parsed): Promise<void> {
  const rows = await ctx.em.execute<Array<{ end_to_end_id: string; k: string }>>(
    `select end_to_end_id, dense_rank() over (order by collection_date, sequence_type, scheme) as k from bank_run_item where company_id = ? and run_id = ? order by end_to_end_id`,
    [ctx.requireCompany(), runId],
  );
  const listed = new Set([...parsed.returned.map((r) => r.endToEndId), ...parsed.notRejected]);
  const missing: FieldIssue[] = [];
  const issues: FieldIssue[] = [];
  // the blocks first (their own reasons), then the group
  const rejections = [...parsed.rejections].sort((a, b) => Number(a.paymentInfoId === null) - Number(b.paymentInfoId === null));
  for (const rj of rejections) {
    const members = rj.paymentInfoId === null ? rows : rows.filter((r) => `${originalMessageId}-${r.k}`.slice(0, 35) === rj.paymentInfoId);
    if (!members.length) {
      if (rj.paymentInfoId !== null) missing.push({ field: `${rj.path}.OrgnlPmtInfId`, reason: 'not_found', message: `No payment information block ${rj.paymentInfoId} in that file.` });
      continue;
    }
    const todo = members.filter((r) => !listed.has(r.end_to_end_id));
    if (!todo.length) continue;
    if (!REASON.test(rj.reasonCode)) {
      issues.push({ field: `${rj.path}.StsRsnInf.Rsn.Cd`, reason: 'invalid_reason', message: `${REASON_MESSAGE} The report rejects the whole ${rj.paymentInfoId === null ? 'file' : 'block'}.` });
      continue;
    }
    for (const r of todo) {
      listed.add(r.end_to_end_id);
      parsed.returned.push({ path: rj.path, field: rj.field, endToEndId: r.end_to_end_id, reasonCode: rj.reasonCode, date: null, dateField: null });
    }
  }
  if (missing.length) throw notFoundFields(missing);
  if (issues.length) throw badInput(issues);
}

interface ItemRow {
  id: string;
  run_id: string;
  message_id: string;
  status: string;
  receipt_id: string;
  client_id: string;
  client_name: string;
  payment_id: string | null;
  entry_id: string | null;
  payment_date: string | null;
  amount: string;
  end_to_end_id: string;
}

/**
 * Imports a status report (right billing:create): all or nothing. The file's bytes: sent to
 * `POST /files/bank/returns` (bank-file.routes.ts) or, small, as base64 in GraphQL.
 */
export async function importReturns(ctx: RequestContext, fileName: string, bytes: Buffer): Promise<ReturnImportResult> {
  const companyId = ctx.requireCompany();
  if (!bytes.length) throw badField('file', 'empty', 'The file is empty.');
  if (bytes.length > RETURNS_MAX_BYTES) throw badField('file', 'too_large', 'At most 20 MB.');
  const parsed = parseStatusReport(bytes.toString('utf8'));
  await checkOwnAccounts(ctx, parsed);
  const [seen] = await ctx.em.execute<Array<{ id: string; created_at: Date }>>(`select id, created_at from bank_file where company_id = ? and kind = ? and message_id = ?`, [companyId, parsed.kind, parsed.messageId]);
  if (seen) throw conflict(`This ${parsed.kind} (message ${parsed.messageId}) has already been imported.`, { fileId: seen.id, importedAt: seen.created_at });

  let runId: string | null = null;
  if (parsed.originalMessageId) {
    const [run] = await ctx.em.execute<Array<{ id: string }>>(`select id from bank_run where company_id = ? and kind = 'sepa_dd' and message_id = ?`, [companyId, parsed.originalMessageId]);
    if (!run) throw notFoundFields([{ field: 'OrgnlGrpInfAndSts.OrgnlMsgId', reason: 'not_found', message: `No direct-debit file ${parsed.originalMessageId} of this company.` }]);
    runId = run.id;
    if (parsed.rejections.length) await addRejectedCollections(ctx, runId, parsed.originalMessageId, parsed);
  }
  const ids = [...new Set(parsed.returned.map((r) => r.endToEndId))];
  const items = ids.length
    ? await ctx.em.execute<ItemRow[]>(
        `select i.id, i.run_id, r.message_id, i.status, i.receipt_id, d.client_id, c.display_name as client_name, i.payment_id, p.entry_id, to_char(p.payment_date, 'YYYY-MM-DD') as payment_date, i.amount, i.end_to_end_id
           from bank_run_item i join bank_run r on r.company_id = i.company_id and r.id = i.run_id
           join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id join client c on c.company_id = d.company_id and c.id = d.client_id
           left join payment p on p.company_id = i.company_id and p.id = i.payment_id
          where i.company_id = ? and i.end_to_end_id in (select jsonb_array_elements_text(?::jsonb))`,
        [companyId, JSON.stringify(ids)],
      )
    : [];
  const byE2e = new Map(items.map((i) => [i.end_to_end_id, i]));
  const issues: FieldIssue[] = [];
  const today = await companyToday(ctx);
  /** the date each return is booked by, index of parsed.returned → date */
  const dates = new Map<number, string>();
  const closed = new Map<string, boolean>();
  const closedOn = async (date: string) => closed.get(date) ?? closed.set(date, await isClosed(ctx, date)).get(date)!;
  for (const [k, r] of parsed.returned.entries()) {
    const item = byE2e.get(r.endToEndId);
    const field = r.field;
    if (!item || (runId && item.run_id !== runId)) issues.push({ field, reason: 'not_found', message: `No collection ${r.endToEndId} in ${runId ? 'that file' : "this company's direct debits"}.` });
    else if (!item.payment_id) issues.push({ field, reason: 'not_booked', message: `The collection ${r.endToEndId} has not been booked yet (its run is still under way).` });
    else if (item.status === 'presented') {
      const d = returnDate(r, parsed, item.payment_date!, today);
      const issue = checkBusinessDate(d.field ?? field, d.date, today);
      if (issue) issues.push({ ...issue, message: `The return of ${r.endToEndId} would be booked on ${d.date}: ${issue.message}` });
      else if (await closedOn(d.date)) issues.push({ field: d.field ?? field, reason: 'period_closed', message: `The return of ${r.endToEndId} would be booked on ${d.date}: the month ${d.date.slice(0, 7)} is closed.` });
      else dates.set(k, d.date);
    }
  }
  if (issues.some((i) => i.reason === 'not_found')) throw notFoundFields(issues.filter((i) => i.reason === 'not_found'));
  if (issues.length) throw badInput(uniqueIssues(issues));

  const [file] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into bank_file (company_id, kind, direction, message_id, file_name, content, sha256, size_bytes, created_by) values (?, ?, 'in', ?, ?, ?, ?, ?, ?) returning id`,
    [companyId, parsed.kind, parsed.messageId.slice(0, 35), (fileName?.trim() || `${parsed.messageId}.xml`).slice(0, 200), bytes, createHash('sha256').update(bytes).digest('hex'), bytes.length, ctx.user?.id ?? null],
  );
  const settings = await settingsRow(ctx);
  const fee = settings?.return_fee && parseCents(money(settings.return_fee))! > 0n ? parseCents(money(settings.return_fee))! : null;
  const todo = parsed.returned.map((r, k) => ({ r, k, item: byE2e.get(r.endToEndId)! }));
  const fresh = todo.filter(({ item }, k) => item.status === 'presented' && todo.findIndex((x) => x.item.id === item.id) === k);
  await lockOpenItems(ctx, fresh.map((f) => f.item.payment_id!), fresh.map((f) => f.item.receipt_id));
  const premium = await accountByRole(ctx, 'premium_account');
  const receivable = await accountByRole(ctx, 'clients_receivable');
  const returnIds: string[] = [];
  for (const { r, k, item } of fresh) {
    const [remitted] = await ctx.em.execute<Array<{ id: string }>>(`select remittance_id as id from remittance_item where company_id = ? and receipt_id = ? and active`, [companyId, item.receipt_id]);
    if (remitted) throw new AppError('CONFLICT', `The receipt of collection ${item.end_to_end_id} has been remitted to its insurer: cancel the remittance first.`, { field: r.path, remittanceId: remitted.id });
    const [alloc] = await ctx.em.execute<Array<{ id: string }>>(
      `select a.id from payment_allocation a where a.company_id = ? and a.payment_id = ? and a.receipt_id = ? and a.undoes_id is null
          and not exists (select 1 from payment_allocation u where u.company_id = a.company_id and u.undoes_id = a.id)`,
      [companyId, item.payment_id, item.receipt_id],
    );
    const reason = `SEPA direct debit returned: ${r.reasonCode} (${parsed.kind} ${parsed.messageId})`.slice(0, 500);
    if (alloc) {
      await ctx.em.execute(
        `insert into payment_allocation (company_id, payment_id, receipt_id, amount, undoes_id, reason, created_by) select company_id, payment_id, receipt_id, amount, id, ?, ? from payment_allocation where company_id = ? and id = ?`,
        [reason, ctx.user?.id ?? null, companyId, alloc.id],
      );
    }
    const date = dates.get(k)!;
    const original = await entryHead(ctx, item.entry_id!);
    const reversalId = await writeReversal(ctx, original, date, `↺ ${original.description} — ${r.reasonCode}`.slice(0, 500), 'reversal');
    let feeEntryId: string | null = null;
    if (fee) {
      feeEntryId = await writeEntry(ctx, {
        entryDate: date,
        description: `${item.client_name} — SDD return fee ${item.end_to_end_id} (${r.reasonCode})`.slice(0, 500),
        source: 'bank_return',
        lines: [
          { accountId: receivable.id, debit: fee, credit: 0n, clientId: item.client_id },
          { accountId: premium.id, debit: 0n, credit: fee },
        ],
      });
    }
    const [ret] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into bank_return (company_id, file_id, item_id, reason_code, return_date, reversal_entry_id, fee, fee_entry_id, created_by) values (?, ?, ?, ?, ?::date, ?, ?::numeric, ?, ?) returning id`,
      [companyId, file.id, item.id, r.reasonCode, date, reversalId, fee === null ? null : money(settings!.return_fee), feeEntryId, ctx.user?.id ?? null],
    );
    await ctx.em.execute(`update bank_run_item set status = 'returned' where company_id = ? and id = ?`, [companyId, item.id]);
    returnIds.push(ret.id);
  }
  await insertAuditRows(ctx.em, ctx.actor(), [
    {
      companyId,
      action: 'create',
      entityType: 'BankFile',
      entityId: file.id,
      before: null,
      after: { kind: parsed.kind, messageId: parsed.messageId, fileName: fileName?.trim() || null, sizeBytes: bytes.length, returned: returnIds.length, alreadyReturned: todo.length - fresh.length },
    },
  ]);
  return { fileId: file.id, messageId: parsed.messageId, returned: returnIds.length, alreadyReturned: todo.length - fresh.length, returns: await listReturns(ctx, { ids: returnIds }) };
}

interface ReturnRow {
  id: string;
  item_id: string;
  receipt_id: string;
  receipt_number: string;
  client_id: string;
  client_name: string;
  amount: string;
  reason_code: string;
  return_date: string;
  end_to_end_id: string;
  fee: string | null;
  open_amount: string;
  reversal_entry_id: string;
  file_name: string;
  created_at: Date;
}

/** Returned collections for follow-up, newest first (right billing:view); `openOnly`: receipts still open. */
export async function listReturns(ctx: RequestContext, filter: { ids?: string[]; openOnly?: boolean; first?: number }): Promise<SepaReturn[]> {
  const ids = (filter.ids ?? []).filter((i) => UUID.test(i));
  if (filter.ids && !ids.length) return [];
  const rows = await ctx.em.execute<ReturnRow[]>(
    `select x.id, x.item_id, i.receipt_id, d.series || ' ' || d.year || '/' || d.number as receipt_number, d.client_id, c.display_name as client_name, i.amount,
            x.reason_code, to_char(x.return_date, 'YYYY-MM-DD') as return_date, i.end_to_end_id, x.fee, o.open_amount, x.reversal_entry_id, f.file_name, x.created_at
       from bank_return x
       join bank_run_item i on i.company_id = x.company_id and i.id = x.item_id
       join premium_document d on d.company_id = i.company_id and d.id = i.receipt_id
       join client c on c.company_id = d.company_id and c.id = d.client_id
       join bank_file f on f.company_id = x.company_id and f.id = x.file_id
       join receipt_open_item o on o.company_id = d.company_id and o.receipt_id = d.id
      where x.company_id = ? ${filter.ids ? 'and x.id = any(?::uuid[])' : ''} ${filter.openOnly ? 'and o.open_amount > 0' : ''}
      order by x.created_at desc, d.year desc, d.number desc limit ?`,
    [ctx.requireCompany(), ...(filter.ids ? [`{${ids.join(',')}}`] : []), Math.min(Math.max(filter.first ?? 100, 1), 500)],
  );
  return rows.map((r) => ({
    id: r.id,
    collectionId: r.item_id,
    receiptId: r.receipt_id,
    receiptNumber: r.receipt_number,
    clientId: r.client_id,
    clientName: r.client_name,
    amount: money(r.amount),
    reasonCode: r.reason_code,
    returnDate: r.return_date,
    endToEndId: r.end_to_end_id,
    fee: r.fee === null ? null : money(r.fee),
    openAmount: money(r.open_amount),
    reversalEntryId: r.reversal_entry_id,
    fileName: r.file_name,
    createdAt: new Date(r.created_at),
  }));
}
