import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The per-address limits are read when the auth module loads: set them before any import runs.
// Limits live in this test file's own process; the environment is restored when it ends.
const saved = vi.hoisted(() => {
  const before = { login: process.env.LOGIN_RATE_LIMIT, reset: process.env.RESET_RATE_LIMIT };
  process.env.LOGIN_RATE_LIMIT = '6';
  process.env.RESET_RATE_LIMIT = '3';
  return before;
});

import { PASSWORD, USERS, startTestPlatform, type TestPlatform } from './harness.js';
import { resetRateLimits } from '../src/modules/base/auth/auth.service.js';

/** sign-ins and reset requests are limited per address, whatever account they aim at. */

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => {
  await t?.stop();
  for (const [key, value] of [['LOGIN_RATE_LIMIT', saved.login], ['RESET_RATE_LIMIT', saved.reset]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { status } }';

describe('per-address limits', () => {
  it('refuses the sign-in after LOGIN_RATE_LIMIT attempts from one address, even for another account with the right password', async () => {
    const c = t.client();
    const emails = [USERS.rossiAgent, USERS.rossiAccountant, USERS.vdbergAgent, 'nobody@nowhere.example', USERS.both];
    for (let i = 0; i < 5; i++) expect(await c.code(LOGIN, { e: emails[i], p: 'Wrong-Password-1' })).toBe('UNAUTHENTICATED');
    expect((await c.ok(LOGIN, { e: USERS.rossiAgent, p: PASSWORD })).login.status).toBe('SIGNED_IN'); // the 6th
    const r = await t.client().gql(LOGIN, { e: USERS.vdbergAgent, p: PASSWORD });
    expect(r.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(r.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // No account was locked by this: the limit is on the address.
    await resetRateLimits();
    expect((await t.client().ok(LOGIN, { e: USERS.vdbergAgent, p: PASSWORD })).login.status).toBe('SIGNED_IN');
  });

  it('limits password reset requests per address', async () => {
    const c = t.client();
    for (let i = 0; i < 3; i++) expect(await c.ok('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: USERS.rossiAgent })).toEqual({ requestPasswordReset: true });
    expect(await c.code('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: 'someone@else.example' })).toBe('RATE_LIMITED');
  });
});
