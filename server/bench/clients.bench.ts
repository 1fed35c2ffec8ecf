import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { computeCodiceFiscale } from '@agency/shared';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import { benchDatabase, fmt, load, percentile } from './lib.js';
import { generateClients } from './generate-clients.js';
import { postJson } from './http-client.js';
import { benchConcurrentSessions } from './sessions.bench.js';
import { POSTGRAPHILE_LIST_QUERY, postGraphileRows, startPostGraphile } from './postgraphile.js';

/**
 * Clients module benchmark: generates the reference clients (CLIENTS, default
 * 1,000,000 in 50 companies), then measures in one run
 *   - the staff list page (50 rows with preferred e-mail, phone and residence) through the whole
 *     server vs hand-written SQL for the same rows on one connection (ratio, Q-2);
 *   - the global search p50/p95 in the largest company (10 % of all clients), through the server and
 *     as SQL alone (Q-3: p95 < 30 ms);
 *   - createClient with full validation (codice fiscale, IBAN, phone, e-mail, duplicates) per second;
 *   - 50 staff sessions working at once for a minute (Q-7; SESSIONS, SECONDS).
 * Writes bench/results/clients.md. `pnpm --filter @agency/server bench:clients`
 */
const CLIENTS = Number(process.env.CLIENTS ?? 1_000_000);
const COMPANIES = Number(process.env.COMPANIES ?? 50);
const RUNS = Number(process.env.RUNS ?? 200);
const SESSIONS = Number(process.env.SESSIONS ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 60);

export async function benchClients(): Promise<string> {
  const demo = loadDemoData();
  const lines: string[] = [];
  const db = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')), LOGIN_RATE_LIMIT: '100000' });
  const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined, worker: false });
  const su = new pg.Client({ connectionString: db.superuserUrl });
  await su.connect();
  const app = new pg.Client({ connectionString: db.urls.appUrl });
  try {
    console.log(`generating ${CLIENTS.toLocaleString('en')} clients in ${COMPANIES} companies…`);
    const gen = await generateClients(db.superuserUrl, { companies: COMPANIES, clients: CLIENTS, log: console.log });
    lines.push(
      `## Data (Q-1): ${CLIENTS.toLocaleString('en')} clients in ${COMPANIES} companies, generated in ${fmt(gen.seconds, 0)} s`,
      '',
      '| table | rows |',
      '|---|---|',
      ...Object.entries(gen.counts).map(([k, v]) => `| ${k} | ${v.toLocaleString('en')} |`),
      '',
    );
    // marco (agent of ROSSI) also becomes an agent of GEN01, the largest generated company
    const { rows: [gen01] } = await su.query(`select id from company where code = 'GEN01'`);
    const { rows: [agentRole] } = await su.query(
      `insert into role (company_id, name, template, rights) select $1, 'Agent', 'agent', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'agent' returning id`,
      [gen01.id],
    );
    await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = 'marco.bianchi@rossi-assicurazioni.example'`, [gen01.id, agentRole.id]);
    const companySize = Number((await su.query(`select count(*) from client where company_id = $1`, [gen01.id])).rows[0].count);

    const url = `${platform.url}/graphql`;
    const post = async (body: object, headers: Record<string, string> = {}) => {
      const json = (await postJson(url, body, headers)) as { data?: any; errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const login = await post({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: demo.password, bearer: true } } });
    const auth = { authorization: `Bearer ${login.login.token}` };
    await post({ query: 'mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', variables: { id: gen01.id } }, auth);

    // ---------------------------------------------------------------- list page
    const listQuery = `query($o: Int!) { clients(first: 50, offset: $o) { total items { id kind status displayName taxCode preferredEmail preferredPhone residence { line1 postalCode city } } } }`;
    await app.connect();
    // The best hand-written SQL for the same rows: one statement (total, page, preferred e-mail and
    // phone, residence) in a transaction with the company scope set, as the run-time role under RLS.
    const handList = async (offset: number) => {
      await app.query('begin');
      await app.query(`select set_config('app.company_id', $1, true)`, [gen01.id]);
      await app.query(
        `with total as (select count(*)::int as n from client where company_id = $1 and status in ('prospect', 'active')),
              page as (select id, company_id, kind, status, display_name, tax_code, row_number() over (order by display_name, id) as n
                         from client where company_id = $1 and status in ('prospect', 'active') order by display_name, id limit 50 offset $2)
         select t.n as total, p.id, p.kind, p.status, p.display_name, p.tax_code, e.value as email, ph.value as phone, a.line1, a.postal_code, a.city
           from total t left join page p on true
           left join client_contact e on e.company_id = p.company_id and e.client_id = p.id and e.kind = 'email' and e.preferred
           left join client_contact ph on ph.company_id = p.company_id and ph.client_id = p.id and ph.kind = 'phone' and ph.preferred
           left join client_address a on a.company_id = p.company_id and a.client_id = p.id and a.kind = 'residence'
          order by p.n`,
        [gen01.id, offset],
      );
      await app.query('commit');
    };
    const offsets = Array.from({ length: RUNS }, (_, i) => (i * 37) % 2000);
    for (let i = 0; i < 10; i++) {
      await post({ query: listQuery, variables: { o: offsets[i] } }, auth);
      await handList(offsets[i]);
    }
    // PostGraphile v4 on the same database as the same run-time role under RLS, asked for the same rows
    const postgraphile = await startPostGraphile(db.urls.appUrl, gen01.id);
    const viaPostGraphile = async (o: number) => {
      const json = (await postJson(postgraphile.url, { query: POSTGRAPHILE_LIST_QUERY, variables: { o } })) as { data?: unknown; errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const ours = await post({ query: listQuery, variables: { o: 37 } }, auth);
    const theirs = postGraphileRows(await viaPostGraphile(37));
    const same = JSON.stringify(theirs) === JSON.stringify(ours.clients.items.map((c: any) => ({ id: c.id, displayName: c.displayName, preferredEmail: c.preferredEmail, preferredPhone: c.preferredPhone, city: c.residence?.city ?? null })));
    if (!same) throw new Error('PostGraphile and the server disagree on the list page');
    for (let k = 0; k < 10; k++) await viaPostGraphile(offsets[k]);
    // interleaved rounds, so that a noisy moment of the shared machine hits every path alike
    const server: number[] = [];
    const hand: number[] = [];
    const pgl: number[] = [];
    for (let round = 0; round < 4; round++) {
      let i = 0;
      server.push(...(await load(RUNS / 4, 1, async () => void (await post({ query: listQuery, variables: { o: offsets[i++ % RUNS] } }, auth)))).latencies);
      i = 0;
      hand.push(...(await load(RUNS / 4, 1, async () => handList(offsets[i++ % RUNS]))).latencies);
      i = 0;
      pgl.push(...(await load(RUNS / 4, 1, async () => void (await viaPostGraphile(offsets[i++ % RUNS])))).latencies);
    }
    await postgraphile.stop();
    for (const l of [server, hand, pgl]) l.sort((a, b) => a - b);
    const ratio = percentile(server, 50) / percentile(hand, 50);
    const versusPostGraphile = percentile(server, 50) / percentile(pgl, 50);
    lines.push(
      `## List page (Q-2): 50 clients with preferred e-mail, phone and residence, total count — company of ${companySize.toLocaleString('en')} clients`,
      '',
      '| path | runs | p50 ms | p95 ms |',
      '|---|---|---|---|',
      `| GraphQL through the server (HTTP, session, shield, GraphQL, RLS) | ${server.length} | ${fmt(percentile(server, 50))} | ${fmt(percentile(server, 95))} |`,
      `| PostGraphile 4 on the same database, same rows (HTTP, RLS through pgSettings, no session lookup) | ${pgl.length} | ${fmt(percentile(pgl, 50))} | ${fmt(percentile(pgl, 95))} |`,
      `| hand-written SQL: one statement in a transaction with the scope set, one connection, RLS | ${hand.length} | ${fmt(percentile(hand, 50))} | ${fmt(percentile(hand, 95))} |`,
      '',
      `Ratio server / hand-written (p50): **${fmt(ratio)}×** (target ≤ 2×). Server / PostGraphile (p50): **${fmt(versusPostGraphile)}×** (target < 1). Both answers checked equal before timing.`,
      '',
    );

    // ---------------------------------------------------------------- search
    const sample = await su.query(
      `select c.display_name, c.tax_code, c.first_name, c.last_name, e.value as email, p.value as phone
         from client c
         left join client_contact e on e.client_id = c.id and e.kind = 'email'
         left join client_contact p on p.client_id = c.id and p.kind = 'phone'
        where c.company_id = $1 and c.kind = 'person' order by md5(c.id::text) limit $2`,
      [gen01.id, RUNS],
    );
    const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : s);
    const queries: Array<[string, string]> = sample.rows.map((r, n) => {
      switch (n % 6) {
        case 0: return ['full name', `${r.first_name} ${r.last_name}`];
        case 1: return ['surname with a typo', `${typo(r.last_name)} ${r.first_name}`];
        case 2: return ['tax code prefix', r.tax_code.slice(0, 9)];
        case 3: return ['e-mail prefix', (r.email ?? r.last_name).split('@')[0]];
        case 4: return ['phone, national', (r.phone as string).slice(3)];
        default: return ['name without accents', `${r.last_name} ${r.first_name}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()];
      }
    });
    const searchQuery = `query($q: String!) { searchClients(query: $q, first: 20) { score client { id displayName preferredEmail } } }`;
    for (const [, q] of queries.slice(0, 10)) await post({ query: searchQuery, variables: { q } }, auth);
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    let found = 0;
    for (const [kind, q] of queries) {
      const t0 = performance.now();
      const d = await post({ query: searchQuery, variables: { q } }, auth);
      const ms = performance.now() - t0;
      all.push(ms);
      if (d.searchClients.length) found++;
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
    // the same search as SQL alone (what the database spends), run-time role under RLS
    const { searchText } = await import('../src/modules/clients/client-search.service.js');
    const sqlTimes: number[] = [];
    for (const [, q] of queries) {
      const { text } = searchText(q);
      const t0 = performance.now();
      await app.query('begin');
      await app.query(`select set_config('app.company_id', $1, true)`, [gen01.id]);
      await app.query(`select client_id, score from client_search($1, 20, false)`, [text]);
      await app.query('commit');
      sqlTimes.push(performance.now() - t0);
    }
    all.sort((a, b) => a - b);
    sqlTimes.sort((a, b) => a - b);
    lines.push(
      `## Global search (Q-3): ${queries.length} queries in a company of ${companySize.toLocaleString('en')} clients (index over all ${CLIENTS.toLocaleString('en')})`,
      '',
      '| query kind | runs | p50 ms | p95 ms |',
      '|---|---|---|---|',
      ...[...byKind.entries()].map(([k, v]) => {
        const s = [...v].sort((a, b) => a - b);
        return `| ${k} (through the server) | ${s.length} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 95))} |`;
      }),
      `| **all, through the server** | ${all.length} | **${fmt(percentile(all, 50))}** | **${fmt(percentile(all, 95))}** |`,
      `| all, SQL alone (run-time role, RLS) | ${sqlTimes.length} | ${fmt(percentile(sqlTimes, 50))} | ${fmt(percentile(sqlTimes, 95))} |`,
      '',
      `${found} of ${queries.length} queries found at least one client. Target: p95 < 30 ms.`,
      '',
    );

    // ---------------------------------------------------------------- create with full validation
    const createQuery = `mutation($i: CreateClientInput!) { createClient(input: $i) { id } }`;
    let n = 0;
    const input = () => {
      n++;
      const p = { firstName: ['Mario', 'Giulia', 'Luca', 'Anna'][n % 4], lastName: `Benchmark${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + ((n / 26) % 26 | 0))}`, gender: (n % 2 ? 'F' : 'M') as 'M' | 'F', birthDate: `19${50 + (n % 49)}-0${1 + (n % 9)}-1${n % 10}`, birthPlace: 'Roma', birthProvince: 'RM' };
      return {
        kind: 'PERSON', ...p, taxCode: computeCodiceFiscale(p),
        addresses: [{ kind: 'RESIDENCE', line1: `Via Appia ${n}`, postalCode: '00183', city: 'Roma', province: 'RM' }],
        contacts: [{ kind: 'EMAIL', value: `bench${n}@example.it` }, { kind: 'PHONE', value: `333 ${String(1000000 + n)}` }],
        bankAccounts: [{ iban: 'IT60X0542811101000000123456', holder: `${p.firstName} ${p.lastName}`, sepaMandateRef: `B-${n}`, sepaMandateDate: '2024-01-01' }],
        identityDocuments: [{ type: 'IDENTITY_CARD', number: `CA${100000 + n}`, issuer: 'Comune di Roma', issueDate: '2020-01-01', expiryDate: '2030-01-01' }],
      };
    };
    for (let k = 0; k < 5; k++) await post({ query: createQuery, variables: { i: input() } }, auth);
    const creates1 = await load(RUNS, 1, async () => void (await post({ query: createQuery, variables: { i: input() } }, auth)));
    const creates4 = await load(RUNS, 4, async () => void (await post({ query: createQuery, variables: { i: input() } }, auth)));
    lines.push(
      '## createClient with full validation (codice fiscale against the person, IBAN, SEPA mandate, e-mail, phone, duplicates), audited',
      '',
      '| clients | creates | per second | p50 ms | p95 ms |',
      '|---|---|---|---|---|',
      ...([[1, creates1], [4, creates4]] as const).map(([c, r]) => `| ${c} | ${r.latencies.length} | ${fmt((r.latencies.length / r.wallMs) * 1000, 1)} | ${fmt(percentile(r.latencies, 50))} | ${fmt(percentile(r.latencies, 95))} |`),
      '',
    );

    // ---------------------------------------------------------------- concurrent sessions
    lines.push(...(await benchConcurrentSessions({ url, companyId: gen01.id, email: 'marco.bianchi@rossi-assicurazioni.example', password: demo.password, su, sessions: SESSIONS, seconds: SECONDS })));
  } finally {
    await app.end().catch(() => undefined);
    await su.end();
    await platform.stop();
    await db.stop();
  }
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = new Date();
  const body = await benchClients();
  const report = [
    '# Clients module benchmark',
    '',
    `Run ${started.toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, 2 shared cores: compare ratios, absolute times are indicative.`,
    'Command: `pnpm --filter @agency/server bench:clients` (CLIENTS, COMPANIES, RUNS, SESSIONS, SECONDS override the defaults).',
    '',
    body,
  ].join('\n');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'clients.md'), report + '\n');
  console.log(report);
  process.exit(0);
}
