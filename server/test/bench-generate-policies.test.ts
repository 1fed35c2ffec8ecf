import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';
import { generateClients } from '../bench/generate-clients.js';
import { generatePolicies } from '../bench/generate-policies.js';

/**
 * The benchmark's policies generator (issue #9, Q-1) on a small data set: what it writes with the
 * bulk load (triggers and foreign-key checks off) must be what the API would have written — schedules
 * summing exactly to the premium, references inside the company, numbers found by the search.
 */
let t: TestPlatform;
let su: pg.Client;
let clients = 0;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const url = new URL(inject('superuserUrl'));
  url.pathname = `/${t.databaseName}`;
  await generateClients(url.toString(), { companies: 3, clients: 600 });
  await generatePolicies(url.toString(), { perClient: 2 });
  su = await t.superuser();
  // the checks look at the generated companies only (the demo companies' portfolios have endorsements)
  await su.query(`create temp view gen as select id from company where code like 'GEN%'`);
  clients = Number((await su.query(`select count(*) from client c join company co on co.id = c.company_id where co.code like 'GEN%'`)).rows[0].count);
}, 120_000);
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('the policies generator of the benchmark', () => {
  it('writes two policies per generated client, every status, line and payment frequency, in every generated company', async () => {
    const { rows } = await su.query(
      `select count(*)::int as n, count(distinct status)::int as statuses, count(distinct payment_frequency)::int as frequencies,
              count(distinct line_id)::int as lines, count(distinct insurer_id)::int as insurers, count(distinct company_id)::int as companies
         from policy p join company c on c.id = p.company_id where c.code like 'GEN%'`,
    );
    expect(clients).toBe(600);
    expect(rows[0]).toEqual({ n: 1200, statuses: 11, frequencies: 5, lines: 30, insurers: 24, companies: 3 });
  });

  it('keeps every reference inside the policy\'s company and every premium exact (gross = net + taxes, taxes at the line\'s rate)', async () => {
    const { rows } = await su.query(
      `select count(*)::int as bad from policy p join gen on gen.id = p.company_id
         left join client c on c.id = p.client_id and c.company_id = p.company_id
         left join insurer i on i.id = p.insurer_id and i.company_id = p.company_id
         left join line_of_business l on l.id = p.line_id and l.company_id = p.company_id
        where c.id is null or i.id is null or l.id is null or p.premium_gross <> p.premium_net + p.premium_taxes
           or p.premium_taxes <> round(p.premium_net * l.default_tax_rate / 100, 2) or p.cover_end < p.cover_start`,
    );
    expect(rows[0].bad).toBe(0);
  });

  it('writes schedules that sum exactly to the premium, with contiguous periods inside the cover and the remainder cents on the first row', async () => {
    const sums = await su.query(
      `select count(*)::int as bad from policy p join gen on gen.id = p.company_id
         join (select policy_id, sum(net) as net, sum(taxes) as taxes, sum(gross) as gross, count(*) as n from policy_installment group by policy_id) s on s.policy_id = p.id
        where s.net <> p.premium_net or s.taxes <> p.premium_taxes or s.gross <> p.premium_gross
           or s.n <> case p.payment_frequency when 'annual' then 1 when 'semi_annual' then 2 when 'quarterly' then 4 when 'monthly' then 12 else 1 end`,
    );
    expect(sums.rows[0].bad).toBe(0);
    const periods = await su.query(
      `select count(*)::int as bad from (
         select i.*, p.cover_start, p.cover_end, lag(i.period_end) over (partition by i.policy_id order by i.seq) as previous_end,
                first_value(i.net) over (partition by i.policy_id order by i.seq) as first_net
           from policy_installment i join policy p on p.id = i.policy_id join gen on gen.id = p.company_id) x
        where period_start < cover_start or period_end > cover_end or (seq = 1 and period_start <> cover_start)
           or (previous_end is not null and period_start <> previous_end + 1) or net > first_net or due_date <> period_start`,
    );
    expect(periods.rows[0].bad).toBe(0);
    const lastEnds = await su.query(
      `select count(*)::int as bad from policy p join gen on gen.id = p.company_id where (select max(period_end) from policy_installment i where i.policy_id = p.id) <> p.cover_end`,
    );
    expect(lastEnds.rows[0].bad).toBe(0);
  });

  it('writes each generated policy\'s version 1 as issued, with its terms', async () => {
    const { rows } = await su.query(
      `select count(*)::int as policies, count(v.id)::int as versions,
              count(*) filter (where v.terms->>'premiumGross' = p.premium_gross::text and v.effective_date = p.cover_start)::int as exact
         from policy p join gen on gen.id = p.company_id left join policy_version v on v.policy_id = p.id and v.version = 1`,
    );
    expect(rows[0]).toEqual({ policies: 1200, versions: 1200, exact: 1200 });
  });

  it('gives every motor-liability policy a vehicle of its holder, linked to it, with a unique plate found by the search terms', async () => {
    const { rows } = await su.query(
      `select (select count(*)::int from policy p join gen on gen.id = p.company_id join line_of_business l on l.id = p.line_id where l.code = 'motor_liability') as motor,
              (select count(*)::int from vehicle v join gen on gen.id = v.company_id) as vehicles,
              (select count(*)::int from vehicle_policy vp join gen on gen.id = vp.company_id
                 join vehicle v on v.id = vp.vehicle_id join policy p on p.id = vp.policy_id
                 join line_of_business l on l.id = p.line_id
                where v.client_id = p.client_id and v.company_id = p.company_id and l.code = 'motor_liability') as linked,
              (select count(distinct (v.company_id, v.plate))::int from vehicle v join gen on gen.id = v.company_id where v.plate ~ '^[A-Z]{2}[0-9]{3}[A-Z]{2}$') as plates,
              (select count(distinct t.source_id)::int from app_search.client_term t join gen on gen.id = t.company_id where t.source = 'vehicle') as searchable`,
    );
    expect(rows[0].motor).toBeGreaterThan(0);
    expect(rows[0]).toEqual({ motor: rows[0].motor, vehicles: rows[0].motor, linked: rows[0].motor, plates: rows[0].motor, searchable: rows[0].motor });
  });

  it('writes a claim on one in five policies in force, dormant or cancelled, lost within the cover, each with its report as first status change', async () => {
    const { rows } = await su.query(
      `select (select count(*)::int from policy p join gen on gen.id = p.company_id where p.status in ('policy', 'own', 'cancelled', 'dormant')) as eligible,
              (select count(*)::int from claim c join gen on gen.id = c.company_id) as claims,
              (select count(distinct c.status)::int from claim c join gen on gen.id = c.company_id) as statuses,
              (select count(*)::int from claim c join gen on gen.id = c.company_id join policy p on p.id = c.policy_id
                where p.client_id <> c.client_id or p.company_id <> c.company_id or c.loss_date < p.cover_start or c.loss_date > p.cover_end
                   or p.status not in ('policy', 'own', 'cancelled', 'dormant')) as bad,
              (select count(*)::int from claim c join gen on gen.id = c.company_id
                where (select count(*) from claim_status_change s where s.claim_id = c.id and s.from_status is null and s.to_status = 'reported') <> 1) as unreported`,
    );
    expect(rows[0].claims).toBe(Math.floor(rows[0].eligible / 5));
    expect(rows[0]).toMatchObject({ statuses: 5, bad: 0, unreported: 0 });
  });

  it('serves the generated portfolio through the API: the list total, an exact schedule, and the holder found by the policy number', async () => {
    const { rows: [gen01] } = await su.query(`select id from company where code = 'GEN01'`);
    const { rows: [role] } = await su.query(
      `insert into role (company_id, name, template, rights) select $1, 'Agent', 'agent', r.rights from role r join company c on c.id = r.company_id where c.code = 'ROSSI' and r.template = 'agent' returning id`,
      [gen01.id],
    );
    await su.query(`insert into membership (company_id, user_id, role_id) select $1, u.id, $2 from app_user u where u.email = $3`, [gen01.id, role.id, USERS.rossiAgent]);
    const marco = await signedIn(t, USERS.rossiAgent);
    await marco.ok('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: gen01.id });
    const expected = Number((await su.query(`select count(*) from policy where company_id = $1`, [gen01.id])).rows[0].count);
    const page = await marco.ok(`{ policies(first: 5) { total items { id number client { id } premiumGross installments { gross } } } }`);
    expect(page.policies.total).toBe(expected);
    const policy = page.policies.items[0];
    const cents = policy.installments.reduce((s: bigint, i: { gross: string }) => s + BigInt(i.gross.replace('.', '')), 0n);
    expect(cents).toBe(BigInt(policy.premiumGross.replace('.', '')));
    const hits = await marco.ok(`query($q: String!) { searchClients(query: $q) { client { id } } }`, { q: policy.number.replace(/\//g, '') });
    expect(hits.searchClients.map((h: { client: { id: string } }) => h.client.id)).toContain(policy.client.id);
    const { rows: [vehicle] } = await su.query(`select client_id, plate from vehicle where company_id = $1 order by plate limit 1`, [gen01.id]);
    const byPlate = await marco.ok(`query($q: String!) { searchClients(query: $q) { client { id } } }`, { q: vehicle.plate.toLowerCase() });
    expect(byPlate.searchClients.map((h: { client: { id: string } }) => h.client.id)).toContain(vehicle.client_id);
    const card = await marco.ok(`query($id: ID!) { client(id: $id) { vehicles { plate policies { id } } claims { id } } }`, { id: vehicle.client_id });
    expect(card.client.vehicles.map((v: { plate: string }) => v.plate)).toContain(vehicle.plate);
  });
});
