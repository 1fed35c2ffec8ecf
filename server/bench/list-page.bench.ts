import type pg from 'pg';
import { fmt, percentile } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies, type LoadGenerator } from './loadgen.js';
import { POSTGRAPHILE_LIST_QUERY, postGraphileRows, startPostGraphile } from './postgraphile.js';
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
  // The best hand-written SQL for the same rows: one statement (total, page, preferred e-mail and
  // phone, residence) in a transaction with the company scope set, as the run-time role under RLS.
  const handList = async (offset: number) => {
    await app.query('begin');
    await app.query(`select set_config('app.company_id', $1, true)`, [companyId]);
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
      [companyId, offset],
    );
    await app.query('commit');
  };
  const offsets = Array.from({ length: runs }, (_, i) => (i * 37) % 2000);
  const postgraphile = await startPostGraphile(options.appUrl, companyId);
  const figures = new Figures();
  try {
    // both answers checked equal before timing
    const ours = (await postJson(url, { query: LIST_QUERY, variables: { o: 37 } }, auth)) as { data: { clients: { items: any[] } } };
    const theirs = postGraphileRows(((await postJson(postgraphile.url, { query: POSTGRAPHILE_LIST_QUERY, variables: { o: 37 } })) as { data: unknown }).data);
    const mine = ours.data.clients.items.map((c) => ({ id: c.id, displayName: c.displayName, preferredEmail: c.preferredEmail, preferredPhone: c.preferredPhone, city: c.residence?.city ?? null }));
    if (JSON.stringify(theirs) !== JSON.stringify(mine)) throw new Error('PostGraphile and the server disagree on the list page');

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
