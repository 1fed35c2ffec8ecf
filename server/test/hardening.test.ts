import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/app.js';
import { databaseRefusal } from '../src/core/format-error.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';

/**
 * GraphQL abuse is refused — depth, aliases (`__typename` included), directives, tokens, body
 * size, batching — with QUERY_LIMIT naming the limit and its value (no internals); and requests that
 * never reach GraphQL (too large, not JSON, not JSON at all) get a JSON answer, not a stack trace.
 */

let t: TestPlatform;
let c: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  c = await signedIn(t, USERS.rossiAgent);
});
afterAll(async () => t?.stop());

/** Refused by a limit: QUERY_LIMIT, the limit's name and value in the extensions and the message, no "Syntax Error". */
const armorRefused = (r: GqlResult) => (r.errors ?? []).some((e) => e.extensions?.code === 'QUERY_LIMIT');
function expectLimit(r: GqlResult, limit: keyof typeof LIMITS, message: RegExp) {
  const refusal = r.errors?.find((e) => e.extensions?.code === 'QUERY_LIMIT');
  expect(refusal?.extensions).toEqual({ code: 'QUERY_LIMIT', limit, max: LIMITS[limit] });
  expect(refusal?.message).toMatch(message);
  expect(refusal?.message).toContain(String(LIMITS[limit]));
  expect(JSON.stringify(r)).not.toMatch(/Syntax Error|stacktrace|node_modules|graphql-armor/i);
  expect(r.data ?? null).toBeNull();
}

function nested(depth: number): string {
  // depth fields deep: { a { a { … { a } } } } — non-existent fields, so only the depth rule tells them apart.
  return `{ ${'a { '.repeat(depth - 1)}a${' }'.repeat(depth - 1)} }`;
}

describe('abuse limits', () => {
  it('limits the depth of a query, answering QUERY_LIMIT with the limit and its value', async () => {
    const atLimit = await c.gql(nested(LIMITS.maxDepth));
    expect(atLimit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(armorRefused(atLimit)).toBe(false);
    const over = await c.gql(nested(LIMITS.maxDepth + 1));
    expectLimit(over, 'maxDepth', /^Query depth limit of 10 exceeded, found 11\.$/);
    expect(over.status).toBe(400);
    // Fragments do not hide depth.
    const viaFragments = await c.gql(`query { ...F } fragment F on Query { ${nested(LIMITS.maxDepth + 1).slice(1, -1)} }`);
    expect(armorRefused(viaFragments)).toBe(true);
  });

  it('limits aliases, __typename included, answering QUERY_LIMIT with the limit and its value', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const ok = await c.gql(aliases(LIMITS.maxAliases));
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data ?? {})).toHaveLength(LIMITS.maxAliases);
    const over = await c.gql(aliases(LIMITS.maxAliases + 1));
    expectLimit(over, 'maxAliases', /^Aliases limit of 15 exceeded, found 16\.$/);
  });

  it('limits directives, answering QUERY_LIMIT with the limit and its value', async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => '... @include(if: true) { __typename }').join(' ')} }`;
    const ok = await c.gql(directives(LIMITS.maxDirectives));
    expect(ok.errors).toBeUndefined();
    const over = await c.gql(directives(LIMITS.maxDirectives + 1));
    expectLimit(over, 'maxDirectives', /^Directives limit of 10 exceeded, found 11\.$/);
  });

  it('limits the cost of a query, naming the limit and its value', async () => {
    const ten = (f: string) => Array.from({ length: 10 }, () => `...${f}`).join(' ');
    const query = (levels: number) => {
      const names = ['A', 'B', 'C', 'D', 'E'].slice(0, levels);
      const fragments = names.map((n, i) => (i === 0 ? `fragment A on Me { user { id email } }` : `fragment ${n} on Me { ${ten(names[i - 1])} }`));
      return `{ me { ...${names.at(-1)} } } ${fragments.join(' ')}`;
    };
    const cheap = await c.gql(query(2));
    expect(cheap.errors).toBeUndefined();
    const over = await c.gql(query(5));
    expectLimit(over, 'costLimit', /^Query Cost limit of 20000 exceeded, found [\d.]+\.$/);
    expect(over.status).toBe(400);
  });

  it('limits the number of tokens before anything runs, answering QUERY_LIMIT with the limit and its value', async () => {
    // createRole with a long list of (unknown) rights: parsed, then refused by validation, nothing saved.
    const rights = (n: number) => Array.from({ length: n }, (_, i) => `"r${i}"`).join(' ');
    const query = (n: number) => `mutation { createRole(input: { name: "Tokens", rights: [${rights(n)}] }) { id } }`;
    const fixed = 17; // tokens of the query without the rights
    const under = await c.gql(query(LIMITS.maxTokens - fixed - 10));
    expect(under.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // an agent may not create roles: the query was parsed
    const over = await c.gql(query(LIMITS.maxTokens));
    expectLimit(over, 'maxTokens', /^Token limit of 2000 exceeded\.$/);
    expect(over.status).toBe(400); // the client's fault, not the server's
  });

  it('refuses a body over the size limit with a JSON error and no stack trace', async () => {
    const big = await c.raw(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }));
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.json.errors?.[0]?.message).toBe('The request is too large.');
    expect(JSON.stringify(big.json)).not.toMatch(/at |node_modules|PayloadTooLarge|stack/i);
  });

  it('refuses a body that is not JSON with a JSON error and no stack trace', async () => {
    const bad = await c.raw('{"query": "{ __typename }"');
    expect(bad.status).toBe(400);
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.json)).not.toMatch(/at |node_modules|SyntaxError|stack/i);
  });

  it('refuses batched operations', async () => {
    const batch = await c.raw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    expect(batch.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses requests a browser could send cross-site (CSRF prevention)', async () => {
    const res = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: c.cookie ?? '' }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect(res.status).toBe(400);
    const get = await fetch(`${c.url}?query=${encodeURIComponent('mutation { logout }')}`, { headers: { cookie: c.cookie ?? '' } });
    expect(get.status).toBe(400);
    // Still signed in.
    expect((await c.ok('{ me { user { email } } }')).me.user.email).toBe(USERS.rossiAgent);
  });

  it('keeps field suggestions and stack traces for developers outside production', async () => {
    const r = await c.gql('{ me { usr { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/Did you mean "user"/);
    const intro = await c.gql('{ __schema { queryType { name } } }');
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('answers', () => {
  it('carries no ETag: the body is not hashed for a conditional GET that a POST never makes', async () => {
    const res = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'application/json', ...c.authHeaders() }, body: JSON.stringify({ query: '{ me { user { email } } }' }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { me: { user: { email: string } } } }).data.me.user.email).toBe(USERS.rossiAgent);
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('database errors', () => {
  it('answers an internal error without its SQL or values even in development (generic INTERNAL, no stack trace)', async () => {
    expect(t.config.env).not.toBe('production');
    const admin = await signedIn(t, USERS.rossiAdmin);
    const su = await t.superuser();
    try {
      // A broken deployment: the run-time role lost its right to read the audit trail.
      await su.query('revoke select on audit_event from agency_app');
      const r = await admin.gql('{ auditEvents { totalCount } }');
      expect(r.errors?.[0]).toEqual({ message: 'Internal server error.', path: ['auditEvents'], extensions: { code: 'INTERNAL' } });
      expect(JSON.stringify(r)).not.toMatch(/select |audit_event|permission denied|stacktrace|DriverException/i);
    } finally {
      await su.query('grant select on audit_event to agency_app');
      await su.end();
    }
  });

  it('maps every class of database error that bad input can reach (22xxx, 23xxx, 40xxx, 54xxx) to a clean code without SQL', async () => {
    // Real errors of this database, converted as the ORM converts them.
    const su = await t.superuser();
    const refusalOf = async (sql: string) => {
      try {
        await su.query(sql);
      } catch (error) {
        const converted = t.orm.em.getDriver().convertException(error as Error);
        const refusal = databaseRefusal(converted);
        if (refusal) expect(refusal.message, sql).not.toMatch(/select|insert|values|::|[0-9]{5}/i);
        return refusal?.code ?? 'INTERNAL';
      }
      throw new Error(`no error from ${sql}`);
    };
    try {
      // 22: data exceptions
      expect(await refusalOf(`select 'abc'::int`)).toBe('BAD_USER_INPUT'); // 22P02
      expect(await refusalOf(`select 1 / 0`)).toBe('BAD_USER_INPUT'); // 22012
      expect(await refusalOf(`select '2024-02-30'::date`)).toBe('BAD_USER_INPUT'); // 22008
      expect(await refusalOf(`select E'a\\x00b'::bytea::text::int`)).toBe('BAD_USER_INPUT');
      // 23: integrity constraint violations
      await su.query(`create temporary table refusal (id int primary key, n int not null check (n > 0), s varchar(2), r int references refusal(id))`);
      await su.query(`insert into refusal values (1, 1, 'ok', null)`);
      expect(await refusalOf(`insert into refusal values (2, 1, 'abc', null)`)).toBe('BAD_USER_INPUT'); // 22001
      expect(await refusalOf(`insert into refusal values (1, 1, null, null)`)).toBe('CONFLICT'); // 23505
      expect(await refusalOf(`insert into refusal values (2, null, null, null)`)).toBe('BAD_USER_INPUT'); // 23502
      expect(await refusalOf(`insert into refusal values (3, -1, null, null)`)).toBe('BAD_USER_INPUT'); // 23514
      expect(await refusalOf(`insert into refusal values (4, 1, null, 99)`)).toBe('NOT_FOUND'); // 23503
      // 40: a concurrent change (serialization failure, raised as the database raises it)
      expect(await refusalOf(`do $$ begin raise exception 'could not serialize' using errcode = '40001'; end $$`)).toBe('CONFLICT');
      // 54: program limit exceeded
      expect(await refusalOf(`select array_fill(1, array[200000000])`)).toBe('BAD_USER_INPUT');
      // a broken deployment stays INTERNAL
      expect(await refusalOf(`select * from no_such_table`)).toBe('INTERNAL');
    } finally {
      await su.end();
    }
  });
});
