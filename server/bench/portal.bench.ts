import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { benchDatabase, fmt, percentile } from './lib.js';
import { postJson } from './http-client.js';
import { LoadGenerator, latencies } from './loadgen.js';

/**
 * The client portal (issue #12 "Speed"), on the seeded demo company ROSSI:
 * (a) the portal's home (the user's clients, the shared contracts, open claims, pending forms) as the
 *     server answers it over HTTP (timed by the load-generator process) vs hand-written SQL reading the
 *     same four things for the same grant (timed over one pg connection), for a grant over the 5 clients
 *     with most contracts (PORTAL_CLIENTS), every status shared — the target: ≤ 2×;
 * (b) PORTAL_SESSIONS (200) portal sessions (each its own sign-in) sending home, threads and quote
 *     requests with no pause for PORTAL_SECONDS (20) — errors, p50/p95/max (the target: no error, none
 *     over 1 s). `pnpm --filter @agency/server bench:portal`.
 */
const CLIENTS = Number(process.env.PORTAL_CLIENTS ?? 5);
const SESSIONS = Number(process.env.PORTAL_SESSIONS ?? 200);
const SECONDS = Number(process.env.PORTAL_SECONDS ?? 20);
const HOME_REQUESTS = Number(process.env.PORTAL_HOME_REQUESTS ?? 200);
const PASSWORD = 'Gondola-Canal-Bike-42';
const EMAIL = 'bench.portal@example.com';
const HOME = '{ portalHome { clients { id displayName prospect } contracts { id number status clientName lineName insurerName coverEnd premiumGross } openClaims { id lossDate status policyNumber } pendingForms { clientId formId formCode } } }';

/** The same four reads, written by hand for the grant's clients (all statuses shared). */
const HAND_SQL = [
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

export async function benchPortal(): Promise<string> {
  const db = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'bench', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'agency-bench-data-')), LOGIN_RATE_LIMIT: '100000' });
  const platform = await startPlatform(config, { urls: db.urls, sender: { send: async () => undefined }, log: () => undefined, worker: false });
  const su = new pg.Client({ connectionString: db.superuserUrl });
  await su.connect();
  const loadgen = await LoadGenerator.start();
  const staffUrl = `${platform.url}/graphql`;
  const portalUrl = `${platform.url}/portal/graphql`;
  try {
    const login = (await postJson(staffUrl, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: 'Demo-Password-2026', bearer: true } } })) as any;
    const staff = { authorization: `Bearer ${login.data.login.token}` };
    const { rows: [company] } = await su.query(`select id from company where code = 'ROSSI'`);
    const { rows: picked } = await su.query(
      `select p.client_id, count(*)::int as n from policy p join client c on c.id = p.client_id and c.erased_at is null
        where p.company_id = $1 group by p.client_id order by count(*) desc, p.client_id limit $2`,
      [company.id, CLIENTS],
    );
    const clientIds = picked.map((r) => r.client_id as string);
    const contracts = picked.reduce((a, r) => a + Number(r.n), 0);
    const ALL = ['REQUEST', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'INFO', 'DORMANT', 'CANCELLED'];
    const grant = (await postJson(staffUrl, { query: 'mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', variables: { i: { name: 'Bench family', clientIds, includeClaims: true, shareStatuses: ALL } } }, staff)) as any;
    await postJson(staffUrl, { query: 'mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', variables: { g: grant.data.createPortalGrant.id, e: EMAIL } }, staff);
    const { rows: [mail] } = await su.query(`select text_body from outbox_message where to_address = $1 and kind = 'portal.invite' order by created_at desc limit 1`, [EMAIL]);
    const token = /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
    const accepted = (await postJson(portalUrl, { query: 'mutation($i: PortalAcceptInvitationInput!) { portalAcceptInvitation(input: $i) { token } }', variables: { i: { token, displayName: 'Bench', password: PASSWORD, bearer: true } } })) as any;
    const first = accepted.data.portalAcceptInvitation.token as string;
    const home = (await postJson(portalUrl, { query: HOME }, { authorization: `Bearer ${first}` })) as any;
    const shared = home.data.portalHome.contracts.length as number;

    // (a) the home: server over HTTP (one connection, one request after the other) vs the hand-written SQL
    const served = await loadgen.run({ url: portalUrl, streams: [{ headers: { authorization: `Bearer ${first}` }, bodies: Array.from({ length: HOME_REQUESTS }, () => ({ label: 'home', body: { query: HOME } })) }] });
    const serverMs = latencies(served, 'home').sort((a, b) => a - b);
    const sqlMs: number[] = [];
    for (let i = 0; i < HOME_REQUESTS; i++) {
      const t0 = performance.now();
      for (const sql of HAND_SQL) await su.query(sql, [company.id, clientIds]);
      sqlMs.push(performance.now() - t0);
    }
    sqlMs.sort((a, b) => a - b);
    const ratio = percentile(serverMs, 50) / percentile(sqlMs, 50);

    // (b) SESSIONS sessions of the grant's user, each its own sign-in, no pause for SECONDS
    const tokens: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const r = (await postJson(portalUrl, { query: 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { token } }', variables: { i: { company: 'ROSSI', email: EMAIL, password: PASSWORD, bearer: true } } })) as any;
      tokens.push(r.data.portalSignIn.token);
    }
    const KINDS = { home: HOME, threads: '{ portalThreads { id subject messages { author body } } }', quotes: '{ portalQuoteRequests { id status } }' };
    const GROUPS = 10;
    const load = await loadgen.run({
      url: portalUrl,
      seconds: SECONDS,
      timeoutSeconds: 10,
      streams: Array.from({ length: GROUPS }, (_, g) => {
        const members = tokens.filter((_, i) => i % GROUPS === g);
        return {
          connections: members.length,
          rotateHeaders: members.map((tk) => ({ authorization: `Bearer ${tk}` })),
          bodies: Array.from({ length: 300 }, (_, i) => {
            const [label, query] = Object.entries(KINDS)[i % 3];
            return { label, body: { query } };
          }),
        };
      }),
    });
    const all = load.samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = load.samples.filter((s) => s.failed).length;
    const over1s = all.filter((ms) => ms > 1000).length;
    return [
      `## Portal home (a grant over ${clientIds.length} clients with ${contracts} contracts, ${shared} shared)`,
      '',
      `${HOME_REQUESTS} requests each, one after the other. Server: \`portalHome\` over HTTP (session lookup, grants in SQL, four statements), timed by the load generator. Hand-written SQL: the same four reads for the grant's client ids over one pg connection.`,
      '',
      '| path | p50 ms | p95 ms | max ms |',
      '|---|---:|---:|---:|',
      `| server | ${fmt(percentile(serverMs, 50))} | ${fmt(percentile(serverMs, 95))} | ${fmt(serverMs.at(-1) ?? 0)} |`,
      `| hand-written SQL | ${fmt(percentile(sqlMs, 50))} | ${fmt(percentile(sqlMs, 95))} | ${fmt(sqlMs.at(-1) ?? 0)} |`,
      '',
      `Ratio server / SQL (p50): **${fmt(ratio)}×** (target ≤ 2×).`,
      '',
      `## ${SESSIONS} concurrent portal sessions for ${SECONDS} s (home, threads, quote requests, no pause)`,
      '',
      `| requests | errors | over 1 s | p50 ms | p95 ms | max ms |`,
      '|---:|---:|---:|---:|---:|---:|',
      `| ${all.length} | ${errors} | ${over1s} | ${fmt(percentile(all, 50))} | ${fmt(percentile(all, 95))} | ${fmt(all.at(-1) ?? 0)} |`,
    ].join('\n');
  } finally {
    await loadgen.stop();
    await su.end();
    await platform.stop();
    await db.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchPortal());
  process.exit(0);
}
