import type pg from 'pg';
import { fmt, percentile } from './lib.js';
import { postJson } from './http-client.js';

type Request = (n: number) => { query: string; variables?: Record<string, unknown> };

const KINDS = ['list page', 'search', 'client card', 'me'];

/**
 * `sessions` staff sessions (each its own sign-in) work at once — list pages at random offsets,
 * searches, client cards, `me` — for `seconds`, first as busy people do (a pause of 0.25–1 s between
 * two requests of a session), then without any pause (the server saturated: latency is then the
 * queue). Reports errors, latencies per kind (the bar: none over 1 s) and memory (the bar: steady).
 * Runs in the benchmark's process: the memory figures include the load generator's small share.
 */
export async function benchConcurrentSessions(options: {
  url: string;
  companyId: string;
  email: string;
  password: string;
  su: pg.Client;
  sessions: number;
  seconds: number;
}): Promise<string[]> {
  const { url, companyId, sessions, seconds } = options;
  const tokens: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const login = (await postJson(url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: options.email, password: options.password, bearer: true } } })) as { data?: { login: { token: string } }; errors?: unknown[] };
    if (!login.data) throw new Error(`sign-in ${i + 1} of ${sessions} refused: ${JSON.stringify(login.errors)}`);
    const token = login.data.login.token;
    await postJson(url, { query: 'mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', variables: { id: companyId } }, { authorization: `Bearer ${token}` });
    tokens.push(token);
  }
  const sample = await options.su.query<{ id: string; last_name: string }>(
    `select id, coalesce(last_name, legal_name) as last_name from client where company_id = $1 order by md5(id::text) limit 500`,
    [companyId],
  );
  const requests: Request[] = [
    (n) => ({ query: `query($o: Int!) { clients(first: 50, offset: $o) { total items { id displayName taxCode preferredEmail preferredPhone residence { city } } } }`, variables: { o: (n * 37) % 5000 } }),
    (n) => ({ query: `query($q: String!) { searchClients(query: $q, first: 20) { score client { id displayName preferredEmail } } }`, variables: { q: sample.rows[n % sample.rows.length].last_name } }),
    (n) => ({
      query: `query($id: ID!) { client(id: $id) { id displayName taxCode addresses { kind city } contacts { kind value preferred } bankAccounts { iban } identityDocuments { number expiryDate } panelTabs { key count } } }`,
      variables: { id: sample.rows[n % sample.rows.length].id },
    }),
    () => ({ query: '{ me { user { id displayName } company { code } rights } }' }),
  ];
  return [
    `## Concurrent sessions (Q-7): ${sessions} sessions for ${seconds} s, each sending list pages, searches, client cards and \`me\``,
    '',
    ...(await phase(url, tokens, requests, seconds, [250, 1000], 'Busy staff: a pause of 0.25–1 s between two requests of a session.')),
    ...(await phase(url, tokens, requests, seconds, [0, 0], 'No pause at all: the server saturated, every session waiting in the queue.')),
  ];
}

async function phase(url: string, tokens: string[], requests: Request[], seconds: number, [minPause, maxPause]: [number, number], title: string): Promise<string[]> {
  // retained memory, measured after a full collection before and after the load (node --expose-gc)
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const retainedBefore = process.memoryUsage().heapUsed;
  const latencies: number[] = [];
  const byKind = KINDS.map(() => [] as number[]);
  let errors = 0;
  let n = 0;
  const memory: Array<{ at: number; rss: number; heap: number }> = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    memory.push({ at: (performance.now() - started) / 1000, rss: m.rss, heap: m.heapUsed });
  }, 1000);
  const deadline = started + seconds * 1000;
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < deadline) {
        const k = n++;
        const t0 = performance.now();
        try {
          const json = (await postJson(url, requests[k % requests.length](k), { authorization: `Bearer ${token}` })) as { errors?: unknown[] };
          if (json.errors) errors++;
        } catch {
          errors++;
        }
        const ms = performance.now() - t0;
        latencies.push(ms);
        byKind[k % requests.length].push(ms);
        if (maxPause) await new Promise((r) => setTimeout(r, minPause + Math.random() * (maxPause - minPause)));
      }
    }),
  );
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  collect?.();
  const retainedAfter = process.memoryUsage().heapUsed;
  const mb = (b: number) => fmt(b / 1024 / 1024, 0);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const window = (from: number, to: number) => memory.filter((m) => m.at >= from && m.at < to);
  const early = window(5, 15);
  const late = window(seconds - 10, seconds + 1);
  const row = (name: string, l: number[], errs: string) =>
    `| ${name} | ${l.length} | ${fmt(l.length / wall, 0)} | ${errs} | ${fmt(percentile(l, 50))} | ${fmt(percentile(l, 99))} | ${fmt(l[l.length - 1] ?? NaN)} | ${l.filter((x) => x > 1000).length} |`;
  return [
    `### ${title}`,
    '',
    '| requests | count | per second | errors | p50 ms | p99 ms | max ms | over 1 s |',
    '|---|---|---|---|---|---|---|---|',
    row('all', latencies.sort((a, b) => a - b), String(errors)),
    ...KINDS.map((kind, i) => row(kind, byKind[i].sort((a, b) => a - b), '')),
    '',
    `Memory of the process (server and load generator): RSS ${mb(avg(early.map((m) => m.rss)))} MB at 5–15 s, ${mb(avg(late.map((m) => m.rss)))} MB in the last 10 s. ` +
      (collect ? `Retained heap after a full collection: ${mb(retainedBefore)} MB before, ${mb(retainedAfter)} MB after. ` : '') +
      'Target: no error, no request over 1 s, steady memory.',
    '',
  ];
}
