import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

// The platform under test is the server's own code, started as its tests start it.
const serverRequire = createRequire(new URL('../server/package.json', import.meta.url));

/**
 * Browser tests: the built web app (web/dist) served by the real platform, driven in Debian's
 * Chromium with playwright-core. One embedded PostgreSQL per run (the server's global setup), a
 * fresh database and platform per test file. Files run one after another: each has a browser.
 */
export default defineConfig({
  resolve: {
    conditions: ['development'],
    // graphql 16 ships CJS and ESM copies; one resolved path avoids "another module or realm".
    alias: [{ find: /^graphql$/, replacement: serverRequire.resolve('graphql') }],
  },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['./e2e/support/global-setup.ts', '../server/test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
