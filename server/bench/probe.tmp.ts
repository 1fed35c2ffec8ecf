import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { provisionDatabase, grantAppRole } from '../src/db/provision.js';
import { migrate } from '../src/db/orm.js';
import { migrateQueue } from '../src/modules/mail/mail.worker.js';
import { fmt, load, percentile } from './lib.js';
import { postJson } from './http-client.js';
import { startPostGraphile, POSTGRAPHILE_LIST_QUERY } from './postgraphile.js';

const demo = loadDemoData();
const pgh = await startEmbeddedPostgres('/tmp/benchpg/pg', 5599);
const urls = await provisionDatabase(pgh.superuserUrl, 'bench', 'agency_app_dev');
await migrate(urls.ownerUrl);
await migrateQueue(urls.ownerUrl);
await grantAppRole(urls.ownerUrl, urls.appUrl);
const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')), LOGIN_RATE_LIMIT: '100000' });
const platform = await startPlatform(config, { urls, sender: { send: async () => undefined }, log: () => undefined, worker: false });
const su = new pg.Client({ connectionString: pgh.superuserUrl.replace(/\/postgres$/, '/bench') });
await su.connect();
const { rows: [gen01] } = await su.query(`select id from company where code = 'GEN01'`);
const url = `${platform.url}/graphql`;
const post = async (body: object, headers: Record<string, string> = {}) => {
  const json = (await postJson(url, body, headers)) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
};
const login = await post({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: demo.password, bearer: true } } });
const auth = { authorization: `Bearer ${login.login.token}` };
await post({ query: 'mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', variables: { id: gen01.id } }, auth);
const listQuery = `query($o: Int!) { clients(first: 50, offset: $o) { total items { id kind status displayName taxCode preferredEmail preferredPhone residence { line1 postalCode city } } } }`;
const pgl = await startPostGraphile(urls.appUrl, gen01.id);
const RUNS = Number(process.env.RUNS ?? 200);
const offsets = Array.from({ length: RUNS }, (_, i) => (i * 37) % 2000);
const S: number[] = [], P: number[] = [], T: number[] = [];
for (let k = 0; k < 10; k++) { await post({ query: listQuery, variables: { o: k } }, auth); await postJson(pgl.url, { query: POSTGRAPHILE_LIST_QUERY, variables: { o: k } }); }
if (process.env.ONLY_SERVER) { let i = 0; const r = await load(RUNS, 1, async () => void (await post({ query: listQuery, variables: { o: offsets[i++ % RUNS] } }, auth))); console.log('server only', fmt(percentile(r.latencies, 50))); process.exit(0); }
for (let round = 0; round < 6; round++) {
  let i = 0;
  S.push(...(await load(RUNS / 4, 1, async () => void (await post({ query: listQuery, variables: { o: offsets[i++ % RUNS] } }, auth)))).latencies);
  i = 0;
  P.push(...(await load(RUNS / 4, 1, async () => void (await postJson(pgl.url, { query: POSTGRAPHILE_LIST_QUERY, variables: { o: offsets[i++ % RUNS] } })))).latencies);
  T.push(...(await load(RUNS / 4, 1, async () => void (await post({ query: '{ __typename }' }, auth)))).latencies);
}
for (const l of [S, P, T]) l.sort((a, b) => a - b);
console.log('server', fmt(percentile(S, 50)), 'postgraphile', fmt(percentile(P, 50)), 'ratio', fmt(percentile(S, 50) / percentile(P, 50)), 'typename', fmt(percentile(T, 50)));
await pgl.stop();
await su.end();
await platform.stop();
await pgh.stop();
process.exit(0);
