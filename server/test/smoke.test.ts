import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => t?.stop());

describe('smoke', () => {
  it('an agent signs in and sees their company', async () => {
    const c = await signedIn(t, USERS.rossiAgent);
    const me = await c.ok('{ me { user { email } company { code } rights } }');
    expect(me.me.company.code).toBe('ROSSI');
    expect(me.me.rights).toContain('clients:view');
  });
});
