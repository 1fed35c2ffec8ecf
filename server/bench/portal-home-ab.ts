import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { sha256 } from '../src/core/crypto.js';
import { PORTAL_SCOPE_SQL } from '../src/modules/portal/portal-scope.sql.js';
import { benchDatabase, fmt, percentile } from './lib.js';
import { LoadGenerator, latencies } from './loadgen.js';
import { HAND_SQL, setUpPortalGrant } from './portal.bench.js';

/**
 * Where the portal home's time goes (issue #12 "Speed", a development tool, not part of `pnpm bench`):
 * in one run, in alternating rounds on the same data, times
 *   - the server's home over HTTP (load-generator process),
 *   - the hand-written SQL (four reads over one pg connection),
 *   - the statements the server's request ran BEFORE the change (as the app role, in a transaction:
 *     open the portal request, set the scope again, four reads each resolving the grants),
 *   - the statements it runs AFTER (open the portal request, the home in one call, app_portal_home),
 * and prints p50s and their ratios. `tsx --conditions=development bench/portal-home-ab.ts [rounds=5] [perRound=40]`
 */
const PORTAL_HOME_SQL = 'select app_portal_home(?, ?) as home';
const rounds = Number(process.argv[2] ?? 5);
const perRound = Number(process.argv[3] ?? 40);
const HOME = '{ portalHome { clients { id displayName prospect } contracts { id number status clientName lineName insurerName coverEnd premiumGross } openClaims { id lossDate status policyNumber } pendingForms { clientId formId formCode } } }';

const OLD_READS = [
  `with ${PORTAL_SCOPE_SQL} select c.id, c.kind, c.display_name, c.status from my_clients m join client c on c.id = m.client_id, me where c.company_id = me.company_id and c.erased_at is null order by c.display_name, c.id`,
  `with ${PORTAL_SCOPE_SQL}
  select p.id, p.number, p.status, p.client_id, cl.display_name as client_name, l.code as line_code, l.name as line_name,
         i.name as insurer_name, p.cover_start::text as cover_start, p.cover_end::text as cover_end, v.commercial,
         case when v.commercial then p.premium_gross::text end as premium_gross,
         case when v.commercial then p.payment_frequency end as payment_frequency
    from (select policy_id, bool_or(commercial_view) as commercial from shared group by policy_id) v
    join policy p on p.id = v.policy_id
    join client cl on cl.company_id = p.company_id and cl.id = p.client_id
    join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
    join insurer i on i.company_id = p.company_id and i.id = p.insurer_id order by p.cover_end desc, p.number`,
  `with ${PORTAL_SCOPE_SQL}
  select c.id, c.client_id, p.number as policy_number, c.status, c.loss_date::text as loss_date, c.loss_place, c.description, c.reported_at
    from claim_view v join claim c on c.id = v.claim_id left join policy p on p.company_id = c.company_id and p.id = c.policy_id
   where c.status in ('reported', 'in_review') order by c.reported_at desc`,
  `with ${PORTAL_SCOPE_SQL}
   select p.client_id, p.form_id, f.code as form_code, f.kind as form_kind, p.answered_version, p.current_version
     from consent_pending p join my_clients m on m.client_id = p.client_id
     join consent_form f on f.company_id = p.company_id and f.id = p.form_id, me
    where p.company_id = me.company_id order by f.code, p.client_id`,
];
// the ORM's `?` placeholders as pg's numbered ones
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const db = await benchDatabase();
const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-ab-')), LOGIN_RATE_LIMIT: '100000' });
const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined, worker: false });
const su = new pg.Client({ connectionString: db.superuserUrl });
await su.connect();
const app = new pg.Client({ connectionString: db.urls.appUrl });
await app.connect();
const loadgen = await LoadGenerator.start();
const s = await setUpPortalGrant(platform.url, su);
const hash = sha256(s.token);
const { rows: [user] } = await su.query(`select portal_user_id from portal_session where token_hash = $1`, [hash]);

async function serverPath(reads: string[], scopeAgain: boolean): Promise<number> {
  const t0 = performance.now();
  await app.query('begin');
  await app.query(`select app_open_portal_request($1, make_interval(secs => 60)) as r`, [hash]);
  if (scopeAgain) await app.query(`select set_config('app.company_id', $1, true), set_config('app.user_id', '', true), set_config('app.is_operator', '', true)`, [s.companyId]);
  for (const sql of reads) await app.query(numbered(sql), [s.companyId, user.portal_user_id]);
  await app.query('commit');
  return performance.now() - t0;
}

if (process.env.EXPLAIN) {
  // the plan of each statement, as the app role inside an opened portal request
  for (const [name, sql] of [['open', ''], ['home', PORTAL_HOME_SQL], ...HAND_SQL.map((h, i) => [`hand ${i + 1}`, h])]) {
    await app.query('begin');
    const t0 = performance.now();
    await app.query(`select app_open_portal_request($1, make_interval(secs => 60)) as r`, [hash]);
    const opened = performance.now() - t0;
    if (name === 'open') console.log(`open: ${fmt(opened)} ms`);
    else {
      const params = name === 'home' ? [s.companyId, user.portal_user_id] : [s.companyId, s.clientIds];
      await app.query(numbered(sql), params);
      const { rows } = await app.query(`explain (analyze, buffers) ${numbered(sql)}`, params);
      console.log(`---- ${name}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    await app.query('rollback');
  }
}
if (process.env.KINDS) {
  // the other pages of the sessions' mix, one after the other on one connection: p50/p95 each
  const other = { threads: '{ portalThreads { id subject messages { author body } } }', quotes: '{ portalQuoteRequests { id status } }', home: HOME };
  for (const [label, query] of Object.entries(other)) {
    const ms = latencies(await loadgen.run({ url: s.portalUrl, streams: [{ headers: { authorization: `Bearer ${s.token}` }, bodies: Array.from({ length: 60 }, () => ({ label, body: { query } })) }] }), label);
    console.log(`${label.padEnd(8)} alone p50 ${fmt(percentile(ms, 50))} ms  p95 ${fmt(percentile(ms, 95))} ms`);
  }
}
const times = { server: [] as number[], hand: [] as number[], before: [] as number[], after: [] as number[] };
const homeJob = (n: number) => ({ url: s.portalUrl, streams: [{ headers: { authorization: `Bearer ${s.token}` }, bodies: Array.from({ length: n }, () => ({ label: 'home', body: { query: HOME } })) }] });
await loadgen.run(homeJob(20));
const load0 = loadavg()[0];
for (let r = 0; r < rounds; r++) {
  times.server.push(...latencies(await loadgen.run(homeJob(perRound)), 'home'));
  for (let i = 0; i < perRound; i++) {
    let t0 = performance.now();
    for (const sql of HAND_SQL) await su.query(sql, [s.companyId, s.clientIds]);
    times.hand.push(performance.now() - t0);
    times.before.push(await serverPath(OLD_READS, true));
    times.after.push(await serverPath([PORTAL_HOME_SQL], false));
    t0 = performance.now();
  }
}
const p50 = (a: number[]) => percentile([...a].sort((x, y) => x - y), 50);
const p95 = (a: number[]) => percentile([...a].sort((x, y) => x - y), 95);
console.log(`grant over ${s.clientIds.length} clients, ${s.contracts} contracts (${s.shared} shared); ${rounds} rounds × ${perRound}; load average ${fmt(load0, 1)} → ${fmt(loadavg()[0], 1)}`);
for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(8)} p50 ${fmt(p50(v)).padStart(8)} ms  p95 ${fmt(p95(v)).padStart(8)} ms`);
console.log(`server / hand SQL (p50): ${fmt(p50(times.server) / p50(times.hand))}×`);
console.log(`server's statements after / before (p50): ${fmt(p50(times.after) / p50(times.before))}×`);
console.log(`server's statements after / hand SQL (p50): ${fmt(p50(times.after) / p50(times.hand))}×; before / hand SQL: ${fmt(p50(times.before) / p50(times.hand))}×`);
await loadgen.stop();
await app.end();
await su.end();
await platform.stop();
await db.stop();
process.exit(0);
