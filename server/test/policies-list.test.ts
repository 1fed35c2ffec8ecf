import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitiesMappedDuring, startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { mapRow } from '../src/core/list-rows.js';
import { Policy } from '../src/modules/policies/policy.entity.js';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { grantAppRole } from '../src/db/provision.js';
import { MIGRATIONS_DIR } from '../src/db/migrations.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { RENEW } from './policies-changes-helpers.js';
import { asRuntimeRole } from './ledger-helpers.js';

/**
 * The policy lists (issue #9, Q-2): the list page, the renewals list and the client card's tabs read
 * their rows with client, insurer and line in one statement each — not an entity and a query per
 * relation — and serve the same answers as before: order, totals, filters, relations.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let refs: { clientId: string; insurerId: string; lineId: string };

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  const giulia = await signedIn(t, USERS.rossiAdmin);
  marco = await signedIn(t, USERS.rossiAgent);
  const ref = await referenceData(giulia, 'LST');
  const client = await marco.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { kind: 'PERSON', firstName: 'Lista', lastName: 'Polizze', noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
  });
  refs = { clientId: client.createClient.id, insurerId: ref.insurerId, lineId: ref.lines.home };
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

/** The statements reading the list's tables while `fn` runs (the request's opening and transaction control left out). */
const listReadsOf = async (fn: () => Promise<unknown>) => (await statementsOf(t, fn)).filter((q) => /\bpolicy\b|\bclient\b|\binsurer\b|line_of_business/.test(q));

describe('the policy lists', () => {
  it('reads the list page — 50 policies with client, insurer and line, and the total — in one statement', async () => {
    const statements = await listReadsOf(() =>
      marco.ok(`{ policies(first: 50) { total items { id number client { id displayName } insurer { id name } line { id name } } } }`),
    );
    expect(statements).toHaveLength(1);
    // the total unfiltered is the company's tally (row_tally), not a count of every policy
    expect(statements[0]).toMatch(/from row_tally/);
    expect(statements[0]).not.toMatch(/count\(\*\)/);
    // filtered, it is counted
    const filtered = await listReadsOf(() => marco.ok(`query($c: ID!) { policies(first: 50, filter: { clientId: $c }) { total items { id } } }`, { c: refs.clientId }));
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatch(/count\(\*\)/);
    expect(filtered[0]).not.toMatch(/row_tally/);
  });

  it('finds a page\'s keys once: policy is scanned once for them, not once per row of a small company', async () => {
    const [statement] = await listReadsOf(() => marco.ok(`{ policies(first: 20, offset: 3) { total items { id number client { id displayName } insurer { id name } line { id name } } } }`));
    const su = await t.superuser();
    try {
      const { rows: [company] } = await su.query(`select id from company where code = 'ROSSI'`);
      let n = 0;
      // its parameters: the company (the tally), the company, the page size and offset (the keys), the company (the rows)
      const { rows: [plan] } = await su.query(`explain (analyze, format json) ${statement.replace(/\?/g, () => `$${++n}`)}`, [company.id, company.id, 20, 3, company.id]);
      type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Subplan Name'?: string; 'Actual Loops': number; Plans?: PlanNode[] };
      // the scans of policy inside the keys' subplan, with how often each ran; which scan the planner picks
      // (the list index, or a sequential scan and a sort) follows its statistics, and either is one pass
      const scans: number[] = [];
      let keys: PlanNode | undefined;
      const find = (node: PlanNode) => {
        if (node['Subplan Name'] === 'CTE keys') keys = node;
        for (const child of node.Plans ?? []) find(child);
      };
      // (a node's Actual Loops counts every time it ran, inside whatever loops over it)
      const walk = (node: PlanNode) => {
        if (node['Relation Name'] === 'policy') scans.push(node['Actual Loops']);
        for (const child of node.Plans ?? []) walk(child);
      };
      find(plan['QUERY PLAN'][0].Plan);
      expect(keys, 'the keys are found in a subplan of their own (MATERIALIZED)').toBeDefined();
      walk(keys!);
      // the planner, left free, put the keys' scan inside a nested loop over the company's policies (once per policy)
      expect(scans).toEqual([1]);
    } finally {
      await su.end();
    }
  });

  it('reads only the columns the page asks for (of the policy, its client, insurer and line), and every column when a field needs the whole row', async () => {
    const other = await marco.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
      i: { kind: 'PERSON', firstName: 'Colonne', lastName: 'Poche', noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
    });
    await marco.ok(CREATE_POLICY, { input: policyInput({ ...refs, clientId: other.createClient.id }, { number: 'COLS-1' }) });
    const narrow = await listReadsOf(() => marco.ok(`{ policies(first: 5) { items { number client { displayName } insurer { name } } } }`));
    expect(narrow).toHaveLength(1);
    expect(narrow[0]).toMatch(/c\.display_name as c_display_name/);
    expect(narrow[0]).not.toMatch(/c_tax_code|x\.\*|x\.premium_net|i_tax_id/);
    const wide = await listReadsOf(() => marco.ok(`{ policies(first: 5) { items { number allowedStatuses client { displayName taxCode } } } }`));
    expect(wide[0]).toMatch(/x\.\*/);
    expect(wide[0]).toMatch(/c\.tax_code as c_tax_code/);
    // the fields asked are kept per query text, but a field chosen by a variable (@include, @skip) is read per request
    const chosen = `query($wide: Boolean!) { policies(first: 5) { items { number client { displayName taxCode @include(if: $wide) } } } }`;
    for (const wide of [false, true, false]) {
      const [statement] = await listReadsOf(() => marco.ok(chosen, { wide }));
      if (wide) expect(statement).toMatch(/c\.tax_code as c_tax_code/);
      else expect(statement).not.toMatch(/c_tax_code/);
    }
    const again = await listReadsOf(() => marco.ok(`{ policies(first: 5) { items { number client { displayName } insurer { name } } } }`));
    expect(again).toEqual(narrow);
    // the same rows either way
    const a = (await marco.ok(`{ policies(first: 5) { items { id number premiumGross client { id displayName } } } }`)).policies.items;
    const b = (await marco.ok(`{ policies(first: 5) { items { id number premiumGross allowedStatuses client { id displayName taxCode } } } }`)).policies.items;
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((p: Record<string, unknown>) => ({ id: p.id, number: p.number, premiumGross: p.premiumGross, client: { id: (p.client as { id: string }).id, displayName: (p.client as { displayName: string }).displayName } }))).toEqual(a);
  });

  it('serves the list newest first with its relations and total, and takes a number prefix literally (% and _ are not wildcards)', async () => {
    const a = (await marco.ok(CREATE_POLICY, { input: policyInput(refs, { number: 'LST_2026%1' }) })).createPolicy;
    const b = (await marco.ok(CREATE_POLICY, { input: policyInput(refs, { number: 'LSTX2026A1' }) })).createPolicy;
    const page = (await marco.ok(`query($c: ID!) { policies(filter: { clientId: $c }) { total items { id number client { id displayName } insurer { id code } line { id code } } } }`, { c: refs.clientId })).policies;
    expect(page.total).toBe(2);
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([b.id, a.id]);
    expect(page.items[0]).toMatchObject({ client: { id: refs.clientId, displayName: 'Polizze Lista' }, insurer: { id: refs.insurerId, code: 'LST' }, line: { id: refs.lineId, code: 'HOME' } });
    expect((await marco.ok(`{ policies(filter: { number: "LST_" }) { total items { number } } }`)).policies).toEqual({ total: 1, items: [{ number: 'LST_2026%1' }] });
    expect((await marco.ok(`{ policies(filter: { number: "LST_2026%" }) { total } }`)).policies.total).toBe(1);
    // past the end: no rows, the total still counted
    expect((await marco.ok(`query($c: ID!) { policies(filter: { clientId: $c }, offset: 5) { total items { id } } }`, { c: refs.clientId })).policies).toEqual({ total: 2, items: [] });
  });

  it('reads each client-card policy tab in one statement and the three tab counts in one grouped statement', async () => {
    const statements = await listReadsOf(() =>
      marco.ok(`query($id: ID!) { client(id: $id) { policyCounts { active archived foreign } active: policies(scope: ACTIVE, first: 10) { total items { id insurer { name } line { name } } } } }`, { id: refs.clientId }),
    );
    const policyStatements = statements.filter((q) => /from policy p/.test(q));
    expect(policyStatements).toHaveLength(2);
    expect(policyStatements.some((q) => /group by p\.client_id/.test(q))).toBe(true);
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { policyCounts { active } active: policies(scope: ACTIVE, first: 1, offset: 1) { total items { number } } late: policies(scope: ACTIVE, first: 5, offset: 9) { total items { number } } } }`, { id: refs.clientId })).client;
    expect(card.policyCounts.active).toBe(2);
    expect(card.active).toEqual({ total: 2, items: [{ number: expect.stringMatching(/^LST/) }] });
    expect(card.late).toEqual({ total: 2, items: [] });
  });

  it('reads the renewals list with its total in one statement', async () => {
    const statements = await listReadsOf(() => marco.ok(`{ renewalsDue(days: 90) { total items { id client { displayName } insurer { name } } } }`));
    expect(statements.filter((q) => /from policy p/.test(q))).toHaveLength(1);
  });

  it('counts the card\'s panel tabs of every module in two statements: one for the table counts, one grouped for the policy tabs', async () => {
    let tabs: Array<{ key: string; count: number | null }> = [];
    const statements = await listReadsOf(async () => {
      tabs = (await marco.ok(`query($id: ID!) { client(id: $id) { panelTabs { key count } } }`, { id: refs.clientId })).client.panelTabs;
    });
    const counting = statements.filter((q) => /count\(\*\)/.test(q));
    expect(counting).toHaveLength(2);
    expect(counting.some((q) => /from vehicle t/.test(q) && /from claim t/.test(q) && /from document t/.test(q))).toBe(true);
    expect(Object.fromEntries(tabs.map((x) => [x.key, x.count]))).toMatchObject({ data: null, activePolicies: 2, archivedPolicies: 0, foreignPolicies: 0, vehicles: 0, claims: 0, documents: 0 });
  });

  it('serves list rows as plain objects of the entity class: values as own data properties, no entity helper, no managed entity', async () => {
    const row = mapRow(t.orm.em.fork(), Policy, { id: '00000000-0000-4000-8000-000000000001', number: 'P-1', premium_gross: '12.50', client_id: refs.clientId })!;
    expect(row).toBeInstanceOf(Policy);
    expect(Object.getOwnPropertyDescriptor(row, 'number')).toEqual({ value: 'P-1', writable: true, enumerable: true, configurable: true });
    // MikroORM puts a setter on the entity prototype for each relation, which would define an accessor
    // pair on the row (and propagate to the other side); a list row keeps the value as it was read
    expect(Object.getOwnPropertyDescriptor(row, 'client')).toEqual({ value: refs.clientId, writable: true, enumerable: true, configurable: true });
    expect(Object.getOwnPropertyNames(row)).not.toContain('__helper');
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'number', 'premiumGross']));
    // a page of the list maps no entity either, and answers its relations
    let page: any;
    const mapped = await entitiesMappedDuring(t, async () => {
      page = (await marco.ok('{ policies(first: 50) { total items { id number client { id displayName } insurer { name } line { name } } } }')).policies;
    });
    expect(mapped).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((p: any) => p.client.id && p.client.displayName && p.insurer.name && p.line.name)).toBe(true);
  });
});

describe("the list page's total: the company's tally of policies (migration 0044)", () => {
  const total = async (c: GqlClient) => (await c.ok(`{ policies(first: 1) { total } }`)).policies.total as number;
  const counted = async (su: pg.Client, code: string) =>
    Number((await su.query(`select count(*) from policy p join company c on c.id = p.company_id where c.code = $1`, [code])).rows[0].count);
  const tallied = async (su: pg.Client, code: string) =>
    Number((await su.query(`select coalesce(sum(t.n), 0) as n from row_tally t join company c on c.id = t.company_id where c.code = $1 and t.subject = 'policy'`, [code])).rows[0].n);

  it('is the number of the company’s policies after creating, renewing and deleting them, for every company', async () => {
    const su = await t.superuser();
    try {
      const before = await total(marco);
      expect(before).toBe(await counted(su, 'ROSSI'));
      expect(before).toBeGreaterThan(0);
      const created = (await marco.ok(CREATE_POLICY, { input: policyInput(refs, { number: 'TALLY-1' }) })).createPolicy;
      expect(await total(marco)).toBe(before + 1);
      await marco.ok(RENEW, { id: created.id });
      expect(await total(marco)).toBe(before + 2);
      // a policy deleted (here by hand, a row without versions: the product has no policy delete, and a
      // policy's versions are append-only) leaves the tally with it
      const lone = await su.query<{ id: string }>(
        `insert into policy (company_id, number, client_id, insurer_id, line_id, status, cover_start, cover_end, premium_net, premium_taxes, premium_gross, payment_frequency)
         select company_id, 'TALLY-2', client_id, insurer_id, line_id, 'info', cover_start, cover_end, premium_net, premium_taxes, premium_gross, payment_frequency
           from policy where id = $1 returning id`,
        [created.id],
      );
      expect(await total(marco)).toBe(before + 3);
      expect((await su.query(`delete from policy where id = $1`, [lone.rows[0].id])).rowCount).toBe(1);
      expect(await total(marco)).toBe(before + 2);
      // every company: the tally is the count, and another company's list shows its own
      for (const { code } of (await su.query<{ code: string }>(`select code from company order by code`)).rows) {
        expect(await tallied(su, code), code).toBe(await counted(su, code));
      }
      const sanne = await signedIn(t, USERS.vdbergAgent);
      expect(await total(sanne)).toBe(await counted(su, 'VDBERG'));
    } finally {
      await su.end();
    }
  });

  it('folds a company’s tally rows into one past 32, and a statement of many rows adds one row', async () => {
    const su = await t.superuser();
    try {
      const rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id as string;
      const rows = async () => Number((await su.query(`select count(*) from row_tally where company_id = $1 and subject = 'policy'`, [rossi])).rows[0].count);
      const start = await counted(su, 'ROSSI');
      const copy = (n: number, prefix: string) =>
        su.query(
          `insert into policy (company_id, number, client_id, insurer_id, line_id, status, cover_start, cover_end, premium_net, premium_taxes, premium_gross, payment_frequency)
           select company_id, $2 || g, client_id, insurer_id, line_id, 'info', cover_start, cover_end, premium_net, premium_taxes, premium_gross, payment_frequency
             from policy, generate_series(1, $3::int) g where id = (select id from policy where company_id = $1 order by id limit 1)`,
          [rossi, prefix, n],
        );
      const r0 = await rows();
      await copy(25, 'TALLY-MANY-');
      expect(await rows()).toBe(r0 + 1 > 32 ? 1 : r0 + 1);
      for (let i = 0; i < 40; i++) await copy(1, `TALLY-ONE-${i}-`);
      expect(await rows()).toBeLessThanOrEqual(32);
      expect(await tallied(su, 'ROSSI')).toBe(start + 65);
      expect(await counted(su, 'ROSSI')).toBe(start + 65);
      expect(await total(marco)).toBe(start + 65);
    } finally {
      await su.end();
    }
  });

  it('is read-only to the run-time role and shows it only its company’s tally; a policy does not move to another company', async () => {
    const su = await t.superuser();
    try {
      const seen = await asRuntimeRole(t, 'ROSSI', async (c) => (await c.query(`select distinct company_id::text as id from row_tally`)).rows.map((r) => r.id));
      expect(seen).toEqual([(await su.query(`select id::text as id from company where code = 'ROSSI'`)).rows[0].id]);
      for (const sql of [
        `insert into row_tally (company_id, subject, n) values (app_current_company(), 'policy', 1000)`,
        `update row_tally set n = n + 1000`,
        `delete from row_tally`,
      ]) {
        const error = await asRuntimeRole(t, 'ROSSI', (c) => c.query(sql).then(() => null, (e: { code?: string }) => e));
        expect(error?.code, sql).toBe('42501');
      }
      const moved = await su.query(`update policy set company_id = (select id from company where code = 'VDBERG') where number = 'TALLY-1'`).then(() => null, (e: { constraint?: string }) => e);
      expect(moved?.constraint).toBe('row_tally_same_company');
      expect(await tallied(su, 'ROSSI')).toBe(await counted(su, 'ROSSI'));
    } finally {
      await su.end();
    }
  });

  it('counts, when migration 0044 is applied, the policies written before it, company by company (row-level security applies to its owner)', async () => {
    const su = await t.superuser();
    const owner = new pg.Client({ connectionString: t.urls.ownerUrl });
    await owner.connect();
    try {
      const sql = (name: string) => readFileSync(path.join(MIGRATIONS_DIR, `0044_row_tally.${name}.sql`), 'utf8');
      await owner.query(sql('down'));
      expect((await su.query(`select to_regclass('public.row_tally') as t`)).rows[0].t).toBeNull();
      await owner.query(sql('up'));
      await grantAppRole(t.urls.ownerUrl, t.urls.appUrl);
      const companies = (await su.query<{ code: string }>(`select code from company order by code`)).rows;
      let policies = 0;
      for (const { code } of companies) {
        const n = await counted(su, code);
        policies += n;
        expect(await tallied(su, code), code).toBe(n);
      }
      expect(policies).toBeGreaterThan(0);
      expect(await total(marco)).toBe(await counted(su, 'ROSSI'));
    } finally {
      await owner.end();
      await su.end();
    }
  });
});
