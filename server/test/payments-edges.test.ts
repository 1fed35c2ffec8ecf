import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { MATCH, RECORD, clientWithReceipts } from './payments-helpers.js';

/**
 * Payments at their edges.
 *
 * One amount holds at most what numeric(14,2) holds (999,999,999,999.99); a sum over many of them
 * holds more. The totals the accountant reads — the account tab, the payments tile, the trial
 * balance — are computed exactly whatever their length: two of the largest payments do not break them.
 */
let t: TestPlatform;
let laura: GqlClient;
const MAX = '999999999999.99';
const cents = (v: string) => BigInt(v.replace('.', ''));
const text = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
const DASHBOARD = '{ paymentsDashboard { unmatchedCount unmatchedAmount } }';
const TRIAL = '{ trialBalance { totalDebit totalCredit totalBalance } }';

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  laura = await signedIn(t, USERS.rossiAccountant);
});
afterAll(async () => t?.stop());

describe('totals longer than one amount', () => {
  it('reads the account tab, the payments tile and the trial balance exactly after two of the largest payments', async () => {
    const marco = await signedIn(t, USERS.rossiAgent);
    const clientId = (await createClient(marco, italianPerson())).id as string;
    const before = { dash: (await laura.ok(DASHBOARD)).paymentsDashboard, trial: (await laura.ok(TRIAL)).trialBalance };
    for (const reference of ['one', 'two']) {
      await laura.ok(RECORD, { input: { clientId, method: 'BANK_TRANSFER', paymentDate: dayIn(ROME), amount: MAX, reference } });
    }
    const both = 2n * cents(MAX);
    const account = (await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal creditTotal balance } }`, { id: clientId })).clientAccount;
    expect(account).toEqual({ openTotal: '0.00', creditTotal: text(both), balance: `-${text(both)}` });
    const dash = (await laura.ok(DASHBOARD)).paymentsDashboard;
    expect(dash).toEqual({ unmatchedCount: before.dash.unmatchedCount + 2, unmatchedAmount: text(cents(before.dash.unmatchedAmount) + both) });
    const trial = (await laura.ok(TRIAL)).trialBalance;
    expect(trial).toEqual({ totalDebit: text(cents(before.trial.totalDebit) + both), totalCredit: text(cents(before.trial.totalCredit) + both), totalBalance: '0.00' });
  });
});

describe('ids written in upper case', () => {
  it('matches a payment to a receipt named by its id in upper case, as the same receipt', async () => {
    const [giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
    const C = await clientWithReceipts(giulia, marco, laura, 'UPID', 1);
    const [receipt] = C.receipts;
    const payment = (await laura.ok(RECORD, { input: { clientId: C.clientId.toUpperCase(), method: 'CASH', paymentDate: dayIn(ROME), amount: receipt.gross } })).recordPayment;
    const matched = (await laura.ok(MATCH, { id: payment.id.toUpperCase(), a: [{ receiptId: receipt.id.toUpperCase(), amount: receipt.gross }] })).matchPayment;
    expect(matched).toMatchObject({ id: payment.id, clientId: C.clientId, allocated: receipt.gross, remaining: '0.00' });
  });
});
