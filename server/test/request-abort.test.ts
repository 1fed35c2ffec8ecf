import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { computeCodiceFiscale } from '@agency/shared';
import { CREATE, italianPerson } from './clients-helpers.js';

/**
 * A person who closes the tab (or loses the connection) while a request is being answered: the
 * server neither logs "Transaction query already complete" (a rollback on close racing the
 * request's own queries or its commit), nor leaves anything half-saved, nor keeps a connection
 * in an open transaction. Every request either committed whole or not at all.
 */

let t: TestPlatform;
let c: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  c = await signedIn(t, USERS.rossiAgent, { bearer: true });
});
afterAll(async () => t?.stop());

/** Sends a GraphQL body and drops the connection after `afterMs` (before, during or after the answer). */
function sendAndHangUp(body: string, headers: Record<string, string>, afterMs: number): Promise<void> {
  const url = new URL(c.url);
  return new Promise((resolve) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => res.resume(),
    );
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.end(body);
    setTimeout(() => req.destroy(), afterMs);
  });
}

async function openTransactions(): Promise<number> {
  const su = await t.superuser();
  try {
    const r = await su.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and (state like 'idle in transaction%' or (state = 'active' and backend_type = 'client backend'))`,
    );
    return Number(r.rows[0].n);
  } finally {
    await su.end();
  }
}

describe('a client that disconnects mid-request', () => {
  it('never logs "Transaction query already complete" and saves each client whole or not at all', async () => {
    const auth: Record<string, string> = { authorization: `Bearer ${c.bearer}` };
    const logged: string[] = [];
    const capture = (...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    };
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(capture);
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation(capture);
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const list = JSON.stringify({ query: '{ clients(first: 50) { total items { id displayName preferredEmail residence { city } } } }' });
    try {
      // hang-ups at every moment of a request: while it is parsed, its resolvers run, it commits, it is written
      for (let i = 0; i < 80; i++) {
        const p = italianPerson();
        const input = { ...p, lastName: 'Abbandonato', taxCode: computeCodiceFiscale({ ...p, lastName: 'Abbandonato' }) };
        const create = JSON.stringify({ query: CREATE, variables: { input, confirm: true } });
        // every tenth request is let through: there are saved clients to check
        const after = i % 10 === 9 ? 10_000 : (i * 7) % 90;
        await Promise.all([sendAndHangUp(create, auth, after), sendAndHangUp(list, auth, (after * 3) % 50)]);
      }
      // every transaction ends (committed or rolled back): nothing left open on a pooled connection
      for (let waited = 0; (await openTransactions()) > 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(await openTransactions()).toBe(0);
    } finally {
      errorSpy.mockRestore();
      warnSpy.mockRestore();
      process.off('unhandledRejection', onRejection);
    }
    expect(logged.filter((l) => /already complete/i.test(l))).toEqual([]);
    expect(logged).toEqual([]);
    expect(rejections).toEqual([]);

    // each client that was saved is whole: its address, contacts, bank account, document and the audit of its creation
    const su = await t.superuser();
    try {
      const { rows } = await su.query<{ id: string; addresses: number; contacts: number; banks: number; documents: number; audited: number }>(
        `select c.id,
                (select count(*)::int from client_address a where a.client_id = c.id) as addresses,
                (select count(*)::int from client_contact k where k.client_id = c.id) as contacts,
                (select count(*)::int from client_bank_account b where b.client_id = c.id) as banks,
                (select count(*)::int from client_identity_document d where d.client_id = c.id) as documents,
                (select count(*)::int from audit_event e where e.entity_type = 'Client' and e.entity_id = c.id::text and e.action = 'create') as audited
           from client c where c.last_name = 'Abbandonato'`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(8);
      for (const row of rows) expect(row, `client ${row.id}`).toMatchObject({ addresses: 1, contacts: 2, banks: 1, documents: 1, audited: 1 });
    } finally {
      await su.end();
    }
    // and the server still answers the same person normally
    const after = await c.ok<{ clients: { total: number } }>('{ clients(first: 1) { total } }');
    expect(after.clients.total).toBeGreaterThan(0);
  }, 240_000);
});
