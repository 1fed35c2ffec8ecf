import type pg from 'pg';
import { fmt, percentile } from './lib.js';
import { Figures, REPEATS } from './figures.js';
import { latencies, type JobResult, type LoadGenerator, type Stream } from './loadgen.js';
import { postJson } from './http-client.js';
import { LIST_QUERY } from './list-page.bench.js';
import { SEARCH_QUERY } from './search.bench.js';

const KINDS = ['list page', 'search', 'client card', 'me'] as const;

/**
 * A busy member of staff at the desk (SESSION_THINK_MS, "250-1000"): sends a request, reads the
 * answer, thinks between 0.25 and 1 s (uniformly random), sends the next — a closed loop. 50 such
 * people offer about 50 / (0.625 s + the answer's time) ≈ 75 requests a second, less when the
 * server slows down, as people do. (A fixed 2 requests a second per session, whatever the answer
 * time, offered 100 a second with no think time at all: a saturation test, not staff.)
 */
const SESSION_THINK_MS = (process.env.SESSION_THINK_MS ?? '250-1000').split('-').map(Number) as [number, number];

/**
 * `sessions` staff sessions (each its own sign-in) work at once — list pages at random offsets,
 * searches, client cards, `me` — for `seconds`, first as busy people at the desk do (SESSION_THINK_MS
 * of think time after each answer, the sessions starting at random moments), then without any pause
 * (the server saturated: latency is then the queue). The sessions are the load-generator process's
 * connections (autocannon, one keep-alive connection per session); the server runs alone in the
 * benchmark's process, whose memory is sampled. Each phase REPEATS times. Reports errors, latencies
 * per kind (the bar: none over 1 s) and memory (the bar: steady).
 */
export async function benchConcurrentSessions(options: {
  loadgen: LoadGenerator;
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
  const request = (kind: (typeof KINDS)[number], n: number) => {
    const row = sample.rows[n % sample.rows.length];
    switch (kind) {
      case 'list page': return { query: LIST_QUERY, variables: { o: (n * 37) % 5000 } };
      case 'search': return { query: SEARCH_QUERY, variables: { q: row.last_name } };
      case 'client card': return {
        query: `query($id: ID!) { client(id: $id) { id displayName taxCode addresses { kind city } contacts { kind value preferred } bankAccounts { iban } identityDocuments { number expiryDate } panelTabs { key count } } }`,
        variables: { id: row.id },
      };
      case 'me': return { query: '{ me { user { id displayName } company { code } rights } }' };
    }
  };
  // The sessions in GROUPS groups, each a stream of the load generator (a keep-alive connection per
  // session); people with think time each keep their own token, the saturation phase (autocannon)
  // takes the group's tokens and requests in turn.
  const GROUPS = Math.min(10, sessions);
  const streams = (think?: [number, number]): Stream[] =>
    Array.from({ length: GROUPS }, (_, g) => {
      const members = tokens.filter((_, i) => i % GROUPS === g);
      return {
        connections: members.length,
        rotateHeaders: members.map((token) => ({ authorization: `Bearer ${token}` })),
        ...(think ? { thinkMs: think } : {}),
        bodies: Array.from({ length: 2000 }, (_, i) => {
          const kind = KINDS[i % KINDS.length];
          return { label: kind, body: request(kind, g * 2000 + i) };
        }),
      };
    });
  return [
    `## Concurrent sessions (Q-7): ${sessions} sessions for ${seconds} s, each sending list pages, searches, client cards and \`me\``,
    '',
    `The sessions are the connections of the load-generator process (a keep-alive connection and a bearer token each, in 10 groups); the server runs in the benchmark's process, alone. Each phase ${REPEATS} times.`,
    '',
    ...(await phase(options.loadgen, url, streams(SESSION_THINK_MS), seconds, `Busy staff: each session is a person at the desk — sends a request, reads the answer, thinks ${SESSION_THINK_MS[0] / 1000}–${SESSION_THINK_MS[1] / 1000} s (random), sends the next (a closed loop, Node's HTTP client); the sessions start at random moments of the first second.`)),
    ...(await phase(options.loadgen, url, streams(), seconds, 'No pause at all (autocannon): the server saturated, every session waiting in the queue — its capacity.')),
  ];
}

async function phase(loadgen: LoadGenerator, url: string, streams: Stream[], seconds: number, title: string): Promise<string[]> {
  const figures = new Figures();
  const collect = (globalThis as { gc?: () => void }).gc;
  const mb = (b: number) => b / 1024 / 1024;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  for (let run = 0; run < REPEATS; run++) {
    // retained memory of the server's process, measured after a full collection before and after the load (node --expose-gc)
    collect?.();
    const retainedBefore = process.memoryUsage().heapUsed;
    const memory: Array<{ at: number; rss: number }> = [];
    const started = performance.now();
    const sampler = setInterval(() => memory.push({ at: (performance.now() - started) / 1000, rss: process.memoryUsage().rss }), 1000);
    let result: JobResult;
    try {
      result = await loadgen.run({ url, seconds, streams });
    } finally {
      clearInterval(sampler);
    }
    collect?.();
    const retainedAfter = process.memoryUsage().heapUsed;
    const wall = result.wallMs / 1000;
    const all = latencies(result);
    const errors = result.samples.filter((s) => s.failed).length;
    const record = (name: string, better: 'lower' | 'higher', value: number, digits = 2) => figures.record(run, { name, better, digits }, value);
    record('all: requests', 'higher', result.samples.length, 0);
    record('all: per second', 'higher', result.samples.length / wall, 0);
    record('all: **errors**', 'lower', errors, 0);
    record('all: p50 ms', 'lower', percentile(all, 50));
    record('all: p99 ms', 'lower', percentile(all, 99));
    record('all: **max ms**', 'lower', all[all.length - 1] ?? NaN);
    record('all: **over 1 s**', 'lower', all.filter((x) => x > 1000).length, 0);
    for (const kind of KINDS) {
      const l = latencies(result, kind);
      record(`${kind}: p50 ms`, 'lower', percentile(l, 50));
      record(`${kind}: p99 ms`, 'lower', percentile(l, 99));
      record(`${kind}: max ms`, 'lower', l[l.length - 1] ?? NaN);
      record(`${kind}: over 1 s`, 'lower', l.filter((x) => x > 1000).length, 0);
    }
    const early = memory.filter((m) => m.at >= Math.min(5, seconds / 4) && m.at < Math.min(15, seconds / 2));
    const late = memory.filter((m) => m.at >= seconds - Math.min(10, seconds / 4));
    record('server process RSS, early in the run, MB', 'lower', mb(avg(early.map((m) => m.rss))), 0);
    record('server process RSS, last seconds, MB', 'lower', mb(avg(late.map((m) => m.rss))), 0);
    if (collect) {
      record('server retained heap before, MB', 'lower', mb(retainedBefore), 0);
      record('server retained heap after, MB', 'lower', mb(retainedAfter), 0);
    }
    record('load generator process RSS, MB', 'lower', result.loadgenRssMb, 0);
  }
  return [
    `### ${title}`,
    '',
    ...figures.table(),
    '',
    `Median over the runs: ${fmt(figures.median('all: per second'), 0)} requests/s, errors ${fmt(figures.worst('all: **errors**'), 0)} at worst, ` +
      `max ${fmt(figures.median('all: **max ms**'), 0)} ms (worst run ${fmt(figures.worst('all: **max ms**'), 0)} ms), over 1 s: ${fmt(figures.median('all: **over 1 s**'), 0)} (worst run ${fmt(figures.worst('all: **over 1 s**'), 0)}). ` +
      'Target: no error, no request over 1 s, steady memory.',
    '',
  ];
}
