import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import type { ConsentFormVersion, ConsentRecord } from '../src/modules/consents/consent.entity.js';
import { renderConsentPdf } from '../src/modules/consents/consent-pdf.js';
import { consentTexts } from '../src/modules/consents/consent.texts.js';
import { startBenchPlatform } from './platform.js';
import { fmt, percentile, scoped } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies } from './loadgen.js';
import { postJson } from './http-client.js';
import { generateClients } from './generate-clients.js';
import { generateConsents } from './generate-consents.js';
import type { PoliciesBenchContext } from './policies.bench.js';

/**
 * Consents module benchmark (issue #11, "Speed and integrity"), on the clients benchmark's data and
 * server (after the policies section in `pnpm bench`):
 *   - generates each generated company's forms and two chained records per client with an e-mail
 *     address (generate-consents.ts: 1,800,000 records for 1,000,000 clients);
 *   - PDF render time per record, warm, in the server's process (the record's PDF as delivered);
 *   - records created per second through the API (recordConsents): each a new record with its PDF
 *     written to both document stores, its document row and link, and its two e-mails in the outbox;
 *   - chain verification of every record, set-based (consent_chain_breaks(), as the API runs it per
 *     company; target under a minute for 1,000,000 records), and through the server for the largest
 *     company;
 *   - pending re-consent after a new version of the privacy notice in every company, over all the
 *     clients (the view consent_pending; target under 10 s), and through the server.
 * Reduced: BENCH_CLIENTS, COMPANIES, CONSENT_PDFS (renders per run, 40), CONSENT_CREATES (records per
 * run and connection count, 40), BENCH_REPEATS. Alone: `pnpm --filter @agency/server bench:consents`.
 */
const PDFS = Number(process.env.CONSENT_PDFS ?? 40);
const CREATES = Number(process.env.CONSENT_CREATES ?? 40);

export type ConsentsBenchContext = Pick<PoliciesBenchContext, 'loadgen' | 'url' | 'auth' | 'su' | 'app' | 'superuserUrl' | 'companyId' | 'totalClients'>;

const seconds = (t0: number) => (performance.now() - t0) / 1000;

export async function benchConsents(ctx: ConsentsBenchContext): Promise<string> {
  const { loadgen, url, auth, su, app, companyId } = ctx;
  const lines: string[] = [];
  const post = async (query: string, variables: object = {}) => {
    const json = (await postJson(url, { query, variables }, auth)) as { data?: any; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };

  console.log('generating consent forms and chained records…');
  const gen = await generateConsents(ctx.superuserUrl, { log: console.log });
  const totalRecords = gen.counts.consent_record;
  lines.push(
    `## Data (Q-1): consent forms and two chained records per client with an e-mail address, over the ${ctx.totalClients.toLocaleString('en')} clients, generated in ${fmt(gen.seconds, 0)} s`,
    '',
    '| table | rows |',
    '|---|---|',
    ...Object.entries(gen.counts).map(([k, v]) => `| ${k} | ${v.toLocaleString('en')} |`),
    '',
  );

  // ---------------------------------------------------------------- PDF render time per record (warm)
  {
    // a Polish company's records: the embedded font carries ą ć ę ł ń ó ś ź ż
    const { rows } = await su.query(
      `select r.*, v.title, v.body, v.clauses, v.version, f.code, c.display_name, left(co.locale, 2) as lang
         from consent_record r join consent_form_version v on v.id = r.form_version_id join consent_form f on f.id = r.form_id
         join client c on c.id = r.client_id join company co on co.id = r.company_id
        where co.code like 'GEN%' order by (co.country = 'PL') desc, md5(r.id::text) limit $1`,
      [Math.max(PDFS, 1)],
    );
    const views = rows.map((r) => ({
      record: { id: r.id, seq: r.seq, kind: r.kind, answers: r.answers, decision: r.decision, channel: r.channel, givenBy: r.given_by, staffName: r.staff_name,
        recordedAt: new Date(r.recorded_at), stamp: r.stamp, sentTo: r.sent_to, hash: r.hash, prevHash: r.prev_hash, textHash: r.text_hash } as unknown as ConsentRecord,
      version: { title: r.title, body: r.body, clauses: r.clauses, version: r.version } as unknown as ConsentFormVersion,
      formCode: r.code as string,
      clientName: r.display_name as string,
      lang: r.lang as string,
    }));
    for (const v of views.slice(0, 5)) await renderConsentPdf([v], consentTexts(v.lang), v.lang, v.lang); // warm
    const figures = new Figures();
    let bytes = 0;
    for (let run = 0; run < REPEATS; run++) {
      const ms: number[] = [];
      for (const v of views) {
        const t0 = performance.now();
        const pdf = await renderConsentPdf([v], consentTexts(v.lang), v.lang, v.lang);
        ms.push(performance.now() - t0);
        bytes = pdf.length;
      }
      ms.sort((a, b) => a - b);
      figures.record(run, { name: 'render p50 ms', better: 'lower' }, percentile(ms, 50));
      figures.record(run, { name: 'render p95 ms', better: 'lower' }, percentile(ms, 95));
      figures.record(run, { name: 'PDFs per second (one process)', better: 'higher', digits: 1 }, (ms.length / ms.reduce((s, x) => s + x, 0)) * 1000);
    }
    lines.push(
      `## PDF of a record (CN-4), warm, in the server's process — ${views.length} records per run (Polish first: embedded DejaVu font), about ${Math.round(bytes / 1024)} KB each`,
      '',
      ...figures.table(),
      '',
    );
  }

  // ---------------------------------------------------------------- records created per second through the API
  {
    const per = Math.max(CREATES, 4);
    const { rows: forms } = await su.query(
      `select f.code, v.id as version_id, v.clauses from consent_form f join consent_form_version v on v.form_id = f.id and v.status = 'published'
        where f.company_id = $1 and f.code = 'MARKETING' order by v.version desc limit 1`,
      [companyId],
    );
    const marketing = forms[0] as { version_id: string; clauses: Array<{ key: string }> };
    // clients who accepted the e-consent agreement (generated) and have not answered MARKETING yet
    const { rows: clients } = await su.query<{ client_id: string }>(
      `select r.client_id from consent_record r where r.company_id = $1 and r.seq = 2
          and not exists (select 1 from consent_record m where m.client_id = r.client_id and m.seq > 2)
        order by md5(r.client_id::text) limit $2`,
      [companyId, per * (1 + 4) * REPEATS + 5],
    );
    let next = 0;
    const body = () => ({
      label: 'record',
      body: {
        query: `mutation($i: RecordConsentsInput!) { recordConsents(input: $i) { id seq } }`,
        variables: { i: { clientId: clients[next++].client_id, channel: 'STAFF_SCREEN', forms: [{ formVersionId: marketing.version_id, answers: marketing.clauses.map((c, i) => ({ key: c.key, accepted: (next + i) % 2 === 0 })) }] } },
      },
    });
    const job = (connections: number, each: number) => ({ url, streams: Array.from({ length: connections }, () => ({ headers: auth, bodies: Array.from({ length: each }, body) })) });
    const countsBefore = await su.query(`select (select count(*) from consent_record_document where company_id = $1)::int as docs, (select count(*) from outbox_message where company_id = $1 and kind = 'consent_record')::int as mails`, [companyId]);
    await loadgen.run(job(1, 5)); // warm
    const figures = new Figures();
    let made = 5;
    for (let run = 0; run < REPEATS; run++) {
      for (const connections of [1, 4]) {
        const r = await loadgen.run(job(connections, connections === 1 ? per : Math.ceil(per / 4)));
        const failed = r.samples.filter((x) => x.failed).length;
        if (failed) throw new Error(`${failed} recordConsents failed`);
        made += r.samples.length;
        const l = latencies(r);
        figures.record(run, { name: `${connections} connection${connections > 1 ? 's' : ''}: records per second`, better: 'higher', digits: 1 }, (l.length / r.wallMs) * 1000);
        figures.record(run, { name: `${connections} connection${connections > 1 ? 's' : ''}: p50 ms`, better: 'lower' }, percentile(l, 50));
        figures.record(run, { name: `${connections} connection${connections > 1 ? 's' : ''}: p95 ms`, better: 'lower' }, percentile(l, 95));
      }
    }
    const after = await su.query(`select (select count(*) from consent_record_document where company_id = $1)::int as docs, (select count(*) from outbox_message where company_id = $1 and kind = 'consent_record')::int as mails`, [companyId]);
    const docs = after.rows[0].docs - countsBefore.rows[0].docs;
    const mails = after.rows[0].mails - countsBefore.rows[0].mails;
    if (docs !== made) throw new Error(`records created ${made}, PDFs stored ${docs}`);
    lines.push(
      `## Records created through the API (recordConsents, staff screen): each with its PDF in both document stores, its document row and link, and its e-mails in the outbox — ${made} records in all`,
      '',
      ...figures.table(),
      '',
      `Checked after the runs: ${docs} PDFs stored and linked, ${mails} e-mails queued (client and agency) for the ${made} records.`,
      '',
    );
  }

  // ---------------------------------------------------------------- chain verification, set-based
  {
    const { rows: companies } = await su.query<{ id: string; n: string }>(`select company_id as id, count(*) as n from consent_record group by company_id order by company_id`);
    const records = companies.reduce((s, c) => s + Number(c.n), 0);
    const largest = Number(companies.find((c) => c.id === companyId)?.n ?? 0);
    await post(`query { consentChainVerification { ok } }`); // warm
    const figures = new Figures();
    let broken = 0;
    for (let run = 0; run < REPEATS; run++) {
      const t0 = performance.now();
      broken = 0;
      for (const c of companies) broken += (await scoped<{ n: number }>(app, c.id, `select count(*)::int as n from consent_chain_breaks(null)`))[0].n;
      const all = seconds(t0);
      if (broken) throw new Error(`${broken} generated or created chains do not verify`);
      figures.record(run, { name: `all ${records.toLocaleString('en')} records, company by company as the run-time role (s)`, better: 'lower', digits: 1 }, all);
      figures.record(run, { name: '**per 1,000,000 records (s)**', better: 'lower', digits: 1, note: '(target < 60)' }, (all * 1_000_000) / records);
      const r = await loadgen.run({ url, streams: [{ headers: auth, bodies: [{ label: 'verify', body: { query: `query { consentChainVerification { ok checked clients } }` } }] }], timeoutSeconds: 600 });
      if (r.samples.some((x) => x.failed)) throw new Error('consentChainVerification failed');
      figures.record(run, { name: `through the server, the largest company (${largest.toLocaleString('en')} records) (s)`, better: 'lower', digits: 2 }, r.samples[0].ms / 1000);
    }
    lines.push(
      `## Chain verification (CN-3), set-based: every record's hash recomputed and every link checked (one window over the chains) — ${records.toLocaleString('en')} records of ${companies.length} companies`,
      '',
      ...figures.table(),
      '',
      `Every chain verified (${broken} broken), the records created through the API included.`,
      '',
    );
  }

  // ---------------------------------------------------------------- pending after a new version
  {
    // a new version of the privacy notice: through the API in the largest company, by the owner's SQL in the others
    const { rows: [priv] } = await su.query(`select id from consent_form where company_id = $1 and code = 'PRIVACY'`, [companyId]);
    const current = (await post(`query($id: ID!) { consentForm(id: $id) { current { title { lang text } body { lang text } clauses { key required text { lang text } } } } }`, { id: priv.id })).consentForm.current;
    const draft = { title: current.title, body: current.body.map((b: { lang: string; text: string }) => ({ ...b, text: `${b.text}\n(2)` })), clauses: current.clauses };
    await post(`mutation($id: ID!, $i: ConsentDraftInput!) { saveConsentDraft(formId: $id, input: $i) { id } }`, { id: priv.id, i: draft });
    await post(`mutation($id: ID!) { publishConsentForm(formId: $id) { version } }`, { id: priv.id });
    await su.query(
      `insert into consent_form_version (company_id, form_id, status, title, body, clauses)
       select v.company_id, v.form_id, 'published', v.title, (select jsonb_object_agg(k, to_jsonb(t || E'\n(2)')) from jsonb_each_text(v.body) b(k, t)), v.clauses
         from consent_form_version v join consent_form f on f.id = v.form_id join company c on c.id = f.company_id
        where c.code like 'GEN%' and f.code = 'PRIVACY' and v.version = 1 and f.company_id <> $1`,
      [companyId],
    );
    const expected = Number((await su.query(`select count(*) from consent_record r join consent_form f on f.id = r.form_id join company c on c.id = r.company_id where c.code like 'GEN%' and f.code = 'PRIVACY'`)).rows[0].count);
    const companyExpected = Number((await su.query(`select count(*) from consent_record r join consent_form f on f.id = r.form_id where r.company_id = $1 and f.code = 'PRIVACY'`, [companyId])).rows[0].count);
    const figures = new Figures();
    for (let run = 0; run < REPEATS; run++) {
      const t0 = performance.now();
      const { rows: [all] } = await su.query(`select count(*)::int as n, count(distinct client_id)::int as clients from consent_pending`);
      const s = seconds(t0);
      if (all.n < expected) throw new Error(`pending ${all.n}, expected at least ${expected}`);
      figures.record(run, { name: `**all companies: ${all.n.toLocaleString('en')} pending of ${ctx.totalClients.toLocaleString('en')} clients (s)**`, better: 'lower', digits: 2, note: '(target < 10)' }, s);
      const r = await loadgen.run({ url, streams: [{ headers: auth, bodies: [
        { label: 'perForm', body: { query: `query { consentPendingPerForm { formCode pending } }` } },
        { label: 'page', body: { query: `query($f: ID) { consentPending(formId: $f, first: 50) { total items { clientId } } }`, variables: { f: priv.id } } },
      ] }], timeoutSeconds: 600 });
      if (r.samples.some((x) => x.failed)) throw new Error('pending through the server failed');
      figures.record(run, { name: 'through the server, the largest company: pending per form (ms)', better: 'lower', digits: 0 }, latencies(r, 'perForm')[0]);
      figures.record(run, { name: 'through the server, the largest company: first page of pending clients with the total (ms)', better: 'lower', digits: 0 }, latencies(r, 'page')[0]);
    }
    const page = (await post(`query($f: ID) { consentPending(formId: $f, first: 1) { total } }`, { f: priv.id })).consentPending;
    if (page.total < companyExpected) throw new Error(`the server counts ${page.total} pending, ${companyExpected} answered the old version`);
    lines.push(
      `## Pending re-consent (CN-5) after a new version of the privacy notice in every company: the clients whose last answer was to an older version`,
      '',
      ...figures.table(),
      '',
      `The largest company: ${page.total.toLocaleString('en')} clients pending for the new version.`,
      '',
    );
  }
  return lines.join('\n');
}

/** Alone, on its own small data set: `BENCH_CLIENTS=20000 pnpm --filter @agency/server bench:consents`. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
  const COMPANIES = Number(process.env.COMPANIES ?? 10);
  const demo = loadDemoData();
  const { db, url, su, app, loadgen, stop } = await startBenchPlatform();
  let report = '';
  try {
    await generateClients(db.superuserUrl, { companies: COMPANIES, clients: CLIENTS, log: console.log });
    const { rows: [gen01] } = await su.query(`select id from company where code = 'GEN01'`);
    const { rows: [role] } = await su.query(
      `insert into role (company_id, name, template, rights) select $1, 'Agent', 'agent', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'agent' returning id`,
      [gen01.id],
    );
    await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = 'marco.bianchi@rossi-assicurazioni.example'`, [gen01.id, role.id]);
    const login = (await postJson(url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'marco.bianchi@rossi-assicurazioni.example', password: demo.password, bearer: true } } })) as any;
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    await postJson(url, { query: 'mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', variables: { id: gen01.id } }, auth);
    report = await benchConsents({ loadgen, url, auth, su, app, superuserUrl: db.superuserUrl, companyId: gen01.id, totalClients: CLIENTS });
  } finally {
    await stop();
  }
  const out = [`# Consents module benchmark`, '', `Run ${new Date().toISOString()}, ${CLIENTS.toLocaleString('en')} clients in ${COMPANIES} companies, Node ${process.version}.`, '', report].join('\n');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'consents.md'), out + '\n');
  console.log(out);
  process.exit(0);
}
