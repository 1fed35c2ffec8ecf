import type pg from 'pg';
import { fmt, percentile, scoped } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies, type LoadGenerator } from './loadgen.js';
import { generatePolicies } from './generate-policies.js';
import { startPostGraphile } from './postgraphile.js';
import { postJson } from './http-client.js';
import { benchSearch, type ExtraSearch } from './search.bench.js';

/**
 * Policies module benchmark (issue #9, Q-1, Q-2, Q-3), on the clients benchmark's data and server:
 *   - generates 2 policies per client with their installments and versions, a vehicle per
 *     motor-liability policy and a claim on one in five policies in force, dormant or cancelled;
 *   - the policy list page (50 rows with client, insurer, line and the total) through the server vs
 *     the best hand-written SQL vs PostGraphile 4 on the same database and rows (target ≤ 1.5× SQL,
 *     faster than PostGraphile);
 *   - a client card with every panel tab's count and first page (three policy tabs, vehicles,
 *     claims) through the server vs one hand-written SQL statement;
 *   - the renewals list (policies in force ending within 90 days, not yet renewed) vs SQL;
 *   - the global search again, now with policy numbers and plates among the terms (p95 < 30 ms).
 */
export interface PoliciesBenchContext {
  loadgen: LoadGenerator;
  url: string;
  auth: Record<string, string>;
  su: pg.Client;
  app: pg.Client;
  appUrl: string;
  superuserUrl: string;
  companyId: string;
  collation: string;
  companySize: number;
  totalClients: number;
  runs: number;
  searchesPerKind: number;
}

const POLICY_FIELDS = 'id number status coverStart coverEnd premiumGross client { id displayName } insurer { id name } line { id name }';
export const POLICY_LIST_QUERY = `query($o: Int!) { policies(first: 50, offset: $o) { total items { ${POLICY_FIELDS} } } }`;
const POSTGRAPHILE_POLICY_LIST = `query($o: Int!) { allPolicies(first: 50, offset: $o, orderBy: [CREATED_AT_DESC, ID_DESC]) { totalCount nodes {
  id number status coverStart coverEnd premiumGross clientByCompanyIdAndClientId { id displayName } insurerByCompanyIdAndInsurerId { id name } lineOfBusinessByCompanyIdAndLineId { id name } } } }`;
const TAB_FIELDS = 'total items { id number status coverStart coverEnd premiumGross insurer { id name } line { id name } }';
export const CLIENT_CARD_QUERY = `query($id: ID!) { client(id: $id) { id displayName panelTabs { key count }
  active: policies(scope: ACTIVE, first: 10) { ${TAB_FIELDS} }
  archived: policies(scope: ARCHIVED, first: 10) { ${TAB_FIELDS} }
  foreign: policies(scope: FOREIGN, first: 10) { ${TAB_FIELDS} }
  vehicles { id plate make model policies { id number } }
  claims { id status lossDate lossPlace } } }`;
export const RENEWALS_QUERY = `query($o: Int!) { renewalsDue(days: 90, first: 50, offset: $o) { total items { ${POLICY_FIELDS} } } }`;

const IN_FORCE = '{policy,own,foreign,foreign_part}';

const policyJson = (alias: string, withClient: boolean) => `json_build_object('id', ${alias}.id, 'number', ${alias}.number, 'status', ${alias}.status,
  'coverStart', ${alias}.cover_start, 'coverEnd', ${alias}.cover_end, 'premiumGross', ${alias}.premium_gross,
  ${withClient ? `'client', json_build_object('id', c.id, 'displayName', c.display_name),` : ''}
  'insurer', json_build_object('id', i.id, 'name', i.name), 'line', json_build_object('id', l.id, 'name', l.name))`;

/** The policy list page as one hand-written statement: the page's keys by the list index, then their rows and joins; the total from the company's tally (row_tally). */
function handPolicyList(app: pg.Client, companyId: string, offset: number, prepared = false) {
  return scoped<{ total: number; items: unknown[] }>(
    app,
    companyId,
    `select (select coalesce(sum(t.n), 0)::int from row_tally t where t.company_id = $1 and t.subject = 'policy') as total,
            coalesce(json_agg(${policyJson('p', true)} order by p.created_at desc, p.id desc), '[]') as items
       from (select p.* from (select id from policy where company_id = $1 order by created_at desc, id desc limit 50 offset $2) k
               join policy p on p.company_id = $1 and p.id = k.id) p
       join client c on c.company_id = p.company_id and c.id = p.client_id
       join insurer i on i.company_id = p.company_id and i.id = p.insurer_id
       join line_of_business l on l.company_id = p.company_id and l.id = p.line_id`,
    [companyId, offset],
    { prepared },
  );
}

/** The renewals list as one statement (the same rule as renewal.service.ts). */
function handRenewals(app: pg.Client, companyId: string, offset: number, prepared = false) {
  return scoped<{ total: number; items: unknown[] }>(
    app,
    companyId,
    `with due as (select * from policy p where p.company_id = $1 and p.status = any($3::text[]) and p.cover_end between current_date and current_date + 90
                    and not exists (select 1 from policy r where r.company_id = p.company_id and r.previous_id = p.id))
     select (select count(*)::int from due) as total,
            coalesce(json_agg(${policyJson('p', true)} order by p.cover_end, p.number, p.id), '[]') as items
       from (select * from due order by cover_end, number, id limit 50 offset $2) p
       join client c on c.company_id = p.company_id and c.id = p.client_id
       join insurer i on i.company_id = p.company_id and i.id = p.insurer_id
       join line_of_business l on l.company_id = p.company_id and l.id = p.line_id`,
    [companyId, offset, IN_FORCE],
    { prepared },
  );
}

/** The client card's tabs as one statement: every count, the three policy pages, vehicles with their policies, claims. */
function handClientCard(app: pg.Client, companyId: string, clientId: string, prepared = false) {
  const tab = (cond: string) => `(select json_build_object('total', (select count(*) from policy p where p.company_id = $1 and p.client_id = $2 and ${cond}),
      'items', coalesce((select json_agg(${policyJson('p', false)} order by p.cover_start desc, p.number, p.id)
        from (select * from policy p where p.company_id = $1 and p.client_id = $2 and ${cond} order by p.cover_start desc, p.number, p.id limit 10) p
        join insurer i on i.company_id = p.company_id and i.id = p.insurer_id
        join line_of_business l on l.company_id = p.company_id and l.id = p.line_id), '[]')))`;
  const active = `not p.foreign_business and p.status <> 'cancelled' and p.cover_end >= current_date`;
  const archived = `not p.foreign_business and (p.status = 'cancelled' or p.cover_end < current_date)`;
  return scoped(
    app,
    companyId,
    `select c.id, c.display_name,
            (select count(*) from client_service_entry s where s.company_id = $1 and s.client_id = $2) as service,
            (select count(*) from document d where d.company_id = $1 and d.client_id = $2) as documents,
            (select count(*) from outbox_message m where m.company_id = $1 and m.client_id = $2) as mails,
            (select count(*) from vehicle v where v.company_id = $1 and v.client_id = $2 and v.sold_on is null) as vehicle_count,
            (select count(*) from claim k where k.company_id = $1 and k.client_id = $2) as claim_count,
            ${tab(active)} as active, ${tab(archived)} as archived, ${tab('p.foreign_business')} as foreign,
            coalesce((select json_agg(json_build_object('id', v.id, 'plate', v.plate, 'make', v.make, 'model', v.model,
                        'policies', (select coalesce(json_agg(json_build_object('id', p.id, 'number', p.number)), '[]')
                                       from vehicle_policy vp join policy p on p.company_id = vp.company_id and p.id = vp.policy_id
                                      where vp.company_id = v.company_id and vp.vehicle_id = v.id))
                        order by v.sold_on desc nulls first, v.plate, v.id)
                        from vehicle v where v.company_id = $1 and v.client_id = $2), '[]') as vehicles,
            coalesce((select json_agg(json_build_object('id', k.id, 'status', k.status, 'lossDate', k.loss_date, 'lossPlace', k.loss_place)
                        order by k.reported_at desc, k.id desc)
                        from claim k where k.company_id = $1 and k.client_id = $2), '[]') as claims
       from client c where c.company_id = $1 and c.id = $2`,
    [companyId, clientId],
    { prepared },
  );
}

const idsOf = (items: Array<{ id: string }>) => items.map((x) => x.id).join(',');

interface Timing {
  name: string;
  server: (run: number) => Promise<number[]>;
  hand: () => Promise<number[]>;
}

export async function benchPolicies(ctx: PoliciesBenchContext): Promise<string> {
  const { loadgen, url, auth, su, app, companyId, runs } = ctx;
  const lines: string[] = [];
  console.log('generating policies, installments, vehicles and claims…');
  const gen = await generatePolicies(ctx.superuserUrl, { perClient: 2, log: console.log });
  lines.push(
    `## Data (Q-1): policies, installments, vehicles and claims over the ${ctx.totalClients.toLocaleString('en')} clients, generated in ${fmt(gen.seconds, 0)} s`,
    '',
    '| table | rows |',
    '|---|---|',
    ...Object.entries(gen.counts).map(([k, v]) => `| ${k} | ${v.toLocaleString('en')} |`),
    '',
  );
  const companyPolicies = Number((await su.query(`select count(*) from policy where company_id = $1`, [companyId])).rows[0].count);
  const post = async (query: string, variables: object) => {
    const json = (await postJson(url, { query, variables }, auth)) as { data?: any; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const job = (target: string, query: string, headers: Record<string, string>, vars: object[]) => ({
    url: target,
    streams: [{ headers, bodies: vars.map((variables) => ({ label: 'q', body: { query, variables } })) }],
  });
  /** Server (load generator) and SQL timings interleaved in 4 rounds per run. */
  const measure = async (vars: object[], query: string, hand: (v: any, prepared?: boolean) => Promise<unknown>, extra?: { url: string; query: string }) => {
    const figures = { server: [] as number[][], hand: [] as number[][], prepared: [] as number[][], extra: [] as number[][] };
    const warm = vars.slice(0, 10);
    await loadgen.run(job(url, query, auth, warm));
    if (extra) await loadgen.run(job(extra.url, extra.query, {}, warm));
    for (const v of warm) await hand(v);
    for (const v of warm) await hand(v, true);
    for (let run = 0; run < REPEATS; run++) {
      const s: number[] = [];
      const h: number[] = [];
      const hp: number[] = [];
      const e: number[] = [];
      for (let round = 0; round < 4; round++) {
        const slice = vars.filter((_, i) => i % 4 === round);
        const r = await loadgen.run(job(url, query, auth, slice));
        if (r.samples.some((x) => x.failed)) throw new Error(`${r.samples.filter((x) => x.failed).length} requests failed`);
        s.push(...latencies(r));
        if (extra) {
          const p = await loadgen.run(job(extra.url, extra.query, {}, slice));
          if (p.samples.some((x) => x.failed)) throw new Error('PostGraphile requests failed');
          e.push(...latencies(p));
        }
        for (const v of slice) {
          const t0 = performance.now();
          await hand(v);
          h.push(performance.now() - t0);
        }
        for (const v of slice) {
          const t0 = performance.now();
          await hand(v, true);
          hp.push(performance.now() - t0);
        }
      }
      for (const l of [s, h, hp, e]) l.sort((a, b) => a - b);
      figures.server.push(s);
      figures.hand.push(h);
      figures.prepared.push(hp);
      figures.extra.push(e);
    }
    return figures;
  };

  // ---------------------------------------------------------------- policy list page
  {
    const offsets = Array.from({ length: runs }, (_, i) => ({ o: (i * 37) % 2000 }));
    const postgraphile = await startPostGraphile(ctx.appUrl, companyId, ctx.collation);
    try {
      // the three answers checked equal before timing
      const server = (await post(POLICY_LIST_QUERY, { o: 37 })).policies;
      const [hand] = await handPolicyList(app, companyId, 37);
      const pglAnswer = (await postJson(postgraphile.url, { query: POSTGRAPHILE_POLICY_LIST, variables: { o: 37 } }, {})) as any;
      if (!pglAnswer.data) throw new Error(`PostGraphile: ${JSON.stringify(pglAnswer.errors)}`);
      const pgl = pglAnswer.data.allPolicies;
      if (server.total !== hand.total || server.total !== pgl.totalCount || idsOf(server.items) !== idsOf(hand.items as any) || idsOf(server.items) !== idsOf(pgl.nodes)) {
        throw new Error(`policy list answers differ: server ${server.total} ${idsOf(server.items).slice(0, 80)}, SQL ${hand.total}, PostGraphile ${pgl.totalCount}`);
      }
      const t = await measure(offsets, POLICY_LIST_QUERY, (v, prepared) => handPolicyList(app, companyId, v.o, prepared), { url: postgraphile.url, query: POSTGRAPHILE_POLICY_LIST });
      const figures = new Figures();
      for (let run = 0; run < REPEATS; run++) {
        const [s, h, hp, p] = [t.server[run], t.hand[run], t.prepared[run], t.extra[run]];
        figures.record(run, { name: 'server (HTTP, session, shield, GraphQL, RLS) p50 ms', better: 'lower' }, percentile(s, 50));
        figures.record(run, { name: 'server p95 ms', better: 'lower' }, percentile(s, 95));
        figures.record(run, { name: 'PostGraphile 4 (HTTP, RLS through pgSettings) p50 ms', better: 'lower' }, percentile(p, 50));
        figures.record(run, { name: 'hand-written SQL (one statement, scope set, RLS) p50 ms', better: 'lower' }, percentile(h, 50));
        figures.record(run, { name: 'hand-written SQL as a prepared statement p50 ms', better: 'lower' }, percentile(hp, 50));
        figures.record(run, { name: '**server / hand-written SQL (p50)**', better: 'lower', note: '(target ≤ 1.5)' }, percentile(s, 50) / percentile(h, 50));
        figures.record(run, { name: '**server / hand-written SQL prepared (p50)**', better: 'lower', note: '(target ≤ 1.5)' }, percentile(s, 50) / percentile(hp, 50));
        figures.record(run, { name: '**server / PostGraphile (p50)**', better: 'lower', note: '(target < 1)' }, percentile(s, 50) / percentile(p, 50));
      }
      lines.push(
        `## Policy list page: 50 policies with client, insurer and line, and the total — company of ${companyPolicies.toLocaleString('en')} policies`,
        '',
        `Each run: ${runs} pages per path in 4 interleaved rounds, HTTP timed by the load-generator process on one keep-alive connection. The three answers checked equal before timing.`,
        '',
        ...figures.table(),
        '',
        `Median ratio server / SQL **${fmt(figures.median('**server / hand-written SQL (p50)**'))}×** (prepared: **${fmt(figures.median('**server / hand-written SQL prepared (p50)**'))}×**), server / PostGraphile **${fmt(figures.median('**server / PostGraphile (p50)**'))}×**. The server sends its list statement as a named prepared statement (src/db/prepared.ts); the SQL is timed both ways.`,
        '',
      );
    } finally {
      await postgraphile.stop();
    }
  }

  // ---------------------------------------------------------------- client card with all tabs
  {
    const { rows } = await su.query<{ id: string }>(
      `select c.id from client c
        where c.company_id = $1 and exists (select 1 from claim k where k.company_id = c.company_id and k.client_id = c.id)
          and exists (select 1 from vehicle v where v.company_id = c.company_id and v.client_id = c.id)
        order by md5(c.id::text) limit $2`,
      [companyId, Math.ceil(runs / 2)],
    );
    const { rows: others } = await su.query<{ id: string }>(`select id from client where company_id = $1 order by md5(id::text) limit $2`, [companyId, runs - rows.length]);
    const vars = [...rows, ...others].map((r, i, all) => all[(i * 7) % all.length]).map((r) => ({ id: r.id }));
    const card = (await post(CLIENT_CARD_QUERY, vars[0])).client;
    const [hand] = (await handClientCard(app, companyId, vars[0].id)) as any[];
    const tabCount = (key: string) => card.panelTabs.find((t: { key: string }) => t.key === key)?.count;
    const same =
      idsOf(card.active.items) === idsOf(hand.active.items) && idsOf(card.archived.items) === idsOf(hand.archived.items) && idsOf(card.foreign.items) === idsOf(hand.foreign.items) &&
      card.active.total === Number(hand.active.total) && idsOf(card.vehicles) === idsOf(hand.vehicles) && idsOf(card.claims) === idsOf(hand.claims) &&
      tabCount('vehicles') === Number(hand.vehicle_count) && tabCount('claims') === Number(hand.claim_count) && tabCount('service') === Number(hand.service);
    if (!same) throw new Error(`client card answers differ: ${JSON.stringify({ card, hand }).slice(0, 600)}`);
    const t = await measure(vars, CLIENT_CARD_QUERY, (v, prepared) => handClientCard(app, companyId, v.id, prepared));
    const figures = new Figures();
    for (let run = 0; run < REPEATS; run++) {
      const [s, h, hp] = [t.server[run], t.hand[run], t.prepared[run]];
      figures.record(run, { name: 'server p50 ms', better: 'lower' }, percentile(s, 50));
      figures.record(run, { name: 'server p95 ms', better: 'lower' }, percentile(s, 95));
      figures.record(run, { name: 'hand-written SQL (one statement) p50 ms', better: 'lower' }, percentile(h, 50));
      figures.record(run, { name: 'hand-written SQL prepared p50 ms', better: 'lower' }, percentile(hp, 50));
      figures.record(run, { name: '**server / hand-written SQL (p50)**', better: 'lower' }, percentile(s, 50) / percentile(h, 50));
      figures.record(run, { name: '**server / hand-written SQL prepared (p50)**', better: 'lower' }, percentile(s, 50) / percentile(hp, 50));
    }
    lines.push(
      `## Client card with every panel tab: the tab counts, the first page (10) of active, archived and foreign policies, the vehicles with their policies, the claims`,
      '',
      `${vars.length} cards per run (half of them with vehicles and claims), 4 interleaved rounds; the answers checked equal before timing.`,
      '',
      ...figures.table(),
      '',
    );
  }

  // ---------------------------------------------------------------- renewals list
  {
    const [first] = await handRenewals(app, companyId, 0);
    const total = first.total;
    const vars = Array.from({ length: runs }, (_, i) => ({ o: total > 50 ? ((i * 50) % Math.min(total - 1, 2000)) : 0 }));
    const server = (await post(RENEWALS_QUERY, { o: 0 })).renewalsDue;
    if (server.total !== total || idsOf(server.items) !== idsOf(first.items as any)) throw new Error(`renewals answers differ: server ${server.total}, SQL ${total}`);
    const t = await measure(vars, RENEWALS_QUERY, (v, prepared) => handRenewals(app, companyId, v.o, prepared));
    const figures = new Figures();
    for (let run = 0; run < REPEATS; run++) {
      const [s, h, hp] = [t.server[run], t.hand[run], t.prepared[run]];
      figures.record(run, { name: 'server p50 ms', better: 'lower' }, percentile(s, 50));
      figures.record(run, { name: 'server p95 ms', better: 'lower' }, percentile(s, 95));
      figures.record(run, { name: 'hand-written SQL p50 ms', better: 'lower' }, percentile(h, 50));
      figures.record(run, { name: 'hand-written SQL prepared p50 ms', better: 'lower' }, percentile(hp, 50));
      figures.record(run, { name: '**server / hand-written SQL (p50)**', better: 'lower' }, percentile(s, 50) / percentile(h, 50));
      figures.record(run, { name: '**server / hand-written SQL prepared (p50)**', better: 'lower' }, percentile(s, 50) / percentile(hp, 50));
    }
    lines.push(
      `## Renewals list: policies in force ending within 90 days and not renewed, 50 per page with the total — ${total.toLocaleString('en')} due of ${companyPolicies.toLocaleString('en')} policies`,
      '',
      ...figures.table(),
      '',
    );
  }

  // ---------------------------------------------------------------- search with policy numbers and plates
  {
    const { rows: numbers } = await su.query<{ q: string }>(`select number as q from policy where company_id = $1 order by md5(id::text) limit $2`, [companyId, ctx.searchesPerKind]);
    const { rows: plates } = await su.query<{ q: string }>(`select lower(plate) as q from vehicle where company_id = $1 order by md5(id::text) limit $2`, [companyId, ctx.searchesPerKind]);
    const extra: ExtraSearch[] = [
      { kind: 'policy number', queries: numbers.map((r) => r.q) },
      { kind: 'plate', queries: plates.map((r) => r.q) },
    ];
    const terms = Number((await su.query(`select count(*) from app_search.client_term`)).rows[0].count);
    lines.push(
      ...(await benchSearch({ loadgen, url, auth, su, app, companyId, companySize: ctx.companySize, totalClients: ctx.totalClients, perKind: ctx.searchesPerKind, extra, title: 'Global search with policy numbers and plates' })),
      `The search index now holds ${terms.toLocaleString('en')} terms (client data, policy numbers, plates).`,
      '',
    );
  }
  return lines.join('\n');
}
