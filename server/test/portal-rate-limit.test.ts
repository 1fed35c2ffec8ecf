import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The per-address limit is read when the portal's auth module loads: set it before any import runs.
const saved = vi.hoisted(() => {
  const before = process.env.LOGIN_RATE_LIMIT;
  process.env.LOGIN_RATE_LIMIT = '4';
  return before;
});

import { startTestPlatform, type TestPlatform } from './harness.js';
import { portalClient, resetPortalLimits } from './portal-helpers.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  await resetPortalLimits();
});
afterAll(async () => {
  await t?.stop();
  if (saved === undefined) delete process.env.LOGIN_RATE_LIMIT;
  else process.env.LOGIN_RATE_LIMIT = saved;
});

const SIGN_IN = 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { status } }';

describe('brute force on the portal sign-in', () => {
  it('limits portal sign-ins per address like staff sign-ins: RATE_LIMITED after LOGIN_RATE_LIMIT attempts, whatever the account', async () => {
    const c = portalClient(t);
    for (let i = 0; i < 4; i++) {
      expect(await c.code(SIGN_IN, { i: { company: 'ROSSI', email: `guess${i}@example.com`, password: 'Wrong-Password-1' } })).toBe('UNAUTHENTICATED');
    }
    const r = await c.gql(SIGN_IN, { i: { company: 'VDBERG', email: 'someone@example.com', password: 'Wrong-Password-1' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(r.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
