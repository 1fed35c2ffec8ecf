import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { countRows } from './clients-helpers.js';
import { accountsOf, asRuntimeRole, booksBalance } from './ledger-helpers.js';
import { CREDIT, ENTRY } from './billing-helpers.js';
import { ACCOUNT, GET_PAYMENT, MATCH, RECORD, SUGGEST, UNDO, clientWithReceipts, codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';

/**
 * Payments and matching (issue #13 §3, LE-2) as the accountant works them: a payment recorded and
 * posted (premium account debit, client receivable credit), matched against several receipts, partially;
 * an over-payment kept as the client's credit; one allocation undone without touching the others (a new
 * audited row, never a delete — the database refuses changes to allocations); over-matching refused on
 * the field with nothing half-saved; two people matching the same receipt at once never over-allocate;
 * rights and other companies.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant: collections view/edit/create
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent: no collections rights
let pieter: GqlClient; // VDBERG administrator
let C: Awaited<ReturnType<typeof clientWithReceipts>>;

const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
async function balanced() {
  const b = await booksBalance(t);
  expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
}
const cents = (v: string) => Math.round(Number(v) * 100);
const amt = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const record = (c: GqlClient, clientId: string, amount: string, extra: Record<string, unknown> = {}) =>
  c.ok(RECORD, { input: { clientId, method: 'BANK_TRANSFER', paymentDate: today, amount, ...extra } }).then((r) => r.recordPayment);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  C = await clientWithReceipts(giulia, marco, laura, 'PAYM', 4); // four receipts of 305.64
});
afterAll(async () => t?.stop());

describe('recording a payment', () => {
  it('posts a payment to the separate premium account (debit) and the client receivable (credit), and keeps it unmatched', async () => {
    const accounts = await accountsOf(laura);
    const p = await record(laura, C.clientId, '100.00', { reference: 'bonifico' });
    expect(p).toMatchObject({ clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '100.00', allocated: '0.00', remaining: '100.00', accountId: accounts.premium_account.id, allocations: [] });
    const e = (await laura.ok(ENTRY, { id: p.entryId })).journalEntry;
    expect(e.source).toBe('PAYMENT');
    expect(e.lines).toEqual([
      { lineNo: 1, debit: '100.00', credit: '0.00', clientId: null, insurerId: null, account: { role: 'premium_account' } },
      { lineNo: 2, debit: '0.00', credit: '100.00', clientId: C.clientId, insurerId: null, account: { role: 'clients_receivable' } },
    ]);
    const cash = await record(laura, C.clientId, '10.00', { method: 'CASH' });
    expect(cash.accountId).toBe(accounts.cash.id);
    await balanced();
  });

  it('refuses bad input naming each field (amount, date, closed month, non-money account) and writes nothing', async () => {
    const accounts = await accountsOf(laura);
    const before = await moneySnapshot(t, 'ROSSI');
    const bad = await laura.gql(RECORD, { input: { clientId: C.clientId, method: 'CHEQUE', paymentDate: '2026-02-30', amount: '12.345', reference: 'x'.repeat(301) } });
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['amount:not_a_decimal', 'paymentDate:invalid_date', 'reference:too_long']]);
    const neg = await laura.gql(RECORD, { input: { clientId: C.clientId, method: 'CARD', paymentDate: today, amount: '-5' } });
    expect(fieldsOf(neg)).toEqual(['amount:negative']);
    const zero = await laura.gql(RECORD, { input: { clientId: C.clientId, method: 'CARD', paymentDate: today, amount: '0' } });
    expect(fieldsOf(zero)).toEqual(['amount:zero']);
    const account = await laura.gql(RECORD, { input: { clientId: C.clientId, method: 'DIRECT_DEBIT', paymentDate: today, amount: '5', accountId: accounts.commission_income.id } });
    expect(fieldsOf(account)).toEqual(['accountId:not_a_money_account']);
    await laura.ok(`mutation { closeLedgerPeriod(month: "2025-05") { month } }`);
    const closed = await laura.gql(RECORD, { input: { clientId: C.clientId, method: 'CARD', paymentDate: '2025-05-10', amount: '5' } });
    expect(fieldsOf(closed)).toEqual(['paymentDate:period_closed']);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('matching', () => {
  it('matches one payment against two receipts, one partially: open amounts, remainder and balance follow, books balanced', async () => {
    const [r1, r2] = C.receipts;
    const p = await record(laura, C.clientId, '400.00', { reference: `Bonifico ${r1.displayNumber}` });
    expect([r1.gross, r2.gross]).toEqual(['305.64', '305.62']); // the schedule's remainder cents on the first installment
    const m = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: r1.id, amount: '305.64' }, { receiptId: r2.id, amount: '94.36' }] })).matchPayment;
    expect(m).toMatchObject({ amount: '400.00', allocated: '400.00', remaining: '0.00' });
    expect(m.allocations.map((a: { receiptNumber: string; amount: string; active: boolean }) => [a.receiptNumber, a.amount, a.active])).toEqual([
      [r1.displayNumber, '305.64', true],
      [r2.displayNumber, '94.36', true],
    ]);
    const acc = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    const open = Object.fromEntries(acc.openItems.map((o: { receiptId: string; openAmount: string }) => [o.receiptId, o.openAmount]));
    expect(open[r1.id]).toBeUndefined(); // fully matched: no longer open
    expect(open[r2.id]).toBe('211.26');
    expect(acc.openItems.find((o: { receiptId: string }) => o.receiptId === r2.id)).toMatchObject({ gross: '305.62', allocated: '94.36', openAmount: '211.26' });
    await balanced();
  });

  it("keeps an over-payment as the client's credit, usable later against another receipt; the account balance is open − credit as in the ledger", async () => {
    const [, , r3, r4] = C.receipts;
    const p = await record(laura, C.clientId, '500.00');
    const m = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: r3.id, amount: r3.gross }] })).matchPayment;
    const rest = amt(50000 - cents(r3.gross));
    expect([m.allocated, m.remaining]).toEqual([r3.gross, rest]);
    let acc = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    const credit = acc.payments.find((x: { id: string }) => x.id === p.id);
    expect(credit.remaining).toBe(rest);
    const toCents = (v: string) => Math.round(Number(v) * 100);
    expect(toCents(acc.balance)).toBe(toCents(acc.openTotal) - toCents(acc.creditTotal));
    // later: the credit pays part of the fourth receipt
    const later = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: r4.id, amount: rest }] })).matchPayment;
    expect([later.allocated, later.remaining]).toEqual(['500.00', '0.00']);
    acc = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    expect(acc.openItems.find((o: { receiptId: string }) => o.receiptId === r4.id).openAmount).toBe(amt(cents(r4.gross) - cents(rest)));
    expect(toCents(acc.balance)).toBe(toCents(acc.openTotal) - toCents(acc.creditTotal));
    await balanced();
  });

  it('refuses matching more than the open amount or than the payment has left, naming the field, and saves nothing of a half-good request', async () => {
    const D = await clientWithReceipts(giulia, marco, laura, 'PAYX', 2);
    const p = await record(laura, D.clientId, '350.00');
    const before = await moneySnapshot(t, 'ROSSI');
    const over = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: D.receipts[0].id, amount: '100.00' }, { receiptId: D.receipts[1].id, amount: '305.65' }] });
    expect([codeOf(over), fieldsOf(over)]).toEqual(['BAD_USER_INPUT', ['allocations.1.amount:exceeds_open_amount']]);
    const left = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: D.receipts[0].id, amount: '305.64' }, { receiptId: D.receipts[1].id, amount: '50.00' }] });
    expect([codeOf(left), fieldsOf(left)]).toEqual(['BAD_USER_INPUT', ['allocations.1.amount:exceeds_payment_remaining']]);
    const bad = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: D.receipts[0].id, amount: '1.001' }, { receiptId: D.receipts[0].id, amount: '0' }] });
    expect(fieldsOf(bad)).toEqual(['allocations.0.amount:not_a_decimal', 'allocations.1.amount:zero', 'allocations.1.receiptId:duplicate']);
    const other = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: C.receipts[1].id, amount: '1.00' }] });
    expect(fieldsOf(other)).toEqual(['allocations.0.receiptId:other_client']);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    const ok = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: D.receipts[0].id, amount: '305.64' }, { receiptId: D.receipts[1].id, amount: '44.36' }] })).matchPayment;
    expect(ok.remaining).toBe('0.00');
  });

  it('suggests the receipt named in the reference first, then the exact amount, then the rest of the payer\'s open receipts', async () => {
    const S = await clientWithReceipts(giulia, marco, laura, 'PAYS', 3);
    // receipts of 305.64, 305.62, 305.62; the payment of 305.62 names the third in its reference
    const p = await record(laura, S.clientId, S.receipts[2].gross, { reference: `Pagamento ${S.receipts[2].displayNumber.replace('Q ', '')}` });
    const s = (await laura.ok(SUGGEST, { id: p.id })).paymentSuggestions as Array<{ receiptId: string; clientId: string; score: number; reasons: string[] }>;
    expect(s[0]).toMatchObject({ receiptId: S.receipts[2].id, score: 7, reasons: ['REFERENCE', 'AMOUNT', 'CLIENT'] });
    expect(s[1]).toMatchObject({ receiptId: S.receipts[1].id, score: 3, reasons: ['AMOUNT', 'CLIENT'] });
    // then other clients' open receipts of the same amount (2), then the payer's other receipt (1)
    const first = s.findIndex((x) => x.receiptId === S.receipts[0].id);
    expect(s[first]).toMatchObject({ score: 1, reasons: ['CLIENT'] });
    expect(s.slice(2, first).every((x) => x.score === 2 && x.clientId !== S.clientId)).toBe(true);
    expect(s.map((x) => x.score)).toEqual([...s.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('refuses a credit note for a receipt with matched payments (CONFLICT) until its allocations are undone', async () => {
    const N = await clientWithReceipts(giulia, marco, laura, 'PAYN', 1);
    const p = await record(laura, N.clientId, '10.00');
    const m = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: N.receipts[0].id, amount: '10.00' }] })).matchPayment;
    expect(await laura.code(CREDIT, { id: N.receipts[0].id, reason: 'Storno' })).toBe('CONFLICT');
    await laura.ok(UNDO, { id: m.allocations[0].id, reason: 'abbinamento errato' });
    expect((await laura.ok(CREDIT, { id: N.receipts[0].id, reason: 'Storno' })).issueCreditNote.kind).toBe('CREDIT_NOTE');
    const again = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: N.receipts[0].id, amount: '1.00' }] });
    expect(fieldsOf(again)).toEqual(['allocations.0.receiptId:cancelled']);
  });
});

describe('undoing one allocation', () => {
  it('undoes one allocation with a new audited row, leaving the payment\'s other allocations and receipts as they were', async () => {
    const U = await clientWithReceipts(giulia, marco, laura, 'PAYU', 3);
    const p = await record(laura, U.clientId, '600.00');
    const m = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: U.receipts[0].id, amount: '305.64' }, { receiptId: U.receipts[1].id, amount: '200.00' }, { receiptId: U.receipts[2].id, amount: '50.00' }] })).matchPayment;
    const [a0, a1, a2] = m.allocations;
    const u = (await laura.ok(UNDO, { id: a1.id, reason: 'Importo attribuito alla quietanza sbagliata' })).undoPaymentAllocation;
    expect(u.allocations.map((a: { id: string; active: boolean }) => [a.id, a.active])).toEqual([
      [a0.id, true],
      [a1.id, false],
      [a2.id, true],
    ]);
    expect(u.allocations[1]).toMatchObject({ undoReason: 'Importo attribuito alla quietanza sbagliata', undoneByName: 'Laura Conti' });
    expect([u.allocated, u.remaining]).toEqual(['355.64', '244.36']);
    const open = Object.fromEntries((await laura.ok(ACCOUNT, { id: U.clientId })).clientAccount.openItems.map((o: { receiptId: string; openAmount: string }) => [o.receiptId, o.openAmount]));
    expect([open[U.receipts[0].id], open[U.receipts[1].id], open[U.receipts[2].id]]).toEqual([undefined, '305.62', '255.62']);
    // append-only: the allocation row stays, the undo is a fourth row; the audit trail names it
    expect(await countRows(t, 'payment_allocation', 'payment_id = $1', [p.id])).toBe(4);
    expect(await countRows(t, 'audit_event', `entity_type = 'PaymentAllocation' and entity_id = $1 and action = 'undo'`, [a1.id])).toBe(1);
    // undone once
    expect(await laura.code(UNDO, { id: a1.id, reason: 'di nuovo' })).toBe('CONFLICT');
    const noReason = await laura.gql(UNDO, { id: a0.id, reason: ' ' });
    expect([codeOf(noReason), fieldsOf(noReason)]).toEqual(['BAD_USER_INPUT', ['reason:required']]);
    await balanced();
  });

  it('lets the database refuse to change or delete an allocation or a payment as the run-time role', async () => {
    const ids = await asRuntimeRole(t, 'ROSSI', async (c) => (await c.query(`select id from payment_allocation limit 1`)).rows.map((r) => r.id as string));
    expect(ids).toHaveLength(1);
    for (const sql of [`update payment_allocation set amount = 1 where id = '${ids[0]}'`, `delete from payment_allocation where id = '${ids[0]}'`, `delete from payment`, `update payment set amount = amount + 1`]) {
      await expect(asRuntimeRole(t, 'ROSSI', (c) => c.query(sql)), sql).rejects.toThrow(/permission denied|append-only/);
    }
    // even the owner's triggers refuse it
    const su = await t.superuser();
    await expect(su.query(`delete from payment_allocation where id = $1`, [ids[0]])).rejects.toThrow(/append-only/);
    await su.end();
  });
});

describe('matching at the same time', () => {
  it('never over-allocates a receipt matched by several people at once: the open amount is reached exactly and the rest is refused on the field', async () => {
    const K = await clientWithReceipts(giulia, marco, laura, 'PAYK', 1); // 305.64 open
    const sessions = await Promise.all([laura, signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin)]);
    const payments = [];
    for (let i = 0; i < 5; i++) payments.push(await record(laura, K.clientId, '100.00'));
    const results = await Promise.all(payments.map((p, i) => sessions[i].gql(MATCH, { id: p.id, a: [{ receiptId: K.receipts[0].id, amount: '100.00' }] })));
    const refused = results.filter((r) => r.errors);
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(refused.map((r) => [codeOf(r), fieldsOf(r)])).toEqual([
      ['BAD_USER_INPUT', ['allocations.0.amount:exceeds_open_amount']],
      ['BAD_USER_INPUT', ['allocations.0.amount:exceeds_open_amount']],
    ]);
    const su = await t.superuser();
    const { rows } = await su.query(`select allocated::text, open_amount::text from receipt_open_item where receipt_id = $1`, [K.receipts[0].id]);
    await su.end();
    expect(rows[0]).toEqual({ allocated: '300.00', open_amount: '5.64' });
  });

  it('never over-allocates one payment matched against different receipts by two people at once', async () => {
    const L = await clientWithReceipts(giulia, marco, laura, 'PAYL', 2);
    const p = await record(laura, L.clientId, '300.00');
    const other = await signedIn(t, USERS.rossiAccountant);
    const results = await Promise.all([laura.gql(MATCH, { id: p.id, a: [{ receiptId: L.receipts[0].id, amount: '200.00' }] }), other.gql(MATCH, { id: p.id, a: [{ receiptId: L.receipts[1].id, amount: '200.00' }] })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(fieldsOf(results.find((r) => r.errors)!)).toEqual(['allocations.0.amount:exceeds_payment_remaining']);
    expect((await laura.ok(GET_PAYMENT, { id: p.id })).payment).toMatchObject({ allocated: '200.00', remaining: '100.00' });
  });
});

describe('the client card', () => {
  it('shows the account tab to the accountant with the count of receipts, and gives open items, payments and the balance', async () => {
    const card = (await laura.ok(`query($id: ID!) { client(id: $id) { panelTabs { key count } } }`, { id: C.clientId })).client;
    expect(card.panelTabs.find((x: { key: string }) => x.key === 'account')).toEqual({ key: 'account', count: 4 });
    const agentCard = (await marco.ok(`query($id: ID!) { client(id: $id) { panelTabs { key } } }`, { id: C.clientId })).client;
    expect(agentCard.panelTabs.map((x: { key: string }) => x.key)).not.toContain('account');
    const acc = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    expect(acc.payments.length).toBeGreaterThanOrEqual(4);
    const su = await t.superuser();
    const { rows } = await su.query(
      `select coalesce(sum(l.debit - l.credit), 0)::text as b from journal_line l join ledger_account a on a.id = l.account_id where l.client_id = $1 and a.role = 'clients_receivable'`,
      [C.clientId],
    );
    await su.end();
    expect(acc.balance).toBe(rows[0].b);
  });
});

describe('rights and other companies', () => {
  it('refuses payments and matching to an agent without collections rights (FORBIDDEN); the accountant can', async () => {
    expect(await marco.code(`{ payments { total } }`)).toBe('FORBIDDEN');
    expect(await marco.code(RECORD, { input: { clientId: C.clientId, method: 'CASH', paymentDate: today, amount: '1' } })).toBe('FORBIDDEN');
    expect(await marco.code(ACCOUNT, { id: C.clientId })).toBe('FORBIDDEN');
    expect(await marco.code(UNDO, { id: C.clientId, reason: 'x' })).toBe('FORBIDDEN');
    expect((await laura.ok(`{ payments { total } }`)).payments.total).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for another company's payments, receipts, allocations and clients, and changes nothing", async () => {
    const p = (await laura.ok(`query($c: ID!) { payments(filter: { clientId: $c }) { items { id } } }`, { c: C.clientId })).payments.items[0];
    const detail = (await laura.ok(GET_PAYMENT, { id: p.id })).payment;
    const su = await t.superuser();
    const vdbergReceipt = (await su.query(`select d.id from premium_document d join company c on c.id = d.company_id where c.code = 'VDBERG' and d.kind = 'receipt' limit 1`)).rows[0].id as string;
    await su.end();
    const rossi = await moneySnapshot(t, 'ROSSI');
    const vdberg = await moneySnapshot(t, 'VDBERG');
    expect(await pieter.code(GET_PAYMENT, { id: p.id })).toBe('NOT_FOUND');
    expect(await pieter.code(SUGGEST, { id: p.id })).toBe('NOT_FOUND');
    const m = await pieter.gql(MATCH, { id: p.id, a: [{ receiptId: vdbergReceipt, amount: '1.00' }] });
    expect([codeOf(m), fieldsOf(m)]).toEqual(['NOT_FOUND', ['paymentId:not_found']]);
    const foreign = await laura.gql(MATCH, { id: p.id, a: [{ receiptId: vdbergReceipt, amount: '1.00' }] });
    expect([codeOf(foreign), fieldsOf(foreign)]).toEqual(['NOT_FOUND', ['allocations.0.receiptId:not_found']]);
    const u = await pieter.gql(UNDO, { id: detail.allocations[0]?.id ?? p.id, reason: 'x' });
    expect([codeOf(u), fieldsOf(u)]).toEqual(['NOT_FOUND', ['allocationId:not_found']]);
    const r = await pieter.gql(RECORD, { input: { clientId: C.clientId, method: 'CASH', paymentDate: today, amount: '1' } });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['NOT_FOUND', ['clientId:not_found']]);
    expect(await pieter.code(ACCOUNT, { id: C.clientId })).toBe('NOT_FOUND');
    expect((await pieter.ok(`query($c: ID!) { payments(filter: { clientId: $c }) { total } }`, { c: C.clientId })).payments.total).toBe(0);
    expect([await moneySnapshot(t, 'ROSSI'), await moneySnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
  });
});
