import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyDay, startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_POLICY, SET_STATUS, policyInput, referenceData } from './policies-helpers.js';

/**
 * The client card's policy tabs (CL-4, issue #9 §7) and the policy history: which policies an agent
 * sees in the active, archived and foreign tabs, with counts; another company's cards and policies
 * refused; users without policies:view see neither tabs nor policies.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant (policies:view only)
let sanne: GqlClient; // VDBERG agent
let elena: GqlClient; // ROSSI: a role without any policies right (set below)
let clientId: string;
let otherClientId: string;
const ids: Record<string, string> = {};

/** YYYY-MM-DD, `days` from ROSSI's today (the tabs sort by the company's day, not UTC's). */
const day = (days: number) => companyDay(days);

const TABS = `query($id: ID!) { client(id: $id) { panelTabs { key count } policyCounts { active archived foreign }
  active: policies(scope: ACTIVE) { total items { number } }
  archived: policies(scope: ARCHIVED) { total items { number } }
  foreign: policies(scope: FOREIGN) { total items { number } } } }`;

async function person(c: GqlClient, lastName: string): Promise<string> {
  const r = await c.ok('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { kind: 'PERSON', firstName: 'Tab', lastName, noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
  });
  return r.createClient.id;
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia, laura, sanne, elena] = await Promise.all([
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAccountant),
    signedIn(t, USERS.vdbergAgent),
    signedIn(t, USERS.both),
  ]);
  const ref = await referenceData(giulia, 'TABS');
  clientId = await person(marco, 'Schede');
  otherClientId = await person(marco, 'Altro');
  const refs = { clientId, insurerId: ref.insurerId, lineId: ref.lines.home };
  const create = async (key: string, overrides: Record<string, unknown>) => {
    ids[key] = (await marco.ok(CREATE_POLICY, { input: policyInput(refs, { number: `TAB-${key}`, ...overrides }) })).createPolicy.id;
  };
  await create('current', { coverStart: day(-10), coverEnd: day(100) });
  await create('future', { coverStart: day(10), coverEnd: day(375), status: 'OFFER' });
  await create('endsToday', { coverStart: day(-364), coverEnd: day(0), status: 'OWN' });
  await create('ended', { coverStart: day(-400), coverEnd: day(-1) });
  await create('cancelled', { coverStart: day(-10), coverEnd: day(300) });
  await marco.ok(SET_STATUS, { id: ids.cancelled, s: 'CANCELLED' });
  await create('foreign', { coverStart: day(-10), coverEnd: day(300), status: 'FOREIGN', foreignBusiness: true });
  await create('foreignEnded', { coverStart: day(-400), coverEnd: day(-30), status: 'FOREIGN', foreignBusiness: true });
  await marco.ok(CREATE_POLICY, { input: policyInput({ ...refs, clientId: otherClientId }, { number: 'TAB-other', coverStart: day(-10), coverEnd: day(100) }) });
  // Elena: a role in ROSSI with client rights but no policies right
  const role = await giulia.ok('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Front desk', rights: ['clients:view'] } });
  const { users } = await giulia.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
  const membership = users.find((m) => m.user.email === USERS.both)!;
  await giulia.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: membership.id, r: role.createRole.id });
  await elena.switchTo('ROSSI');
});
afterAll(async () => t?.stop());

const numbers = (page: { items: Array<{ number: string }> }) => page.items.map((p) => p.number).sort();

describe('client card: policy tabs', () => {
  it('sorts the policies into active (own, cover not ended, not cancelled), archived (ended or cancelled) and foreign tabs', async () => {
    const c = (await marco.ok(TABS, { id: clientId })).client;
    expect(numbers(c.active)).toEqual(['TAB-current', 'TAB-endsToday', 'TAB-future']);
    expect(numbers(c.archived)).toEqual(['TAB-cancelled', 'TAB-ended']);
    expect(numbers(c.foreign)).toEqual(['TAB-foreign', 'TAB-foreignEnded']);
    expect([c.active.total, c.archived.total, c.foreign.total]).toEqual([3, 2, 2]);
    expect(c.policyCounts).toEqual({ active: 3, archived: 2, foreign: 2 });
  });

  it('announces the three tabs with their counts on the card', async () => {
    const tabs = (await marco.ok(TABS, { id: clientId })).client.panelTabs as Array<{ key: string; count: number }>;
    const count = (key: string) => tabs.find((x) => x.key === key)?.count;
    expect([count('activePolicies'), count('archivedPolicies'), count('foreignPolicies')]).toEqual([3, 2, 2]);
  });

  it('lists each client of a page with its own policies and counts (batched, never mixed)', async () => {
    const r = await marco.ok(`{ clients(filter: { text: "Tab" }, first: 50) { items { id displayName policyCounts { active archived foreign } policies(scope: ACTIVE) { items { number } } } } }`);
    const byId = new Map((r.clients.items as Array<{ id: string; policyCounts: unknown; policies: { items: Array<{ number: string }> } }>).map((c) => [c.id, c]));
    expect(byId.get(clientId)?.policyCounts).toEqual({ active: 3, archived: 2, foreign: 2 });
    expect(byId.get(otherClientId)?.policyCounts).toEqual({ active: 1, archived: 0, foreign: 0 });
    expect(byId.get(otherClientId)?.policies.items.map((p) => p.number)).toEqual(['TAB-other']);
  });

  it('pages a tab: first and offset', async () => {
    const r = await marco.ok(`query($id: ID!) { client(id: $id) { policies(scope: ACTIVE, first: 2, offset: 2) { total items { number } } } }`, { id: clientId });
    expect(r.client.policies.total).toBe(3);
    expect(r.client.policies.items).toHaveLength(1);
  });

  it('refuses bad paging of a tab with BAD_USER_INPUT naming the argument', async () => {
    const big = await marco.gql(`query($id: ID!) { client(id: $id) { policies(scope: ACTIVE, first: 1000) { total } } }`, { id: clientId });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((big.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['first']);
    const negative = await marco.gql(`query($id: ID!) { client(id: $id) { policies(scope: ACTIVE, offset: -1) { total } } }`, { id: clientId });
    expect((negative.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['offset']);
  });

  it('moves a policy from the active to the archived tab when it is cancelled', async () => {
    await marco.ok(SET_STATUS, { id: ids.current, s: 'CANCELLED' });
    const c = (await marco.ok(TABS, { id: clientId })).client;
    expect(c.policyCounts).toEqual({ active: 2, archived: 3, foreign: 2 });
    expect(numbers(c.archived)).toContain('TAB-current');
  });

  it('shows the tabs read-only to the accountant (policies:view)', async () => {
    const c = (await laura.ok(TABS, { id: clientId })).client;
    expect(c.policyCounts.foreign).toBe(2);
  });

  it('refuses the policies of a card to a user without policies:view (FORBIDDEN) and announces no policy tab', async () => {
    expect(await elena.code(`query($id: ID!) { client(id: $id) { policies(scope: ACTIVE) { total } } }`, { id: clientId })).toBe('FORBIDDEN');
    expect(await elena.code(`query($id: ID!) { client(id: $id) { policyCounts { active } } }`, { id: clientId })).toBe('FORBIDDEN');
    const tabs = (await elena.ok(`query($id: ID!) { client(id: $id) { panelTabs { key } } }`, { id: clientId })).client.panelTabs as Array<{ key: string }>;
    expect(tabs.map((x) => x.key).filter((k) => k.endsWith('Policies'))).toEqual([]);
    expect(tabs.length).toBeGreaterThan(0);
  });

  it("refuses another company's card and its policies (NOT_FOUND)", async () => {
    expect(await sanne.code(TABS, { id: clientId })).toBe('NOT_FOUND');
    expect(await sanne.code(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount } }`, { id: ids.foreign })).toBe('NOT_FOUND');
  });

  it('refuses a scope that is not one of the three (BAD_USER_INPUT on the argument)', async () => {
    const r = await marco.gql(`query($id: ID!) { client(id: $id) { policies(scope: EXPIRED) { total } } }`, { id: clientId });
    expect(r.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });
});

describe('policy history', () => {
  it("names the policy by its number in its audit trail: its creation and its status changes, newest first", async () => {
    const r = await marco.ok(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount nodes { action entityType subject { type displayName } changes { field before after } } } }`, { id: ids.cancelled });
    const rows = r.policyAuditTrail.nodes as Array<{ action: string; entityType: string; subject: { type: string; displayName: string }; changes: Array<{ field: string; before: unknown; after: unknown }> }>;
    const policyRows = rows.filter((x) => x.entityType === 'Policy');
    expect(policyRows.map((x) => x.action)).toEqual(['update', 'create']);
    expect(policyRows[0].subject).toEqual({ type: 'policy', displayName: 'TAB-cancelled' });
    expect(policyRows[0].changes).toContainEqual({ field: 'status', before: 'policy', after: 'cancelled' });
    // the installments written with it belong to its history too
    expect(rows.some((x) => x.entityType === 'PolicyInstallment' && x.subject?.displayName === 'TAB-cancelled')).toBe(true);
    // and nothing of another policy
    expect(rows.every((x) => x.subject?.displayName === 'TAB-cancelled')).toBe(true);
  });

  it('gives the history to readers with policies:view and refuses it to others', async () => {
    expect((await laura.ok(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount } }`, { id: ids.cancelled })).policyAuditTrail.totalCount).toBeGreaterThan(0);
    expect(await elena.code(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount } }`, { id: ids.cancelled })).toBe('FORBIDDEN');
  });
});
