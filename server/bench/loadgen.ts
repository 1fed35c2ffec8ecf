import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Request as AutocannonRequest } from 'autocannon';

/**
 * The benchmarks' load generator, in its own OS process: every HTTP figure is measured by autocannon
 * (pinned devDependency) in a child process, so the load generator never competes for the event loop
 * of the server it measures (the server runs in the benchmark's process, idle but for the requests).
 *
 * One primitive, a job of streams: each stream is one keep-alive connection that sends its own list of
 * GraphQL bodies in order (once, or round and round for `seconds`), with its own headers (a session's
 * bearer token) and optionally a pace (`perSecond` requests a second at most, as a person clicking).
 * All streams of a job run at once. The answer: per request its label, latency (ms) and whether it
 * failed (HTTP status not 200, GraphQL errors, time-out, connection error).
 */

export interface Stream {
  headers?: Record<string, string>;
  /** Keep-alive connections of this stream (default 1). */
  connections?: number;
  /**
   * Headers taken in turn, one set per request (e.g. the bearer tokens of many sessions). With it the
   * stream's connections share its bodies (each request takes the next body); without it every
   * connection sends all the bodies in order.
   */
  rotateHeaders?: Array<Record<string, string>>;
  /** GraphQL bodies, each with a label (the kind of request, for per-kind figures). */
  bodies: Array<{ label: string; body: unknown }>;
  /** Requests per second at most on this connection (autocannon's connectionRate); 0 = no pause. */
  perSecond?: number;
  /** Starts the stream after this many ms (spreads paced sessions over the first second). */
  delayMs?: number;
  /**
   * A person at the desk instead of a fixed pace: each connection is one session (its own headers
   * from `rotateHeaders`) that sends a request, reads the answer, then thinks for a random time
   * between these two bounds (ms) before the next — a closed loop, so a slow server is offered less,
   * as real staff would. Needs `seconds`. Sent with Node's HTTP client (keep-alive, one socket per
   * session), since autocannon has no think time.
   */
  thinkMs?: [number, number];
}

export interface Job {
  url: string;
  streams: Stream[];
  /** Run for this long, cycling each stream's bodies; without it each body is sent once. */
  seconds?: number;
  /** Per-request time-out in seconds (autocannon's default 10). */
  timeoutSeconds?: number;
}

export interface Sample {
  label: string;
  ms: number;
  failed: boolean;
}

export interface JobResult {
  samples: Sample[];
  /**
   * From the job's start to its last answer. autocannon ends a run only at its next one-second tick
   * after the last answer, so the time until it returns would round every run up to whole seconds
   * (1,000 requests answered in 2.2 s would count as 3 s); the last answer's time does not.
   */
  wallMs: number;
  /** Resident memory of the load generator's process at the end of the job (MB). */
  loadgenRssMb: number;
}

const HERE = fileURLToPath(import.meta.url);

/** The parent's handle on the load-generator process. */
export class LoadGenerator {
  private next = 0;
  private readonly pending = new Map<number, { resolve(r: JobResult): void; reject(e: Error): void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: { id: number; result?: JobResult; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.result!);
    });
    child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`load generator exited (${code})`));
      this.pending.clear();
    });
  }

  static async start(): Promise<LoadGenerator> {
    const child = fork(HERE, ['--child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, NODE_OPTIONS: '' } });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
    });
    return new LoadGenerator(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  run(job: Job): Promise<JobResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, job });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}

// ---------------------------------------------------------------- the child process

/** One POST on a keep-alive agent: HTTP status and body text. */
function post(agent: http.Agent, target: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A stream of people with think time (Stream.thinkMs): one closed loop per connection until the job's end. */
async function runThinkingStream(job: Job, stream: Stream, samples: Sample[]): Promise<void> {
  const [minThink, maxThink] = stream.thinkMs!;
  const target = new URL(job.url);
  const until = performance.now() + (job.seconds ?? 0) * 1000;
  const timeoutMs = (job.timeoutSeconds ?? 10) * 1000;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let turn = 0;
  const sessions = stream.connections ?? 1;
  await Promise.all(
    Array.from({ length: sessions }, async (_, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const headers = { ...stream.headers, ...(stream.rotateHeaders?.[i % stream.rotateHeaders.length] ?? {}) };
      // people do not start at the same instant: each session's first request within its first think time
      await sleep((stream.delayMs ?? 0) + Math.random() * maxThink);
      try {
        while (performance.now() < until) {
          const { label, body } = stream.bodies[turn++ % stream.bodies.length];
          const t0 = performance.now();
          try {
            const r = await post(agent, target, headers, JSON.stringify(body), timeoutMs);
            samples.push({ label, ms: performance.now() - t0, failed: r.status !== 200 || r.text.includes('"errors"') });
          } catch (error) {
            samples.push((error as Error).message === 'request timed out' ? { label: 'time-out', ms: timeoutMs, failed: true } : { label: 'connection error', ms: NaN, failed: true });
          }
          await sleep(minThink + Math.random() * (maxThink - minThink));
        }
      } finally {
        agent.destroy();
      }
    }),
  );
}

async function runJob(job: Job): Promise<JobResult> {
  const { default: autocannon } = await import('autocannon');
  const target = new URL(job.url);
  const samples: Sample[] = [];
  const started = performance.now();
  let lastAnswer: number | undefined;
  await Promise.all(
    job.streams.map(async (stream) => {
      if (!stream.bodies.length) return;
      if (stream.thinkMs) return runThinkingStream(job, stream, samples);
      if (stream.delayMs) await new Promise((r) => setTimeout(r, stream.delayMs));
      let last = { label: '', failed: false };
      const base = { method: 'POST' as const, path: target.pathname, headers: { 'content-type': 'application/json', ...stream.headers } };
      const rotate = stream.rotateHeaders;
      // autocannon calls a request's onResponse and then emits 'response' for it, synchronously
      const requests = rotate
        ? (() => {
            // one request entry whose set-up takes the stream's next body and next headers, whichever
            // connection asks: the connections share the bodies instead of each sending the same ones
            let turn = 0;
            return [
              {
                ...base,
                body: JSON.stringify(stream.bodies[0].body),
                setupRequest: (req: AutocannonRequest, context: object) => {
                  const { label, body } = stream.bodies[turn % stream.bodies.length];
                  (context as { label?: string }).label = label;
                  return { ...req, headers: { ...req.headers, ...rotate[turn++ % rotate.length] }, body: JSON.stringify(body) };
                },
                onResponse: (status: number, text: string, context: object) => {
                  last = { label: (context as { label?: string }).label ?? '', failed: status !== 200 || text.includes('"errors"') };
                },
              },
            ];
          })()
        : stream.bodies.map(({ label, body }) => ({
            ...base,
            body: JSON.stringify(body),
            onResponse: (status: number, text: string) => {
              last = { label, failed: status !== 200 || text.includes('"errors"') };
            },
          }));
      await new Promise<void>((resolve, reject) => {
        const instance = autocannon(
          {
            url: target.origin,
            connections: stream.connections ?? 1,
            pipelining: 1,
            requests,
            ...(job.seconds ? { duration: job.seconds } : { amount: stream.bodies.length * (rotate ? 1 : (stream.connections ?? 1)) }),
            ...(stream.perSecond ? { connectionRate: stream.perSecond } : {}),
            timeout: job.timeoutSeconds ?? 10,
            // the first request of each pass would otherwise be sent with the previous pass's context
            initialContext: {},
          },
          (error) => (error ? reject(error) : resolve()),
        );
        instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
          samples.push({ label: last.label, ms, failed: last.failed });
          lastAnswer = performance.now();
        });
        // a time-out counts at its length (a request over 1 s), a broken connection without a latency
        instance.on('reqError', (error: Error) => {
          samples.push(error.message === 'request timed out' ? { label: 'time-out', ms: (job.timeoutSeconds ?? 10) * 1000, failed: true } : { label: 'connection error', ms: NaN, failed: true });
          lastAnswer = performance.now();
        });
      });
    }),
  );
  // streams with think time time themselves (runThinkingStream): their job's end is its wall
  return { samples, wallMs: (lastAnswer ?? performance.now()) - started, loadgenRssMb: process.memoryUsage().rss / 1024 / 1024 };
}

if (process.argv.includes('--child') && process.send) {
  process.on('message', (m: { id: number; job: Job }) => {
    runJob(m.job).then(
      (result) => process.send!({ id: m.id, result }),
      (error: Error) => process.send!({ id: m.id, error: String(error?.stack ?? error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
}

/** Latencies (ms) of the samples that carry `label` (all when omitted), sorted, failures included. */
export function latencies(result: JobResult, label?: string): number[] {
  return result.samples.filter((s) => (label === undefined || s.label === label) && Number.isFinite(s.ms)).map((s) => s.ms).sort((a, b) => a - b);
}

export const loadgenFile = path.basename(HERE);
