import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import { buildBareSchema, printAppSchema } from '../core/schema.js';

/** Writes server/schema.graphql; with --check, fails when the committed file is stale. */
const file = path.join(ROOT_DIR, 'server', 'schema.graphql');
const printed = printAppSchema(await buildBareSchema());
if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== printed) {
    console.error('server/schema.graphql is stale: run `pnpm schema` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is current');
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
