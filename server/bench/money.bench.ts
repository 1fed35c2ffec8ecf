import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startBenchPlatform } from './platform.js';
import { fmt, percentile, scoped } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies } from './loadgen.js';
import { generateClients } from './generate-clients.js';
import { generatePolicies } from './generate-policies.js';
import { postJson } from './http-client.js';
import { generateMoney } from './generate-money.js';
import type { PoliciesBenchContext } from './policies.bench.js';

/**
 * Money benchmark (issue #13, Q-6), on the policies benchmark's data and server:
 *   - a billing run over the due installments of the generated companies, set-based
 *     (a run per company, billing_issue_run_batch after its keyset cursor, batches of MONEY_BATCH
 *     installments per transaction) — target: 1,000,000
 *     in under 60 s (MONEY_INSTALLMENTS caps the run, default 1,000,000);
 *   - the trial balance over the resulting ledger lines through the server vs the same hand-written SQL;
 *   - a client's account tab with MONEY_ACCOUNT_ITEMS (500) open receipts and its payments through the
 *     server vs one hand-written statement (target ≤ 1.5×).
 * A reduced run: BENCH_CLIENTS=20000 MONEY_INSTALLMENTS=50000 RUNS=20.
 */
const MONEY_INSTALLMENTS = Number(process.env.MONEY_INSTALLMENTS ?? 1_000_000);
const MONEY_BATCH = Math.max(1, Number(process.env.MONEY_BATCH ?? 100_000));
const ACCOUNT_ITEMS = Number(process.env.MONEY_ACCOUNT_ITEMS ?? 500);

const TRIAL_QUERY = `query($to: String) { trialBalance(to: $to) { totalDebit totalCredit totalBalance rows { account { id code } opening debit credit balance } } }`;
export const ACCOUNT_QUERY = `query($id: ID!) { clientAccount(clientId: $id) { openTotal creditTotal balance
  openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount } payments { id paymentDate amount allocated remaining } } }`;

/** The trial balance as the server computes it (ledger-queries.service.ts), one statement. */
function handTrialBalance(app: pg.Client, companyId: string, to: string, prepared = false) {
  return scoped<{ id: string; code: string; opening: string; debit: string; credit: string }>(
    app,
    companyId,
    `select a.id, a.code, coalesce(s.opening, 0) as opening, coalesce(s.debit, 0) as debit, coalesce(s.credit, 0) as credit
       from ledger_account a
       left join (select l.account_id, 0 as opening, sum(l.debit) as debit, sum(l.credit) as credit
                    from journal_line l where l.company_id = $1 and l.entry_date <= $2::date group by l.account_id) s on s.account_id = a.id
      where a.company_id = $1 order by a.code`,
    [companyId, to],
    { prepared },
  );
}

/**
 * The account tab as one hand-written statement ($1 company, $2 client): the answer ACCOUNT_QUERY asks
 * for, every field with the server's value — open receipts with what is allocated and still open, the
 * payments with what they allocate and what remains (nothing once the bank returned it: its entry
 * reversed), the totals and the receivable balance; amounts as numeric(14,2) text. Each list and its
 * total come from one pass (one aggregate row per list).
 */
export const HAND_ACCOUNT_SQL = `
  select coalesce(o.items, '[]') as open, o.total as open_total, coalesce(y.items, '[]') as payments, y.total as credit_total,
         (select coalesce(sum(l.debit - l.credit), 0)::numeric(14,2)::text from journal_line l join ledger_account a on a.company_id = l.company_id and a.id = l.account_id
           where l.company_id = $1 and l.client_id = $2 and a.role = 'clients_receivable') as balance
    from (select json_agg(json_build_object('receiptId', d.id, 'receiptNumber', d.series || ' ' || d.year || '/' || d.number, 'policyNumber', p.number,
                   'insurerName', i.name, 'dueDate', d.due_date, 'gross', d.gross::text, 'allocated', coalesce(a.v, 0)::numeric(14,2)::text,
                   'openAmount', (d.gross - coalesce(a.v, 0))::numeric(14,2)::text) order by d.due_date, d.year, d.number) as items,
                 coalesce(sum(d.gross - coalesce(a.v, 0)), 0)::numeric(14,2)::text as total
            from premium_document d
            join policy p on p.company_id = d.company_id and p.id = d.policy_id
            join insurer i on i.company_id = d.company_id and i.id = d.insurer_id
            left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as v
                                 from payment_allocation x where x.company_id = d.company_id and x.receipt_id = d.id) a on true
           where d.company_id = $1 and d.client_id = $2 and d.kind = 'receipt' and d.gross - coalesce(a.v, 0) > 0
             and not exists (select 1 from premium_document c where c.company_id = d.company_id and c.credits_id = d.id)) o,
         (select json_agg(json_build_object('id', z.id, 'paymentDate', z.payment_date, 'amount', z.amount::text, 'allocated', z.allocated::numeric(14,2)::text,
                   'remaining', z.remaining::numeric(14,2)::text) order by z.payment_date desc, z.created_at desc, z.id) as items,
                 coalesce(sum(z.remaining), 0)::numeric(14,2)::text as total
            from (select y.id, y.payment_date, y.created_at, y.amount, coalesce(b.v, 0) as allocated,
                         case when exists (select 1 from journal_entry r where r.company_id = y.company_id and r.reverses_id = y.entry_id) then 0
                              else y.amount - coalesce(b.v, 0) end as remaining
                    from payment y
                    left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as v
                                         from payment_allocation x where x.company_id = y.company_id and x.payment_id = y.id) b on true
                   where y.company_id = $1 and y.client_id = $2) z) y`;

export interface HandAccount {
  open: Array<Record<string, string>>;
  open_total: string;
  payments: Array<Record<string, string>>;
  credit_total: string;
  balance: string;
}

/** `prepared`: as a named prepared statement, as the server sends its account-tab statement (src/db/prepared.ts). */
export function handAccount(app: pg.Client, companyId: string, clientId: string, prepared = false) {
  return scoped<HandAccount>(app, companyId, HAND_ACCOUNT_SQL, [companyId, clientId], { prepared });
}

/**
 * Throws unless the server's answer to ACCOUNT_QUERY and the hand-written statement's are the same,
 * field by field: the lists in their order, every amount, the totals and the balance.
 */
export function checkSameAccount(server: Record<string, unknown>, hand: HandAccount): void {
  const handAnswer = { openTotal: hand.open_total, creditTotal: hand.credit_total, balance: hand.balance, openItems: hand.open, payments: hand.payments };
  const a = JSON.stringify(server);
  const b = JSON.stringify(handAnswer);
  if (a !== b) throw new Error(`account tab answers differ:\n server ${a.slice(0, 400)}\n SQL    ${b.slice(0, 400)}`);
}

export async function benchMoney(ctx: PoliciesBenchContext): Promise<string> {
  const { loadgen, url, su, app, companyId, runs } = ctx;
  const lines: string[] = [];
  const today = new Date().toISOString().slice(0, 10);
  console.log('money: charts of accounts and a client with many receipts…');
  const gen = await generateMoney(ctx.superuserUrl, { companyId, accountItems: ACCOUNT_ITEMS, log: console.log });

  // ---------------------------------------------------------------- billing run, set-based
  const { rows: companies } = await su.query<{ id: string }>(`select id from company where code like 'GEN%' order by (id = $1) desc, code`, [companyId]);
  let issued = 0;
  let batches = 0;
  const t0 = performance.now();
  for (const c of companies) {
    if (issued >= MONEY_INSTALLMENTS) break;
    // a billing run per company, as the job issues it: batches after the run's keyset cursor (migration 0034)
    const [run] = await scoped<{ id: string }>(app, c.id, `insert into billing_run (company_id, due_from, due_to, issue_date, status) values ($1, '2000-01-01', $2::date, $2::date, 'running') returning id`, [c.id, today]);
    for (;;) {
      const limit = Math.min(MONEY_BATCH, MONEY_INSTALLMENTS - issued);
      if (limit <= 0) break;
      const [r] = await scoped<{ n: number }>(app, c.id, `select count(*)::int as n from billing_issue_run_batch($1::uuid, $2, null)`, [run.id, limit]);
      issued += r.n;
      batches += 1;
      if (r.n < limit) break;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const { rows: [books] } = await su.query(
    `select count(*)::int as lines, (sum(debit) = sum(credit)) as balanced,
            (select count(*)::int from (select entry_id from journal_line l join company c on c.id = l.company_id where c.code like 'GEN%' group by entry_id having sum(debit) <> sum(credit)) x) as unbalanced
       from journal_line l join company c on c.id = l.company_id where c.code like 'GEN%'`,
  );
  lines.push(
    `## Billing run (Q-6): ${issued.toLocaleString('en')} due installments billed set-based in ${fmt(seconds, 1)} s`,
    '',
    `billing_issue_run_batch (a run per company, its keyset cursor) in ${batches} transactions of at most ${MONEY_BATCH.toLocaleString('en')} installments (each: numbers from the locked counter, one balanced entry and one receipt per installment). **${fmt(issued / seconds, 0)} receipts/s**; target 1,000,000 in under 60 s. The ledger now holds ${books.lines.toLocaleString('en')} lines; Σ debit = Σ credit: ${books.balanced ? 'yes' : 'NO'}, unbalanced entries: ${books.unbalanced}.`,
    '',
  );

  // users of the benchmark company: laura (accountant) becomes its accountant
  const { rows: [role] } = await su.query(
    `insert into role (company_id, name, template, rights) select $1, 'Accountant', 'accountant', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'accountant' returning id`,
    [companyId],
  );
  await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = 'laura.conti@rossi-assicurazioni.example' on conflict do nothing`, [companyId, role.id]);
  const post = async (query: string, variables: object, headers: Record<string, string>) => {
    const json = (await postJson(url, { query, variables }, headers)) as { data?: any; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const { loadDemoData } = await import('../src/seeds/demo.seeder.js');
  const login = await post('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: 'laura.conti@rossi-assicurazioni.example', password: loadDemoData().password, bearer: true } }, {});
  const auth = { authorization: `Bearer ${login.login.token}` };
  await post('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: companyId }, auth);
  // a few payments of the account client, matched partially
  for (let i = 0; i < 10; i++) {
    const p = (await post(`mutation($input: PaymentInput!) { recordPayment(input: $input) { id } }`, { input: { clientId: gen.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '10.00' } }, auth)).recordPayment;
    const open = (await post(`query($id: ID!) { clientAccount(clientId: $id) { openItems { receiptId } } }`, { id: gen.clientId }, auth)).clientAccount.openItems;
    await post(`mutation($id: ID!, $a: [AllocationInput!]!) { matchPayment(paymentId: $id, allocations: $a) { id } }`, { id: p.id, a: [{ receiptId: open[i].receiptId, amount: '5.00' }] }, auth);
  }

  const job = (query: string, vars: object[]) => ({ url, streams: [{ headers: auth, bodies: vars.map((variables) => ({ label: 'q', body: { query, variables } })) }] });
  const measure = async (vars: object[], query: string, hand: (v: any, prepared?: boolean) => Promise<unknown>) => {
    const out = { server: [] as number[][], hand: [] as number[][], prepared: [] as number[][] };
    await loadgen.run(job(query, vars.slice(0, 5)));
    for (const v of vars.slice(0, 5)) await hand(v);
    for (const v of vars.slice(0, 5)) await hand(v, true);
    for (let run = 0; run < REPEATS; run++) {
      const s: number[] = [];
      const h: number[] = [];
      const hp: number[] = [];
      for (let round = 0; round < 4; round++) {
        const slice = vars.filter((_, i) => i % 4 === round);
        const r = await loadgen.run(job(query, slice));
        if (r.samples.some((x) => x.failed)) throw new Error(`${r.samples.filter((x) => x.failed).length} requests failed`);
        s.push(...latencies(r));
        for (const v of slice) {
          const t = performance.now();
          await hand(v);
          h.push(performance.now() - t);
        }
        for (const v of slice) {
          const t = performance.now();
          await hand(v, true);
          hp.push(performance.now() - t);
        }
      }
      for (const xs of [s, h, hp]) xs.sort((a, b) => a - b);
      out.server.push(s);
      out.hand.push(h);
      out.prepared.push(hp);
    }
    return out;
  };
  const table = (t: { server: number[][]; hand: number[][]; prepared: number[][] }, target: string) => {
    const figures = new Figures();
    for (let run = 0; run < REPEATS; run++) {
      figures.record(run, { name: 'server p50 ms', better: 'lower' }, percentile(t.server[run], 50));
      figures.record(run, { name: 'server p95 ms', better: 'lower' }, percentile(t.server[run], 95));
      figures.record(run, { name: 'hand-written SQL p50 ms', better: 'lower' }, percentile(t.hand[run], 50));
      figures.record(run, { name: 'hand-written SQL prepared p50 ms', better: 'lower' }, percentile(t.prepared[run], 50));
      figures.record(run, { name: '**server / hand-written SQL (p50)**', better: 'lower', note: target }, percentile(t.server[run], 50) / percentile(t.hand[run], 50));
      figures.record(run, { name: '**server / hand-written SQL prepared (p50)**', better: 'lower', note: target }, percentile(t.server[run], 50) / percentile(t.prepared[run], 50));
    }
    return figures;
  };

  // ---------------------------------------------------------------- trial balance
  {
    const server = (await post(TRIAL_QUERY, { to: today }, auth)).trialBalance;
    const hand = await handTrialBalance(app, companyId, today);
    const same = server.rows.length === hand.length && server.rows.every((r: any, i: number) => r.account.id === hand[i].id && r.debit === Number(hand[i].debit).toFixed(2) && r.credit === Number(hand[i].credit).toFixed(2));
    if (!same) throw new Error(`trial balance answers differ: ${JSON.stringify({ server: server.rows.slice(0, 3), hand: hand.slice(0, 3) })}`);
    const { rows: [n] } = await su.query(`select count(*)::int as n from journal_line where company_id = $1`, [companyId]);
    const vars = Array.from({ length: Math.max(8, Math.floor(runs / 5)) }, () => ({ to: today }));
    const figures = table(await measure(vars, TRIAL_QUERY, (v, prepared) => handTrialBalance(app, companyId, v.to, prepared)), '');
    lines.push(`## Trial balance over ${n.n.toLocaleString('en')} ledger lines of one company (total ${books.lines.toLocaleString('en')} in the generated companies)`, '', ...figures.table(), '');
  }

  // ---------------------------------------------------------------- the account tab with 500 items
  {
    const server = (await post(ACCOUNT_QUERY, { id: gen.clientId }, auth)).clientAccount;
    const [hand] = await handAccount(app, companyId, gen.clientId);
    checkSameAccount(server, hand);
    const vars = Array.from({ length: Math.max(8, runs) }, () => ({ id: gen.clientId }));
    const figures = table(await measure(vars, ACCOUNT_QUERY, (v, prepared) => handAccount(app, companyId, v.id, prepared)), '(target ≤ 1.5)');
    lines.push(
      `## Client account tab: ${server.openItems.length} open receipts and ${server.payments.length} payments with the balance`,
      '',
      'The answers checked equal field by field (every item and amount, their order, the totals and the balance) before timing.',
      '',
      ...figures.table(),
      '',
      `Median ratio server / SQL **${fmt(figures.median('**server / hand-written SQL (p50)**'))}×**; against the SQL as a prepared statement (the server prepares its statement: src/db/prepared.ts) **${fmt(figures.median('**server / hand-written SQL prepared (p50)**'))}×**.`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The money section alone, reduced, for development: its own database with BENCH_CLIENTS (20,000)
 * generated clients in COMPANIES (5) companies and their policies, the server, the load generator.
 * `BENCH_CLIENTS=20000 MONEY_INSTALLMENTS=50000 RUNS=20 npx tsx --conditions=development bench/money.bench.ts`
 * (writes bench/results/money.md).
 */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const clients = Number(process.env.BENCH_CLIENTS ?? 20_000);
  const { db, url, su, app, loadgen, stop } = await startBenchPlatform();
  try {
    await generateClients(db.superuserUrl, { companies: Number(process.env.COMPANIES ?? 5), clients, log: console.log });
    await generatePolicies(db.superuserUrl, { perClient: 2, log: console.log });
    const { rows: [gen01] } = await su.query(`select id from company where code = 'GEN01'`);
    const body = await benchMoney({
      loadgen, url, auth: {}, su, app, appUrl: db.urls.appUrl, superuserUrl: db.superuserUrl, companyId: gen01.id,
      collation: 'app_sort_it', companySize: 0, totalClients: clients, runs: Number(process.env.RUNS ?? 20), searchesPerKind: 0,
    });
    const report = ['# Money benchmark (reduced)', '', `Run ${new Date().toISOString()}, ${clients.toLocaleString('en')} clients; 2 shared cores: compare ratios.`, '', body].join('\n');
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'money.md'), report + '\n');
    console.log(report);
  } finally {
    await stop();
  }
  process.exit(0);
}
