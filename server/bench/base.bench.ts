import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { authenticator } from 'otplib';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { hashPassword } from '../src/modules/base/auth/password.js';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import { benchDatabase, percentile } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { LoadGenerator, latencies } from './loadgen.js';
import { postJson } from './http-client.js';

/**
 * Base module benchmark: sign-in throughput at the chosen argon2 cost; `me` and the users list
 * through the whole server (HTTP + GraphQL + shield + ORM + RLS) against the same data read by
 * hand-written SQL on one connection, in the same run (ratios); p50/p99 at 10 concurrent clients.
 */
export async function benchBase(): Promise<string> {
  const demo = loadDemoData();
  const db = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')), LOGIN_RATE_LIMIT: '100000' });
  const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined });
  const su = new pg.Client({ connectionString: db.superuserUrl });
  await su.connect();
  const url = `${platform.url}/graphql`;
  const lines: string[] = [];
  try {
    // 200 more users in ROSSI, so the users list is a real page.
    const { rows: [rossi] } = await su.query(`select c.id, r.id as role_id from company c join role r on r.company_id = c.id and r.template = 'agent' where c.code = 'ROSSI'`);
    const hash = await hashPassword(demo.password);
    await su.query(
      `with u as (insert into app_user (email, display_name, password_hash) select 'bench' || g || '@rossi.example', 'Bench User ' || g, $1 from generate_series(1, 200) g returning id)
       insert into membership (company_id, user_id, role_id) select $2, u.id, $3 from u`,
      [hash, rossi.id, rossi.role_id],
    );

    const post = async (body: object, headers: Record<string, string> = {}) => {
      const json = (await postJson(url, body, headers)) as { data?: any; errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const loginBody = (email: string) => ({ query: 'mutation($i: LoginInput!) { login(input: $i) { status token } }', variables: { i: { email, password: demo.password, bearer: true } } });

    await post(loginBody('marco.bianchi@rossi-assicurazioni.example'));
    const loadgen = await LoadGenerator.start();
    const figures = new Figures();
    // `each` requests on each of `connections` keep-alive connections of the load-generator process
    const job = (body: object, connections: number, each: number, headers: Record<string, string> = {}) => ({
      url,
      streams: Array.from({ length: connections }, () => ({ headers, bodies: Array.from({ length: each }, () => ({ label: 'x', body })) })),
    });
    const timed = async (j: ReturnType<typeof job>) => {
      const r = await loadgen.run(j);
      const failed = r.samples.filter((x) => x.failed).length;
      if (failed) throw new Error(`${failed} requests failed`);
      const l = latencies(r);
      return { l, perSecond: (l.length / r.wallMs) * 1000 };
    };
    try {
      // 2. An administrator's bearer token (password + TOTP).
      const first = await post(loginBody('giulia.rossi@rossi-assicurazioni.example'));
      const second = await post({ query: 'mutation($c: String!) { verifySecondFactor(code: $c) { token } }', variables: { c: authenticator.generate(demo.totpSecret) } }, { authorization: `Bearer ${first.login.token}` });
      const auth = { authorization: `Bearer ${second.verifySecondFactor.token}` };
      const token: string = second.verifySecondFactor.token;

      const meQuery = { query: '{ me { user { id email displayName locale } company { id code name } rights roleName companies { company { id code name } roleName } } }' };
      const usersQuery = { query: '{ users { id active createdAt user { id email displayName lastLoginAt totpEnabled } role { id name } } }' };

      // Hand-written SQL for the same data, as the run-time role under RLS, one connection.
      const app = new pg.Client({ connectionString: db.urls.appUrl });
      await app.connect();
      const { createHash } = await import('node:crypto');
      const tokenHash = createHash('sha256').update(token).digest('hex');
      const handMe = async () => {
        await app.query('begin');
        const { rows: [s] } = await app.query(
          `select s.*, u.email, u.display_name, u.locale, u.is_operator from user_session s join app_user u on u.id = s.user_id where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
          [tokenHash],
        );
        await app.query(`select set_config('app.company_id', $1, true), set_config('app.user_id', $2, true)`, [s.active_company_id, s.user_id]);
        await app.query(`select r.rights, r.name from membership m join role r on r.id = m.role_id and r.company_id = m.company_id where m.user_id = $1 and m.active`, [s.user_id]);
        await app.query(`select c.id, c.code, c.name, r.name as role_name from membership m join company c on c.id = m.company_id join role r on r.id = m.role_id where m.user_id = $1 and m.active order by m.created_at`, [s.user_id]);
        await app.query('commit');
      };
      const handUsers = async () => {
        await app.query('begin');
        const { rows: [s] } = await app.query(`select user_id, active_company_id from user_session where token_hash = $1 and revoked_at is null and expires_at > now()`, [tokenHash]);
        await app.query(`select set_config('app.company_id', $1, true), set_config('app.user_id', $2, true)`, [s.active_company_id, s.user_id]);
        await app.query(
          `select m.id, m.active, m.created_at, u.id as user_id, u.email, u.display_name, u.last_login_at, u.totp_enabled, r.id as role_id, r.name
             from membership m join app_user u on u.id = m.user_id join role r on r.company_id = m.company_id and r.id = m.role_id order by m.created_at`,
        );
        await app.query('commit');
      };

      // 1. Sign-in throughput (password only; argon2id m=19 MiB, t=2, p=1), 2. server vs SQL, 3. 10 concurrent clients
      await timed(job(meQuery, 1, 50, auth));
      await timed(job(usersQuery, 1, 50, auth));
      for (let i = 0; i < 50; i++) await handMe();
      for (let i = 0; i < 50; i++) await handUsers();
      for (let run = 0; run < REPEATS; run++) {
        for (const c of [1, 4]) {
          const r = await timed(job(loginBody('marco.bianchi@rossi-assicurazioni.example'), c, 20));
          figures.record(run, { name: `sign-in, ${c} connection${c > 1 ? 's' : ''}: per second`, better: 'higher', digits: 1 }, r.perSecond);
          figures.record(run, { name: `sign-in, ${c} connection${c > 1 ? 's' : ''}: p50 ms`, better: 'lower', digits: 1 }, percentile(r.l, 50));
        }
        for (const [name, body, hand] of [['me', meQuery, handMe], ['users (204 rows)', usersQuery, handUsers]] as const) {
          const server = await timed(job(body, 1, 200, auth));
          const sql: number[] = [];
          for (let i = 0; i < 200; i++) {
            const t0 = performance.now();
            await hand();
            sql.push(performance.now() - t0);
          }
          sql.sort((a, b) => a - b);
          figures.record(run, { name: `${name}: server p50 ms`, better: 'lower' }, percentile(server.l, 50));
          figures.record(run, { name: `${name}: server p99 ms`, better: 'lower' }, percentile(server.l, 99));
          figures.record(run, { name: `${name}: hand-written SQL p50 ms`, better: 'lower' }, percentile(sql, 50));
          figures.record(run, { name: `${name}: **server / SQL (p50)**`, better: 'lower', digits: 1 }, percentile(server.l, 50) / percentile(sql, 50));
        }
        for (const [name, body, n] of [['me', meQuery, 100], ['users (204 rows)', usersQuery, 30]] as const) {
          const r = await timed(job(body, 10, n, auth));
          figures.record(run, { name: `10 connections, ${name}: per second`, better: 'higher', digits: 0 }, r.perSecond);
          figures.record(run, { name: `10 connections, ${name}: p50 ms`, better: 'lower' }, percentile(r.l, 50));
          figures.record(run, { name: `10 connections, ${name}: p99 ms`, better: 'lower' }, percentile(r.l, 99));
        }
      }
      lines.push(
        '## Sign-in (argon2id m=19 MiB, t=2, p=1), `me` and the users page: server vs hand-written SQL, 10 concurrent connections',
        '',
        'HTTP timed by the load-generator process (autocannon); sign-in 20 per connection; server vs SQL 200 sequential requests each after 50 warm-up; 10 connections × 100 `me` / × 30 `users`.',
        '',
        ...figures.table(),
        '',
      );
      await app.end();
    } finally {
      await loadgen.stop();
    }
  } finally {
    await su.end();
    await platform.stop();
    await db.stop();
  }
  return lines.join('\n');
}
