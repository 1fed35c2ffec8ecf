import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { refusal } from './billing-helpers.js';

/**
 * Migration 0046 (issue #13, Q-6): a receipt's policy (with its client, insurer and line) and its installment
 * are checked once per statement instead of by two per-row keys. The refusals of the insert are those of
 * billing-run-speed.test.ts ("the key checks of migration 0045", same constraints); here, the other half of
 * each key: a policy or installment that documents name is neither deleted nor re-keyed — even by a
 * superuser past row-level security, even while the document naming it is not yet committed.
 */
let t: TestPlatform;
let su: pg.Client;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

/** A statement run in a transaction rolled back afterwards: its refusal, or null. */
async function tried(sql: string, params: unknown[]): Promise<unknown> {
  await su.query('begin');
  try {
    return await refusal(su.query(sql, params));
  } finally {
    await su.query('rollback');
  }
}

describe('the policy and installment a receipt names (migration 0046)', () => {
  it("refuses deleting a billed policy or installment, or changing the policy's client, insurer or line or the installment's policy; the rest of a billed policy still changes", async () => {
    const { rows: [d] } = await su.query(`select d.* from premium_document d where d.kind = 'receipt' limit 1`);
    const { rows: [other] } = await su.query<{ client: string; insurer: string; policy: string }>(
      `select (select id from client where company_id = $1 and id <> $2 limit 1) as client,
              (select id from insurer where company_id = $1 and id <> $3 limit 1) as insurer,
              (select id from policy where company_id = $1 and id <> $4 limit 1) as policy`,
      [d.company_id, d.client_id, d.insurer_id, d.policy_id],
    );
    const policyKey = ['23503', 'premium_document_policy_fkey'];
    const installmentKey = ['23503', 'premium_document_installment_fkey'];
    expect(await tried(`delete from policy where id = $1`, [d.policy_id])).toEqual(policyKey);
    expect(await tried(`update policy set client_id = $2 where id = $1`, [d.policy_id, other.client])).toEqual(policyKey);
    expect(await tried(`update policy set insurer_id = $2 where id = $1`, [d.policy_id, other.insurer])).toEqual(policyKey);
    expect(await tried(`update policy set id = gen_random_uuid() where id = $1`, [d.policy_id])).toEqual(policyKey);
    expect(await tried(`delete from policy_installment where id = $1`, [d.installment_id])).toEqual(installmentKey);
    expect(await tried(`update policy_installment set policy_id = $2 where id = $1`, [d.installment_id, other.policy])).toEqual(installmentKey);
    // named in the update's column list but unchanged, or another column: the billed policy and installment change
    expect(await tried(`update policy set client_id = client_id, notes = 'still editable' where id = $1`, [d.policy_id])).toBeNull();
    expect(await tried(`update policy_installment set policy_id = policy_id, due_date = due_date + 1 where id = $1`, [d.installment_id])).toBeNull();
    expect((await su.query(`select client_id, insurer_id from policy where id = $1`, [d.policy_id])).rows[0]).toEqual({ client_id: d.client_id, insurer_id: d.insurer_id });
    // a policy no document names changes client, and an installment no receipt names goes
    const { rows: [free] } = await su.query<{ policy: string; installment: string; client: string }>(
      `select p.id as policy, i.id as installment, (select c.id from client c where c.company_id = p.company_id and c.id <> p.client_id limit 1) as client
         from policy p join policy_installment i on i.company_id = p.company_id and i.policy_id = p.id
        where p.company_id = $1 and not exists (select 1 from premium_document x where x.policy_id = p.id) limit 1`,
      [d.company_id],
    );
    expect(await tried(`update policy set client_id = $2 where id = $1`, [free.policy, free.client])).toBeNull();
    expect(await tried(`delete from policy_installment where id = $1`, [free.installment])).toBeNull();
  });

  it('makes a delete running beside an uncommitted receipt wait for it, then refuses it', async () => {
    // an installment of a policy no document names yet, and an entry of the company no document has
    const { rows: [i] } = await su.query(
      `select i.*, p.client_id, p.insurer_id, p.line_id,
              (select e.id from journal_entry e where e.company_id = p.company_id and not exists (select 1 from premium_document x where x.entry_id = e.id) limit 1) as entry_id
         from policy_installment i join policy p on p.company_id = i.company_id and p.id = i.policy_id
        where i.gross > 0 and not exists (select 1 from premium_document x where x.policy_id = p.id) limit 1`,
    );
    const writer = await t.superuser();
    const deleter = await t.superuser();
    try {
      await writer.query('begin');
      await writer.query(
        `insert into premium_document (company_id, kind, series, year, number, issue_date, client_id, policy_id, insurer_id, line_id, installment_id,
                                       due_date, period_start, period_end, net, taxes, gross, entry_id, locale)
         values ($1, 'receipt', 'Q', 2099, 1, current_date, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'it')`,
        [i.company_id, i.client_id, i.policy_id, i.insurer_id, i.line_id, i.id, i.due_date, i.period_start, i.period_end, i.net, i.taxes, i.gross, i.entry_id],
      );
      const { rows: [{ pid }] } = await deleter.query<{ pid: number }>('select pg_backend_pid() as pid');
      const deleted = refusal(deleter.query(`delete from policy_installment where id = $1`, [i.id]));
      // the delete waits on the lock the writer's check took on the installment
      let waiting = false;
      for (let n = 0; n < 100 && !waiting; n++) {
        const { rows: [a] } = await su.query(`select wait_event_type from pg_stat_activity where pid = $1`, [pid]);
        waiting = a?.wait_event_type === 'Lock';
        if (!waiting) await new Promise((r) => setTimeout(r, 50));
      }
      expect(waiting).toBe(true);
      await writer.query('commit');
      expect(await deleted).toEqual(['23503', 'premium_document_installment_fkey']);
      expect((await su.query(`select count(*)::int as n from policy_installment where id = $1`, [i.id])).rows[0].n).toBe(1);
    } finally {
      await writer.end();
      await deleter.end();
    }
  });
});
