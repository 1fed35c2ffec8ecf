import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { booksBalance } from './ledger-helpers.js';

/**
 * The demo data of the ledger and billing (issue #13 §6): every demo company has its chart of accounts,
 * the receipts of its policies' due installments (consistent with the policies: one per installment,
 * same amounts), a credit note and a closed month — and the books balance to zero over everything.
 */
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => t?.stop());

describe('ledger and billing demo data', () => {
  it('balances the books to zero over the whole demo data: every entry balanced, Σ debit = Σ credit', async () => {
    const b = await booksBalance(t);
    expect(b.lines).toBeGreaterThan(100);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });

  it("gives each demo company a trial balance summing to zero, as its accountant or administrator reads it", async () => {
    for (const email of [USERS.rossiAccountant, USERS.vdbergAdmin]) {
      const c = await signedIn(t, email);
      const tb = (await c.ok(`{ trialBalance { totalDebit totalCredit totalBalance rows { account { role } balance } } }`)).trialBalance;
      expect(tb.totalBalance).toBe('0.00');
      expect(tb.totalDebit).toBe(tb.totalCredit);
      expect(tb.rows.find((r: { account: { role: string } }) => r.account.role === 'clients_receivable').balance).not.toBe('0.00');
    }
  });

  it('bills every due installment of the demo policies in force exactly once, with its amounts, plus one credit note and a closed month per company', async () => {
    const su = await t.superuser();
    try {
      const { rows } = await su.query(`
        select c.code,
               (select count(*) from policy_installment i join policy p on p.id = i.policy_id
                 where i.company_id = c.id and i.due_date <= (now() at time zone app_time_zone_of(c.country))::date and p.status in ('policy', 'own', 'foreign', 'foreign_part') and not p.foreign_business and i.gross > 0)::int as due,
               (select count(*) from premium_document d where d.company_id = c.id and d.kind = 'receipt')::int as receipts,
               (select count(*) from premium_document d join policy_installment i on i.id = d.installment_id
                 where d.company_id = c.id and (d.net, d.taxes, d.gross, d.due_date) is distinct from (i.net, i.taxes, i.gross, i.due_date))::int as mismatched,
               (select count(*) from premium_document d where d.company_id = c.id and d.kind = 'credit_note')::int as credit_notes,
               (select count(*) from ledger_period_close p where p.company_id = c.id)::int as closed,
               (select count(*) from ledger_account a where a.company_id = c.id and a.role = 'premium_account')::int as premium_accounts
          from company c order by c.code`);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const r of rows) {
        expect(r.receipts, r.code).toBe(r.due);
        expect(r.receipts, r.code).toBeGreaterThan(10);
        expect([r.mismatched, r.credit_notes, r.closed, r.premium_accounts], r.code).toEqual([0, 1, 1, 1]);
      }
    } finally {
      await su.end();
    }
  });
});
