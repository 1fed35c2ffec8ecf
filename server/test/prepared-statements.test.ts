import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { prepared } from '../src/db/prepared.js';

/**
 * The statements sent as named prepared statements (src/db/prepared.ts: the policy lists, the account
 * tab, the clients list, the card's tab counts, the trial balance): planned once per connection, values sent as parameters, and still scoped by row-level
 * security to the transaction's company — also when PostgreSQL runs its kept, generic plan.
 */
let t: TestPlatform;
let rossi: string;
let vdberg: string;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const su = await t.superuser();
  const { rows } = await su.query<{ id: string; code: string }>(`select id, code from company where code in ('ROSSI', 'VDBERG')`);
  await su.end();
  rossi = rows.find((r) => r.code === 'ROSSI')!.id;
  vdberg = rows.find((r) => r.code === 'VDBERG')!.id;
});
afterAll(() => t?.stop());

/** `fn` in a transaction of the run-time role with the company set (as a request's scope is set), rolled back. */
async function inScope<T>(companyId: string, fn: (em: EntityManager) => Promise<T>, options: { generic?: boolean } = {}): Promise<T> {
  const em = t.orm.em.fork() as EntityManager;
  await em.begin();
  try {
    await em.execute(`select set_config('app.company_id', ?, true)`, [companyId]);
    if (options.generic) await em.execute(`select set_config('plan_cache_mode', 'force_generic_plan', true)`);
    return await fn(em);
  } finally {
    await em.rollback();
  }
}

const STATEMENT = `select distinct p.company_id from policy p where p.status <> ?`;

describe('prepared statements (src/db/prepared.ts)', () => {
  it('prepares a statement once per connection under the name of its text, and sends the values as parameters', async () => {
    const seen = await inScope(rossi, async (em) => {
      await prepared(em).execute(STATEMENT, ['request']);
      await prepared(em).execute(STATEMENT, ['offer']);
      return em.execute<Array<{ name: string; statement: string }>>(`select name, statement from pg_prepared_statements where statement like '%from policy p where p.status <> $1%'`);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].name).toMatch(/^q_[0-9a-f]{24}$/);
    expect(seen[0].statement).toBe(STATEMENT.replace('?', '$1'));
    // a value is a parameter, never text of the statement: quotes and question marks arrive as they are
    const [row] = await inScope(rossi, (em) => prepared(em).execute<{ v: string }>(`select ?::text as v`, [`x'); drop table policy; --?`]));
    expect(row.v).toBe(`x'); drop table policy; --?`);
  });

  it("keeps every company's rows to itself when the kept, generic plan runs (row-level security read at execution)", async () => {
    const answers: Array<{ company: string; rows: string[] }> = [];
    for (let i = 0; i < 8; i++) {
      const company = i % 2 ? vdberg : rossi;
      const rows = await inScope(company, async (em) => (await prepared(em).execute<{ company_id: string }>(STATEMENT, ['request'])).map((r) => r.company_id), { generic: true });
      answers.push({ company, rows });
    }
    for (const a of answers) expect(a.rows).toEqual([a.company]);
    // PostgreSQL did run a generic plan of it (the same plan for both companies)
    const plans = await inScope(rossi, async (em) => {
      await prepared(em).execute(STATEMENT, ['request']);
      return em.execute<Array<{ generic_plans: string }>>(`select generic_plans from pg_prepared_statements where statement = ?`, [STATEMENT.replace('?', '$1')]);
    }, { generic: true });
    expect(Number(plans[0].generic_plans)).toBeGreaterThan(0);
  });

  it("refuses as the ORM does: a failing statement throws the ORM's driver exception with PostgreSQL's code", async () => {
    const error = await inScope(rossi, (em) => prepared(em).execute(`select 1 / ?::int as x`, [0])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverException);
    expect((error as DriverException).code).toBe('22012');
  });
});

describe('the lists served through prepared statements', () => {
  let marco: GqlClient;
  let sanne: GqlClient;
  beforeAll(async () => {
    marco = await signedIn(t, USERS.rossiAgent);
    sanne = await signedIn(t, USERS.vdbergAgent);
  });

  it("answers two companies' agents in turn, each with only their company's policies, in one statement each", async () => {
    const su = await t.superuser();
    const own = async (companyId: string) => new Set((await su.query<{ id: string }>(`select id from policy where company_id = $1`, [companyId])).rows.map((r) => r.id));
    const [rossiIds, vdbergIds] = [await own(rossi), await own(vdberg)];
    await su.end();
    expect(rossiIds.size).toBeGreaterThan(0);
    expect(vdbergIds.size).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) {
      const [agent, ids] = i % 2 ? [sanne, vdbergIds] : [marco, rossiIds];
      let page: { total: number; items: Array<{ id: string }> } | undefined;
      const statements = await statementsOf(t, async () => {
        page = (await agent.ok(`{ policies(first: 50) { total items { id client { id } } } }`)).policies;
      });
      expect(statements.filter((q) => /from policy p/.test(q))).toHaveLength(1);
      expect(page!.total).toBe(ids.size);
      expect(page!.items.length).toBe(Math.min(50, ids.size));
      for (const p of page!.items) expect(ids.has(p.id)).toBe(true);
    }
  });

  it("answers the clients list to two companies' agents in turn, past the kept plan, each with only their company's clients", async () => {
    const su = await t.superuser();
    const own = async (companyId: string) =>
      new Set((await su.query<{ id: string }>(`select id from client where company_id = $1 and status in ('prospect', 'active')`, [companyId])).rows.map((r) => r.id));
    const [rossiIds, vdbergIds] = [await own(rossi), await own(vdberg)];
    await su.end();
    expect(rossiIds.size).toBeGreaterThan(0);
    expect(vdbergIds.size).toBeGreaterThan(0);
    for (let i = 0; i < 12; i++) {
      const [agent, ids] = i % 2 ? [sanne, vdbergIds] : [marco, rossiIds];
      const page = (await agent.ok(`{ clients(first: 200) { total items { id } } }`)).clients as { total: number; items: Array<{ id: string }> };
      expect(page.total).toBe(ids.size);
      expect(page.items.length).toBe(Math.min(200, ids.size));
      for (const c of page.items) expect(ids.has(c.id)).toBe(true);
    }
  });

  it("answers the trial balance to two companies in turn, past the kept plan, each from its own books", async () => {
    const su = await t.superuser();
    const books = async (companyId: string) =>
      (await su.query<{ d: string }>(`select coalesce(sum(debit), 0)::text as d from journal_line where company_id = $1 and entry_date <= current_date`, [companyId])).rows[0].d;
    const [rossiDebit, vdbergDebit] = [await books(rossi), await books(vdberg)];
    await su.end();
    expect(rossiDebit).not.toBe(vdbergDebit);
    const laura = await signedIn(t, USERS.rossiAccountant);
    const pieter = await signedIn(t, USERS.vdbergAdmin);
    for (let i = 0; i < 12; i++) {
      const [who, debit] = i % 2 ? [pieter, vdbergDebit] : [laura, rossiDebit];
      const tb = (await who.ok(`{ trialBalance { totalDebit totalCredit totalBalance } }`)).trialBalance as { totalDebit: string; totalCredit: string; totalBalance: string };
      expect(tb.totalDebit).toBe(debit);
      expect(tb.totalDebit).toBe(tb.totalCredit);
    }
  });
});
