#!/usr/bin/env node
// Fails when web/src/gql is stale: regenerates from codegen.yml (the committed server/schema.graphql and
// the documents in web/src) into a temporary directory and compares file by file. Needs no git.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const committedDir = path.join(root, 'web', 'src', 'gql');
process.chdir(root);

const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
// The preset is resolved here, from web's dependencies, not from the repository root.
// Each schema file is read here, once, by absolute path, and handed to codegen as its text: codegen's
// file loader turns a file it cannot reach into "Unable to find any GraphQL type definitions" with no
// reason; a missing or unreadable file now fails here with the file's path and the system's error.
function schemaText(pointer) {
  const file = path.resolve(root, pointer);
  try {
    const text = readFileSync(file, 'utf8');
    if (!text.trim()) throw new Error('the file is empty');
    return text;
  } catch (e) {
    console.error(`codegen check: cannot read the schema ${file}: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
const generates = Object.fromEntries(
  Object.entries(config.generates).map(([out, target]) => [
    out,
    { ...target, schema: schemaText(target.schema), ...(target.preset === 'client' ? { preset: clientPreset } : {}) },
  ]),
);
const outputs = await generate({ ...config, generates, silent: true, verbose: false }, false);

const tmp = mkdtempSync(path.join(tmpdir(), 'agency-codegen-'));
const generated = new Map();
for (const out of outputs) {
  const rel = path.relative(committedDir, path.resolve(root, out.filename));
  generated.set(rel, out.content);
  const target = path.join(tmp, rel);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, out.content);
}

const problems = [];
const committed = existsSync(committedDir) ? readdirSync(committedDir, { recursive: true }).filter((f) => statSync(path.join(committedDir, String(f))).isFile()) : [];
for (const [rel, content] of generated) {
  const file = path.join(committedDir, rel);
  if (!existsSync(file)) problems.push(`missing: web/src/gql/${rel}`);
  else if (readFileSync(file, 'utf8') !== content) problems.push(`stale: web/src/gql/${rel}`);
}
for (const rel of committed.map(String)) {
  if (!generated.has(rel) && !existsSync(path.join(tmp, rel))) problems.push(`extra: web/src/gql/${rel}`);
}
rmSync(tmp, { recursive: true, force: true });

if (problems.length) {
  console.error(`Generated GraphQL types are out of date:\n  ${problems.join('\n  ')}\nRun \`pnpm codegen\` and commit web/src/gql.`);
  process.exit(1);
}
console.log(`codegen: web/src/gql is up to date (${generated.size} files).`);
