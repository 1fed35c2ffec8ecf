import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
