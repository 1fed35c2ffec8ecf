import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { accountStatement } from '../src/modules/payments/client-account.service.js';
import { startBenchPlatform } from './platform.js';
import { fmt, percentile, scoped } from './lib.js';
import { latencies } from './loadgen.js';
import { postJson } from './http-client.js';
import { generateClients } from './generate-clients.js';
import { generatePolicies } from './generate-policies.js';
import { generateMoney } from './generate-money.js';
import { ACCOUNT_QUERY, HAND_ACCOUNT_SQL, checkSameAccount, handAccount } from './money.bench.js';

/**
 * The client account tab alone (issue #13, Q-6: ≤ 1.5× the hand-written SQL), small and quick, for
 * before/after comparisons on a shared machine: COMPANIES (2) companies with BENCH_CLIENTS (4,000)
 * clients and their policies, one client with MONEY_ACCOUNT_ITEMS (500) billed receipts and ten
 * partial payments (as in money.bench.ts). Prints the plans of the server's statement and of the
 * hand-written SQL, then ROUNDS alternating rounds of: the server through HTTP (load-generator process),
 * the server's statement alone, the hand-written SQL — their p50 and the ratios.
 *
 *   BENCH_CLIENTS=4000 ROUNDS=5 npx tsx --conditions=development bench/account-tab.bench.ts
 *
 * EXPLAIN=0 leaves the plans out; PROFILE=n profiles the server's process over n more requests (self
 * time by package and function); HOLD=s keeps the database s seconds after the set-up (its URLs are
 * printed) for trying statements by hand. Before/after: run it on the old and the new code back to back.
 */
const clients = Number(process.env.BENCH_CLIENTS ?? 4000);
const rounds = Number(process.env.ROUNDS ?? 5);
const perRound = Number(process.env.PER_ROUND ?? 20);
const { db, url, su, app, loadgen, stop } = await startBenchPlatform();
try {
  await generateClients(db.superuserUrl, { companies: Number(process.env.COMPANIES ?? 2), clients, log: console.log });
  await generatePolicies(db.superuserUrl, { perClient: 2, log: console.log });
  const { rows: [company] } = await su.query<{ id: string }>(`select id from company where code = 'GEN01'`);
  const companyId = company.id;
  const gen = await generateMoney(db.superuserUrl, { companyId, accountItems: Number(process.env.MONEY_ACCOUNT_ITEMS ?? 500), log: console.log });
  const today = new Date().toISOString().slice(0, 10);
  const [run] = await scoped<{ id: string }>(app, companyId, `insert into billing_run (company_id, due_from, due_to, issue_date, status) values ($1, '2000-01-01', $2::date, $2::date, 'running') returning id`, [companyId, today]);
  const [billed] = await scoped<{ n: number }>(app, companyId, `select count(*)::int as n from billing_issue_run_batch($1::uuid, $2, null)`, [run.id, 1_000_000]);
  console.log(`billed ${billed.n} installments of GEN01`);

  const post = async (query: string, variables: object, headers: Record<string, string>) => {
    const json = (await postJson(url, { query, variables }, headers)) as { data?: any; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const { rows: [role] } = await su.query(
    `insert into role (company_id, name, template, rights) select $1, 'Accountant', 'accountant', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'accountant' returning id`,
    [companyId],
  );
  await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = 'laura.conti@rossi-assicurazioni.example' on conflict do nothing`, [companyId, role.id]);
  const { loadDemoData } = await import('../src/seeds/demo.seeder.js');
  const login = await post('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: 'laura.conti@rossi-assicurazioni.example', password: loadDemoData().password, bearer: true } }, {});
  const auth = { authorization: `Bearer ${login.login.token}` };
  await post('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: companyId }, auth);
  for (let i = 0; i < 10; i++) {
    const p = (await post(`mutation($input: PaymentInput!) { recordPayment(input: $input) { id } }`, { input: { clientId: gen.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: '10.00' } }, auth)).recordPayment;
    const open = (await post(`query($id: ID!) { clientAccount(clientId: $id) { openItems { receiptId } } }`, { id: gen.clientId }, auth)).clientAccount.openItems;
    await post(`mutation($id: ID!, $a: [AllocationInput!]!) { matchPayment(paymentId: $id, allocations: $a) { id } }`, { id: p.id, a: [{ receiptId: open[i].receiptId, amount: '5.00' }] }, auth);
  }

  const server = (await post(ACCOUNT_QUERY, { id: gen.clientId }, auth)).clientAccount;
  const [hand] = await handAccount(app, companyId, gen.clientId);
  checkSameAccount(server, hand);
  console.log(`account tab: ${server.openItems.length} open receipts, ${server.payments.length} payments, balance ${server.balance}`);

  if (process.env.HOLD) {
    // keep the data for trying statements by hand (psql), then go on
    console.log(`HOLD app ${db.urls.appUrl} superuser ${db.superuserUrl} company ${companyId} client ${gen.clientId}`);
    await new Promise((r) => setTimeout(r, Number(process.env.HOLD) * 1000));
  }
  // the statement the server runs for ACCOUNT_QUERY's fields (placeholders ? → $n)
  let n = 0;
  const fields = {
    top: new Set(['openTotal', 'creditTotal', 'balance', 'openItems', 'payments']),
    openItems: new Set(['receiptId', 'receiptNumber', 'policyNumber', 'insurerName', 'dueDate', 'gross', 'allocated', 'openAmount']),
    payments: new Set(['id', 'paymentDate', 'amount', 'allocated', 'remaining']),
  };
  const serverSql = accountStatement(fields).replace(/\?/g, () => `$${++n}`);
  const serverStatement = () => scoped(app, companyId, serverSql, [companyId, gen.clientId], { prepared: true });
  if (process.env.EXPLAIN !== '0') {
    for (const [name, sql] of [['server statement', serverSql], ['hand-written SQL', HAND_ACCOUNT_SQL]] as const) {
      const plan = await scoped<{ 'QUERY PLAN': string }>(app, companyId, `explain (analyze, buffers, costs off) ${sql}`, [companyId, gen.clientId]);
      console.log(`\n--- plan: ${name}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }

  const job = (count: number) => ({ url, streams: [{ headers: auth, bodies: Array.from({ length: count }, () => ({ label: 'q', body: { query: ACCOUNT_QUERY, variables: { id: gen.clientId } } })) }] });
  const time = async (f: () => Promise<unknown>, count: number) => {
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      await f();
      out.push(performance.now() - t);
    }
    return out;
  };
  await loadgen.run(job(5));
  await time(serverStatement, 5);
  await time(() => handAccount(app, companyId, gen.clientId), 5);
  await time(() => handAccount(app, companyId, gen.clientId, true), 5);
  const s: number[] = [];
  const st: number[] = [];
  const h: number[] = [];
  const hp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const res = await loadgen.run(job(perRound));
    if (res.samples.some((x) => x.failed)) throw new Error('requests failed');
    s.push(...latencies(res));
    st.push(...(await time(serverStatement, perRound)));
    h.push(...(await time(() => handAccount(app, companyId, gen.clientId), perRound)));
    hp.push(...(await time(() => handAccount(app, companyId, gen.clientId, true), perRound)));
  }
  for (const xs of [s, st, h, hp]) xs.sort((a, b) => a - b);
  if (process.env.PROFILE) {
    // where the server's time goes while it answers the query (the load comes from the load generator's process)
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await loadgen.run(job(Number(process.env.PROFILE)));
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number };
    const nodes = profile.nodes as Node[];
    const total = nodes.reduce((sum, x) => sum + x.hitCount, 0);
    const byFunction = new Map<string, number>();
    const byPackage = new Map<string, number>();
    for (const x of nodes) {
      const u = x.callFrame.url;
      const pkg = u.includes('node_modules') ? (/node_modules\/(?:\.pnpm\/)?((?:@[^/]+[/+])?[^/@]+)/.exec(u)?.[1] ?? 'node_modules') : u.includes('/src/') ? `src/${u.split('/src/')[1]}` : u || `(${x.callFrame.functionName})`;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + x.hitCount);
      const f = `${x.callFrame.functionName || '(anonymous)'} ${u.split('/').slice(-2).join('/')}:${x.callFrame.lineNumber + 1}`;
      byFunction.set(f, (byFunction.get(f) ?? 0) + x.hitCount);
    }
    const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    console.log('\nself time by package:\n' + top(byPackage, 20).join('\n'));
    console.log('\nheaviest functions (self):\n' + top(byFunction, 30).join('\n'));
  }
  const p = (xs: number[]) => percentile(xs, 50);
  console.log(`\n## Account tab (${server.openItems.length} open receipts, ${server.payments.length} payments), ${rounds} rounds × ${perRound}`);
  console.log(`server p50 ${fmt(p(s))} ms (p95 ${fmt(percentile(s, 95))}), server's statement alone (prepared, as the server sends it) p50 ${fmt(p(st))} ms, hand-written SQL p50 ${fmt(p(h))} ms, prepared ${fmt(p(hp))} ms`);
  console.log(`ratio server / hand-written SQL (p50): ${fmt(p(s) / p(h))}×, prepared ${fmt(p(s) / p(hp))}×; server's statement / hand-written SQL prepared: ${fmt(p(st) / p(hp))}×`);
} finally {
  await stop();
}
process.exit(0);
