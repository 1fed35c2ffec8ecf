import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { REPORT, claimInput } from './claims-helpers.js';
import { dayIn } from '../src/core/company-calendar.js';

/**
 * The company's calendar (migration 0035, core/company-calendar.ts): "today" is the agency's own day in
 * its time zone, never the server's UTC date — at half past midnight in Rome, UTC is still yesterday.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator (Italy, Europe/Rome)
let clientId: string;

const next = (day: string, n = 1) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const fields = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  giulia = await signedIn(t, USERS.rossiAdmin, { bearer: true });
  clientId = (await createClient(giulia, italianPerson())).id;
});
afterEach(() => vi.useRealTimers());
afterAll(async () => t?.stop());

describe("the company's calendar", () => {
  it('gives the day an instant falls on in a time zone', () => {
    const lateEvening = new Date('2026-11-29T23:30:00Z');
    expect(dayIn('UTC', lateEvening)).toBe('2026-11-29');
    expect(dayIn('Europe/Rome', lateEvening)).toBe('2026-11-30');
    expect(dayIn('Europe/Amsterdam', new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(dayIn('Europe/Amsterdam', new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it("dates 'today' by the agency's clock: at 00:30 in Rome (23:30 UTC the day before) a loss of that day is not in the future, one of the next day is", async () => {
    const utcDay = new Date().toISOString().slice(0, 10);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${utcDay}T23:30:00Z`) });
    const romeDay = next(utcDay);
    const today = await giulia.gql(REPORT, { input: claimInput(clientId, { lossDate: romeDay }) });
    expect(today.errors).toBeUndefined();
    expect(today.data?.reportClaim).toMatchObject({ lossDate: romeDay, status: 'REPORTED' });
    const tomorrow = await giulia.gql(REPORT, { input: claimInput(clientId, { lossDate: next(romeDay) }) });
    expect(fields(tomorrow)).toEqual(['lossDate:in_future']);
  });

  it("learns the company's time zone from the request's opening statement: a staff request that needs today reads nothing more for it", async () => {
    const all = await statementsOf(t, () => giulia.ok(`{ renewalsDue(days: 30) { total } }`), { all: true });
    expect(all.some((q) => /app_open_request/.test(q))).toBe(true);
    expect(all.filter((q) => /app_company_time_zone|from "?company"?\b/i.test(q))).toEqual([]);
  });

  it("answers today in SQL in the active company's zone (app_company_today), as the dashboards read it", async () => {
    const su = await t.superuser();
    try {
      await su.query(`select set_config('app.company_id', id::text, false) from company where code = 'ROSSI'`);
      const { rows } = await su.query<{ rome: string; company: string; zone: string }>(
        `select to_char((now() at time zone 'Europe/Rome')::date, 'YYYY-MM-DD') as rome, to_char(app_company_today(), 'YYYY-MM-DD') as company, app_company_time_zone() as zone`,
      );
      expect(rows[0].zone).toBe('Europe/Rome');
      expect(rows[0].company).toBe(rows[0].rome);
      await su.query(`select set_config('app.company_id', id::text, false) from company where code = 'VDBERG'`);
      expect((await su.query(`select app_company_time_zone() as zone`)).rows[0].zone).toBe('Europe/Amsterdam');
    } finally {
      await su.end();
    }
  });
});
