import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginWith } from '../src/db/begin-with.js';
import { openingStatement } from '../src/core/context.js';
import { runsQuery } from '../src/core/request.js';
import type { Request } from 'express';
import { signedIn, startTestPlatform, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';

/**
 * A request opens with one round trip to PostgreSQL: its BEGIN and its opening statement (session,
 * company scope, rights) go as one message (db/begin-with.ts). What the opening found is what the
 * request works with; a failed opening leaves no transaction open on the pooled connection; the
 * values in the opening statement are literals checked before they are written into it.
 */

let t: TestPlatform;
let marco: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  marco = await signedIn(t, USERS.rossiAgent, { bearer: true });
});
afterAll(async () => t?.stop());

describe('the opening of a request', () => {
  it('sends BEGIN and the opening statement as one statement text (one message)', async () => {
    const sent = await statementsOf(t, async () => {
      const page = await marco.ok<{ me: { company: { code: string }; rights: string[] } }>('{ me { company { code } rights } }');
      expect(page.me.company.code).toBe('ROSSI');
      expect(page.me.rights).toContain('clients:view');
    }, { all: true });
    const begins = sent.filter((q) => /^\s*begin\b/i.test(q));
    expect(begins).toHaveLength(1);
    // a query: its transaction read-only after the opening, in the same message
    expect(begins[0]).toMatch(/^BEGIN; select app_open_request\('[0-9a-f]{64}', make_interval\(secs => 60\)\) as r; SET TRANSACTION READ ONLY$/);
    // no separate BEGIN or opening statement
    expect(sent.filter((q) => /app_open_request/.test(q))).toEqual(begins);
  });

  it('opens a request without a session with the empty scope: nothing of any company is visible', async () => {
    const sent = await statementsOf(t, async () => {
      const res = await fetch(marco.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ clients(first: 5) { total } }' }) });
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }, { all: true });
    expect(sent.filter((q) => /^\s*begin\b/i.test(q))).toEqual([
      "BEGIN; select set_config('app.company_id', '', true), set_config('app.user_id', '', true), set_config('app.is_operator', '', true); SET TRANSACTION READ ONLY",
    ]);
  });

  it('rolls back a transaction whose first statement failed before its connection goes back to the pool', async () => {
    await expect(beginWith(t.orm.em.fork(), 'select 1 / 0')).rejects.toThrow(/division by zero/);
    // every pooled connection is usable: none was returned inside an aborted transaction
    for (let i = 0; i < 25; i++) {
      const em = t.orm.em.fork();
      const [row] = await beginWith(em, `select ${i} as n, pg_current_xact_id_if_assigned() is null as fresh`);
      expect(row).toEqual({ n: i, fresh: true });
      expect(em.isInTransaction()).toBe(true);
      await em.rollback();
    }
    // and the requests still answer
    expect((await marco.ok<{ me: { company: { code: string } } }>('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
  });

  it('gives the entity manager the transaction the statement began: its statements run in it, and end with it', async () => {
    const em = t.orm.em.fork();
    const [first] = await beginWith(em, 'select txid_current()::text as x');
    const [again] = await em.execute<Array<{ x: string }>>('select txid_current()::text as x');
    expect(again.x).toBe(first.x);
    await em.commit();
    expect(em.isInTransaction()).toBe(false);
    const later = t.orm.em.fork();
    const [next] = await beginWith(later, 'select txid_current()::text as x');
    expect(next.x).not.toBe(first.x);
    await later.rollback();
  });

  it('writes into the opening statement only a SHA-256 hex hash and whole seconds, refusing anything else', () => {
    expect(openingStatement('a'.repeat(64), 60)).toBe(`select app_open_request('${'a'.repeat(64)}', make_interval(secs => 60)) as r`);
    expect(() => openingStatement("x', null) as r; drop table client; --", 60)).toThrow(/SHA-256/);
    expect(() => openingStatement('A'.repeat(64), 60)).toThrow(/SHA-256/);
    expect(() => openingStatement('a'.repeat(64), 1.5)).toThrow(/SHA-256/);
  });
});

describe('queries run read-only', () => {
  it('keeps a mutation read-write: its BEGIN goes with the opening statement alone', async () => {
    const su = await t.superuser();
    const { rows: [rossi] } = await su.query(`select id from company where code = 'ROSSI'`);
    await su.end();
    const sent = await statementsOf(t, () => marco.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: rossi.id }), { all: true });
    const begins = sent.filter((q) => /^\s*begin\b/i.test(q));
    expect(begins.length).toBeGreaterThan(0);
    for (const b of begins) expect(b).not.toMatch(/READ ONLY/);
  });

  it('refuses any write after the opening statement of a read-only transaction', async () => {
    const su = await t.superuser();
    try {
      const [{ id }] = (await su.query(`insert into company (code, name, country, locale, currency) values ('RP' || upper(substr(md5(random()::text), 1, 6)), 'Read-only probe', 'IT', 'it', 'EUR') returning id`)).rows;
      const em = t.orm.em.fork();
      await beginWith(em, `select set_config('app.company_id', '', true)`, { readOnly: true });
      await expect(em.execute(`update company set name = 'changed' where id = ?`, [id])).rejects.toThrow(/read-only transaction/);
      await em.rollback();
      expect((await su.query(`select name from company where id = $1`, [id])).rows[0].name).toBe('Read-only probe');
      await su.query(`delete from company where id = $1`, [id]);
    } finally {
      await su.end();
    }
  });

  it('answers a query without waiting for its COMMIT, which still makes the session\'s touch durable', async () => {
    const su = await t.superuser();
    try {
      await su.query(`update user_session set last_seen_at = now() - interval '2 hours' where token_hash = encode(sha256($1::bytea), 'hex')`, [marco.bearer]);
      const before = (await su.query(`select last_seen_at from user_session where token_hash = encode(sha256($1::bytea), 'hex')`, [marco.bearer])).rows[0].last_seen_at as Date;
      expect(Date.now() - before.getTime()).toBeGreaterThan(3_600_000);
      expect((await marco.ok<{ me: { company: { code: string } } }>('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
      let seen = before;
      for (let i = 0; i < 50 && seen.getTime() === before.getTime(); i++) {
        await new Promise((r) => setTimeout(r, 20));
        seen = (await su.query(`select last_seen_at from user_session where token_hash = encode(sha256($1::bytea), 'hex')`, [marco.bearer])).rows[0].last_seen_at as Date;
      }
      expect(Date.now() - seen.getTime()).toBeLessThan(60_000);
    } finally {
      await su.end();
    }
  });

  it('lets a query make the reference data it needs (a new company\'s first chart of accounts) in a transaction of its own', async () => {
    const su = await t.superuser();
    try {
      const code = `RO${Date.now().toString(36).toUpperCase().slice(-6)}`;
      const { rows: [company] } = await su.query(`insert into company (code, name, country, locale, currency) values ($1, 'Agenzia Nuova', 'IT', 'it', 'EUR') returning id`, [code]);
      const { rows: [role] } = await su.query(
        `insert into role (company_id, name, template, rights) select $1, 'Accountant', 'accountant', r.rights from role r join company c on c.id = r.company_id
          where c.code = 'ROSSI' and r.template = 'accountant' returning id`,
        [company.id],
      );
      await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = $3`, [company.id, role.id, USERS.rossiAccountant]);
      expect((await su.query(`select count(*)::int as n from ledger_account where company_id = $1`, [company.id])).rows[0].n).toBe(0);
      const laura = await signedIn(t, USERS.rossiAccountant, { bearer: true });
      await laura.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: company.id });
      const chart = await laura.ok<{ ledgerAccounts: Array<{ code: string }> }>('{ ledgerAccounts { code } }');
      expect(chart.ledgerAccounts.length).toBeGreaterThan(10);
      // written and committed, not only shown
      expect((await su.query(`select count(*)::int as n from ledger_account where company_id = $1`, [company.id])).rows[0].n).toBe(chart.ledgerAccounts.length);
    } finally {
      await su.end();
    }
  });

  it('tells a query from anything else by its document and operation name', () => {
    const req = (body: unknown, method = 'POST') => ({ method, body }) as unknown as Request;
    expect(runsQuery(req({ query: '{ me { user { id } } }' }))).toBe(true);
    expect(runsQuery(req({ query: 'query Me { me { user { id } } }', operationName: 'Me' }))).toBe(true);
    expect(runsQuery(req({ query: 'mutation { logout }' }))).toBe(false);
    expect(runsQuery(req({ query: 'query A { me { user { id } } } mutation B { logout }', operationName: 'B' }))).toBe(false);
    expect(runsQuery(req({ query: 'query A { me { user { id } } } mutation B { logout }', operationName: 'A' }))).toBe(true);
    expect(runsQuery(req({ query: 'query A { me { user { id } } } mutation B { logout }' }))).toBe(false);
    expect(runsQuery(req({ query: '{ me { ' }))).toBe(false);
    expect(runsQuery(req({ query: '{ me { user { id } } }' }, 'GET'))).toBe(false);
    expect(runsQuery(req(undefined))).toBe(false);
  });
});
