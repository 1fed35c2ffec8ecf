import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { REVERSE, asRuntimeRole, booksBalance } from './ledger-helpers.js';
import { ENTRY } from './billing-helpers.js';
import { CANCEL_REMIT, MATCH, RECORD, REMIT, STATEMENT_FILE, UNDO, clientWithReceipts, codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';

/**
 * Insurer remittances (issue #13 §4) and the unmatched-payments figure (§5): per insurer and period the
 * receipts collected (fully matched) minus the commission retained, as a statement (PDF, XLSX) and a
 * posting from the premium account; each collected receipt remitted once; cancelled only by reversal.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;
let R: Awaited<ReturnType<typeof clientWithReceipts>>;
let allocationIds: string[];

const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const monthStart = `${today.slice(0, 7)}-01`;
async function balanced() {
  const b = await booksBalance(t);
  expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  // a new insurer with a 12 % commission on home: receipts of about 305.6 gross, 30.00 commission
  R = await clientWithReceipts(giulia, marco, laura, 'REMC', 3, '12');
});
afterAll(async () => t?.stop());

describe('remittances', () => {
  it('remits what was collected for an insurer in the period, net of commission, posted from the premium account; partly paid receipts wait', async () => {
    const p = (await laura.ok(RECORD, { input: { clientId: R.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '700.00' } })).recordPayment;
    const m = (await laura.ok(MATCH, { id: p.id, a: [{ receiptId: R.receipts[0].id, amount: R.receipts[0].gross }, { receiptId: R.receipts[1].id, amount: R.receipts[1].gross }, { receiptId: R.receipts[2].id, amount: '88.72' }] })).matchPayment;
    allocationIds = m.allocations.map((a: { id: string }) => a.id);
    const r = (await laura.ok(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today, remitDate: today } })).createRemittance;
    const c = (v: string) => Math.round(Number(v) * 100);
    const f = (n: number) => (n / 100).toFixed(2);
    const [a, b] = R.receipts;
    expect(Number(a.commission)).toBeGreaterThan(0);
    const gross = c(a.gross) + c(b.gross);
    const commission = c(a.commission) + c(b.commission);
    expect(r).toMatchObject({ insurerId: R.refs.insurerId, itemCount: 2, gross: f(gross), commission: f(commission), amount: f(gross - commission), cancelEntryId: null });
    expect(r.items.map((i: { receiptId: string }) => i.receiptId).sort()).toEqual([R.receipts[0].id, R.receipts[1].id].sort());
    const e = (await laura.ok(ENTRY, { id: r.entryId })).journalEntry;
    expect(e.source).toBe('REMITTANCE');
    expect(e.lines).toEqual([
      { lineNo: 1, debit: r.amount, credit: '0.00', clientId: null, insurerId: R.refs.insurerId, account: { role: 'insurers_payable' } },
      { lineNo: 2, debit: '0.00', credit: r.amount, clientId: null, insurerId: R.refs.insurerId, account: { role: 'premium_account' } },
    ]);
    await balanced();
  });

  it('remits a collected receipt once: a second remittance of the period finds nothing, and the database refuses a second active item', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const again = await laura.gql(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today } });
    expect([codeOf(again), fieldsOf(again)]).toEqual(['BAD_USER_INPUT', ['periodTo:nothing_to_remit']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    await expect(
      asRuntimeRole(t, 'ROSSI', (c) =>
        c.query(`insert into remittance_item (company_id, remittance_id, receipt_id, gross, commission, amount)
                 select company_id, remittance_id, receipt_id, gross, commission, amount from remittance_item where receipt_id = $1`, [R.receipts[0].id]),
      ),
    ).rejects.toThrow(/remittance_item_once/);
    await expect(asRuntimeRole(t, 'ROSSI', (c) => c.query(`delete from remittance`))).rejects.toThrow(/permission denied|kept/);
  });

  it('keeps the allocations of a remitted receipt until the remittance is cancelled (CONFLICT)', async () => {
    expect(await laura.code(UNDO, { id: allocationIds[0], reason: 'errore' })).toBe('CONFLICT');
  });

  it('cancels a remittance only by the reversal of its entry, once; its receipts can then be remitted again', async () => {
    const list = (await laura.ok(`{ remittances { id insurerId cancelEntryId } }`)).remittances.filter((x: { insurerId: string }) => x.insurerId === R.refs.insurerId);
    const c = (await laura.ok(CANCEL_REMIT, { id: list[0].id, reason: 'Importo errato' })).cancelRemittance;
    expect(c).toMatchObject({ id: list[0].id, cancelReason: 'Importo errato' });
    const rev = (await laura.ok(`query($id: ID!) { journalEntry(id: $id) { source reversesId } }`, { id: c.cancelEntryId })).journalEntry;
    expect(rev.source).toBe('REVERSAL');
    expect(await laura.code(CANCEL_REMIT, { id: list[0].id, reason: 'di nuovo' })).toBe('CONFLICT');
    const again = (await laura.ok(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today } })).createRemittance;
    expect(again.itemCount).toBe(2);
    await balanced();
  });

  it('gives the statement as a PDF and as an XLSX with the receipts and totals', async () => {
    const r = (await laura.ok(`{ remittances { id insurerId cancelEntryId amount } }`)).remittances.find((x: { insurerId: string; cancelEntryId: string | null }) => x.insurerId === R.refs.insurerId && !x.cancelEntryId);
    const pdf = (await laura.ok(STATEMENT_FILE, { id: r.id, f: 'pdf' })).remittanceStatement;
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = (await laura.ok(STATEMENT_FILE, { id: r.id, f: 'xlsx' })).remittanceStatement;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const values = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(values).toContain(R.receipts[0].displayNumber);
    expect(values).toContain(String(Number(r.amount)));
    const bad = await laura.gql(STATEMENT_FILE, { id: r.id, f: 'doc' });
    expect(fieldsOf(bad)).toEqual(['format:invalid_format']);
  });

  it('refuses bad periods naming the field and another company\'s insurer or remittance (NOT_FOUND), changing nothing', async () => {
    const r = (await laura.ok(`{ remittances { id } }`)).remittances[0];
    const before = await moneySnapshot(t, 'ROSSI');
    const bad = await laura.gql(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: today, periodTo: '2020-01-01' } });
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['periodTo:before_from']]);
    const foreign = await pieter.gql(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today } });
    expect([codeOf(foreign), fieldsOf(foreign)]).toEqual(['NOT_FOUND', ['insurerId:not_found']]);
    expect(await pieter.code(`query($id: ID!) { remittance(id: $id) { id } }`, { id: r.id })).toBe('NOT_FOUND');
    expect(await pieter.code(STATEMENT_FILE, { id: r.id, f: 'pdf' })).toBe('NOT_FOUND');
    expect(await pieter.code(CANCEL_REMIT, { id: r.id, reason: 'x' })).toBe('NOT_FOUND');
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses remittances to an agent without billing rights (FORBIDDEN)', async () => {
    expect(await marco.code(`{ remittances { id } }`)).toBe('FORBIDDEN');
    expect(await marco.code(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today } })).toBe('FORBIDDEN');
  });
});

describe('unmatched payments on the dashboard', () => {
  it('counts the payments with something not allocated and sums what is left', async () => {
    const before = (await laura.ok(`{ paymentsDashboard { unmatchedCount unmatchedAmount } }`)).paymentsDashboard;
    await laura.ok(RECORD, { input: { clientId: R.clientId, method: 'CASH', paymentDate: today, amount: '12.34' } });
    const after = (await laura.ok(`{ paymentsDashboard { unmatchedCount unmatchedAmount } }`)).paymentsDashboard;
    expect(after.unmatchedCount).toBe(before.unmatchedCount + 1);
    expect(Math.round(Number(after.unmatchedAmount) * 100) - Math.round(Number(before.unmatchedAmount) * 100)).toBe(1234);
    expect(await marco.code(`{ paymentsDashboard { unmatchedCount } }`)).toBe('FORBIDDEN');
  });
});

describe('a remittance is paid once', () => {
  const PAYABLE = `{ billingDashboard { premiumAccountByInsurer { insurerId payable premiumAccount } } }`;
  const GET_REMIT = `query($id: ID!) { remittance(id: $id) { id cancelEntryId itemCount } }`;

  it("refuses reversing a remittance's cancellation by hand (CONFLICT, saying where to undo it): the insurer is not paid again, the remittance stays cancelled", async () => {
    const S = await clientWithReceipts(giulia, marco, laura, 'REMX', 1, '12');
    const p = (await laura.ok(RECORD, { input: { clientId: S.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: S.receipts[0].gross } })).recordPayment;
    await laura.ok(MATCH, { id: p.id, a: [{ receiptId: S.receipts[0].id, amount: S.receipts[0].gross }] });
    const r = (await laura.ok(REMIT, { input: { insurerId: S.refs.insurerId, periodFrom: monthStart, periodTo: today } })).createRemittance;
    const c = (await laura.ok(CANCEL_REMIT, { id: r.id, reason: 'Importo errato' })).cancelRemittance;
    const owed = async () => (await laura.ok(PAYABLE)).billingDashboard.premiumAccountByInsurer.find((x: { insurerId: string }) => x.insurerId === S.refs.insurerId);
    const before = await moneySnapshot(t, 'ROSSI');
    const owedBefore = await owed();
    expect(owedBefore.payable).not.toBe('0.00');

    const rev = await laura.gql(REVERSE, { id: c.cancelEntryId, reason: 'Ripristino della rimessa' });
    expect(codeOf(rev)).toBe('CONFLICT');
    expect(rev.errors?.[0]?.message).toMatch(/remittance.*collections/i);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect(await owed()).toEqual(owedBefore);
    expect((await laura.ok(GET_REMIT, { id: r.id })).remittance).toMatchObject({ cancelEntryId: c.cancelEntryId });

    // the receipt is paid to the insurer again only by a new remittance, once
    expect((await laura.ok(REMIT, { input: { insurerId: S.refs.insurerId, periodFrom: monthStart, periodTo: today } })).createRemittance.itemCount).toBe(1);
    const third = await laura.gql(REMIT, { input: { insurerId: S.refs.insurerId, periodFrom: monthStart, periodTo: today } });
    expect([codeOf(third), fieldsOf(third)]).toEqual(['BAD_USER_INPUT', ['periodTo:nothing_to_remit']]);
    expect((await owed()).payable).toBe('0.00');
    await balanced();
  });

  it('remits only the receipts it locked: one collected while it waits for its locks is left for the next remittance', async () => {
    const S = await clientWithReceipts(giulia, marco, laura, 'REMW', 2, '12');
    const pay = async (i: number) => {
      const p = (await laura.ok(RECORD, { input: { clientId: S.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: S.receipts[i].gross } })).recordPayment;
      await laura.ok(MATCH, { id: p.id, a: [{ receiptId: S.receipts[i].id, amount: S.receipts[i].gross }] });
    };
    await pay(0);
    // another transaction holds the lock of the first receipt's open item: the remittance reads, then waits for it
    const holder = await t.superuser();
    const su = await t.superuser();
    try {
      const holderPid = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
      await holder.query('begin');
      const held = await holder.query(`select id from money_open_item where receipt_id = $1 for update`, [S.receipts[0].id]);
      expect(held.rowCount).toBe(1);
      const remit = laura.gql(REMIT, { input: { insurerId: S.refs.insurerId, periodFrom: monthStart, periodTo: today } });
      for (let n = 0; ; n++) {
        const { rows } = await su.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> $1`, [holderPid]);
        if (rows[0].n > 0) break;
        if (n > 200) throw new Error('the remittance never waited for the lock');
        await new Promise((r) => setTimeout(r, 50));
      }
      await pay(1); // the second receipt is collected meanwhile
      await holder.query('rollback');
      const r = await remit;
      expect(r.errors).toBeUndefined();
      const created = (r.data as { createRemittance: { itemCount: number; items: Array<{ receiptId: string }> } }).createRemittance;
      expect(created.items.map((i) => i.receiptId)).toEqual([S.receipts[0].id]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
      await su.end();
    }
    const next = (await laura.ok(REMIT, { input: { insurerId: S.refs.insurerId, periodFrom: monthStart, periodTo: today } })).createRemittance;
    expect(next.items.map((i: { receiptId: string }) => i.receiptId)).toEqual([S.receipts[1].id]);
    await balanced();
  });
});
