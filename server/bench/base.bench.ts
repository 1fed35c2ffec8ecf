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
import { benchDatabase, fmt, load, percentile } from './lib.js';
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

    // 1. Sign-in throughput (password only; argon2id m=19 MiB, t=2, p=1).
    await post(loginBody('marco.bianchi@rossi-assicurazioni.example'));
    const logins1 = await load(20, 1, async () => void (await post(loginBody('marco.bianchi@rossi-assicurazioni.example'))));
    const logins4 = await load(40, 4, async () => void (await post(loginBody('marco.bianchi@rossi-assicurazioni.example'))));
    lines.push('## Sign-in (argon2id m=19 MiB, t=2, p=1)', '', '| clients | sign-ins | per second | p50 ms | p99 ms |', '|---|---|---|---|---|');
    for (const [c, r] of [[1, logins1], [4, logins4]] as const) {
      lines.push(`| ${c} | ${r.latencies.length} | ${fmt((r.latencies.length / r.wallMs) * 1000, 1)} | ${fmt(percentile(r.latencies, 50), 1)} | ${fmt(percentile(r.latencies, 99), 1)} |`);
    }

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

    lines.push('', '## Queries: whole server vs hand-written SQL (same run, one client, 200 sequential requests after 50 warm-up)', '', '| query | server p50 ms | SQL p50 ms | ratio | server p99 ms |', '|---|---|---|---|---|');
    for (const [name, body, hand] of [['me', meQuery, handMe], ['users (204 rows)', usersQuery, handUsers]] as const) {
      await load(50, 1, async () => void (await post(body, auth)));
      await load(50, 1, hand);
      const server = await load(200, 1, async () => void (await post(body, auth)));
      const sql = await load(200, 1, hand);
      const sp50 = percentile(server.latencies, 50);
      const qp50 = percentile(sql.latencies, 50);
      lines.push(`| ${name} | ${fmt(sp50)} | ${fmt(qp50)} | ${fmt(sp50 / qp50, 1)}× | ${fmt(percentile(server.latencies, 99))} |`);
    }
    lines.push('', '## 10 concurrent clients (1,000 requests of `me`, 300 of `users`)', '', '| query | req/s | p50 ms | p99 ms |', '|---|---|---|---|');
    for (const [name, body, n] of [['me', meQuery, 1000], ['users (204 rows)', usersQuery, 300]] as const) {
      const r = await load(n, 10, async () => void (await post(body, auth)));
      lines.push(`| ${name} | ${fmt((r.latencies.length / r.wallMs) * 1000, 0)} | ${fmt(percentile(r.latencies, 50))} | ${fmt(percentile(r.latencies, 99))} |`);
    }
    await app.end();
  } finally {
    await su.end();
    await platform.stop();
    await db.stop();
  }
  return lines.join('\n');
}
