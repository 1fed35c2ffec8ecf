import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, SET_STATUS, UPDATE_POLICY, policiesSnapshot, policyInput, referenceData } from './policies-helpers.js';

/**
 * The policies module's server foundation (issue #9 §1–§3, PL-1) as people use it: administrators keep
 * the reference data, agents write policies with their installment schedule, others are refused.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant
let sanne: GqlClient; // VDBERG agent
let pieter: GqlClient; // VDBERG administrator
let R: { clientId: string; insurerId: string; lineId: string };
let V: { clientId: string; insurerId: string; lineId: string; policyId: string };

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia, laura, sanne, pieter] = await Promise.all([
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAccountant),
    signedIn(t, USERS.vdbergAgent),
    signedIn(t, USERS.vdbergAdmin),
  ]);
  const r = await referenceData(giulia, 'TSTR');
  R = { clientId: (await createClient(marco, italianPerson())).id, insurerId: r.insurerId, lineId: r.lines.motor_liability };
  const v = await referenceData(pieter, 'TSTV');
  const vc = (await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true)).id;
  const vp = await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: vc, insurerId: v.insurerId, lineId: v.lines.home }) });
  V = { clientId: vc, insurerId: v.insurerId, lineId: v.lines.home, policyId: vp.createPolicy.id };
});
afterAll(async () => t?.stop());

describe('reference data: insurers and lines of business', () => {
  it('gives each company the ten lines of business named in its own language, with exact default tax rates', async () => {
    const it_ = (await marco.ok(`{ linesOfBusiness { code name defaultTaxRate } }`)).linesOfBusiness;
    expect(it_).toHaveLength(10);
    expect(it_.find((l: { code: string }) => l.code === 'MOTOR_LIABILITY')).toEqual({ code: 'MOTOR_LIABILITY', name: 'RC Auto', defaultTaxRate: '23.00' });
    expect(it_.find((l: { code: string }) => l.code === 'LIFE').defaultTaxRate).toBe('0.00');
    const nl = (await sanne.ok(`{ linesOfBusiness { code name defaultTaxRate } }`)).linesOfBusiness;
    expect(nl.find((l: { code: string }) => l.code === 'LEGAL_PROTECTION')).toEqual({ code: 'LEGAL_PROTECTION', name: 'Rechtsbijstand', defaultTaxRate: '21.00' });
  });

  it('lets an administrator keep insurers and tax rates, and lists them to agents', async () => {
    const list = (await marco.ok(`{ insurers { code name taxId agencyCode } }`)).insurers;
    expect(list.filter((i: { code: string }) => i.code.startsWith('TST'))).toEqual([{ code: 'TSTR', name: 'Insurer TSTR', taxId: '00409920584', agencyCode: 'AG-1' }]);
    const upd = await giulia.ok(`mutation($id: ID!) { updateInsurer(id: $id, input: { name: "Test Assicurazioni", code: "tstr", agencyCode: "0042" }) { name code agencyCode } }`, { id: R.insurerId });
    expect(upd.updateInsurer).toEqual({ name: 'Test Assicurazioni', code: 'TSTR', agencyCode: '0042' });
    const line = await giulia.ok(`mutation($id: ID!) { updateLineOfBusiness(id: $id, input: { name: "RC Auto (RCA)", defaultTaxRate: "22.25" }) { name defaultTaxRate } }`, { id: R.lineId });
    expect(line.updateLineOfBusiness).toEqual({ name: 'RC Auto (RCA)', defaultTaxRate: '22.25' });
  });

  it('refuses agents changing reference data (FORBIDDEN) and bad reference data naming the field', async () => {
    expect(await marco.code(`mutation { createInsurer(input: { name: "X", code: "X" }) { id } }`)).toBe('FORBIDDEN');
    expect(await marco.code(`mutation($id: ID!) { updateLineOfBusiness(id: $id, input: { name: "X", defaultTaxRate: "1" }) { id } }`, { id: R.lineId })).toBe('FORBIDDEN');
    const dup = await giulia.gql(`mutation { createInsurer(input: { name: "Other", code: "TSTR" }) { id } }`);
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(dup)).toEqual(['code']);
    const rate = await giulia.gql(`mutation($id: ID!) { updateLineOfBusiness(id: $id, input: { name: "", defaultTaxRate: "101" }) { id } }`, { id: R.lineId });
    expect(fieldsOf(rate)).toEqual(['defaultTaxRate', 'name']);
    expect((await marco.ok(`{ linesOfBusiness { id name defaultTaxRate } }`)).linesOfBusiness.find((l: { id: string }) => l.id === R.lineId)).toMatchObject({ name: 'RC Auto (RCA)', defaultTaxRate: '22.25' });
  });

  it('refuses to delete an insurer that policies refer to (CONFLICT)', async () => {
    await marco.ok(CREATE_POLICY, { input: policyInput(R) });
    const r = await giulia.gql(`mutation($id: ID!) { deleteInsurer(id: $id) }`, { id: R.insurerId });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countRows(t, 'insurer', 'id = $1', [R.insurerId])).toBe(1);
  });
});

describe('policies as an agent', () => {
  it('creates a policy with a quarterly installment schedule summing exactly to the premium', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput(R, { premiumNet: '1000.00', premiumTaxes: '222.50', premiumGross: '1222.50', producerId: null, notes: 'via agency' }) })).createPolicy;
    expect(p).toMatchObject({ status: 'POLICY', premiumNet: '1000.00', premiumTaxes: '222.50', premiumGross: '1222.50', paymentFrequency: 'QUARTERLY', notes: 'via agency' });
    expect(p.client.id).toBe(R.clientId);
    expect(p.insurer.code).toBe('TSTR');
    expect(p.line.code).toBe('MOTOR_LIABILITY');
    expect(p.installments).toEqual([
      { seq: 1, dueDate: '2026-01-01', periodStart: '2026-01-01', periodEnd: '2026-03-31', net: '250.00', taxes: '55.64', gross: '305.64', paid: false },
      { seq: 2, dueDate: '2026-04-01', periodStart: '2026-04-01', periodEnd: '2026-06-30', net: '250.00', taxes: '55.62', gross: '305.62', paid: false },
      { seq: 3, dueDate: '2026-07-01', periodStart: '2026-07-01', periodEnd: '2026-09-30', net: '250.00', taxes: '55.62', gross: '305.62', paid: false },
      { seq: 4, dueDate: '2026-10-01', periodStart: '2026-10-01', periodEnd: '2026-12-31', net: '250.00', taxes: '55.62', gross: '305.62', paid: false },
    ]);
  });

  it('keeps amounts exact where a float would not: 0.10 + 0.20 is 0.30', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput(R, { premiumNet: '0.10', premiumTaxes: '0.20', premiumGross: '0.30', paymentFrequency: 'SINGLE' }) })).createPolicy;
    expect([p.premiumGross, p.installments.map((i: { gross: string }) => i.gross)]).toEqual(['0.30', ['0.30']]);
  });

  it('regenerates only the unpaid installments when the premium changes; paid rows stay as billed', async () => {
    const input = policyInput(R, { paymentFrequency: 'SEMI_ANNUAL', premiumNet: '800.00', premiumTaxes: '0.00', premiumGross: '800.00' });
    const p = (await marco.ok(CREATE_POLICY, { input })).createPolicy;
    const su = await t.superuser();
    await su.query(`update policy_installment set paid_at = now() where policy_id = $1 and seq = 1`, [p.id]);
    await su.end();
    const { status: _s, ...change } = input;
    const u = (await marco.ok(UPDATE_POLICY, { id: p.id, input: { ...change, premiumNet: '900.01', premiumGross: '900.01' } })).updatePolicy;
    expect(u.installments.map((i: { seq: number; net: string; paid: boolean }) => [i.seq, i.net, i.paid])).toEqual([
      [1, '400.00', true],
      [2, '500.01', false],
    ]);
    expect(u.premiumNet).toBe('900.01');
  });

  it('moves a policy along the allowed transitions and refuses an illegal one with CONFLICT naming the allowed ones', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput(R, { status: 'OFFER' }) })).createPolicy;
    expect(p.allowedStatuses).toEqual(['APPLICATION', 'POLICY', 'DORMANT', 'CANCELLED']);
    expect((await marco.ok(SET_STATUS, { id: p.id, s: 'APPLICATION' })).setPolicyStatus.status).toBe('APPLICATION');
    const bad = await marco.gql(SET_STATUS, { id: p.id, s: 'FOREIGN' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(bad.errors?.[0]?.extensions?.allowed).toEqual(['policy', 'cancelled']);
    expect(bad.errors?.[0]?.message).toContain('allowed: policy, cancelled');
    expect((await marco.ok(SET_STATUS, { id: p.id, s: 'CANCELLED' })).setPolicyStatus).toMatchObject({ status: 'CANCELLED', allowedStatuses: [] });
    expect(await marco.code(SET_STATUS, { id: p.id, s: 'POLICY' })).toBe('CONFLICT');
    const map = (await marco.ok(`{ policyStatusTransitions { from to } }`)).policyStatusTransitions;
    expect(map.find((x: { from: string }) => x.from === 'CANCELLED').to).toEqual([]);
  });

  it('records each policy change and status move in the audit trail the administrator reads', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput(R, { status: 'REQUEST' }) })).createPolicy;
    await marco.ok(SET_STATUS, { id: p.id, s: 'OFFER' });
    const trail = (await giulia.ok(`query($id: String!) { auditEvents(filter: { entityType: "Policy", entityId: $id }) { nodes { action before after } } }`, { id: p.id })).auditEvents.nodes;
    expect(trail.map((e: { action: string; after: { status?: string } | null }) => [e.action, e.after?.status])).toEqual([
      ['update', 'offer'],
      ['create', 'request'],
    ]);
    expect(trail[0].before.status).toBe('request');
  });

  it('lists the policies of a client, newest first, with client, insurer and line', async () => {
    const other = (await createClient(marco, italianPerson())).id;
    const a = (await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: other }, { number: 'LIST-A' }) })).createPolicy;
    const b = (await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: other }, { number: 'LIST-B' }) })).createPolicy;
    const page = (await marco.ok(`query($c: ID!) { policies(filter: { clientId: $c }) { total items { id number client { id } insurer { code } line { code } } } }`, { c: other })).policies;
    expect(page.total).toBe(2);
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([b.id, a.id]);
    expect((await marco.ok(`{ policies(filter: { number: "LIST-" }) { total } }`)).policies.total).toBe(2);
  });
});

describe('bad input on policies', () => {
  it('refuses end before start, a negative premium, net + taxes ≠ gross and a duplicate number, naming each field; nothing saved', async () => {
    const existing = (await marco.ok(CREATE_POLICY, { input: policyInput(R) })).createPolicy;
    const before = await policiesSnapshot(t, 'ROSSI');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ coverStart: '2026-06-01', coverEnd: '2026-05-31' }, ['coverEnd']],
      [{ premiumNet: '-10.00' }, ['premiumNet']],
      [{ premiumNet: '100.00', premiumTaxes: '22.00', premiumGross: '122.01' }, ['premiumGross']],
      [{ premiumNet: '100.001', premiumGross: '100.001' }, ['premiumGross', 'premiumNet']],
      [{ number: existing.number }, ['number']],
      [{ number: '  ', coverStart: '2026-02-30' }, ['coverStart', 'number']],
      [{ status: 'CANCELLED' }, ['status']],
    ];
    for (const [overrides, fields] of cases) {
      const r = await marco.gql(CREATE_POLICY, { input: policyInput(R, overrides) });
      expect([r.errors?.[0]?.extensions?.code, fieldsOf(r)], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', fields]);
    }
    const { status: _s, ...change } = policyInput(R, { premiumTaxes: '-1.00' });
    const u = await marco.gql(UPDATE_POLICY, { id: existing.id, input: change });
    expect([u.errors?.[0]?.extensions?.code, fieldsOf(u)]).toEqual(['BAD_USER_INPUT', ['premiumTaxes']]);
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses an unknown payment frequency and a premium sent as a number (a float) with BAD_USER_INPUT naming the field', async () => {
    const before = await policiesSnapshot(t, 'ROSSI');
    const freq = await marco.gql(CREATE_POLICY, { input: policyInput(R, { paymentFrequency: 'WEEKLY' }) });
    expect(freq.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(freq.errors?.[0]?.message).toContain('paymentFrequency');
    const float = await marco.gql(CREATE_POLICY, { input: policyInput(R, { premiumNet: 1000.1 }) });
    expect(float.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(float.errors?.[0]?.message).toContain('premiumNet');
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('rights', () => {
  it('refuses the accountant and a read-only user writing policies (FORBIDDEN) but lets them read', async () => {
    expect(await laura.code(CREATE_POLICY, { input: policyInput(R) })).toBe('FORBIDDEN');
    expect((await laura.ok(`{ policies { total } }`)).policies.total).toBeGreaterThan(0);
    const elena = await signedIn(t, USERS.both);
    await elena.switchTo('VDBERG');
    expect(await elena.code(CREATE_POLICY, { input: policyInput({ clientId: V.clientId, insurerId: V.insurerId, lineId: V.lineId }) })).toBe('FORBIDDEN');
    expect(await elena.code(SET_STATUS, { id: V.policyId, s: 'CANCELLED' })).toBe('FORBIDDEN');
    expect((await elena.ok(`query($id: ID!) { policy(id: $id) { id status } }`, { id: V.policyId })).policy.status).toBe('POLICY');
  });
});

describe("ROSSI cannot reach VDBERG's policies", () => {
  it("answers NOT_FOUND for VDBERG's policy, insurer, line and client ids, and changes nothing of VDBERG", async () => {
    const before = await policiesSnapshot(t, 'VDBERG');
    const { status: _s, ...change } = policyInput(R);
    const ops: Array<[string, GqlClient, string, Record<string, unknown>]> = [
      ['policy', marco, `query($id: ID!) { policy(id: $id) { id } }`, { id: V.policyId }],
      ['updatePolicy', marco, UPDATE_POLICY, { id: V.policyId, input: change }],
      ['setPolicyStatus', marco, SET_STATUS, { id: V.policyId, s: 'CANCELLED' }],
      ['updateInsurer', giulia, `mutation($id: ID!) { updateInsurer(id: $id, input: { name: "X", code: "X" }) { id } }`, { id: V.insurerId }],
      ['deleteInsurer', giulia, `mutation($id: ID!) { deleteInsurer(id: $id) }`, { id: V.insurerId }],
      ['updateLineOfBusiness', giulia, `mutation($id: ID!) { updateLineOfBusiness(id: $id, input: { name: "X", defaultTaxRate: "1" }) { id } }`, { id: V.lineId }],
      ['createPolicy (client)', marco, CREATE_POLICY, { input: policyInput({ ...R, clientId: V.clientId }) }],
      ['createPolicy (insurer)', marco, CREATE_POLICY, { input: policyInput({ ...R, insurerId: V.insurerId }) }],
      ['createPolicy (line)', marco, CREATE_POLICY, { input: policyInput({ ...R, lineId: V.lineId }) }],
      ['updatePolicy (client of VDBERG into a ROSSI policy)', marco, UPDATE_POLICY, { id: V.policyId, input: { ...change, clientId: V.clientId } }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [name, who, q, vars] of ops) codes[name] = await who.code(q, vars);
    expect(codes).toEqual(Object.fromEntries(ops.map(([name]) => [name, 'NOT_FOUND'])));
    const named = await marco.gql(CREATE_POLICY, { input: policyInput({ clientId: V.clientId, insurerId: V.insurerId, lineId: V.lineId }) });
    expect(fieldsOf(named)).toEqual(['clientId', 'insurerId', 'lineId']);
    expect((await marco.ok(`query($c: ID!) { policies(filter: { clientId: $c }) { total } }`, { c: V.clientId })).policies.total).toBe(0);
    expect(await policiesSnapshot(t, 'VDBERG')).toBe(before);
  });
});

describe('the client card', () => {
  it('refuses to delete for good a client who has a policy (legal hold "policies")', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: c }, { status: 'REQUEST' }) });
    const r = await giulia.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: c });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((r.errors?.[0]?.extensions?.holds as Array<{ reason: string; count: number }>).filter((h) => h.reason === 'policies')).toEqual([expect.objectContaining({ reason: 'policies', count: 1 })]);
    expect(await countRows(t, 'client', 'id = $1', [c])).toBe(1);
  });

  it('moves the policies to the card that stays when two client cards are merged', async () => {
    const a = (await createClient(marco, italianPerson())).id;
    const b = (await createClient(marco, italianPerson())).id;
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: b }) })).createPolicy;
    await marco.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: b, t: a });
    expect((await marco.ok(`query($id: ID!) { policy(id: $id) { client { id } } }`, { id: p.id })).policy.client.id).toBe(a);
    expect(await countRows(t, 'client', 'id = $1', [b])).toBe(0);
  });

  it('finds the policy holder by policy number in the global search, with or without separators, in its own company only', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: c }, { number: 'RCA/2026/778899' }) });
    const SEARCH = `query($q: String!) { searchClients(query: $q) { client { id } } }`;
    for (const q of ['RCA/2026/778899', 'rca2026778899', 'RCA/2026/7788']) {
      expect((await marco.ok(SEARCH, { q })).searchClients.map((h: { client: { id: string } }) => h.client.id), q).toContain(c);
    }
    expect((await sanne.ok(SEARCH, { q: 'RCA/2026/778899' })).searchClients).toEqual([]);
  });

  it("includes the client's policies and installments in the GDPR export", async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput({ ...R, clientId: c }, { paymentFrequency: 'SEMI_ANNUAL', number: 'GDPR-1' }) })).createPolicy;
    const exp = await giulia.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: c });
    const data = JSON.parse(Buffer.from(exp.exportClientData.base64, 'base64').toString('utf8'));
    const json = JSON.stringify(data);
    expect(json).toContain('GDPR-1');
    const policies = (Object.values(data).find((v) => Array.isArray((v as { policies?: unknown })?.policies)) as { policies: Array<Record<string, any>> } | undefined)?.policies ?? data.policies;
    expect(policies.map((x: Record<string, any>) => [x.number, x.premiumGross, x.installments.length])).toEqual([['GDPR-1', p.premiumGross, 2]]);
  });
});

