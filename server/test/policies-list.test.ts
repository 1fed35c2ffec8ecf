import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitiesMappedDuring, startTestPlatform, signedIn, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { mapRow } from '../src/core/list-rows.js';
import { Policy } from '../src/modules/policies/policy.entity.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';

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
    expect(statements[0]).toMatch(/count\(\*\)/);
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
