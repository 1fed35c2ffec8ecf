import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { CREDIT, ISSUE, RATE, rossiPolicy } from './billing-helpers.js';

/**
 * The billing dashboard (issue #13 §5): open receivables by age bucket, due vs collected per month, and
 * per insurer what is owed to it and what the premium account holds — as the accountant reads them.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;

const DASH = `{ billingDashboard { receivablesByAge { bucket count amount } collectedVsDue { month due collected } premiumAccountByInsurer { insurerId insurerName payable premiumAccount } } }`;
const cents = (v: string) => BigInt(v.replace('.', ''));
const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const bucketOf = (due: string) => {
  const days = Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
  return days < 0 ? 'NOT_DUE' : days <= 30 ? 'DAYS_0_30' : days <= 60 ? 'DAYS_31_60' : days <= 90 ? 'DAYS_61_90' : 'OVER_90';
};

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
});
afterAll(async () => t?.stop());

describe('the billing dashboard', () => {
  it("puts open receipts in their age bucket, adds them to the month they are due and to what the insurer is owed; a credit note takes it out of the month's due and the insurer's balance again", async () => {
    const start = new Date(Date.parse(today) - 200 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(start) + 364 * 86_400_000).toISOString().slice(0, 10);
    const P = await rossiPolicy(giulia, marco, 'DASH', { paymentFrequency: 'QUARTERLY', coverStart: start, coverEnd: end });
    await laura.ok(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: '10' });
    const before = (await laura.ok(DASH)).billingDashboard;
    const issued = [];
    for (const i of P.installments) issued.push((await laura.ok(ISSUE, { id: i.id })).issuePremiumReceipt);
    const after = (await laura.ok(DASH)).billingDashboard;

    const delta = (bucket: string) => {
      const a = after.receivablesByAge.find((b: { bucket: string }) => b.bucket === bucket);
      const b = before.receivablesByAge.find((x: { bucket: string }) => x.bucket === bucket);
      return { count: a.count - b.count, amount: cents(a.amount) - cents(b.amount) };
    };
    const expected = new Map<string, { count: number; amount: bigint }>();
    for (const d of issued) {
      const e = expected.get(bucketOf(d.dueDate)) ?? { count: 0, amount: 0n };
      expected.set(bucketOf(d.dueDate), { count: e.count + 1, amount: e.amount + cents(d.gross) });
    }
    for (const bucket of ['NOT_DUE', 'DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90']) expect(delta(bucket), bucket).toEqual(expected.get(bucket) ?? { count: 0, amount: 0n });
    expect(after.receivablesByAge.map((b: { bucket: string }) => b.bucket)).toEqual(['NOT_DUE', 'DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90']);

    const firstMonth = issued[0].dueDate.slice(0, 7);
    const month = (d: typeof after, m: string) => d.collectedVsDue.find((x: { month: string }) => x.month === m);
    expect(after.collectedVsDue).toHaveLength(12);
    expect(cents(month(after, firstMonth).due) - cents(month(before, firstMonth).due)).toBe(cents(issued[0].gross));
    expect(month(after, firstMonth).collected).toBe(month(before, firstMonth).collected);

    const ins = after.premiumAccountByInsurer.find((x: { insurerId: string }) => x.insurerId === P.refs.insurerId);
    const owed = issued.reduce((s, d) => s + cents(d.gross) - cents(d.commission), 0n);
    expect([cents(ins.payable), ins.premiumAccount]).toEqual([owed, '0.00']);

    await laura.ok(CREDIT, { id: issued[0].id, reason: 'Annullata' });
    const last = (await laura.ok(DASH)).billingDashboard;
    expect(month(last, firstMonth).due).toBe(month(before, firstMonth).due);
    const ins2 = last.premiumAccountByInsurer.find((x: { insurerId: string }) => x.insurerId === P.refs.insurerId);
    expect(cents(ins2.payable)).toBe(owed - (cents(issued[0].gross) - cents(issued[0].commission)));
  });

  it('is refused to an agent without billing rights (FORBIDDEN)', async () => {
    expect(await marco.code(DASH)).toBe('FORBIDDEN');
  });
});
