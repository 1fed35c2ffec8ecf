import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { authenticator } from 'otplib';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import { benchDatabase, percentile } from './lib.js';
import { LoadGenerator, latencies } from './loadgen.js';
import { postJson } from './http-client.js';

/**
 * Where a request's time goes inside the server: a CPU profile of the server process (the load comes
 * from the load-generator's own process, so the profile holds only the server's work) while it answers
 * `me` (or the query given as PROFILE_QUERY, with PROFILE_VARIABLES as JSON) on one keep-alive connection; prints self time by package
 * and the heaviest functions, and the statements PostgreSQL ran per request.
 *
 *   tsx --conditions=development bench/profile-request.ts [requests=3000]
 *
 * NO_PROFILE=1 times the requests without the profiler (for before/after runs).
 */
const requests = Number(process.argv[2] ?? 3000);
const demo = loadDemoData();
const db = await benchDatabase();
const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-profile-')), LOGIN_RATE_LIMIT: '100000' });
const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined });
const url = `${platform.url}/graphql`;
const post = async (body: object, headers: Record<string, string> = {}) => {
  const json = (await postJson(url, body, headers)) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
};
const first = await post({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'giulia.rossi@rossi-assicurazioni.example', password: demo.password, bearer: true } } });
const second = await post({ query: 'mutation($c: String!) { verifySecondFactor(code: $c) { token } }', variables: { c: authenticator.generate(demo.totpSecret) } }, { authorization: `Bearer ${first.login.token}` });
const headers = { authorization: `Bearer ${second.verifySecondFactor.token}` };
const body = { query: process.env.PROFILE_QUERY ?? '{ me { user { id email displayName locale } company { id code name } rights roleName companies { company { id code name } roleName } } }', variables: JSON.parse(process.env.PROFILE_VARIABLES ?? '{}') };

const loadgen = await LoadGenerator.start();
const job = (n: number) => ({ url, streams: [{ headers, bodies: Array.from({ length: n }, () => ({ label: 'x', body })) }] });
await loadgen.run(job(300));

const su = new pg.Client({ connectionString: db.superuserUrl });
await su.connect();
const calls = async () => Number((await su.query(`select sum(xact_commit + xact_rollback) as x from pg_stat_database where datname = 'bench'`)).rows[0].x);
const x0 = await calls();
const probe = await loadgen.run(job(200));
await new Promise((r) => setTimeout(r, 600)); // the statistics collector's flush
const x1 = await calls();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
if (!process.env.NO_PROFILE) await session.post('Profiler.start');
const t0 = performance.now();
const r = await loadgen.run(job(requests));
const wall = performance.now() - t0;
const { profile } = process.env.NO_PROFILE ? { profile: { nodes: [] } } : await session.post('Profiler.stop');
session.disconnect();
const l = latencies(r);

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number };
const nodes = profile.nodes as Node[];
const total = nodes.reduce((s, n) => s + n.hitCount, 0);
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const n of nodes) {
  const u = n.callFrame.url;
  const pkg = u.includes('node_modules') ? (/node_modules\/(?:\.pnpm\/)?((?:@[^/]+[/+])?[^/@]+)/.exec(u)?.[1] ?? 'node_modules') : u.includes('/src/') ? `src/${u.split('/src/')[1].split('/').slice(0, 2).join('/')}` : u.startsWith('node:') ? u : n.callFrame.functionName ? `(${n.callFrame.functionName})` : '(other)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n.hitCount);
  const f = `${n.callFrame.functionName || '(anonymous)'} ${u.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  byFunction.set(f, (byFunction.get(f) ?? 0) + n.hitCount);
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
console.log(`${requests} requests on one connection in ${wall.toFixed(0)} ms: p50 ${percentile(l, 50).toFixed(2)} ms, p95 ${percentile(l, 95).toFixed(2)} ms`);
console.log(`transactions per request: ${((x1 - x0) / probe.samples.length).toFixed(2)}`);
console.log('\nself time by package:\n' + top(byPackage, 25).join('\n'));
console.log('\nheaviest functions (self):\n' + top(byFunction, 40).join('\n'));
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
await su.end();
await loadgen.stop();
await platform.stop();
await db.stop();
