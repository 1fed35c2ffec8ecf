import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { generateClients } from '../bench/generate-clients.js';
import { generatePolicies } from '../bench/generate-policies.js';
import { generateMoney } from '../bench/generate-money.js';
import { asRuntimeRole, booksBalance } from './ledger-helpers.js';

/**
 * The money benchmark's generator (issue #13, Q-6) on a small data set: what it writes with the bulk
 * load (triggers and foreign-key checks off) must bill through the same database function the API uses
 * — charts with every role billing needs, copied schedules summing to their premium, one client with
 * at least the asked number of open receipts, books balanced.
 */
let t: TestPlatform;
let su: pg.Client;
let gen: Awaited<ReturnType<typeof generateMoney>>;
let companyId: string;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const url = new URL(inject('superuserUrl'));
  url.pathname = `/${t.databaseName}`;
  await generateClients(url.toString(), { companies: 2, clients: 400 });
  await generatePolicies(url.toString(), { perClient: 2 });
  su = await t.superuser();
  companyId = (await su.query(`select id from company where code = 'GEN01'`)).rows[0].id;
  gen = await generateMoney(url.toString(), { companyId, accountItems: 30 });
}, 180_000);
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('the money generator of the benchmark', () => {
  it('gives every generated company a chart with the accounts billing and payments post to', async () => {
    const { rows } = await su.query(
      `select c.code, count(a.id) filter (where a.role in ('clients_receivable', 'insurers_payable', 'commission_income', 'premium_account', 'cash', 'bank'))::int as roles
         from company c left join ledger_account a on a.company_id = c.id where c.code like 'GEN%' group by c.code order by c.code`,
    );
    expect(rows).toEqual([{ code: 'GEN01', roles: 6 }, { code: 'GEN02', roles: 6 }]);
  });

  it('copies whole schedules that still sum to their premium, and bills them into one client\'s open receipts with balanced books', async () => {
    const { rows: [sums] } = await su.query(
      `select count(*)::int as policies, count(*) filter (where s.total <> p.premium_gross)::int as wrong
         from policy p join (select policy_id, sum(gross) as total from policy_installment group by policy_id) s on s.policy_id = p.id
        where p.client_id = $1 and p.number like '%-M%'`,
      [gen.clientId],
    );
    expect(sums.policies).toBeGreaterThanOrEqual(3);
    expect(sums.wrong).toBe(0);
    const issued = await asRuntimeRole(t, 'GEN01', async (c) => {
      const { rows } = await c.query(`select count(*)::int as n from billing_issue_receipts(null, null, current_date, 100000, current_date, null, null)`);
      await c.query('commit');
      return rows[0].n as number;
    });
    expect(issued).toBeGreaterThanOrEqual(gen.installments);
    const { rows: [open] } = await su.query(`select count(*)::int as n from receipt_open_item where client_id = $1 and open_amount > 0`, [gen.clientId]);
    expect(open.n).toBeGreaterThanOrEqual(30);
    expect(open.n).toBeGreaterThanOrEqual(gen.installments);
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });
});
