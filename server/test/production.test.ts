import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { PASSWORD, startTestPlatform, signedIn, USERS, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';

/**
 * in production: no stack trace, SQL, internal name or field suggestion reaches a client;
 * introspection is off; an internal error says only that it happened.
 */

let t: TestPlatform;
let admin: GqlClient;

const LEAKS = /stacktrace|node_modules|\.ts:\d|select |insert |update |from "|permission denied|relation |Did you mean|DriverException|MikroORM/i;

function expectNoLeak(r: GqlResult | { errors?: unknown[] }) {
  const text = JSON.stringify(r);
  expect(text).not.toMatch(LEAKS);
  for (const e of (r.errors ?? []) as Array<{ extensions?: Record<string, unknown> }>) expect(e.extensions?.stacktrace).toBeUndefined();
}

beforeAll(async () => {
  t = await startTestPlatform({ env: { NODE_ENV: 'production' }, worker: false });
  admin = await signedIn(t, USERS.rossiAdmin);
});
afterAll(async () => t?.stop());

describe('configuration', () => {
  it('runs this platform in production mode with introspection off', () => {
    expect(t.config.env).toBe('production');
    expect(t.config.introspection).toBe(false);
  });

  it('refuses to start in production without a SECRET_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: '/tmp/agency-no-secret' })).toThrow(/SECRET_KEY/);
  });
});

describe('session cookie in production', () => {
  it('marks the session cookie Secure in production even when PUBLIC_URL is plain http (TLS ends at the proxy)', async () => {
    expect(t.config.publicUrl).toMatch(/^http:\/\//);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }', variables: { e: USERS.rossiAgent, p: PASSWORD } }),
    });
    expect(((await res.json()) as { data: { login: { status: string } } }).data.login.status).toBe('SIGNED_IN');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!;
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});

describe('errors in production', () => {
  it('gives a typo in a field no suggestion and no stack trace', async () => {
    const r = await admin.gql('{ me { usr { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('Cannot query field "usr" on type "Me".');
    expectNoLeak(r);
    const anon = await t.client().gql('{ mee { id } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoLeak(anon);
    const arg = await admin.gql('{ users(frist: 3) { id } }');
    expect(arg.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoLeak(arg);
  });

  it('refuses introspection', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const r = await admin.gql(q);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/introspection/i);
      expectNoLeak(r);
    }
    // __typename is not introspection of the schema.
    expect(await admin.ok('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('sends known errors with their code and message, without a stack trace', async () => {
    for (const [query, code] of [
      ['{ users { id } }', undefined],
      ['mutation { createCompany(input: { code: "X", name: "", country: "", locale: "", currency: "", adminEmail: "", adminName: "" }) { id } }', 'FORBIDDEN'],
      ['query { role(id: "00000000-0000-4000-8000-000000000000") { id } }', 'NOT_FOUND'],
      ['query { role(id: "not-an-id") { id } }', 'BAD_USER_INPUT'],
      ['mutation { createRole(input: { name: "", rights: ["nope"] }) { id } }', 'BAD_USER_INPUT'],
    ] as const) {
      const r = await admin.gql(query);
      expect(r.errors?.[0]?.extensions?.code, query).toBe(code);
      expectNoLeak(r);
    }
    const anon = await t.client().gql('{ users { id } }');
    expect(anon.errors?.[0]).toMatchObject({ message: 'You must sign in.', extensions: { code: 'UNAUTHENTICATED' } });
    expectNoLeak(anon);
  });

  it('answers an internal error with a generic message and nothing of the cause', async () => {
    const su = await t.superuser();
    try {
      // A broken deployment: the run-time role lost its right to read the audit trail.
      await su.query('revoke select on audit_event from agency_app');
      const r = await admin.gql('{ auditEvents { totalCount } }');
      expect(r.errors?.[0]).toEqual({ message: 'Internal server error.', path: ['auditEvents'], extensions: { code: 'INTERNAL' } });
      expectNoLeak(r);
    } finally {
      await su.query('grant select on audit_event to agency_app');
      await su.end();
    }
    expect((await admin.ok('{ auditEvents { totalCount } }')).auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('answers an oversized or malformed body with JSON and no stack trace', async () => {
    const big = await admin.raw(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }));
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoLeak(big.json);
    expect(JSON.stringify(big.json)).not.toMatch(/<html|<pre>/i);
    const bad = await admin.raw('{"query":');
    expect(bad.status).toBe(400);
    expectNoLeak(bad.json);
    expect(JSON.stringify(bad.json)).not.toMatch(/<html|<pre>/i);
  });
});
