import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchBase } from './base.bench.js';
import { benchClients } from './clients.bench.js';

/** `pnpm bench`: runs every module's benchmark and writes bench/results/latest.md (clients: CLIENTS, COMPANIES, RUNS, SESSIONS, SECONDS override the defaults). */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
const header = [
  '# Benchmark results',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Shared, noisy machine: compare ratios within this run, not absolute times.`,
  '',
];
const sections = ['# Base module', '', await benchBase(), '', '# Clients module', '', await benchClients()];
const out = [...header, ...sections].join('\n') + '\n';
writeFileSync(path.join(dir, 'latest.md'), out);
console.log(out);
process.exit(0);
