import { inject, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { authenticator } from 'otplib';
import { loadConfig, type Config } from '../src/config.js';
import { provisionDatabase, grantAppRole } from '../src/db/provision.js';
import { migrate } from '../src/db/orm.js';
import { createSender, migrateQueue, type MailSender } from '../src/modules/mail/mail.worker.js';
import type { OutboxMessage } from '../src/modules/mail/outbox-message.entity.js';
import { startPlatform, type Platform } from '../src/platform.js';
import { loadDemoData } from '../src/seeds/demo.seeder.js';
import { dayIn } from '../src/core/company-calendar.js';
import { addDays } from '../src/modules/policies/installments.js';
import { resetRateLimits } from '../src/modules/base/auth/auth.service.js';

export const demo = loadDemoData();

const lastStep = new Map<string, number>();
/**
 * YYYY-MM-DD, `days` from today in a company's time zone — the server's "today" for that company
 * (ROSSI: Europe/Rome, VDBERG: Europe/Amsterdam), a day ahead of UTC's from 23:00 or 22:00 UTC.
 */
export function companyDay(days = 0, timeZone = 'Europe/Rome'): string {
  // calendar days from the company's today, as the server counts them (not days × 24 hours from now,
  // a day off around midnight when a change of daylight saving time lies between)
  return addDays(dayIn(timeZone), days);
}

const queues = new Map<string, Promise<unknown>>();
/** Runs `fn` after every earlier call for the same `key` has settled. */
function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
  queues.set(key, run.catch(() => undefined));
  return run;
}

/** Set by startTestPlatform: forgets the server's last accepted step of a user, so tests need not wait. */
let forgetServerStep: ((user: string) => Promise<void>) | null = null;

/**
 * A TOTP code the server has not yet accepted for `user`. The server never accepts a time step twice
 * (RFC 6238 §5.2) and allows one step of drift, so each use takes the next unused step of the
 * current or the following 30 seconds — waiting for the clock when both are spent.
 */
export async function freshTotp(user: string, secret: string = demo.totpSecret): Promise<string> {
  const key = `${user}|${secret}`;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (lastStep.get(key) ?? -1) + 1);
    if (step <= now + 1) {
      lastStep.set(key, step);
      return authenticator.clone({ epoch: step * 30_000 + 1_000 }).generate(secret);
    }
    if (forgetServerStep) {
      // Both usable steps are spent: rather than wait for the clock, the test forgets them on both sides.
      await forgetServerStep(user);
      lastStep.set(key, now - 1);
      continue;
    }
    await new Promise((r) => setTimeout(r, (now + 1) * 30_000 - Date.now() + 200));
  }
}
export const PASSWORD = demo.password;

/** The demo users by role, for tests that act as a person would. */
export const USERS = {
  operator: demo.operator.email,
  rossiAdmin: 'giulia.rossi@rossi-assicurazioni.example',
  rossiAgent: 'marco.bianchi@rossi-assicurazioni.example',
  rossiAccountant: 'laura.conti@rossi-assicurazioni.example',
  vdbergAdmin: 'pieter.vandenberg@vandenberg-verzekeringen.example',
  vdbergAgent: 'sanne.jansen@vandenberg-verzekeringen.example',
  both: 'elena.ferrari@broker.example',
};

export interface TestPlatform extends Platform {
  config: Config;
  databaseName: string;
  /** A superuser connection to this test's database (for tampering and for checks outside the app). */
  superuser(): Promise<pg.Client>;
  client(): GqlClient;
}

/** A fresh database with migrations and demo data, and the platform serving it on a free port. */
export async function startTestPlatform(options: { sender?: MailSender; env?: Record<string, string>; worker?: boolean } = {}): Promise<TestPlatform> {
  const superuserUrl = inject('superuserUrl');
  const databaseName = `t_${randomBytes(6).toString('hex')}`;
  const urls = await provisionDatabase(superuserUrl, databaseName, 'agency_app_dev');
  await migrate(urls.ownerUrl);
  await migrateQueue(urls.ownerUrl);
  await grantAppRole(urls.ownerUrl, urls.appUrl);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(inject('platformDirs') ?? tmpdir(), 'agency-data-')), PORT: '0', SECRET_KEY: 'test-secret', ...options.env }),
  };
  await resetRateLimits();
  // With SMTP_URL the real sender delivers to that SMTP server; otherwise mail is dropped unless a sender is given.
  const sender = options.sender ?? (config.smtpUrl ? createSender(config, () => undefined) : { send: async () => undefined });
  const platform = await startPlatform(config, { urls, sender, worker: options.worker, log: () => undefined });
  const dbUrl = new URL(superuserUrl);
  dbUrl.pathname = `/${databaseName}`;
  forgetServerStep = async (user) => {
    const c = new pg.Client({ connectionString: dbUrl.toString() });
    await c.connect();
    await c.query('update app_user set totp_last_step = null where email = $1', [user]);
    await c.end();
  };
  return {
    ...platform,
    config,
    databaseName,
    async superuser() {
      const c = new pg.Client({ connectionString: dbUrl.toString() });
      await c.connect();
      return c;
    },
    client: () => new GqlClient(`${platform.url}/graphql`),
  };
}

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: Array<{ field: string; reason: string; message: string }>; [k: string]: unknown };
}
export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
}

/** A person's browser (cookie) or an API client (bearer token) talking to the real server. */
export class GqlClient {
  cookie: string | null = null;
  bearer: string | null = null;

  constructor(readonly url: string) {}

  /** What this person's requests carry: the session cookie, the bearer token (the file routes take them too). */
  authHeaders(): Record<string, string> {
    return { ...(this.cookie ? { cookie: this.cookie } : {}), ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}) };
  }

  async raw(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: GqlResult }> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.authHeaders(), ...headers },
      body,
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (name === 'sid') this.cookie = value ? `sid=${value}` : null;
      if (/Expires=Thu, 01 Jan 1970/.test(c)) this.cookie = null;
    }
    const text = await res.text();
    let json: GqlResult;
    try {
      json = JSON.parse(text) as GqlResult;
    } catch {
      json = { errors: [{ message: text }], status: res.status };
    }
    return { status: res.status, json: { ...json, status: res.status } };
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const { json } = await this.raw(JSON.stringify({ query, variables }));
    return json as GqlResult<T>;
  }

  /** Data of a query expected to succeed; throws with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** The `extensions.code` of the first error. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const r = await this.gql(query, variables);
    return r.errors?.[0]?.extensions?.code;
  }

  async login(email: string, password = PASSWORD, options: { totpSecret?: string; bearer?: boolean } = {}): Promise<this> {
    const r = await this.ok<{ login: { status: string; token: string | null } }>(
      'mutation($input: LoginInput!) { login(input: $input) { status token } }',
      { input: { email, password, bearer: options.bearer ?? false } },
    );
    if (r.login.token) this.bearer = r.login.token;
    if (r.login.status === 'SECOND_FACTOR_REQUIRED') {
      // one second factor at a time per user: a code taken by a sign-in running beside this one, or the
      // server's step forgotten by freshTotp in between, would make the server refuse the other code
      const v = await oneAtATime(email, async () => {
        const code = await freshTotp(email, options.totpSecret ?? demo.totpSecret);
        return this.ok<{ verifySecondFactor: { token: string | null } }>('mutation($c: String!) { verifySecondFactor(code: $c) { token } }', { c: code });
      });
      if (v.verifySecondFactor.token) this.bearer = v.verifySecondFactor.token;
    }
    return this;
  }

  async switchTo(code: string): Promise<void> {
    const me = await this.ok<{ me: { companies: Array<{ company: { id: string; code: string } }> } }>('{ me { companies { company { id code } } } }');
    const target = me.me.companies.find((c) => c.company.code === code);
    if (!target) throw new Error(`not a member of ${code}`);
    await this.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: target.company.id });
  }
}

/** A fake mail sender that keeps what the worker delivers, for tests that read their e-mail. */
export function mailbox(): MailSender & { messages: OutboxMessage[]; waitFor(to: string, match?: (m: OutboxMessage) => boolean, timeoutMs?: number): Promise<OutboxMessage> } {
  const messages: OutboxMessage[] = [];
  return {
    messages,
    async send(m) {
      messages.push({ ...m } as OutboxMessage);
    },
    async waitFor(to, match = () => true, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((m) => m.to === to && match(m));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** The one-time token of a reset or invitation link in an e-mail's text. */
export function linkToken(text: string): string {
  const m = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no reset link in: ${text}`);
  return m[1];
}

export async function signedIn(t: TestPlatform, email: string, options: { bearer?: boolean } = {}): Promise<GqlClient> {
  return t.client().login(email, PASSWORD, options);
}

/**
 * The SQL statements the server sends while `fn` runs, as MikroORM's logger sees them. By default
 * the request's opening statement (`app_open_request`) and transaction control are left out, so a
 * test counts what answering the request itself costs; `{ all: true }` keeps them.
 */
export async function statementsOf(t: TestPlatform, fn: () => Promise<unknown>, options: { all?: boolean } = {}): Promise<string[]> {
  const logger = t.orm.config.getLogger();
  const statements: string[] = [];
  const spy = vi.spyOn(logger, 'logQuery').mockImplementation((context) => {
    statements.push(String(context.query));
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return options.all ? statements : statements.filter((q) => !/app_open_request|^(begin|commit|rollback|set constraints)/i.test(q.trim()));
}

/** The entity classes MikroORM mapped from rows (`em.map`) while `fn` ran, by name: what a read costs the request's commit. */
export async function entitiesMappedDuring(t: TestPlatform, fn: () => Promise<unknown>): Promise<string[]> {
  const em = Object.getPrototypeOf(t.orm.em) as { map: (...args: unknown[]) => unknown };
  const mapped: string[] = [];
  const original = em.map;
  const spy = vi.spyOn(em, 'map').mockImplementation(function (this: unknown, ...args: unknown[]) {
    mapped.push(String((args[0] as { name?: string }).name ?? args[0]));
    return original.apply(this, args);
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return mapped;
}
