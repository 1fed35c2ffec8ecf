import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { generateClients } from '../bench/generate-clients.js';
import { generateConsents } from '../bench/generate-consents.js';
import { VERIFY } from './consents-helpers.js';

/**
 * Chain verification at speed (issue #11, "Speed and integrity": 1,000,000 records in under a minute)
 * without losing what it proves: every company's chains are checked by one set-based statement that
 * PostgreSQL may run with parallel workers under row-level security, and every kind of tampering is
 * still caught at the first broken record of each client.
 */
let t: TestPlatform;
let su: pg.Client;
let marco: GqlClient; // agent of ROSSI, made an agent of GEN01 too
let gen01: string;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const url = new URL(inject('superuserUrl'));
  url.pathname = `/${t.databaseName}`;
  await generateClients(url.toString(), { companies: 2, clients: 300 });
  await generateConsents(url.toString());
  su = await t.superuser();
  gen01 = (await su.query(`select id from company where code = 'GEN01'`)).rows[0].id;
  const { rows: [role] } = await su.query(
    `insert into role (company_id, name, template, rights) select $1, 'Agent', 'agent', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'agent' returning id`,
    [gen01],
  );
  await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = $3`, [gen01, role.id, USERS.rossiAgent]);
  marco = await signedIn(t, USERS.rossiAgent);
  await marco.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: gen01 });
}, 120_000);
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

/** Statements the server sends to PostgreSQL while `fn` runs. */
async function statements(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const knex = (t.orm.em.getConnection() as unknown as { getKnex(): { on(e: string, f: (q: { sql: string }) => void): void; off(e: string, f: unknown): void } }).getKnex();
  const listen = (q: { sql: string }) => seen.push(q.sql);
  knex.on('query', listen);
  try {
    await fn();
  } finally {
    knex.off('query', listen);
  }
  return seen;
}

/** Changes stored records as the owner would, past the append-only trigger (what verification must catch). */
async function tamper(sql: string, params: unknown[]): Promise<void> {
  await su.query(`set session_replication_role = replica`);
  try {
    await su.query(sql, params);
  } finally {
    await su.query(`set session_replication_role = origin`);
  }
}

describe('chain verification, set-based and parallel', () => {
  it('verifies a company\'s chains in one statement, whatever the number of clients', async () => {
    const records = Number((await su.query(`select count(*) from consent_record where company_id = $1`, [gen01])).rows[0].count);
    expect(records).toBeGreaterThan(40);
    let report: any;
    const sql = await statements(async () => {
      report = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    });
    expect(report).toMatchObject({ ok: true, checked: records, breaks: [] });
    expect(sql.filter((s) => /consent_chain_breaks/.test(s))).toHaveLength(1);
    expect(sql.filter((s) => /consent_record/.test(s)).length).toBeLessThanOrEqual(2); // the counts and the chain check, no loop per client
  });

  it('lets PostgreSQL verify the chains with parallel workers under row-level security', async () => {
    const em = t.orm.em.fork();
    await em.begin();
    try {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      await conn.execute(`select set_config('app.company_id', ?, true)`, [gen01], 'all', tx);
      // a small table: make workers as cheap as on a large one, so the plan shows whether they are allowed at all
      await conn.execute(`set local parallel_setup_cost = 0`, [], 'run', tx);
      await conn.execute(`set local parallel_tuple_cost = 0`, [], 'run', tx);
      await conn.execute(`set local min_parallel_table_scan_size = 0`, [], 'run', tx);
      await conn.execute(`set local min_parallel_index_scan_size = 0`, [], 'run', tx);
      const [row] = await conn.execute<Array<{ 'QUERY PLAN': unknown }>>(`explain (format json) select * from consent_chain_breaks(null)`, [], 'all', tx);
      const plan = JSON.stringify(row['QUERY PLAN']);
      expect(plan).toMatch(/"Parallel Aware":\s*true/);
      expect(plan).toMatch(/"Node Type":\s*"Gather( Merge)?"/);
      // the sort below the window carries the checked columns (client, position, hashes, content ok), not whole records
      const sorts: number[] = [];
      const walk = (n: { 'Node Type': string; 'Plan Width': number; Plans?: unknown[] }) => {
        if (n['Node Type'] === 'Sort') sorts.push(n['Plan Width']);
        for (const c of n.Plans ?? []) walk(c as typeof n);
      };
      walk((row['QUERY PLAN'] as Array<{ Plan: Parameters<typeof walk>[0] }>)[0].Plan);
      expect(sorts.length).toBeGreaterThan(0);
      expect(Math.max(...sorts)).toBeLessThan(300);
      const rows = await conn.execute<Array<{ client_id: string }>>(`select * from consent_chain_breaks(null)`, [], 'all', tx);
      expect(rows).toEqual([]);
    } finally {
      await em.rollback();
    }
  });

  it('verifies a chain in one statement and still names the first tampered record of each client', async () => {
    const { rows: clients } = await su.query<{ client_id: string }>(`select client_id from consent_record where company_id = $1 and seq = 2 order by client_id limit 4`, [gen01]);
    const [a, b, c, d] = clients.map((x) => x.client_id);
    // a: the second record's answers changed; b: the first record's content changed (the second is then named second, not first);
    // c: the second record's link to the first replaced; d: untouched
    await tamper(`update consent_record set answers = answers || '{"tampered": true}' where client_id = $1 and seq = 2`, [a]);
    await tamper(`update consent_record set ip = '198.51.100.66' where client_id = $1 and seq = 1`, [b]);
    await tamper(`update consent_record set prev_hash = repeat('a', 64) where client_id = $1 and seq = 2`, [c]);
    const report = (await marco.ok(VERIFY, { id: null })).consentChainVerification;
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual(
      [
        { clientId: a, position: 2, problem: 'content_changed' },
        { clientId: b, position: 1, problem: 'content_changed' },
        { clientId: c, position: 2, problem: 'broken_link' },
      ].sort((x, y) => (x.clientId < y.clientId ? -1 : 1)),
    );
    expect((await marco.ok(VERIFY, { id: d })).consentChainVerification).toMatchObject({ ok: true, checked: 2, breaks: [] });
    expect((await marco.ok(VERIFY, { id: c })).consentChainVerification).toMatchObject({ ok: false, breaks: [{ clientId: c, position: 2, problem: 'broken_link' }] });
  });

  it('still catches a record removed from the middle of a chain as a gap in the positions', async () => {
    const { rows: [x] } = await su.query<{ client_id: string }>(`select client_id from consent_record where company_id = $1 and seq = 2 order by client_id desc limit 1`, [gen01]);
    await tamper(`delete from consent_record where client_id = $1 and seq = 1`, [x.client_id]);
    expect((await marco.ok(VERIFY, { id: x.client_id })).consentChainVerification).toMatchObject({ ok: false, checked: 1, breaks: [{ clientId: x.client_id, position: 2, problem: 'sequence_gap' }] });
  });
});
