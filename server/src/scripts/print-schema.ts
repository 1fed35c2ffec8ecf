import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { ROOT_DIR } from '../config.js';
import { buildBareSchema, printAppSchema } from '../core/schema.js';
import { buildBarePortalSchema } from '../modules/portal/portal-schema.js';

/**
 * Writes server/schema.graphql (staff) — with --portal server/portal-schema.graphql (the client
 * portal's own schema); with --check, fails when either committed file is stale.
 */
const SCHEMAS: Array<{ file: string; build: () => Promise<GraphQLSchema>; command: string }> = [
  { file: path.join(ROOT_DIR, 'server', 'schema.graphql'), build: buildBareSchema, command: 'pnpm schema' },
  { file: path.join(ROOT_DIR, 'server', 'portal-schema.graphql'), build: buildBarePortalSchema, command: 'pnpm portal-schema' },
];

if (process.argv.includes('--check')) {
  for (const s of SCHEMAS) {
    const printed = printAppSchema(await s.build());
    const committed = readFileSync(s.file, 'utf8');
    if (committed !== printed) {
      console.error(`server/${path.basename(s.file)} is stale: run \`${s.command}\` and commit it.`);
      process.exit(1);
    }
    console.log(`${path.basename(s.file)} is current`);
  }
} else {
  const s = SCHEMAS[process.argv.includes('--portal') ? 1 : 0];
  writeFileSync(s.file, printAppSchema(await s.build()));
  console.log(`wrote ${s.file}`);
}
