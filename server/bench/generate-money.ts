import pg from 'pg';
import { chartTemplate } from '../src/modules/ledger/chart-templates.js';

/**
 * Q-6 data for the money benchmark, on the policies benchmark's data (companies GEN…): each generated
 * company's chart of accounts (its country's template, as the server writes it on first use), and one
 * client of `companyId` given at least `accountItems` due installments — copies of one of its monthly
 * policies in force whose twelve installments are all due (new ids and numbers, the schedule copied
 * row by row, so each copy still sums exactly to its premium). Billing them (the benchmark's billing run)
 * gives that client an account tab of that many open receipts.
 *
 * Runs as a superuser (bulk load: triggers and foreign-key checks off for the session). Consistent by
 * construction; `server/test/bench-generate-money.test.ts` bills it through the API's database function
 * and checks the result on a small data set.
 */
export interface GenerateMoneyOptions {
  companyId: string;
  accountItems?: number;
  log?: (line: string) => void;
}

export async function generateMoney(superuserUrl: string, options: GenerateMoneyOptions): Promise<{ seconds: number; clientId: string; installments: number }> {
  const accountItems = options.accountItems ?? 500;
  const log = options.log ?? (() => undefined);
  const db = new pg.Client({ connectionString: superuserUrl });
  await db.connect();
  const t0 = performance.now();
  try {
    const { rows: companies } = await db.query<{ id: string; country: string }>(`select id, country from company where code like 'GEN%' order by code`);
    for (const c of companies) {
      const accounts = chartTemplate(c.country);
      await db.query(
        `insert into ledger_account (company_id, code, name, type, subledger, role)
         select $1::uuid, a.code, a.name, a.type, a.subledger, a.role from json_to_recordset($2::json) as a(code text, name text, type text, subledger text, role text)
         on conflict do nothing`,
        [c.id, JSON.stringify(accounts.map((a) => ({ code: a.code, name: a.name, type: a.type, subledger: a.subledger ?? null, role: a.role ?? null })))],
      );
    }
    log(`  charts of accounts: ${companies.length} companies`);
    const { rows: [source] } = await db.query<{ id: string; client_id: string; n: number }>(
      `select p.id, p.client_id, (select count(*)::int from policy_installment i where i.policy_id = p.id) as n
         from policy p
        where p.company_id = $1 and p.payment_frequency = 'monthly' and p.status in ('policy', 'own') and not p.foreign_business
          and (select count(*) from policy_installment i where i.policy_id = p.id and i.due_date <= current_date and i.gross > 0) = 12
        order by p.id limit 1`,
      [options.companyId],
    );
    if (!source) throw new Error('no monthly policy in force with twelve due installments in the company');
    const copies = Math.ceil(accountItems / source.n);
    await db.query('begin');
    await db.query(`set local session_replication_role = replica`);
    await db.query(`create temp table money_copy on commit drop as select g, gen_random_uuid() as id from generate_series(1, $1::int) g`, [copies]);
    const copied = await db.query(
      `insert into policy select (jsonb_populate_record(null::policy, to_jsonb(p) || jsonb_build_object('id', c.id, 'number', p.number || '-M' || c.g, 'previous_id', null))).*
         from policy p cross join money_copy c where p.id = $1`,
      [source.id],
    );
    // triggers are off (replica): the company's tally of policies (migration 0044) is written as they would
    await db.query(`insert into row_tally (company_id, subject, n) values ($1, 'policy', $2)`, [options.companyId, copied.rowCount]);
    await db.query(
      `insert into policy_installment select (jsonb_populate_record(null::policy_installment, to_jsonb(i) || jsonb_build_object('id', gen_random_uuid(), 'policy_id', c.id))).*
         from policy_installment i cross join money_copy c where i.policy_id = $1`,
      [source.id],
    );
    await db.query('commit');
    log(`  account tab: ${copies} policies copied for one client, ${copies * source.n} more due installments`);
    return { seconds: (performance.now() - t0) / 1000, clientId: source.client_id, installments: (copies + 1) * source.n };
  } finally {
    await db.end();
  }
}
