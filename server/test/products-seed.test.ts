import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { RATE } from './products-helpers.js';

/** The demo data of products (seeds/products.seeder.ts, issue #10 §8). */
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => t?.stop());

describe('demo products', () => {
  it('gives each demo company a motor product published, a home product in test and a liability product awaiting approval, approved by someone other than the author', async () => {
    for (const who of [USERS.rossiAdmin, USERS.vdbergAdmin]) {
      const c = await signedIn(t, who);
      const d = await c.ok(`{ products { code line { code } latestVersion { status authorId approvedBy history { toStatus changedBy } } } }`);
      const byCode = Object.fromEntries(d.products.map((p: any) => [p.code, p]));
      expect(Object.keys(byCode).sort(), who).toEqual(['FAMILY-LIAB', 'HOME-SAFE', 'MOTOR-EASY']);
      expect([byCode['MOTOR-EASY'].latestVersion.status, byCode['HOME-SAFE'].latestVersion.status, byCode['FAMILY-LIAB'].latestVersion.status]).toEqual(['PUBLISHED', 'TEST', 'SUBMITTED']);
      expect([byCode['MOTOR-EASY'].line.code, byCode['HOME-SAFE'].line.code, byCode['FAMILY-LIAB'].line.code]).toEqual(['MOTOR_LIABILITY', 'HOME', 'LIABILITY']);
      for (const code of ['MOTOR-EASY', 'HOME-SAFE']) {
        const v = byCode[code].latestVersion;
        expect(v.approvedBy).toBeTruthy();
        expect(v.approvedBy).not.toBe(v.authorId);
        expect(v.history.find((h: any) => h.toStatus === 'APPROVED').changedBy).toBe(v.approvedBy);
      }
      expect(byCode['FAMILY-LIAB'].latestVersion.approvedBy).toBeNull();
    }
  });

  it('gives demo clients offers whose premiums the rating engine gives again, one TEST offer, one application, one expired, and a request waiting', async () => {
    for (const who of [USERS.rossiAgent, USERS.vdbergAgent]) {
      const c = await signedIn(t, who);
      const d = await c.ok(`{ offers { id state test premiumGross version { id status } client { id panelTabs { key count } } answers { question value values address { street postalCode city country } } } quoteRequests(statuses: [WAITING]) { id product { code } } productsDashboard { requestsWaiting offers } }`);
      expect(d.offers.length, who).toBeGreaterThanOrEqual(6);
      expect(d.offers.filter((o: any) => o.test).map((o: any) => o.version.status)).toEqual(['TEST']);
      expect(d.offers.some((o: any) => o.state === 'APPLICATION')).toBe(true);
      expect(d.offers.some((o: any) => o.state === 'EXPIRED')).toBe(true);
      expect(d.offers[0].client.panelTabs.find((x: any) => x.key === 'offers').count).toBeGreaterThan(0);
      for (const o of d.offers.filter((x: any) => !x.test)) {
        const again = (await c.ok(RATE, { v: o.version.id, a: o.answers.map((a: any) => ({ question: a.question, value: a.value, values: a.values })) })).rateQuote.breakdown;
        expect(again.total).toBe(o.premiumGross);
      }
      expect(d.quoteRequests.map((r: any) => r.product.code)).toEqual(['MOTOR-EASY']);
      expect(d.productsDashboard.requestsWaiting).toBe(1);
    }
  });
});
