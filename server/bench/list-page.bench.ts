import type pg from 'pg';
import { fmt, percentile, scoped } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies, type LoadGenerator } from './loadgen.js';
import { POSTGRAPHILE_LIST_QUERY, postGraphileRows, postGraphileTotal, startPostGraphile } from './postgraphile.js';
import { sortCollationOf } from '../src/modules/clients/client-sort.js';
import { postJson } from './http-client.js';

export const LIST_QUERY = `query($o: Int!) { clients(first: 50, offset: $o) { total items { id kind status displayName taxCode preferredEmail preferredPhone residence { line1 postalCode city } } } }`;

/**
 * the staff list page (50 clients with preferred e-mail, phone and residence, and the total)
 * through the server, through PostGraphile 4 on the same database and rows, and as the best
 * hand-written SQL, in interleaved rounds (a noisy moment hits every path alike), REPEATS times. The
 * HTTP paths are timed by the load-generator process, one keep-alive connection each.
 */
export async function benchListPage(options: {
  loadgen: LoadGenerator;
  url: string;
  auth: Record<string, string>;
  app: pg.Client;
  appUrl: string;
  companyId: string;
  companySize: number;
  runs: number;
}): Promise<string[]> {
  const { loadgen, url, auth, app, companyId, runs } = options;
  const collation = await companyCollation(app, companyId);
  const handList = (offset: number) => handListPage(app, companyId, collation, offset);
  const offsets = Array.from({ length: runs }, (_, i) => (i * 37) % 2000);
  const postgraphile = await startPostGraphile(options.appUrl, companyId, collation);
  const figures = new Figures();
  try {
    // the three answers checked equal before timing
    await listPageAnswers({ url, auth, postgraphileUrl: postgraphile.url, app, companyId, collation, offset: 37 });

    const job = (target: string, query: string, headers: Record<string, string>, slice: number[]) => ({
      url: target,
      streams: [{ headers, bodies: slice.map((o) => ({ label: 'list', body: { query, variables: { o } } })) }],
    });
    const warm = offsets.slice(0, 20);
    await loadgen.run(job(url, LIST_QUERY, auth, warm));
    await loadgen.run(job(postgraphile.url, POSTGRAPHILE_LIST_QUERY, {}, warm));
    for (const o of warm) await handList(o);

    for (let run = 0; run < REPEATS; run++) {
      const server: number[] = [];
      const pgl: number[] = [];
      const hand: number[] = [];
      let failed = 0;
      const rounds = 4;
      for (let round = 0; round < rounds; round++) {
        const slice = offsets.filter((_, i) => i % rounds === round);
        const s = await loadgen.run(job(url, LIST_QUERY, auth, slice));
        const p = await loadgen.run(job(postgraphile.url, POSTGRAPHILE_LIST_QUERY, {}, slice));
        failed += s.samples.filter((x) => x.failed).length + p.samples.filter((x) => x.failed).length;
        server.push(...latencies(s));
        pgl.push(...latencies(p));
        for (const o of slice) {
          const t0 = performance.now();
          await handList(o);
          hand.push(performance.now() - t0);
        }
      }
      if (failed) throw new Error(`${failed} list requests failed`);
      for (const l of [server, pgl, hand]) l.sort((a, b) => a - b);
      figures.record(run, { name: 'server (HTTP, session, shield, GraphQL, RLS) p50 ms', better: 'lower' }, percentile(server, 50));
      figures.record(run, { name: 'server p95 ms', better: 'lower' }, percentile(server, 95));
      figures.record(run, { name: 'PostGraphile 4 (HTTP, RLS through pgSettings, no session) p50 ms', better: 'lower' }, percentile(pgl, 50));
      figures.record(run, { name: 'PostGraphile p95 ms', better: 'lower' }, percentile(pgl, 95));
      figures.record(run, { name: 'hand-written SQL (one statement, scope set, one connection, RLS) p50 ms', better: 'lower' }, percentile(hand, 50));
      figures.record(run, { name: 'hand-written SQL p95 ms', better: 'lower' }, percentile(hand, 95));
      figures.record(run, { name: '**server / hand-written SQL (p50)**', better: 'lower', note: '(target ≤ 2)' }, percentile(server, 50) / percentile(hand, 50));
      figures.record(run, { name: '**server / PostGraphile (p50)**', better: 'lower', note: '(target < 1)' }, percentile(server, 50) / percentile(pgl, 50));
    }
  } finally {
    await postgraphile.stop();
  }
  return [
    `## List page (Q-2): 50 clients with preferred e-mail, phone and residence, total count — company of ${options.companySize.toLocaleString('en')} clients`,
    '',
    `Each run: ${runs} pages per path in 4 interleaved rounds; the HTTP paths timed by the load-generator process (autocannon, one keep-alive connection). Both answers checked equal before timing.`,
    '',
    ...figures.table(),
    '',
    `Median ratio server / SQL **${fmt(figures.median('**server / hand-written SQL (p50)**'))}×** (worst ${fmt(figures.worst('**server / hand-written SQL (p50)**'))}×), server / PostGraphile **${fmt(figures.median('**server / PostGraphile (p50)**'))}×** (worst ${fmt(figures.worst('**server / PostGraphile (p50)**'))}×).`,
    '',
  ];
}

/**
 * The company's sort collation (client-sort.ts), looked up once per run: every path sorts names the
 * way the server does, in the company's ICU collation on its index (migration 0006), never in byte order.
 */
export async function companyCollation(app: pg.Client, companyId: string): Promise<string> {
  const [company] = await scoped<{ locale: string }>(app, companyId, `select locale from company where id = $1`, [companyId]);
  return sortCollationOf(company?.locale);
}

export interface HandListRow {
  total: number;
  id: string;
  kind: string;
  status: string;
  display_name: string;
  tax_code: string | null;
  email: string | null;
  phone: string | null;
  line1: string | null;
  postal_code: string | null;
  city: string | null;
}

/**
 * The best hand-written SQL for the server's list page (client-list.service.ts): the same filter
 * (prospect and active), order (name in the company's collation, then id), columns, total and
 * relations (the preferred e-mail and phone, the first residence), in one statement — the page read
 * first in the list index's order, its relations by look-ups of at most one row — in a transaction
 * with the company scope set, as the run-time role under RLS.
 */
export async function handListPage(app: pg.Client, companyId: string, collation: string, offset: number): Promise<HandListRow[]> {
  if (!/^app_sort_[a-z]{2}$/.test(collation)) throw new Error(`not a sort collation: ${collation}`);
  return scoped<HandListRow>(
    app,
    companyId,
    `select (select count(*)::int from client where company_id = $1 and status = any($2::text[])) as total,
              p.id, p.kind, p.status, p.display_name, p.tax_code, e.value as email, ph.value as phone, a.line1, a.postal_code, a.city
         from (select id, company_id, kind, status, display_name, tax_code from client
                where company_id = $1 and status = any($2::text[])
                order by display_name collate ${collation}, id limit 50 offset $3) p
         left join lateral (select value from client_contact k where k.company_id = p.company_id and k.client_id = p.id and k.kind = 'email' and k.preferred limit 1) e on true
         left join lateral (select value from client_contact k where k.company_id = p.company_id and k.client_id = p.id and k.kind = 'phone' and k.preferred limit 1) ph on true
         left join lateral (select line1, postal_code, city from client_address d where d.company_id = p.company_id and d.client_id = p.id and d.kind = 'residence' order by d.position limit 1) a on true
        order by p.display_name collate ${collation}, p.id`,
    [companyId, '{prospect,active}', offset],
  );
}

export interface ListPageRow {
  id: string;
  displayName: string;
  preferredEmail: string | null;
  preferredPhone: string | null;
  city: string | null;
}

/**
 * The list page at `offset` as the server, PostGraphile and the hand-written SQL answer it, compared:
 * throws unless the three give the same rows in the same order and the same total. Returns the page.
 */
export async function listPageAnswers(o: { url: string; auth: Record<string, string>; postgraphileUrl: string; app: pg.Client; companyId: string; collation: string; offset: number }): Promise<{ rows: ListPageRow[]; total: number }> {
  const ours = (await postJson(o.url, { query: LIST_QUERY, variables: { o: o.offset } }, o.auth)) as { data?: { clients: { total: number; items: any[] } }; errors?: unknown };
  if (!ours.data) throw new Error(`the server refused the list page: ${JSON.stringify(ours.errors)}`);
  const theirsData = ((await postJson(o.postgraphileUrl, { query: POSTGRAPHILE_LIST_QUERY, variables: { o: o.offset } })) as { data: unknown }).data;
  const hand = await handListPage(o.app, o.companyId, o.collation, o.offset);
  const server: ListPageRow[] = ours.data.clients.items.map((c) => ({ id: c.id, displayName: c.displayName, preferredEmail: c.preferredEmail, preferredPhone: c.preferredPhone, city: c.residence?.city ?? null }));
  const sql: ListPageRow[] = hand.filter((r) => r.id).map((r) => ({ id: r.id, displayName: r.display_name, preferredEmail: r.email, preferredPhone: r.phone, city: r.city }));
  if (JSON.stringify(postGraphileRows(theirsData)) !== JSON.stringify(server)) throw new Error('PostGraphile and the server disagree on the list page');
  if (JSON.stringify(sql) !== JSON.stringify(server)) throw new Error('the hand-written SQL and the server disagree on the list page');
  const total = ours.data.clients.total;
  if (total !== hand[0]?.total || total !== postGraphileTotal(theirsData)) throw new Error('the paths disagree on the total');
  return { rows: server, total };
}
