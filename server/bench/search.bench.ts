import type pg from 'pg';
import { fmt, percentile, scoped } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies, type LoadGenerator } from './loadgen.js';

export const SEARCH_QUERY = `query($q: String!) { searchClients(query: $q, first: 20) { score client { id displayName preferredEmail } } }`;

/** The kinds of search a member of staff types (Q-3), each measured on its own. */
export const SEARCH_KINDS = ['exact surname', 'surname with a typo', 'transposed name', 'e-mail prefix', 'city', 'IBAN', 'tax id'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Further kinds of query measured alongside (e.g. policy numbers and plates once policies exist). */
export interface ExtraSearch {
  kind: string;
  queries: string[];
}

interface SampleRow {
  first_name: string;
  last_name: string;
  tax_code: string;
  email: string | null;
  city: string | null;
  iban: string | null;
}

/** A typo: one letter dropped from the middle (Rossi → Rosi, Bianchi → Bianhi). */
const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : s);

function queryOf(kind: SearchKind, r: SampleRow): string | null {
  switch (kind) {
    case 'exact surname': return r.last_name;
    case 'surname with a typo': return `${typo(r.last_name)} ${r.first_name}`;
    case 'transposed name': return `${r.first_name} ${r.last_name}`; // the card's name is "surname first-name"
    case 'e-mail prefix': return r.email ? r.email.split('@')[0] : null;
    case 'city': return r.city;
    case 'IBAN': return r.iban;
    case 'tax id': return r.tax_code;
  }
}

/** Queries per kind, interleaved (kind 1, kind 2, … kind 7, kind 1, …) so that no kind gets a quiet moment. */
export async function searchQueries(su: pg.Client, companyId: string, perKind: number, extra: ExtraSearch[] = []): Promise<Array<{ kind: string; q: string }>> {
  const { rows } = await su.query<SampleRow>(
    `select c.first_name, c.last_name, c.tax_code,
            (select value from client_contact k where k.company_id = c.company_id and k.client_id = c.id and k.kind = 'email' limit 1) as email,
            (select city from client_address a where a.company_id = c.company_id and a.client_id = c.id and a.kind = 'residence' limit 1) as city,
            (select iban from client_bank_account b where b.company_id = c.company_id and b.client_id = c.id limit 1) as iban
       from client c
      where c.company_id = $1 and c.kind = 'person' order by md5(c.id::text) limit $2`,
    [companyId, perKind * 4],
  );
  const kinds = [...SEARCH_KINDS, ...extra.map((e) => e.kind)];
  const byKind = [
    ...SEARCH_KINDS.map((kind) => rows.map((r) => queryOf(kind, r)).filter((q): q is string => !!q).slice(0, perKind)),
    ...extra.map((e) => e.queries.slice(0, perKind)),
  ];
  const out: Array<{ kind: string; q: string }> = [];
  for (let i = 0; i < perKind; i++) kinds.forEach((kind, k) => byKind[k][i] && out.push({ kind, q: byKind[k][i] }));
  return out;
}

/**
 * Q-3: global search through the server (HTTP, session, RLS), each kind of query separately, timed by
 * the load-generator process on one keep-alive connection, REPEATS times; and all of them as SQL alone
 * (the database's share).
 */
export async function benchSearch(options: {
  loadgen: LoadGenerator;
  url: string;
  auth: Record<string, string>;
  su: pg.Client;
  app: pg.Client;
  companyId: string;
  companySize: number;
  totalClients: number;
  perKind: number;
  extra?: ExtraSearch[];
  title?: string;
}): Promise<string[]> {
  const { loadgen, url, auth, app, companyId } = options;
  const kinds: string[] = [...SEARCH_KINDS, ...(options.extra ?? []).map((e) => e.kind)];
  const queries = await searchQueries(options.su, companyId, options.perKind, options.extra);
  const job = (list: typeof queries) => ({ url, streams: [{ headers: auth, bodies: list.map(({ kind, q }) => ({ label: kind, body: { query: SEARCH_QUERY, variables: { q } } })) }] });
  await loadgen.run(job(queries.slice(0, 14)));
  const { searchText } = await import('../src/modules/clients/client-search.service.js');
  const figures = new Figures();
  const found = new Map<string, number>();
  for (let run = 0; run < REPEATS; run++) {
    const result = await loadgen.run(job(queries));
    const failed = result.samples.filter((s) => s.failed);
    if (failed.length) throw new Error(`${failed.length} searches failed (${failed.map((f) => f.label).join(', ')})`);
    for (const kind of kinds) {
      const l = latencies(result, kind);
      if (!l.length) continue;
      figures.record(run, { name: `${kind}: p50 ms`, better: 'lower' }, percentile(l, 50));
      figures.record(run, { name: `${kind}: **p95 ms**`, better: 'lower' }, percentile(l, 95));
    }
    const all = latencies(result);
    figures.record(run, { name: '**all kinds, through the server: p50 ms**', better: 'lower' }, percentile(all, 50));
    figures.record(run, { name: '**all kinds, through the server: p95 ms**', better: 'lower', note: '(target < 30)' }, percentile(all, 95));
    // the same searches as SQL alone (what the database spends), run-time role under RLS
    const sql: number[] = [];
    for (const { kind, q } of queries) {
      const { text } = searchText(q);
      const t0 = performance.now();
      const rowCount = (await scoped(app, companyId, `select client_id, score from client_search($1, 20, false)`, [text])).length;
      sql.push(performance.now() - t0);
      if (run === 0 && rowCount) found.set(kind, (found.get(kind) ?? 0) + 1);
    }
    sql.sort((a, b) => a - b);
    figures.record(run, { name: 'all kinds, SQL alone (run-time role, RLS): p50 ms', better: 'lower' }, percentile(sql, 50));
    figures.record(run, { name: 'all kinds, SQL alone: p95 ms', better: 'lower' }, percentile(sql, 95));
  }
  const worstKindP95 = Math.max(...kinds.map((k) => figures.median(`${k}: **p95 ms**`)).filter((v) => !Number.isNaN(v)));
  return [
    `## ${options.title ?? 'Global search'} (Q-3): ${queries.length} queries (${options.perKind} of each kind) in a company of ${options.companySize.toLocaleString('en')} clients (index over all ${options.totalClients.toLocaleString('en')})`,
    '',
    'Through the server (HTTP, session, shield, RLS), timed by the load-generator process on one keep-alive connection, the kinds interleaved.',
    '',
    ...figures.table(),
    '',
    `Found at least one client: ${kinds.map((k) => `${k} ${found.get(k) ?? 0} of ${queries.filter((q) => q.kind === k).length}`).join(', ')}. ` +
      `Target: p95 < 30 ms for every kind; the slowest kind's median p95 is **${fmt(worstKindP95)} ms**.`,
    '',
  ];
}
