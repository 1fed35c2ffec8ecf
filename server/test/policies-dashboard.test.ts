import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { dayIn } from './calendar.js';
import { CREATE_POLICY, SET_STATUS, policyInput } from './policies-helpers.js';

/**
 * The policies dashboard (BASE-8, issue #9 §9) against a portfolio whose figures are known: VDBERG's
 * demo policies (and what refers to them) are removed first (outside the app), then an agent writes six policies. Rights and
 * isolation: policies:view reads it; each company sees only its own figures.
 */
let t: TestPlatform;
let sanne: GqlClient; // VDBERG agent
let pieter: GqlClient; // VDBERG administrator
let marco: GqlClient; // ROSSI agent
let elena: GqlClient; // a role without policies rights in VDBERG
let A: string;
let B: string;
let lines: Record<string, string>;

/** VDBERG's time zone: the dashboard counts by the company's calendar (migration 0035), so the test's days are its days too. */
let zone = 'UTC';
const day = (days: number) => dayIn(zone, days);
const month = (days: number) => day(days).slice(0, 7);

const DASHBOARD = `{ policiesDashboard { inForce inForceGross byLine { key name count premiumGross } byInsurer { key name count premiumGross }
  renewalsDue30 renewalsDue60 renewalsDue90 newBusinessPerMonth { month count premiumGross } lapsed lapseBase lapseRate } }`;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const su = await t.superuser();
  try {
    zone = (await su.query<{ zone: string }>(`select app_time_zone_of(country) as zone from company where code = 'VDBERG'`)).rows[0].zone;
    // Everything that refers to a policy goes with VDBERG's demo portfolio (claims keep their card, lose
    // the policy). Bulk removal outside the app: triggers (append-only versions) off for this session.
    // (what refers to a policy: a foreign key, or a row_still_named trigger on policy naming the referencing table — migration 0046)
    const { rows: refs } = await su.query(
      `select conrelid::regclass::text as t from pg_constraint where contype = 'f' and confrelid = 'policy'::regclass and conrelid <> 'policy'::regclass
       union
       select split_part(encode(tgargs, 'escape'), '\\000', 1) from pg_trigger where tgrelid = 'policy'::regclass and tgfoid = 'row_still_named'::regproc
       order by 1`,
    );
    expect(refs.map((r: { t: string }) => r.t).sort()).toEqual(['claim', 'policy_installment', 'policy_insured_object', 'policy_insured_person', 'policy_version', 'portal_grant_policy', 'portal_thread', 'premium_document', 'product_offer', 'vehicle_policy']);
    await su.query(`set session_replication_role = replica`);
    const vdberg = `(select id from company where code = 'VDBERG')`;
    await su.query(`update claim set policy_id = null where company_id = ${vdberg}`);
    // offers keep their client, lose the policy they became; the premium documents billed go (the
    // ledger's entries stay: the books are not this test's subject)
    await su.query(`update product_offer set policy_id = null where company_id = ${vdberg}`);
    // portal grants lose the contracts they picked; message threads keep their case, lose the contract
    await su.query(`delete from portal_grant_policy where company_id = ${vdberg}`);
    await su.query(`update portal_thread set policy_id = null where company_id = ${vdberg}`);
    await su.query(`delete from premium_document where company_id = ${vdberg}`);
    for (const table of ['policy_insured_object', 'policy_insured_person', 'policy_installment', 'policy_version', 'vehicle_policy', 'policy']) {
      await su.query(`delete from ${table} where company_id = ${vdberg}`);
    }
    await su.query(`delete from app_search.client_term where source = 'policy' and company_id = ${vdberg}`);
    // triggers are off (replica): the company's tally of policies (migration 0044) goes with them
    await su.query(`delete from row_tally where subject = 'policy' and company_id = ${vdberg}`);
  } finally {
    await su.end();
  }
  [sanne, pieter, marco, elena] = await Promise.all([signedIn(t, USERS.vdbergAgent), signedIn(t, USERS.vdbergAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.both)]);
  A = (await pieter.ok(`mutation { createInsurer(input: { name: "Alfa Verzekeringen", code: "DASHA" }) { id } }`)).createInsurer.id;
  B = (await pieter.ok(`mutation { createInsurer(input: { name: "Beta Verzekeringen", code: "DASHB" }) { id } }`)).createInsurer.id;
  lines = Object.fromEntries((await sanne.ok(`{ linesOfBusiness { id code } }`)).linesOfBusiness.map((l: { id: string; code: string }) => [l.code.toLowerCase(), l.id]));
  const clientId = (await sanne.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { kind: 'PERSON', firstName: 'Dash', lastName: 'Board', noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' } })).createClient.id;
  const write = async (insurerId: string, line: string, o: Record<string, unknown>) => (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId, lineId: lines[line] }, { paymentFrequency: 'ANNUAL', ...o }) })).createPolicy.id as string;
  // 1. in force, ends within 30 days, issued today
  await write(A, 'home', { coverStart: day(-10), coverEnd: day(20), issueDate: day(0), premiumNet: '100.00', premiumTaxes: '0.10', premiumGross: '100.10' });
  // 2. in force (own), ends within 60 days, issued 100 days ago
  await write(A, 'motor_liability', { status: 'OWN', coverStart: day(-100), coverEnd: day(50), issueDate: day(-100), premiumNet: '200.00', premiumTaxes: '0.20', premiumGross: '200.20' });
  // 3. foreign business in force, ends within 90 days: portfolio, not new business
  await write(B, 'home', { status: 'FOREIGN', foreignBusiness: true, coverStart: day(-10), coverEnd: day(80), issueDate: day(0), premiumNet: '300.00', premiumTaxes: '0.30', premiumGross: '300.30' });
  // 4. an offer: neither portfolio nor new business
  await write(B, 'life', { status: 'OFFER', coverStart: day(5), coverEnd: day(370), issueDate: day(0), premiumNet: '400.00', premiumTaxes: '0.40', premiumGross: '400.40' });
  // 5. issued today, then cancelled: lapsed
  const cancelled = await write(A, 'home', { coverStart: day(-30), coverEnd: day(300), issueDate: day(0), premiumNet: '50.00', premiumTaxes: '0.00', premiumGross: '50.00' });
  await sanne.ok(SET_STATUS, { id: cancelled, s: 'CANCELLED' });
  // 6. cover ended 5 days ago: in the lapse base, not in force
  await write(A, 'accident', { coverStart: day(-400), coverEnd: day(-5), issueDate: day(-400), premiumNet: '60.00', premiumTaxes: '0.00', premiumGross: '60.00' });
});
afterAll(async () => t?.stop());

describe('policies dashboard', () => {
  it('counts the policies in force and their gross premium exactly', async () => {
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    expect(d.inForce).toBe(3);
    expect(d.inForceGross).toBe('600.60');
  });

  it('splits the portfolio by line of business (every line listed) and by insurer, with count and gross premium', async () => {
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    const line = (code: string) => d.byLine.find((g: { key: string }) => g.key === code);
    expect(d.byLine).toHaveLength(10);
    expect(line('home')).toMatchObject({ count: 2, premiumGross: '400.40' });
    expect(line('motor_liability')).toMatchObject({ count: 1, premiumGross: '200.20' });
    expect(line('life')).toMatchObject({ count: 0, premiumGross: '0.00' });
    expect(line('accident')).toMatchObject({ count: 0, premiumGross: '0.00' });
    expect(d.byInsurer).toEqual([
      { key: A, name: 'Alfa Verzekeringen', count: 2, premiumGross: '300.30' },
      { key: B, name: 'Beta Verzekeringen', count: 1, premiumGross: '300.30' },
    ]);
  });

  it('counts renewals due in 30, 60 and 90 days (each including the shorter periods)', async () => {
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    expect([d.renewalsDue30, d.renewalsDue60, d.renewalsDue90]).toEqual([1, 2, 3]);
  });

  it('counts own new business per month of issue over the last 12 months (no offers, no foreign business)', async () => {
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    expect(d.newBusinessPerMonth).toHaveLength(12);
    expect(d.newBusinessPerMonth[11].month).toBe(month(0));
    const byMonth = new Map(d.newBusinessPerMonth.map((m: { month: string; count: number; premiumGross: string }) => [m.month, m]));
    expect(byMonth.get(month(0))).toEqual({ month: month(0), count: 2, premiumGross: '150.10' });
    expect(byMonth.get(month(-100))).toEqual({ month: month(-100), count: 1, premiumGross: '200.20' });
    const total = d.newBusinessPerMonth.reduce((s: number, m: { count: number }) => s + m.count, 0);
    expect(total).toBe(3);
  });

  it('gives the lapse rate: cancelled among the contracts in cover during the last 12 months', async () => {
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    expect({ lapsed: d.lapsed, base: d.lapseBase, rate: d.lapseRate }).toEqual({ lapsed: 1, base: 5, rate: '20.00' });
  });

  it('is current when opened: a status change shows at once', async () => {
    const { policies } = await sanne.ok(`query($i: ID!) { policies(filter: { insurerId: $i, statuses: [OWN] }) { items { id } } }`, { i: A });
    await sanne.ok(SET_STATUS, { id: policies.items[0].id, s: 'CANCELLED' });
    const d = (await sanne.ok(DASHBOARD)).policiesDashboard;
    expect([d.inForce, d.inForceGross, d.lapsed, d.lapseRate]).toEqual([2, '400.40', 2, '40.00']);
  });

  it("shows each company only its own figures (RLS): ROSSI's figures hold none of VDBERG's insurers", async () => {
    const d = (await marco.ok(DASHBOARD)).policiesDashboard;
    expect(d.byInsurer.map((g: { key: string }) => g.key)).not.toContain(A);
    expect(d.byInsurer.map((g: { key: string }) => g.key)).not.toContain(B);
  });

  it('needs policies:view (FORBIDDEN without)', async () => {
    const role = await pieter.ok('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Balie', rights: ['clients:view'] } });
    const { users } = await pieter.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    const membership = users.find((m) => m.user.email === USERS.both)!;
    await pieter.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: membership.id, r: role.createRole.id });
    await elena.switchTo('VDBERG');
    expect(await elena.code(DASHBOARD)).toBe('FORBIDDEN');
    expect(await t.client().code(DASHBOARD)).toBe('UNAUTHENTICATED');
  });
});
