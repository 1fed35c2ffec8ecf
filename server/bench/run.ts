import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { benchBase } from './base.bench.js';
import { benchClients } from './clients.bench.js';
import { benchProducts } from './products.bench.js';
import { benchConsents } from './consents.bench.js';
import { benchMoney } from './money.bench.js';
import { benchSepa } from './sepa.bench.js';
import { benchRiba } from './riba.bench.js';
import { benchStatements } from './statements.bench.js';
import { benchPortal } from './portal.bench.js';
import { REPEATS } from './figures.js';

const autocannonVersion = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;

/**
 * `pnpm bench`: runs every module's benchmark and writes bench/results/latest.md. The HTTP load comes
 * from a separate process (loadgen.ts, autocannon); every figure is measured BENCH_REPEATS (3) times
 * and reported with its median and its worst. Clients: BENCH_CLIENTS (1,000,000), COMPANIES, RUNS,
 * SEARCHES, SESSIONS, SECONDS override the defaults (a reduced run: BENCH_CLIENTS=100000 SECONDS=20).
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
const header = [
  '# Benchmark results',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Shared, noisy machine: compare ratios within this run, not absolute times.`,
  '',
  `Method: the server runs alone in the benchmark's process; every HTTP request is sent and timed by a separate load-generator process (autocannon ${autocannonVersion}, keep-alive connections). Every figure is measured ${REPEATS} times: the tables give each run, the **median** and the worst of the ${REPEATS} (highest latency or ratio, lowest throughput). Clients: ${Number(process.env.BENCH_CLIENTS ?? process.env.CLIENTS ?? 1_000_000).toLocaleString('en')}.`,
  '',
];
const base = await benchBase();
const { clients, policies, after: [consents, money] } = await benchClients(true, [benchConsents, benchMoney]);
const products = await benchProducts();
const sepa = await benchSepa();
const riba = await benchRiba();
const sections = ['# Base module', '', base, '', '# Clients module', '', clients, '', '# Policies, vehicles and claims', '', policies ?? '', '', '# Consents', '', consents ?? '', '', '# Money: billing, ledger, account tab', '', money ?? '', '', '# Products', '', products, '', '# SEPA direct-debit file', '', sepa, '', '# RiBa file', '', riba];
// bank statements (issue #14): 10,000 lines in the full run
sections.push('', '# Bank statements (camt.053)', '', await benchStatements(Number(process.env.STATEMENT_LINES ?? 10_000)));
// the client portal (issue #12): home server vs SQL, concurrent portal sessions
sections.push('', '# Client portal', '', await benchPortal());
const out = [...header, ...sections].join('\n') + '\n';
writeFileSync(path.join(dir, 'latest.md'), out);
console.log(out);
process.exit(0);
