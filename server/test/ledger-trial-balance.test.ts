import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { POST, TRIAL, accountsOf, type Account } from './ledger-helpers.js';

/**
 * The trial balance at the speed of its hand-written SQL (issue #13 Q-6): one statement per request,
 * its figures those of the plain SQL over the lines — with a start date the lines before it make the
 * opening balance.
 */
let t: TestPlatform;
let laura: GqlClient;
let A: Record<string, Account>;


/** The same figures by hand, as the superuser: per account code [opening, debit, credit]. */
async function byHand(from: string | null, to: string): Promise<Record<string, [string, string, string]>> {
  const su = await t.superuser();
  try {
    const { rows } = await su.query<{ code: string; opening: string; debit: string; credit: string }>(
      `select a.code, coalesce(sum(l.debit - l.credit) filter (where l.entry_date < $2::date), 0)::numeric(14,2)::text as opening,
              coalesce(sum(l.debit) filter (where l.entry_date >= $2::date), 0)::numeric(14,2)::text as debit,
              coalesce(sum(l.credit) filter (where l.entry_date >= $2::date), 0)::numeric(14,2)::text as credit
         from ledger_account a join company c on c.id = a.company_id and c.code = 'ROSSI'
         left join journal_line l on l.company_id = a.company_id and l.account_id = a.id and l.entry_date <= $1::date
        group by a.code order by a.code`,
      [to, from ?? '0001-01-01'],
    );
    return Object.fromEntries(rows.map((r) => [r.code, [r.opening, r.debit, r.credit]]));
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  laura = await signedIn(t, USERS.rossiAccountant);
  A = await accountsOf(laura);
  const post = (entryDate: string, amount: string) =>
    laura.ok(POST, { input: { entryDate, description: 'Versamento', lines: [{ accountId: A.bank.id, debit: amount }, { accountId: A.equity.id, credit: amount }] } });
  await post('2025-01-15', '100.00');
  await post('2025-02-10', '40.50');
  await post('2025-03-05', '7.25');
});
afterAll(async () => t?.stop());

describe('the trial balance', () => {
  it('answers in one statement with the figures of the hand-written SQL, with and without a start date', async () => {
    for (const [from, to] of [[null, '2025-12-31'], ['2025-02-01', '2025-02-28'], ['2025-02-01', '2025-12-31']] as const) {
      let tb: Record<string, any> = {};
      const reads = await statementsOf(t, async () => {
        tb = (await laura.ok(TRIAL, { from, to })).trialBalance;
      });
      expect(reads, `${from}..${to}`).toHaveLength(1);
      const hand = await byHand(from, to);
      expect(Object.fromEntries(tb.rows.map((r: { account: { code: string }; opening: string; debit: string; credit: string }) => [r.account.code, [r.opening, r.debit, r.credit]]))).toEqual(hand);
      expect(tb.totalDebit).toBe(tb.totalCredit);
      expect(tb.totalBalance).toBe('0.00');
    }
    // February alone: the January deposit is the bank's opening balance, February's its movement
    const feb = (await laura.ok(TRIAL, { from: '2025-02-01', to: '2025-02-28' })).trialBalance;
    const bank = feb.rows.find((r: { account: { id: string } }) => r.account.id === A.bank.id);
    expect([bank.opening, bank.debit, bank.credit, bank.balance]).toEqual([expect.any(String), '40.50', '0.00', expect.any(String)]);
    expect(Number(bank.balance) - Number(bank.opening)).toBeCloseTo(40.5, 2);
  });
});
