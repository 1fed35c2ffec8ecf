import type { RequestContext } from '../../core/context.js';
import { UUID, money, notFoundFields } from '../ledger/ledger-sql.js';
import { OPEN_ITEM_SELECT, toOpenItem } from '../payments/matching.service.js';
import {
  BankLineDirection,
  BankLineState,
  BankMatchReason,
  type BankLinesDashboard,
  type BankMatchProposal,
  type BankStatement,
  type BankTransaction,
  type BankTransactionPage,
} from './statement.types.js';

/** Reading statements, their lines and proposals (right billing:view): plain rows, one statement each. */
interface StatementRow {
  id: string;
  kind: string;
  message_id: string;
  statement_ref: string;
  iban: string;
  from_date: string | null;
  to_date: string | null;
  file_name: string;
  line_count: number;
  duplicate_count: number;
  unmatched: string;
  imported_by_name: string | null;
  created_at: Date;
}

const UNMATCHED = `t.direction = 'CRDT' and t.payment_id is null`;
/** A credit line not matched that has a proposal still standing (a SEPA settlement, or a receipt still open). */
const PROPOSED = `exists (select 1 from bank_transaction_proposal p join receipt_open_item o on o.company_id = p.company_id and o.receipt_id = p.receipt_id
                          where p.company_id = t.company_id and p.transaction_id = t.id and (p.collection_id is not null or o.open_amount > 0))`;
export const LINE_STATE_SQL = `case when t.payment_id is not null then 'matched' when t.direction = 'CRDT' and ${PROPOSED} then 'proposed' else 'unmatched' end`;

export async function listStatements(ctx: RequestContext, filter: { ids?: string[]; first?: number }): Promise<BankStatement[]> {
  const ids = (filter.ids ?? []).filter((i) => UUID.test(i));
  if (filter.ids && !ids.length) return [];
  const rows = await ctx.em.execute<StatementRow[]>(
    `select s.id, s.kind, s.message_id, s.statement_ref, s.iban, to_char(s.from_date, 'YYYY-MM-DD') as from_date, to_char(s.to_date, 'YYYY-MM-DD') as to_date, s.file_name,
            s.line_count, s.duplicate_count, u.display_name as imported_by_name, s.created_at,
            (select count(*) from bank_transaction t where t.company_id = s.company_id and t.statement_id = s.id and ${UNMATCHED}) as unmatched
       from bank_statement s left join app_user u on u.id = s.created_by
      where s.company_id = ? ${filter.ids ? 'and s.id = any(?::uuid[])' : ''}
      order by s.created_at desc, s.to_date desc nulls last, s.id limit ?`,
    [ctx.requireCompany(), ...(filter.ids ? [`{${ids.join(',')}}`] : []), Math.min(Math.max(filter.first ?? 50, 1), 200)],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    messageId: r.message_id,
    statementRef: r.statement_ref,
    iban: r.iban,
    fromDate: r.from_date,
    toDate: r.to_date,
    fileName: r.file_name,
    lineCount: r.line_count,
    duplicateCount: r.duplicate_count,
    unmatchedCount: Number(r.unmatched),
    importedByName: r.imported_by_name,
    createdAt: new Date(r.created_at),
  }));
}

export async function getStatement(ctx: RequestContext, id: string): Promise<BankStatement> {
  const [s] = UUID.test(id ?? '') ? await listStatements(ctx, { ids: [id] }) : [];
  if (!s) throw notFoundFields([{ field: 'id', reason: 'not_found', message: 'No such statement in this company.' }]);
  return s;
}

interface LineRow {
  id: string;
  statement_id: string;
  line_no: number;
  bank_ref: string | null;
  direction: string;
  amount: string;
  booking_date: string;
  value_date: string | null;
  end_to_end_id: string | null;
  remittance: string | null;
  counterparty_name: string | null;
  counterparty_iban: string | null;
  state: string;
  payment_id: string | null;
  settlement: boolean;
  matched_at: Date | null;
  matched_by_name: string | null;
}

const LINE_SELECT = `
  select t.id, t.statement_id, t.line_no, t.bank_ref, t.direction, t.amount, to_char(t.booking_date, 'YYYY-MM-DD') as booking_date, to_char(t.value_date, 'YYYY-MM-DD') as value_date,
         t.end_to_end_id, t.remittance, t.counterparty_name, t.counterparty_iban, ${LINE_STATE_SQL} as state, t.payment_id, t.settlement, t.matched_at, u.display_name as matched_by_name
    from bank_transaction t left join app_user u on u.id = t.matched_by`;

const toLine = (r: LineRow): BankTransaction => ({
  id: r.id,
  statementId: r.statement_id,
  lineNo: r.line_no,
  bankRef: r.bank_ref,
  direction: r.direction as BankLineDirection,
  amount: money(r.amount),
  bookingDate: r.booking_date,
  valueDate: r.value_date,
  endToEndId: r.end_to_end_id,
  remittance: r.remittance,
  counterpartyName: r.counterparty_name,
  counterpartyIban: r.counterparty_iban,
  state: r.state as BankLineState,
  paymentId: r.payment_id,
  settlement: r.settlement,
  matchedAt: r.matched_at ? new Date(r.matched_at) : null,
  matchedByName: r.matched_by_name,
});

export async function listLines(ctx: RequestContext, filter: { statementId?: string | null; state?: BankLineState | null }, first: number, offset: number): Promise<BankTransactionPage> {
  const where = ['t.company_id = ?'];
  const params: unknown[] = [ctx.requireCompany()];
  if (filter.statementId) {
    if (!UUID.test(filter.statementId)) throw notFoundFields([{ field: 'statementId', reason: 'not_found', message: 'No such statement in this company.' }]);
    await getStatement(ctx, filter.statementId).catch(() => {
      throw notFoundFields([{ field: 'statementId', reason: 'not_found', message: 'No such statement in this company.' }]);
    });
    where.push('t.statement_id = ?');
    params.push(filter.statementId);
  }
  if (filter.state) (where.push(`(${LINE_STATE_SQL}) = ?`), params.push(filter.state));
  const [count] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from bank_transaction t where ${where.join(' and ')}`, params);
  const rows = await ctx.em.execute<LineRow[]>(`${LINE_SELECT} where ${where.join(' and ')} order by t.booking_date desc, t.statement_id, t.line_no limit ? offset ?`, [
    ...params,
    Math.min(Math.max(first, 1), 500),
    Math.max(offset, 0),
  ]);
  return { items: rows.map(toLine), total: Number(count?.n ?? 0) };
}

export async function lineRow(ctx: RequestContext, id: string, field = 'id', lock = false): Promise<BankTransaction> {
  const rows = UUID.test(id ?? '')
    ? await ctx.em.execute<LineRow[]>(`${LINE_SELECT} where t.company_id = ? and t.id = ?${lock ? ' for update of t' : ''}`, [ctx.requireCompany(), id])
    : [];
  if (!rows[0]) throw notFoundFields([{ field, reason: 'not_found', message: 'No such bank line in this company.' }]);
  return toLine(rows[0]);
}

/** The receipts proposed for a line, best first, with their open amounts as they are now. */
export async function lineProposals(ctx: RequestContext, lineId: string): Promise<BankMatchProposal[]> {
  const rows = await ctx.em.execute<Array<Parameters<typeof toOpenItem>[0] & { score: number; by_end_to_end: boolean; by_reference: boolean; by_amount: boolean; by_client: boolean; collection_id: string | null }>>(
    `select x.*, p.score, p.by_end_to_end, p.by_reference, p.by_amount, p.by_client, p.collection_id
       from bank_transaction_proposal p
       join (${OPEN_ITEM_SELECT} where o.company_id = ?) x on x.receipt_id = p.receipt_id
      where p.company_id = ? and p.transaction_id = ? and (p.collection_id is not null or x.open_amount > 0)
      order by p.score desc, x.due_date, x.receipt_number limit 50`,
    [ctx.requireCompany(), ctx.requireCompany(), lineId],
  );
  return rows.map((r) => {
    const reasons: BankMatchReason[] = [];
    if (r.by_end_to_end) reasons.push(BankMatchReason.END_TO_END);
    if (r.by_reference) reasons.push(BankMatchReason.RECEIPT_NUMBER);
    if (r.by_amount) reasons.push(BankMatchReason.AMOUNT);
    if (r.by_client) reasons.push(BankMatchReason.CLIENT);
    return { ...toOpenItem(r), score: r.score, reasons, collectionId: r.collection_id };
  });
}

/** The dashboard tile: credit lines not yet matched. */
export async function bankLinesDashboard(ctx: RequestContext): Promise<BankLinesDashboard> {
  const [r] = await ctx.em.execute<Array<{ n: string; amount: string | null }>>(
    `select count(*) as n, sum(t.amount) as amount from bank_transaction t where t.company_id = ? and ${UNMATCHED}`,
    [ctx.requireCompany()],
  );
  return { unmatchedCount: Number(r?.n ?? 0), unmatchedAmount: money(r?.amount ?? '0') };
}
