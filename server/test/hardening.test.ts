import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/app.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';

/**
 * GraphQL abuse is refused — depth, aliases (`__typename` included), directives, tokens, body
 * size, batching — with one of the platform's codes and without telling the limit; and requests that
 * never reach GraphQL (too large, not JSON, not JSON at all) get a JSON answer, not a stack trace.
 */

let t: TestPlatform;
let c: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  c = await signedIn(t, USERS.rossiAgent);
});
afterAll(async () => t?.stop());

const ARMOR = 'Syntax Error: Query validation error.';
const armorRefused = (r: GqlResult) => (r.errors ?? []).some((e) => e.message === ARMOR && e.extensions?.code === 'BAD_USER_INPUT');

function nested(depth: number): string {
  // depth fields deep: { a { a { … { a } } } } — non-existent fields, so only the depth rule tells them apart.
  return `{ ${'a { '.repeat(depth - 1)}a${' }'.repeat(depth - 1)} }`;
}

describe('abuse limits', () => {
  it('limits the depth of a query', async () => {
    const atLimit = await c.gql(nested(LIMITS.maxDepth));
    expect(atLimit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(armorRefused(atLimit)).toBe(false);
    const over = await c.gql(nested(LIMITS.maxDepth + 1));
    expect(armorRefused(over)).toBe(true);
    expect(over.status).toBe(400);
    // Fragments do not hide depth.
    const viaFragments = await c.gql(`query { ...F } fragment F on Query { ${nested(LIMITS.maxDepth + 1).slice(1, -1)} }`);
    expect(armorRefused(viaFragments)).toBe(true);
  });

  it('limits aliases, __typename included', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const ok = await c.gql(aliases(LIMITS.maxAliases));
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data ?? {})).toHaveLength(LIMITS.maxAliases);
    const over = await c.gql(aliases(LIMITS.maxAliases + 1));
    expect(armorRefused(over)).toBe(true);
    expect(over.data ?? null).toBeNull();
    expect(JSON.stringify(over)).not.toContain(String(LIMITS.maxAliases));
  });

  it('limits directives', async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => '... @include(if: true) { __typename }').join(' ')} }`;
    const ok = await c.gql(directives(LIMITS.maxDirectives));
    expect(ok.errors).toBeUndefined();
    const over = await c.gql(directives(LIMITS.maxDirectives + 1));
    expect(armorRefused(over)).toBe(true);
    expect(over.data ?? null).toBeNull();
  });

  it('limits the number of tokens, before anything runs', async () => {
    // createRole with a long list of (unknown) rights: parsed, then refused by validation, nothing saved.
    const rights = (n: number) => Array.from({ length: n }, (_, i) => `"r${i}"`).join(' ');
    const query = (n: number) => `mutation { createRole(input: { name: "Tokens", rights: [${rights(n)}] }) { id } }`;
    const fixed = 17; // tokens of the query without the rights
    const under = await c.gql(query(LIMITS.maxTokens - fixed - 10));
    expect(under.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // an agent may not create roles: the query was parsed
    const over = await c.gql(query(LIMITS.maxTokens));
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toBe(ARMOR);
    expect(over.status).toBe(400); // the client's fault, not the server's
    expect(JSON.stringify(over)).not.toContain(String(LIMITS.maxTokens));
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
