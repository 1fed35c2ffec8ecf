import { XMLParser } from 'fast-xml-parser';
import type { FieldIssue } from '@agency/shared';
import { badField, badInput } from '../../core/errors.js';
import { readBankXml } from './bank-xml.js';
import { isIsoDate } from '../ledger/ledger-sql.js';
import { formatCents, parseCents } from '../policies/money.js';

/**
 * Reads an ISO 20022 bank-to-customer statement (camt.053, `BkToCstmrStmt/Stmt`) or notification
 * (camt.054, `BkToCstmrDbtCdtNtfctn/Ntfctn`) into statements and lines, checking the whole file first:
 * any wrong element is named by its path (`Stmt[0].Ntry[12].Amt`) and nothing is returned. Each entry is
 * a line, or each of its TxDtls when the entry is a batch (their amounts must add up to the entry's).
 * Transactions carrying return information (RtrInf) are SEPA returns, imported by importSepaReturns, and
 * are left out here.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['Stmt', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'RtrInf', 'Bal'].includes(name),
});

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : typeof obj(v)['#text'] === 'string' ? String(obj(v)['#text']).trim() : '');
const IBAN = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/;
const AMOUNT = /^[0-9]{1,12}(\.[0-9]{1,2})?$/;

export interface StatementLine {
  path: string;
  bankRef: string | null;
  direction: 'CRDT' | 'DBIT';
  amount: string;
  bookingDate: string;
  valueDate: string | null;
  endToEndId: string | null;
  remittance: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
}

export interface ParsedStatement {
  path: string;
  statementRef: string;
  iban: string;
  fromDate: string | null;
  toDate: string | null;
  lines: StatementLine[];
}

export interface ParsedStatementFile {
  kind: 'camt.053' | 'camt.054';
  messageId: string;
  statements: ParsedStatement[];
}

const dateOf = (v: unknown): string => {
  const o = obj(v);
  return text(o.Dt) || text(o.DtTm).slice(0, 10);
};
const cut = (s: string, n: number): string | null => (s ? s.slice(0, n) : null);

/** An amount element (`<Amt Ccy="EUR">12.50</Amt>`): exact cents as "12.50", or an issue. */
function amountOf(v: unknown, field: string, issues: FieldIssue[]): string | null {
  const value = text(v);
  const ccy = typeof obj(v)['@Ccy'] === 'string' ? String(obj(v)['@Ccy']) : '';
  if (!AMOUNT.test(value) || parseCents(value) === null) {
    issues.push({ field, reason: 'not_a_decimal', message: `"${value.slice(0, 30)}" is not an amount with at most two decimals.` });
    return null;
  }
  if (ccy && ccy !== 'EUR') {
    issues.push({ field, reason: 'currency', message: `Only euro amounts are booked (${ccy.slice(0, 3)}).` });
    return null;
  }
  if (parseCents(value) === 0n) {
    issues.push({ field, reason: 'zero', message: 'An amount above zero.' });
    return null;
  }
  return formatCents(parseCents(value)!);
}

function directionOf(v: unknown, field: string, issues: FieldIssue[]): 'CRDT' | 'DBIT' | null {
  const d = text(v);
  if (d === 'CRDT' || d === 'DBIT') return d;
  issues.push({ field, reason: 'invalid_direction', message: 'CdtDbtInd is CRDT or DBIT.' });
  return null;
}

function remittanceOf(t: Obj): string {
  const rmt = obj(t.RmtInf);
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  const parts = list(rmt.Ustrd).map(text);
  for (const s of arr(rmt.Strd)) {
    const ref = text(obj(obj(s).CdtrRefInf).Ref);
    if (ref) parts.push(ref);
    parts.push(...list(s.AddtlRmtInf).map(text));
  }
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The debtor of a credit (who paid us), the creditor of a debit. */
function counterpartyOf(t: Obj, direction: 'CRDT' | 'DBIT'): { name: string; iban: string } {
  const rp = obj(t.RltdPties);
  const party = obj(direction === 'CRDT' ? rp.Dbtr : rp.Cdtr);
  const name = text(obj(party.Pty).Nm) || text(party.Nm);
  const iban = text(obj(obj(direction === 'CRDT' ? rp.DbtrAcct : rp.CdtrAcct).Id).IBAN).replace(/\s/g, '').toUpperCase();
  return { name, iban };
}

/**
 * An entry's bank reference, by which a later, overlapping statement's repeat of it is left out: the
 * account servicer's reference (`AcctSvcrRef`, which ISO 20022 defines as identifying the entry
 * unambiguously at the bank). `NtryRef` alone is unique only within its statement at many banks (a
 * running number 1, 2, 3… per statement), so it is kept with the statement's id: an entry "1" of the
 * next day's statement is a new line, never taken for a repeat and left out.
 */
function entryReference(e: Obj, statementRef: string): string {
  const servicer = text(e.AcctSvcrRef);
  if (servicer) return servicer;
  const entry = text(e.NtryRef);
  return entry ? `${statementRef}:${entry}` : '';
}

function readEntries(stmt: Obj, sPath: string, statementRef: string, issues: FieldIssue[]): StatementLine[] {
  const lines: StatementLine[] = [];
  arr(stmt.Ntry).forEach((e, j) => {
    const p = `${sPath}.Ntry[${j}]`;
    if (text(e.RvslInd) === 'true') return; // a reversal of an earlier entry: not a receipt of money
    const entryAmount = amountOf(e.Amt, `${p}.Amt`, issues);
    const entryDir = directionOf(e.CdtDbtInd, `${p}.CdtDbtInd`, issues);
    const booking = dateOf(e.BookgDt);
    if (!isIsoDate(booking)) issues.push({ field: `${p}.BookgDt`, reason: 'invalid_date', message: 'A booking date YYYY-MM-DD.' });
    const valueRaw = dateOf(e.ValDt);
    if (valueRaw && !isIsoDate(valueRaw)) issues.push({ field: `${p}.ValDt`, reason: 'invalid_date', message: 'A value date YYYY-MM-DD.' });
    const entryRef = entryReference(e, statementRef);
    const txs = arr(e.NtryDtls).flatMap((d, k) => arr(d.TxDtls).map((t, l) => ({ t, path: `${p}.NtryDtls[${k}].TxDtls[${l}]` })));
    const batch = txs.length > 1;
    if (!entryAmount || !entryDir) return;
    const base = { bookingDate: booking, valueDate: valueRaw || null };
    if (!txs.length) {
      lines.push({ path: p, bankRef: cut(entryRef, 80), direction: entryDir, amount: entryAmount, ...base, endToEndId: null, remittance: cut(text(e.AddtlNtryInf), 1000), counterpartyName: null, counterpartyIban: null });
      return;
    }
    let sum = 0n;
    txs.forEach(({ t, path }, n) => {
      const amount = t.Amt !== undefined ? amountOf(t.Amt, `${path}.Amt`, issues) : batch ? (issues.push({ field: `${path}.Amt`, reason: 'required', message: 'Each transaction of a batched entry has its amount.' }), null) : entryAmount;
      const direction = t.CdtDbtInd !== undefined ? directionOf(t.CdtDbtInd, `${path}.CdtDbtInd`, issues) : entryDir;
      if (!amount || !direction) return;
      sum += direction === entryDir ? parseCents(amount)! : -parseCents(amount)!;
      if (arr(t.RtrInf).length) return; // a SEPA return: importSepaReturns books it
      const refs = obj(t.Refs);
      const e2e = text(refs.EndToEndId);
      const cp = counterpartyOf(t, direction);
      if (cp.iban && !IBAN.test(cp.iban)) issues.push({ field: `${path}.RltdPties.${direction === 'CRDT' ? 'DbtrAcct' : 'CdtrAcct'}.Id.IBAN`, reason: 'invalid_iban', message: 'Not an IBAN.' });
      const ref = batch ? (entryRef ? `${entryRef}/${n + 1}` : text(refs.AcctSvcrRef)) : entryRef || text(refs.AcctSvcrRef);
      lines.push({
        path,
        bankRef: cut(ref, 80),
        direction,
        amount,
        ...base,
        endToEndId: e2e && e2e !== 'NOTPROVIDED' ? e2e.slice(0, 35) : null,
        remittance: cut(remittanceOf(t) || text(e.AddtlNtryInf), 1000),
        counterpartyName: cut(cp.name, 140),
        counterpartyIban: cut(cp.iban, 34),
      });
    });
    if (batch && sum !== parseCents(entryAmount)) {
      issues.push({ field: `${p}.NtryDtls`, reason: 'sum_mismatch', message: `The transactions add up to ${formatCents(sum)}, the entry says ${entryAmount}.` });
    }
  });
  return lines;
}

/** Parses and checks a camt.053 / camt.054 file whole; throws BAD_USER_INPUT naming every wrong element. */
export function parseStatementFile(xml: string): ParsedStatementFile {
  // a DOCTYPE (DTD, entities: XXE, expansion) and what the parser refuses are bad input naming `file`
  const doc = obj(readBankXml(parser, xml).Document);
  const stmt = obj(doc.BkToCstmrStmt);
  const ntf = obj(doc.BkToCstmrDbtCdtNtfctn);
  const kind = Object.keys(stmt).length ? 'camt.053' : Object.keys(ntf).length ? 'camt.054' : null;
  if (!kind) throw badField('file', 'wrong_format', 'Expected a camt.053 bank statement or a camt.054 notification.');
  const root = kind === 'camt.053' ? stmt : ntf;
  const tag = kind === 'camt.053' ? 'Stmt' : 'Ntfctn';
  const issues: FieldIssue[] = [];
  const messageId = text(obj(root.GrpHdr).MsgId);
  if (!messageId || messageId.length > 35) issues.push({ field: 'GrpHdr.MsgId', reason: 'required', message: 'The file has no message id (at most 35 characters).' });
  const blocks = arr(root[tag]);
  if (!blocks.length) issues.push({ field: tag, reason: 'required', message: `The file has no ${tag}.` });
  const statements = blocks.map((s, i): ParsedStatement => {
    const path = `${tag}[${i}]`;
    const statementRef = text(s.Id);
    if (!statementRef || statementRef.length > 35) issues.push({ field: `${path}.Id`, reason: 'required', message: 'The statement has no id (at most 35 characters).' });
    const iban = text(obj(obj(s.Acct).Id).IBAN).replace(/\s/g, '').toUpperCase();
    if (!IBAN.test(iban)) issues.push({ field: `${path}.Acct.Id.IBAN`, reason: 'invalid_iban', message: 'The account of the statement is not an IBAN.' });
    const fr = obj(s.FrToDt);
    const from = text(fr.FrDtTm).slice(0, 10) || null;
    const to = text(fr.ToDtTm).slice(0, 10) || null;
    if ((from && !isIsoDate(from)) || (to && !isIsoDate(to))) issues.push({ field: `${path}.FrToDt`, reason: 'invalid_date', message: 'Dates YYYY-MM-DD.' });
    return { path, statementRef, iban, fromDate: from, toDate: to, lines: readEntries(s, path, statementRef, issues) };
  });
  if (issues.length) throw badInput(issues);
  return { kind, messageId, statements };
}
