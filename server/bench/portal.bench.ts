import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { fmt, inCompanyScope, percentile } from './lib.js';
import { postJson } from './http-client.js';
import { startBenchPlatform } from './platform.js';
import { latencies, type JobResult, type Stream } from './loadgen.js';

/**
 * The client portal (issue #12 "Speed"), on the seeded demo company ROSSI:
 * (a) the portal's home (the user's clients, the shared contracts, open claims, pending forms) as the
 *     server answers it over HTTP (timed by the load-generator process) vs hand-written SQL reading the
 *     same four things for the same grant (timed over one pg connection), for a grant over the 5 clients
 *     with most contracts (PORTAL_CLIENTS), holding PORTAL_CONTRACTS (40) contracts, every status shared — the target: ≤ 2×; the two are timed
 *     in turns (PORTAL_HOME_ROUNDS rounds of PORTAL_HOME_REQUESTS / rounds each), so a change of the
 *     shared machine's load falls on both;
 * (b) PORTAL_SESSIONS (200) portal sessions (each its own sign-in) for PORTAL_SECONDS (60) as people:
 *     each session reads a page (home, messages, quote requests in turn), then thinks PORTAL_THINK_MS
 *     (2–8 s, see below) before the next — errors, p50/p95/max and requests over 1 s (the target: no
 *     error, none over 1 s);
 * (c) a saturation figure, labelled as such: the same sessions with no pause at all for
 *     PORTAL_SATURATION_SECONDS (10; 0 skips it) — capacity, not the target.
 * `pnpm --filter @agency/server bench:portal`.
 */
const CLIENTS = Number(process.env.PORTAL_CLIENTS ?? 5);
const CONTRACTS = Number(process.env.PORTAL_CONTRACTS ?? 40);
const SESSIONS = Number(process.env.PORTAL_SESSIONS ?? 200);
const SECONDS = Number(process.env.PORTAL_SECONDS ?? 60);
const SATURATION_SECONDS = Number(process.env.PORTAL_SATURATION_SECONDS ?? 10);
const HOME_REQUESTS = Number(process.env.PORTAL_HOME_REQUESTS ?? 200);
const HOME_ROUNDS = Number(process.env.PORTAL_HOME_ROUNDS ?? 5);
/**
 * A client at the portal is a person on a phone or at home, not a clerk at a desk: after each answer
 * they read it (their contracts, a message thread, the state of a quote) and decide what to tap next.
 * We take 2–8 s (uniformly random, mean 5 s) between a client's requests — four times the staff Q-7
 * figure's 0.25–1 s (a trained clerk working through a queue), and still faster than people read a
 * page of contracts or a message; 200 such clients offer about 200 / (5 s + answer time) ≈ 40 requests
 * a second, less when answers slow down, as people do. (Without think time, 200 sessions in a closed
 * loop are 200 machines: a saturation test, reported separately in (c).)
 */
const THINK_MS = (process.env.PORTAL_THINK_MS ?? '2000-8000').split('-').map(Number) as [number, number];
const PASSWORD = 'Gondola-Canal-Bike-42';
const EMAIL = 'bench.portal@example.com';
const HOME = '{ portalHome { clients { id displayName prospect } contracts { id number status clientName lineName insurerName coverEnd premiumGross } openClaims { id lossDate status policyNumber } pendingForms { clientId formId formCode } } }';
const KINDS = { home: HOME, threads: '{ portalThreads { id subject messages { author body } } }', quotes: '{ portalQuoteRequests { id status } }' };

/** The same four reads, written by hand for the grant's clients (all statuses shared). */
export const HAND_SQL = [
  `select c.id, c.kind, c.display_name, c.status from client c where c.company_id = $1 and c.id = any($2::uuid[]) and c.erased_at is null order by c.display_name, c.id`,
  `select p.id, p.number, p.status, c.display_name as client_name, l.code as line, i.name as insurer, p.cover_end, p.premium_gross
     from policy p join client c on c.company_id = p.company_id and c.id = p.client_id
     join line_of_business l on l.id = p.line_id left join insurer i on i.id = p.insurer_id
    where p.company_id = $1 and p.client_id = any($2::uuid[]) order by p.cover_end desc, p.number`,
  `select cl.id, cl.loss_date, cl.status, p.number from claim cl left join policy p on p.company_id = cl.company_id and p.id = cl.policy_id
    where cl.company_id = $1 and cl.client_id = any($2::uuid[]) and cl.status in ('reported', 'in_review') order by cl.reported_at desc`,
  `select p.client_id, p.form_id, f.code from consent_pending p join consent_form f on f.company_id = p.company_id and f.id = p.form_id
    where p.company_id = $1 and p.client_id = any($2::uuid[]) order by f.code, p.client_id`,
];

export interface PortalBenchSetup {
  portalUrl: string;
  companyId: string;
  clientIds: string[];
  contracts: number;
  shared: number;
  /** The grant's user's first session token. */
  token: string;
}

/** A grant over the CLIENTS ROSSI clients with most contracts, holding CONTRACTS contracts (every status shared, claims), and its user, signed in. */
export async function setUpPortalGrant(platformUrl: string, su: pg.Client, clients = CLIENTS, contracts = CONTRACTS): Promise<PortalBenchSetup> {
  const staffUrl = `${platformUrl}/graphql`;
  const portalUrl = `${platformUrl}/portal/graphql`;
  const login = (await postJson(staffUrl, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: 'Demo-Password-2026', bearer: true } } })) as any;
  const staff = { authorization: `Bearer ${login.data.login.token}` };
  const { rows: [company] } = await su.query(`select id from company where code = 'ROSSI'`);
  const { rows: picked } = await su.query(
    `select p.client_id, count(*)::int as n from policy p join client c on c.id = p.client_id and c.erased_at is null
      where p.company_id = $1 group by p.client_id order by count(*) desc, p.client_id limit $2`,
    [company.id, clients],
  );
  const clientIds = picked.map((r) => r.client_id as string);
  // the grant holds CONTRACTS contracts: the demo's five busiest clients hold fewer, so copies of
  // their own contracts (same client, line, insurer, status; new numbers) make up the difference
  const demo = picked.reduce((a, r) => a + Number(r.n), 0);
  if (demo < contracts) {
    await su.query(
      `with src as (select p.*, row_number() over (order by p.client_id, p.number) - 1 as i, count(*) over () as k
                      from policy p where p.company_id = $1 and p.client_id = any($2::uuid[]))
       insert into policy (company_id, number, client_id, insurer_id, line_id, status, cover_start, cover_end, premium_net, premium_taxes, premium_gross, payment_frequency)
       select s.company_id, 'PORTAL-BENCH-' || g.n, s.client_id, s.insurer_id, s.line_id, s.status, s.cover_start, s.cover_end, s.premium_net, s.premium_taxes, s.premium_gross, s.payment_frequency
         from generate_series(0, $3::int - 1) g(n) join src s on s.i = g.n % s.k`,
      [company.id, clientIds, contracts - demo],
    );
  }
  const { rows: [{ n: held }] } = await su.query(`select count(*)::int as n from policy where company_id = $1 and client_id = any($2::uuid[])`, [company.id, clientIds]);
  const ALL = ['REQUEST', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'INFO', 'DORMANT', 'CANCELLED'];
  const grant = (await postJson(staffUrl, { query: 'mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', variables: { i: { name: 'Bench family', clientIds, includeClaims: true, shareStatuses: ALL } } }, staff)) as any;
  await postJson(staffUrl, { query: 'mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', variables: { g: grant.data.createPortalGrant.id, e: EMAIL } }, staff);
  const { rows: [mail] } = await su.query(`select text_body from outbox_message where to_address = $1 and kind = 'portal.invite' order by created_at desc limit 1`, [EMAIL]);
  const invite = /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
  const accepted = (await postJson(portalUrl, { query: 'mutation($i: PortalAcceptInvitationInput!) { portalAcceptInvitation(input: $i) { token } }', variables: { i: { token: invite, displayName: 'Bench', password: PASSWORD, bearer: true } } })) as any;
  const token = accepted.data.portalAcceptInvitation.token as string;
  const home = (await postJson(portalUrl, { query: HOME }, { authorization: `Bearer ${token}` })) as any;
  return { portalUrl, companyId: company.id, clientIds, contracts: Number(held), shared: home.data.portalHome.contracts.length as number, token };
}

/**
 * The hand-written SQL's four reads, `n` times one after the other over one connection: each time's ms.
 * As every other section's hand-written SQL (policies, money, list page): over a connection of the
 * run-time role, in a transaction with the company set, so row-level security applies as it does to
 * the server — `asSuperuser` times the same reads as the superuser, without row-level security or a
 * transaction (the baseline before session 12, still reported beside it).
 */
export async function timeHandSql(db: pg.Client, s: PortalBenchSetup, n: number, asSuperuser = false): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    if (asSuperuser) for (const sql of HAND_SQL) await db.query(sql, [s.companyId, s.clientIds]);
    else await inCompanyScope(db, s.companyId, async (c) => { for (const sql of HAND_SQL) await c.query(sql, [s.companyId, s.clientIds]); });
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** The run-time role's reads find what the superuser's find and what the server shares (row-level security hides nothing of the grant's). */
async function sameRowsAsServer(app: pg.Client, su: pg.Client, s: PortalBenchSetup): Promise<void> {
  const counts = await inCompanyScope(app, s.companyId, async (c) => {
    const n: Array<number | null> = [];
    for (const sql of HAND_SQL) n.push((await c.query(sql, [s.companyId, s.clientIds])).rowCount);
    return n;
  });
  const suCounts = [];
  for (const sql of HAND_SQL) suCounts.push((await su.query(sql, [s.companyId, s.clientIds])).rowCount);
  if (counts.join() !== suCounts.join() || counts[1] !== s.shared) throw new Error(`hand-written SQL rows ${counts.join()} (superuser ${suCounts.join()}), server shares ${s.shared} contracts`);
}

/** Requests, errors, requests over 1 s and p50/p95/max of a load job, as a table row. */
function loadRow(result: JobResult): string {
  const all = result.samples.map((x) => x.ms).filter(Number.isFinite).sort((a, b) => a - b);
  const errors = result.samples.filter((x) => x.failed).length;
  const over1s = all.filter((ms) => ms > 1000).length;
  return `| ${result.samples.length} | ${fmt(result.samples.length / (result.wallMs / 1000), 1)} | ${errors} | ${over1s} | ${fmt(percentile(all, 50))} | ${fmt(percentile(all, 95))} | ${fmt(all.at(-1) ?? 0)} |`;
}

export async function benchPortal(): Promise<string> {
  const { platform, su, app, loadgen, stop } = await startBenchPlatform();
  try {
    const s = await setUpPortalGrant(platform.url, su);
    const { portalUrl } = s;

    // (a) the home: server over HTTP (one connection, one request after the other) vs the hand-written SQL, in turns
    const perRound = Math.max(1, Math.round(HOME_REQUESTS / HOME_ROUNDS));
    const serverMs: number[] = [];
    const sqlMs: number[] = [];
    const suMs: number[] = [];
    await loadgen.run({ url: portalUrl, streams: [{ headers: { authorization: `Bearer ${s.token}` }, bodies: Array.from({ length: 20 }, () => ({ label: 'home', body: { query: HOME } })) }] });
    await timeHandSql(app, s, 20);
    await timeHandSql(su, s, 20, true);
    await sameRowsAsServer(app, su, s);
    for (let round = 0; round < HOME_ROUNDS; round++) {
      const served = await loadgen.run({ url: portalUrl, streams: [{ headers: { authorization: `Bearer ${s.token}` }, bodies: Array.from({ length: perRound }, () => ({ label: 'home', body: { query: HOME } })) }] });
      serverMs.push(...latencies(served, 'home'));
      sqlMs.push(...(await timeHandSql(app, s, perRound)));
      suMs.push(...(await timeHandSql(su, s, perRound, true)));
    }
    serverMs.sort((a, b) => a - b);
    sqlMs.sort((a, b) => a - b);
    suMs.sort((a, b) => a - b);
    const ratio = percentile(serverMs, 50) / percentile(sqlMs, 50);
    const suRatio = percentile(serverMs, 50) / percentile(suMs, 50);

    // (b), (c): SESSIONS sessions of the grant's user, each its own sign-in
    const tokens: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const r = (await postJson(portalUrl, { query: 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { token } }', variables: { i: { company: 'ROSSI', email: EMAIL, password: PASSWORD, bearer: true } } })) as any;
      tokens.push(r.data.portalSignIn.token);
    }
    const GROUPS = Math.min(10, SESSIONS);
    const streams = (think?: [number, number]): Stream[] =>
      Array.from({ length: GROUPS }, (_, g) => {
        const members = tokens.filter((_, i) => i % GROUPS === g);
        return {
          connections: members.length,
          rotateHeaders: members.map((tk) => ({ authorization: `Bearer ${tk}` })),
          ...(think ? { thinkMs: think } : {}),
          bodies: Array.from({ length: 300 }, (_, i) => {
            const [label, query] = Object.entries(KINDS)[(i + g) % 3];
            return { label, body: { query } };
          }),
        };
      });
    const loadBefore = loadavg()[0];
    const people = await loadgen.run({ url: portalUrl, seconds: SECONDS, timeoutSeconds: 10, streams: streams(THINK_MS) });
    const loadAfter = loadavg()[0];
    const saturated = SATURATION_SECONDS > 0 ? await loadgen.run({ url: portalUrl, seconds: SATURATION_SECONDS, timeoutSeconds: 10, streams: streams() }) : null;
    const peopleAll = people.samples.map((x) => x.ms).filter(Number.isFinite);
    const met = ratio <= 2 && !people.samples.some((x) => x.failed) && !peopleAll.some((ms) => ms > 1000);
    return [
      `## Portal home (a grant over ${s.clientIds.length} clients with ${s.contracts} contracts, ${s.shared} shared)`,
      '',
      `${HOME_ROUNDS * perRound} requests each, in ${HOME_ROUNDS} alternating rounds, one after the other. Server: \`portalHome\` over HTTP (session look-up, then the home in one statement filtered by the grants), timed by the load generator. Hand-written SQL: the same four reads for the grant's client ids over one pg connection of the run-time role, in a transaction with the company set (row-level security applies, as for the server and as in every other section); the same reads as the superuser (no row-level security, no transaction; the baseline before session 12) beside it.`,
      '',
      '| path | p50 ms | p95 ms | max ms |',
      '|---|---:|---:|---:|',
      `| server | ${fmt(percentile(serverMs, 50))} | ${fmt(percentile(serverMs, 95))} | ${fmt(serverMs.at(-1) ?? 0)} |`,
      `| hand-written SQL, run-time role (RLS) | ${fmt(percentile(sqlMs, 50))} | ${fmt(percentile(sqlMs, 95))} | ${fmt(sqlMs.at(-1) ?? 0)} |`,
      `| hand-written SQL, superuser (no RLS) | ${fmt(percentile(suMs, 50))} | ${fmt(percentile(suMs, 95))} | ${fmt(suMs.at(-1) ?? 0)} |`,
      '',
      `Ratio server / SQL (p50): **${fmt(ratio)}×** (target ≤ 2×); server / superuser SQL: ${fmt(suRatio)}×.`,
      '',
      `## ${SESSIONS} concurrent portal sessions (home, messages, quote requests)`,
      '',
      `People: each session thinks ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s after each answer (PORTAL_THINK_MS), ${SECONDS} s; machine load average ${fmt(loadBefore, 1)} before, ${fmt(loadAfter, 1)} after. Saturation: the same sessions with no pause, ${SATURATION_SECONDS} s (capacity, not the target).`,
      '',
      '| mode | requests | per s | errors | over 1 s | p50 ms | p95 ms | max ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      `| people (${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s think time), ${SECONDS} s ${loadRow(people)}`,
      ...(saturated ? [`| saturation (no pause), ${SATURATION_SECONDS} s ${loadRow(saturated)}`] : []),
      '',
      `Target (home ≤ 2× SQL; people: no error, none over 1 s): **${met ? 'met' : 'not met'}**.`,
    ].join('\n');
  } finally {
    await stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchPortal());
  process.exit(0);
}
