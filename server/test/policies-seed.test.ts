import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => t?.stop());

const STATUSES = ['REQUEST', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'INFO', 'DORMANT', 'CANCELLED'];

describe('demo policies (seeds/policies.seeder.ts)', () => {
  it('gives each demo company insurers, its ten lines and policies in every status, each with a schedule summing to its premium', async () => {
    for (const [who, country] of [[USERS.rossiAgent, 'IT'], [USERS.vdbergAgent, 'NL']] as const) {
      const c = await signedIn(t, who);
      const d = await c.ok(`{ insurers { id code agencyCode } linesOfBusiness { id } clients(first: 200, filter: { includeHidden: true }) { total items { id } }
        policies(first: 200) { total items { status premiumNet premiumTaxes premiumGross paymentFrequency client { id } installments { net taxes gross paid dueDate } } } }`);
      expect(d.insurers.length, country).toBeGreaterThanOrEqual(4);
      expect(d.linesOfBusiness).toHaveLength(10);
      expect(d.policies.total).toBeGreaterThanOrEqual(30);
      expect(new Set(d.policies.items.map((p: { status: string }) => p.status))).toEqual(new Set(STATUSES));
      const clientIds = new Set(d.clients.items.map((x: { id: string }) => x.id));
      const cents = (s: string) => BigInt(s.replace('.', ''));
      for (const p of d.policies.items) {
        expect(clientIds.has(p.client.id)).toBe(true);
        expect(cents(p.premiumNet) + cents(p.premiumTaxes)).toBe(cents(p.premiumGross));
        expect(p.installments.length).toBeGreaterThan(0);
        expect(p.installments.reduce((s: bigint, i: { gross: string }) => s + cents(i.gross), 0n)).toBe(cents(p.premiumGross));
      }
      expect(d.policies.items.some((p: { installments: Array<{ paid: boolean }> }) => p.installments.some((i) => i.paid))).toBe(true);
    }
  });
});
