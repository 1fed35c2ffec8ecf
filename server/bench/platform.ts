import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startPlatform, type Platform } from '../src/platform.js';
import { benchDatabase } from './lib.js';
import { LoadGenerator } from './loadgen.js';

export interface BenchPlatform {
  db: Awaited<ReturnType<typeof benchDatabase>>;
  platform: Platform;
  /** The staff GraphQL endpoint. */
  url: string;
  /** A superuser connection (data generation, statistics) and one as the run-time role (hand-written SQL under RLS). */
  su: pg.Client;
  app: pg.Client;
  /** The load generator: its own OS process. */
  loadgen: LoadGenerator;
  stop(): Promise<void>;
}

/**
 * What every benchmark starts with: a throw-away database, the platform on it in production mode
 * (mail swallowed, sign-in limits lifted; no worker unless asked), a superuser and a run-time-role
 * connection, and the load-generator process. `stop()` ends them in reverse order.
 */
export async function startBenchPlatform(options: { worker?: boolean } = {}): Promise<BenchPlatform> {
  const db = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')), LOGIN_RATE_LIMIT: '100000' });
  const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined, worker: options.worker ?? false });
  const su = new pg.Client({ connectionString: db.superuserUrl });
  const app = new pg.Client({ connectionString: db.urls.appUrl });
  await su.connect();
  await app.connect();
  const loadgen = await LoadGenerator.start();
  return {
    db,
    platform,
    url: `${platform.url}/graphql`,
    su,
    app,
    loadgen,
    async stop() {
      await loadgen.stop();
      await app.end();
      await su.end();
      await platform.stop();
      await db.stop();
    },
  };
}
