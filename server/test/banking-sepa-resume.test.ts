import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf } from './payments-helpers.js';
import { validatePain008 } from '../src/modules/banking/xsd-validate.js';
import { GET_SEPA, ROSSI_CREDITOR, SETTINGS, START_SEPA, clientWithMandate, download, plusDays, waitForSepaRun } from './banking-helpers.js';

/**
 * Resuming a SEPA run that failed while booking (after its file was stored): the accountant presses
 * "resume", the job books the collections that were left, never one twice, and the file stays the one
 * the bank may already have. The failure is a real one: a trigger installed as the superuser raises on
 * the allocation of the run's last collection (the batches before it are committed), then is dropped.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

const RESUME = `mutation($id: ID!) { resumeSepaRun(id: $id) { id status error percent booked resumable fileId } }`;
const RUN_STATE = `query($id: ID!) { sepaRun(id: $id) { id status error total booked resumable fileId fileName messageId controlSum } }`;
const TRIAL = `query($to: String) { trialBalance(to: $to) { totalDebit totalCredit totalBalance } }`;

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '2';
  // the file stored in parts of 2 KB (1 MB in use): several parts, put together again by the download
  process.env.BANK_FILE_PART_BYTES = '2048';
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  delete process.env.BANK_FILE_PART_BYTES;
  await t?.stop();
});

/** The stored file's bytes hashed here, and the sha256 the database keeps for it (superuser). */
async function storedFile(fileId: string): Promise<{ sha: string; stored: string }> {
  const su = await t.superuser();
  try {
    const { rows } = await su.query<{ content: Buffer; sha256: string }>(`select case when part_count > 0 then (select string_agg(p.bytes, ''::bytea order by p.seq) from bank_file_part p where p.file_id = f.id) else content end as content, sha256 from bank_file f where id = $1`, [fileId]);
    return { sha: createHash('sha256').update(rows[0].content).digest('hex'), stored: rows[0].sha256 };
  } finally {
    await su.end();
  }
}

/** Per collection of the run: how many payments, allocations and journal entries book it (superuser, outside the app). */
async function bookings(runId: string) {
  const su = await t.superuser();
  try {
    const { rows } = await su.query<{ e2e: string; payments: number; allocations: number; entries: number; unbalanced: number; item_payment: string | null }>(
      `select i.end_to_end_id as e2e, i.payment_id as item_payment,
              (select count(*)::int from payment p where p.company_id = i.company_id and p.reference = 'SDD ' || i.end_to_end_id) as payments,
              (select count(*)::int from payment_allocation a join payment p on p.company_id = a.company_id and p.id = a.payment_id
                where a.company_id = i.company_id and a.receipt_id = i.receipt_id and p.reference = 'SDD ' || i.end_to_end_id) as allocations,
              (select count(*)::int from journal_entry e where e.company_id = i.company_id and e.description like '%SDD ' || i.end_to_end_id) as entries,
              (select count(*)::int from (select l.entry_id from journal_line l join payment p on p.company_id = l.company_id and p.entry_id = l.entry_id
                 where p.company_id = i.company_id and p.reference = 'SDD ' || i.end_to_end_id group by l.entry_id having sum(l.debit) <> sum(l.credit)) x) as unbalanced
         from bank_run_item i where i.run_id = $1 order by i.end_to_end_id`,
      [runId],
    );
    return rows;
  } finally {
    await su.end();
  }
}

describe('resuming a SEPA run that failed while booking', () => {
  let runId = '';
  let fileSha = '';

  it('books every collection exactly once after a failure in the booking phase, keeps the same file (same sha256) and the ledger balanced', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'RSMA', 2);
    const B = await clientWithMandate(giulia, marco, laura, 'RSMB', 2);
    const su = await t.superuser();
    try {
      // the allocation of the running run's last collection (in end-to-end order) fails: earlier batches commit
      await su.query(`create function test_fail_last_collection() returns trigger language plpgsql as $$
        begin
          if new.receipt_id = (select i.receipt_id from bank_run_item i join bank_run r on r.company_id = i.company_id and r.id = i.run_id
                                where r.status = 'running' order by i.end_to_end_id desc limit 1) then
            raise exception 'forced failure while booking';
          end if;
          return new;
        end $$`);
      await su.query(`create trigger test_fail_last_collection before insert on payment_allocation for each row execute function test_fail_last_collection()`);
      const started = (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun;
      runId = started.id;
      const done = await waitForSepaRun(laura, runId);
      expect(done.status).toBe('FAILED');
      const state = (await laura.ok(RUN_STATE, { id: runId })).sepaRun;
      expect(state).toMatchObject({ status: 'FAILED', resumable: true, error: expect.stringMatching(/forced failure while booking/) });
      expect(state.fileId).toBeTruthy();
      // some collections were booked before the failure, the last one was not
      expect(state.total).toBeGreaterThanOrEqual(4);
      expect(state.booked).toBeGreaterThan(0);
      expect(state.booked).toBeLessThan(state.total);
      const before = await bookings(runId);
      expect(before.filter((b) => b.item_payment).length).toBe(state.booked);
      expect(before.at(-1)).toMatchObject({ payments: 0, allocations: 0, entries: 0, item_payment: null });
      // a failed run offers no download; the file is stored
      expect((await download(t, laura, state.fileId)).status).toBe(409);
      fileSha = (await storedFile(state.fileId)).sha;
    } finally {
      await su.query(`drop trigger if exists test_fail_last_collection on payment_allocation`);
      await su.query(`drop function if exists test_fail_last_collection()`);
      await su.end();
    }

    const resumed = (await laura.ok(RESUME, { id: runId })).resumeSepaRun;
    expect(resumed).toMatchObject({ id: runId, status: 'QUEUED', error: null, resumable: false });
    const run = await waitForSepaRun(laura, runId);
    expect(run).toMatchObject({ status: 'DONE', percent: 100, error: null });
    const after = (await laura.ok(RUN_STATE, { id: runId })).sepaRun;
    expect(after.booked).toBe(after.total);

    // every collection booked once: one payment, one allocation, one balanced entry
    const rows = await bookings(runId);
    expect(rows).toHaveLength(after.total);
    for (const r of rows) expect([r.e2e, r.payments, r.allocations, r.entries, r.unbalanced, Boolean(r.item_payment)]).toEqual([r.e2e, 1, 1, 1, 0, true]);
    // the same file: one pain.008 for the message id, same bytes, still valid
    expect(after.fileId).toBe(resumed.fileId);
    expect(await storedFile(after.fileId)).toEqual({ sha: fileSha, stored: fileSha });
    const offered = await download(t, laura, after.fileId);
    expect(offered.status).toBe(200);
    expect(createHash('sha256').update(offered.body, 'utf8').digest('hex')).toBe(fileSha);
    const su2 = await t.superuser();
    try {
      const files = await su2.query(`select count(*)::int as n from bank_file where message_id = $1`, [after.messageId]);
      expect(files.rows[0].n).toBe(1);
      // stored in parts of at most 2 KB, numbered from 0, none left empty, the whole file's size between them
      const parts = await su2.query(
        `select f.part_count, f.size_bytes, octet_length(f.content) as inline, array_agg(p.seq order by p.seq) as seqs, max(octet_length(p.bytes)) as largest, sum(octet_length(p.bytes))::int as total
           from bank_file f join bank_file_part p on p.file_id = f.id where f.id = $1 group by f.id`,
        [after.fileId],
      );
      const { part_count, size_bytes, inline, seqs, largest, total } = parts.rows[0];
      expect(part_count).toBeGreaterThan(1);
      expect([seqs, Number(largest) <= 2048, total, inline]).toEqual([Array.from({ length: part_count }, (_, i) => i), true, size_bytes, 0]);
    } finally {
      await su2.end();
    }
    expect((await validatePain008(offered.body)).valid).toBe(true);
    // the books balance and the clients owe nothing
    const tb = (await laura.ok(TRIAL, { to: plusDays(60) })).trialBalance;
    expect(tb.totalDebit).toBe(tb.totalCredit);
    expect(tb.totalBalance).toBe('0.00');
    for (const c of [A, B]) expect((await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal } }`, { id: c.clientId })).clientAccount.openTotal).toBe('0.00');
  });

  it('refuses to resume a run that is done (CONFLICT naming its state) and books nothing more', async () => {
    const r = await laura.gql(RESUME, { id: runId });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0].extensions).toMatchObject({ status: 'done', reason: 'not_failed' });
    expect((await bookings(runId)).every((b) => b.payments === 1)).toBe(true);
  });

  it('refuses to resume a run that failed before its file was stored (CONFLICT, no_file): its receipts were released', async () => {
    const su = await t.superuser();
    let id = '';
    try {
      const { rows } = await su.query(
        `insert into bank_run (company_id, kind, status, collection_date, due_to, message_id, total, error) select id, 'sepa_dd', 'failed', current_date + 3, current_date, 'SDD-TEST-NOFILE', 0, 'schema' from company where code = 'ROSSI' returning id`,
      );
      id = rows[0].id;
    } finally {
      await su.end();
    }
    const r = await laura.gql(RESUME, { id });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0].extensions).toMatchObject({ status: 'failed', reason: 'no_file' });
    expect((await laura.ok(GET_SEPA, { id })).sepaRun.status).toBe('FAILED');
  });

  it("refuses a resume without create on billing (FORBIDDEN) and another company's run (NOT_FOUND)", async () => {
    expect(await marco.code(RESUME, { id: runId })).toBe('FORBIDDEN');
    expect(await pieter.code(RESUME, { id: runId })).toBe('NOT_FOUND');
  });
});
