import { createHash } from 'node:crypto';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { freePort, startEmbeddedPostgres, type EmbeddedHandle } from '../src/db/embedded.js';

export { freePort };
import { provisionDatabase, grantAppRole, type DatabaseUrls } from '../src/db/provision.js';
import { migrate } from '../src/db/orm.js';
import { migrateQueue } from '../src/modules/mail/mail.worker.js';


/** A throw-away embedded PostgreSQL with the platform's schema, for one benchmark run. */
export async function benchDatabase(): Promise<{ urls: DatabaseUrls; superuserUrl: string; dir: string; pg: EmbeddedHandle; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'agency-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
  const urls = await provisionDatabase(pg.superuserUrl, 'bench', 'agency_app_dev');
  await migrate(urls.ownerUrl);
  await migrateQueue(urls.ownerUrl);
  await grantAppRole(urls.ownerUrl, urls.appUrl);
  const superuserUrl = pg.superuserUrl.replace(/\/postgres$/, '/bench');
  return {
    urls,
    superuserUrl,
    dir,
    pg,
    async stop() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

/**
 * Work of the run-time role in the company's scope, as the server's own requests run: a transaction of
 * `app` with `app.company_id` set, so row-level security applies; committed, or rolled back on error.
 * Every section's hand-written SQL is timed through this (begin, scope, statements, commit).
 */
export async function inCompanyScope<T>(app: pg.Client, companyId: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  await app.query('begin');
  try {
    await app.query(`select set_config('app.company_id', $1, true)`, [companyId]);
    const result = await work(app);
    await app.query('commit');
    return result;
  } catch (error) {
    await app.query('rollback');
    throw error;
  }
}

/**
 * One statement in the company's scope (`inCompanyScope`): its rows. `prepared`: sent as a named
 * prepared statement (parsed and planned once per connection, as the server sends its list
 * statements: src/db/prepared.ts), not planned anew each time.
 */
export async function scoped<T extends pg.QueryResultRow>(app: pg.Client, companyId: string, sql: string, params: unknown[] = [], options: { prepared?: boolean } = {}): Promise<T[]> {
  const query = options.prepared ? { name: `hand_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text: sql, values: params } : { text: sql, values: params };
  return inCompanyScope(app, companyId, async (c) => (await c.query<T>(query)).rows);
}
