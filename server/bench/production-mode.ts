/**
 * A benchmark measures the server as it runs deployed: with NODE_ENV=production in its process, which
 * libraries read when they load — graphql-js then checks a type with a plain `instanceof` instead of
 * its development check across copies of itself (per field of every row), Express skips its
 * development work. The platform's own configuration already took `NODE_ENV: 'production'` (bench/
 * platform.ts); this sets the process to match. Imported first by every benchmark's entry, before
 * anything loads graphql. Left alone when set (vitest's workers run with NODE_ENV=test).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};
