import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';

/**
 * A request's queries reach its one connection one at a time (db/query-chain.ts): resolvers and
 * services that ask at once (GraphQL's sibling fields, Promise.all) never leave the driver a queue —
 * pg 8 deprecates it ("Calling client.query() when the client is already executing a query") and
 * pg 9 refuses it.
 */
let t: TestPlatform;
let agent: GqlClient;
// every call the driver receives, and whether it found queries already queued behind the running one
const calls = { total: 0, queued: 0 };
// the driver the ORM's connections are made with (knex's own pg, not necessarily the server's)
const from = (req: NodeRequire, name: string) => createRequire(req.resolve(name));
const knexRequire = from(from(from(createRequire(import.meta.url), '@mikro-orm/postgresql'), '@mikro-orm/knex'), 'knex');
const proto = (knexRequire('pg') as { Client: { prototype: unknown } }).Client.prototype as unknown as { query: (...args: unknown[]) => unknown; _queryQueue?: unknown[] };
const driverQuery = proto.query;

beforeAll(async () => {
  proto.query = function (this: { _queryQueue?: unknown[] }, ...args: unknown[]) {
    calls.total++;
    if ((this._queryQueue?.length ?? 0) > 0) calls.queued++;
    return driverQuery.apply(this, args);
  };
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
});

afterAll(async () => {
  proto.query = driverQuery;
  await t?.stop();
});

describe('one query at a time per connection', () => {
  it('answers dashboards whose services ask several queries at once, and sibling fields resolved together, without ever queueing a query in the driver', async () => {
    calls.total = 0;
    calls.queued = 0;
    const d = await agent.ok(`{
      clientsDashboard { byStatus { label count } byKind { label count } newPerMonth { label count } expiringDocumentsCount prospectsWaiting withoutIdentityDocument }
      policiesDashboard { __typename }
      claimsDashboard { __typename }
      a: clients(first: 5) { total } b: clients(first: 5, offset: 5) { total } c: clients(first: 5, offset: 10) { total }
    }`);
    expect(d.clientsDashboard.newPerMonth).toHaveLength(12);
    expect(d.clientsDashboard.byStatus.length).toBeGreaterThan(0);
    expect(d.a.total).toBeGreaterThan(10);
    expect(d.b.total).toBe(d.a.total);
    // the statements went through the driver, and none found another waiting
    expect(calls.total).toBeGreaterThan(10);
    expect(calls.queued).toBe(0);
  });

  it('keeps a failed request among concurrent reads from stalling the connections: the next requests are answered', async () => {
    // one field fails (no such card) while its siblings read; the requests after it are answered
    const r = await agent.gql(`{ a: clients(first: 5) { total } b: client(id: "00000000-0000-4000-8000-000000000000") { id } c: clientsDashboard { prospectsWaiting } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (let i = 0; i < 12; i++) expect((await agent.ok(`{ clients(first: 1) { total } }`)).clients.total).toBeGreaterThan(0);
    expect(calls.queued).toBe(0);
  });
});
