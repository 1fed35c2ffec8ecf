import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { DAAN } from './claims-helpers.js';

/** The demo data of vehicles and claims (seeds/vehicles.seeder.ts, seeds/claims.seeder.ts). */
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => t?.stop());

const cents = (s: string) => BigInt(s.replace('.', ''));

describe('demo vehicles and claims', () => {
  it('gives clients with motor policies a car linked to them, with plates of the country that find their owner', async () => {
    for (const who of [USERS.rossiAgent, USERS.vdbergAgent]) {
      const c = await signedIn(t, who);
      const d = await c.ok(`{ policies(first: 200) { items { id line { code } client { id vehicles { id plate plateDisplay sold policies { id } } } } } }`);
      const motor = d.policies.items.filter((p: any) => p.line.code === 'MOTOR_LIABILITY' || p.line.code === 'MOTOR_OWN_DAMAGE');
      expect(motor.length, who).toBeGreaterThan(0);
      for (const p of motor) {
        const owned = p.client.vehicles.filter((v: any) => !v.sold);
        expect(owned.some((v: any) => v.policies.some((x: any) => x.id === p.id)), `${who} ${p.id}`).toBe(true);
      }
      expect(motor.some((p: any) => p.client.vehicles.some((v: any) => v.sold))).toBe(true);
      const car = motor[0].client.vehicles.find((v: any) => !v.sold);
      const hits = (await c.ok(`query($q: String!) { searchClients(query: $q) { client { id } } }`, { q: car.plateDisplay })).searchClients;
      expect(hits.map((h: any) => h.client.id)).toContain(motor[0].client.id);
    }
  });

  it('gives each demo company claims in every state, a reopened one with its reason, reserves and payments that add up', async () => {
    const giulia = await signedIn(t, USERS.rossiAdmin);
    const daan = await signedIn(t, DAAN);
    for (const c of [giulia, daan]) {
      const d = await c.ok(`{ claims(first: 200) { total items { status policy { id } parties { plate } history { fromStatus toStatus reason } money { kind amount } totals { reserveCurrent paidTotal outstandingReserve } } } claimsDashboard { openTotal reservesTotal byLine { lineCode count } } }`);
      expect(d.claims.total).toBeGreaterThanOrEqual(9);
      expect(new Set(d.claims.items.map((x: any) => x.status))).toEqual(new Set(['REPORTED', 'IN_REVIEW', 'SETTLED', 'REJECTED', 'CLOSED']));
      expect(d.claims.items.some((x: any) => x.history.some((h: any) => h.fromStatus === 'CLOSED' && h.toStatus === 'IN_REVIEW' && h.reason))).toBe(true);
      expect(d.claims.items.some((x: any) => x.policy === null)).toBe(true);
      expect(d.claims.items.some((x: any) => x.parties.some((p: any) => p.plate))).toBe(true);
      for (const x of d.claims.items) {
        expect(x.history.at(-1).toStatus).toBe(x.status);
        expect(cents(x.totals.paidTotal) <= cents(x.totals.reserveCurrent)).toBe(true);
        expect(cents(x.totals.reserveCurrent) - cents(x.totals.paidTotal)).toBe(cents(x.totals.outstandingReserve));
      }
      expect(d.claims.items.some((x: any) => x.money.some((m: any) => m.kind === 'PAYMENT'))).toBe(true);
      expect(d.claimsDashboard.openTotal).toBeGreaterThan(0);
      expect(cents(d.claimsDashboard.reservesTotal)).toBeGreaterThan(0n);
      expect(d.claimsDashboard.byLine.length).toBeGreaterThan(1);
    }
  });
});
