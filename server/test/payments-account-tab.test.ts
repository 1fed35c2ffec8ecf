import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { MATCH, RECORD, clientWithReceipts } from './payments-helpers.js';

/**
 * The client card's account tab (LE-2) at the speed of its hand-written SQL (issue #13 Q-6): the whole
 * tab — open receipts, payments, totals and the ledger balance — in one statement, reading only the
 * fields asked, with no look-up per receipt; the answer is what the accountant saw before.
 */
let t: TestPlatform;
let laura: GqlClient;
let pieter: GqlClient;
let C: Awaited<ReturnType<typeof clientWithReceipts>>;
const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const cents = (v: string) => Math.round(Number(v) * 100);
const amount = (c: number) => (c / 100).toFixed(2);

const FULL = `query($id: ID!) { clientAccount(clientId: $id) { clientId openTotal creditTotal balance
  openItems { receiptId receiptNumber clientId clientName policyNumber insurerName dueDate gross allocated openAmount }
  payments { id clientId clientName method paymentDate amount allocated remaining reference accountId accountCode accountName entryId createdAt } } }`;
const LEAN = `query($id: ID!) { clientAccount(clientId: $id) { openTotal openItems { receiptId dueDate openAmount } payments { id remaining } } }`;


beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  [laura, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.vdbergAdmin)]);
  C = await clientWithReceipts(giulia, marco, laura, 'TAB', 3);
  const p1 = (await laura.ok(RECORD, { input: { clientId: C.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '400.00', reference: 'first' } })).recordPayment;
  await laura.ok(MATCH, { id: p1.id, a: [{ receiptId: C.receipts[0].id, amount: '305.64' }, { receiptId: C.receipts[1].id, amount: '94.36' }] });
  await laura.ok(RECORD, { input: { clientId: C.clientId, method: 'CASH', paymentDate: today, amount: '50.00' } });
});
afterAll(async () => t?.stop());

describe('the account tab', () => {
  it('answers the whole tab — open receipts, payments, totals and balance — in one statement, with no look-up per receipt', async () => {
    let acc: Record<string, any> = {};
    const reads = await statementsOf(t, async () => {
      acc = (await laura.ok(FULL, { id: C.clientId })).clientAccount;
    });
    expect(reads).toHaveLength(1);
    // the receipt paid in full is no longer open; the second is open for what the first payment did not cover
    const [, r1, r2] = C.receipts;
    expect(C.receipts[0].gross).toBe('305.64');
    expect(acc.openItems.map((o: { receiptId: string; allocated: string; openAmount: string }) => [o.receiptId, o.allocated, o.openAmount])).toEqual([
      [r1.id, '94.36', amount(cents(r1.gross) - 9436)],
      [r2.id, '0.00', r2.gross],
    ]);
    expect(acc.openItems[0]).toMatchObject({ receiptNumber: r1.displayNumber, clientId: C.clientId, policyNumber: 'TAB-CASA-1', insurerName: r1.insurerName, gross: r1.gross });
    expect(acc.openItems[0].clientName).toBeTruthy();
    expect(acc.payments).toHaveLength(2);
    const cash = acc.payments.find((p: { method: string }) => p.method === 'CASH');
    const bank = acc.payments.find((p: { method: string }) => p.method === 'BANK_TRANSFER');
    expect(bank).toMatchObject({ amount: '400.00', allocated: '400.00', remaining: '0.00', reference: 'first', paymentDate: today, clientName: acc.openItems[0].clientName });
    expect(cash).toMatchObject({ amount: '50.00', allocated: '0.00', remaining: '50.00', reference: null });
    expect(cash.accountCode).toBeTruthy();
    expect(Number.isNaN(Date.parse(cash.createdAt))).toBe(false);
    // Σ open, credit 50.00, balance = their difference, as the ledger has it
    const open = cents(r1.gross) - 9436 + cents(r2.gross);
    expect([acc.openTotal, acc.creditTotal, acc.balance]).toEqual([amount(open), '50.00', amount(open - 5000)]);
  });

  it('reads only the fields asked: no policy, insurer or money-account join unless their names are asked', async () => {
    let lean: Record<string, any> = {};
    const [statement] = await statementsOf(t, async () => {
      lean = (await laura.ok(LEAN, { id: C.clientId })).clientAccount;
    });
    expect(statement).not.toMatch(/join policy|join insurer|join ledger_account m|journal_line/);
    expect(statement).not.toMatch(/'policyNumber'|'clientName'|'accountName'/);
    expect(lean).toEqual({
      openTotal: amount(cents(C.receipts[1].gross) - 9436 + cents(C.receipts[2].gross)),
      openItems: [
        { receiptId: C.receipts[1].id, dueDate: C.installments[1].dueDate, openAmount: amount(cents(C.receipts[1].gross) - 9436) },
        { receiptId: C.receipts[2].id, dueDate: C.installments[2].dueDate, openAmount: C.receipts[2].gross },
      ],
      payments: expect.arrayContaining([expect.objectContaining({ remaining: '50.00' }), expect.objectContaining({ remaining: '0.00' })]),
    });
    const [wide] = await statementsOf(t, () => laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openItems { policyNumber } } }`, { id: C.clientId }));
    expect(wide).toMatch(/join policy/);
    expect(wide).not.toMatch(/join insurer/);
  });

  it('reads the balance with one look-up of the receivable account, not a join per ledger line of the client', async () => {
    const [statement] = await statementsOf(t, () => laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { balance } }`, { id: C.clientId }));
    const su = await t.superuser();
    try {
      const { rows: [company] } = await su.query(`select company_id from client where id = $1`, [C.clientId]);
      let n = 0;
      const sql = statement.replace(/\?/g, () => `$${++n}`);
      const { rows: [plan] } = await su.query(`explain (analyze, format json) ${sql}`, [company.company_id, C.clientId]);
      type PlanNode = { 'Relation Name'?: string; 'Parent Relationship'?: string; 'Actual Loops': number; Plans?: PlanNode[] };
      const found: Array<{ loops: number; path: string[] }> = [];
      const walk = (node: PlanNode, path: string[]) => {
        const here = [...path, node['Parent Relationship'] ?? 'root'];
        if (node['Relation Name'] === 'ledger_account') found.push({ loops: node['Actual Loops'], path: here });
        for (const child of node.Plans ?? []) walk(child, here);
      };
      walk(plan['QUERY PLAN'][0].Plan, []);
      // the client has several receivable lines (three receipts, two payments): still one look-up, as an init plan
      const { rows: [lines] } = await su.query(`select count(*)::int as n from journal_line where client_id = $1`, [C.clientId]);
      expect(lines.n).toBeGreaterThan(3);
      expect(found).toHaveLength(1);
      expect(found[0].loops).toBe(1);
      expect(found[0].path).toContain('InitPlan');
    } finally {
      await su.end();
    }
  });

  it("refuses another company's client and an unknown id with NOT_FOUND naming clientId", async () => {
    for (const [c, id] of [[pieter, C.clientId], [laura, '00000000-0000-4000-8000-000000000000']] as const) {
      const r = await c.gql(LEAN, { id });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['clientId']);
    }
  });
});
