import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, SET_STATUS, policyInput, referenceData } from './policies-helpers.js';
import { ENDORSE, VERSIONS, markPaid, policyTablesSnapshot } from './policies-changes-helpers.js';

/**
 * Endorsements and versions (issue #9 §3) as an agent works them: a change effective on a day in
 * the cover, every earlier version readable, the schedule rewritten from that day with paid rows
 * untouched; refused input names its field and saves nothing; other companies and view-only users
 * are refused.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant (policies:view only)
let sanne: GqlClient; // VDBERG agent
let R: { clientId: string; insurerId: string; lineId: string };
let V: { policyId: string; objectId: string; addressId: string };

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia, laura, sanne] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.vdbergAgent)]);
  const r = await referenceData(giulia, 'ENDR');
  R = { clientId: (await createClient(marco, italianPerson())).id, insurerId: r.insurerId, lineId: r.lines.home };
  const pieter = await signedIn(t, USERS.vdbergAdmin);
  const v = await referenceData(pieter, 'ENDV');
  const vc = await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true);
  const vp = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: vc.id, insurerId: v.insurerId, lineId: v.lines.home }) })).createPolicy;
  const vo = await sanne.ok(`mutation($id: ID!) { addInsuredObject(policyId: $id, input: { kind: FREE, description: "Boat", insuredSum: "5000.00" }) { id } }`, { id: vp.id });
  V = { policyId: vp.id, objectId: vo.addInsuredObject.id, addressId: vc.addresses[0].id };
});
afterAll(async () => t?.stop());

const cents = (s: string) => BigInt(s.replace('.', ''));
const sum = (rows: Array<Record<string, string>>, k: string) => rows.reduce((a, r) => a + cents(r[k]), 0n);

async function newPolicy(overrides: Record<string, unknown> = {}) {
  return (await marco.ok(CREATE_POLICY, { input: policyInput(R, overrides) })).createPolicy;
}

describe('an agent endorses a policy', () => {
  it('records an endorsement as version 2 with what changed, who and from when, and keeps version 1 readable as issued', async () => {
    const p = await newPolicy();
    const e = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-07-01', reason: 'Higher cover for the new kitchen', premiumNetChange: '200.00', premiumTaxesChange: '44.50', insuredSum: '250000.00' } })).endorsePolicy;
    expect([e.premiumNet, e.premiumTaxes, e.premiumGross, e.insuredSum]).toEqual(['1200.00', '267.00', '1467.00', '250000.00']);
    expect(e.versions.map((v: { version: number; kind: string; effectiveDate: string }) => [v.version, v.kind, v.effectiveDate])).toEqual([
      [1, 'ISSUED', '2026-01-01'],
      [2, 'ENDORSEMENT', '2026-07-01'],
    ]);
    expect(e.versions[0].terms).toMatchObject({ premiumNet: '1000.00', premiumTaxes: '222.50', premiumGross: '1222.50', insuredSum: null });
    expect(e.versions[1]).toMatchObject({
      reason: 'Higher cover for the new kitchen',
      createdByName: expect.stringContaining('Bianchi'),
      terms: { premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', insuredSum: '250000.00' },
    });
    expect(e.versions[1].changes).toEqual([
      { field: 'premiumNet', before: '1000.00', after: '1200.00' },
      { field: 'premiumTaxes', before: '222.50', after: '267.00' },
      { field: 'premiumGross', before: '1222.50', after: '1467.00' },
      { field: 'insuredSum', before: null, after: '250000.00' },
    ]);
    // a colleague with view rights reads the same history
    const seen = (await laura.ok(`query($id: ID!) { policy(id: $id) { ${VERSIONS} } }`, { id: p.id })).policy;
    expect(seen.versions).toEqual(e.versions);
  });

  it('keeps the terms before a plain edit readable: a changed premium or cover is a correction version, an edit of the notes alone is none', async () => {
    const p = await newPolicy();
    const { status: _status, ...same } = policyInput(R, { number: p.number });
    const edited = await marco.ok(`mutation($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { ${VERSIONS} } }`, {
      id: p.id,
      input: { ...same, notes: 'Called the client', premiumNet: '1100.00', premiumTaxes: '244.75', premiumGross: '1344.75', coverEnd: '2026-12-30', paymentFrequency: 'ANNUAL' },
    });
    const versions = edited.updatePolicy.versions;
    expect(versions.map((v: { version: number; kind: string; effectiveDate: string; reason: string | null }) => [v.version, v.kind, v.effectiveDate, v.reason])).toEqual([
      [1, 'ISSUED', '2026-01-01', null],
      [2, 'CORRECTION', '2026-01-01', null],
    ]);
    expect(versions[0].terms).toMatchObject({ premiumNet: '1000.00', premiumGross: '1222.50' });
    expect(versions[1].changes).toEqual([
      { field: 'premiumNet', before: '1000.00', after: '1100.00' },
      { field: 'premiumTaxes', before: '222.50', after: '244.75' },
      { field: 'premiumGross', before: '1222.50', after: '1344.75' },
      { field: 'coverEnd', before: '2026-12-31', after: '2026-12-30' },
      { field: 'paymentFrequency', before: 'quarterly', after: 'annual' },
    ]);
    expect(versions[1].createdByName).toContain('Bianchi');
    // only the notes change: no new version
    const again = await marco.ok(`mutation($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { ${VERSIONS} } }`, {
      id: p.id,
      input: { ...same, notes: 'Called again', premiumNet: '1100.00', premiumTaxes: '244.75', premiumGross: '1344.75', coverEnd: '2026-12-30', paymentFrequency: 'ANNUAL' },
    });
    expect(again.updatePolicy.versions).toHaveLength(2);
  });

  it('recomputes the schedule from the effective date: paid rows untouched, earlier rows kept, the rest re-split to the exact new premium', async () => {
    const p = await newPolicy(); // quarterly 2026, 1000.00 + 222.50
    await markPaid(t, p.id, [1]);
    const e = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-07-01', reason: 'More cover', premiumNet: '1200.00', premiumTaxes: '267.00' } })).endorsePolicy;
    expect(e.installments).toEqual([
      { seq: 1, dueDate: '2026-01-01', periodStart: '2026-01-01', periodEnd: '2026-03-31', net: '250.00', taxes: '55.64', gross: '305.64', paid: true },
      { seq: 2, dueDate: '2026-04-01', periodStart: '2026-04-01', periodEnd: '2026-06-30', net: '250.00', taxes: '55.62', gross: '305.62', paid: false },
      { seq: 3, dueDate: '2026-07-01', periodStart: '2026-07-01', periodEnd: '2026-09-30', net: '350.00', taxes: '77.87', gross: '427.87', paid: false },
      { seq: 4, dueDate: '2026-10-01', periodStart: '2026-10-01', periodEnd: '2026-12-31', net: '350.00', taxes: '77.87', gross: '427.87', paid: false },
    ]);
    expect([sum(e.installments, 'net'), sum(e.installments, 'taxes'), sum(e.installments, 'gross')]).toEqual([120000n, 26700n, 146700n]);

    // a second endorsement in the middle of a period, premium lowered: the period holding the day is re-split, earlier ones stay
    const e2 = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-08-15', reason: 'Alarm fitted', premiumNetChange: '-100.01', premiumTaxesChange: '-0.01' } })).endorsePolicy;
    expect(e2.installments.map((i: { seq: number; net: string; taxes: string; paid: boolean }) => [i.seq, i.net, i.taxes, i.paid])).toEqual([
      [1, '250.00', '55.64', true],
      [2, '250.00', '55.62', false],
      [3, '300.00', '77.87', false],
      [4, '299.99', '77.86', false],
    ]);
    expect([e2.premiumNet, sum(e2.installments, 'net'), sum(e2.installments, 'gross')]).toEqual(['1099.99', 109999n, 136698n]);
    expect(e2.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
  });

  it('bills the difference of an annual policy already paid as one adjustment installment due on the effective date', async () => {
    const p = await newPolicy({ paymentFrequency: 'ANNUAL' });
    await markPaid(t, p.id, [1]);
    const e = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-09-15', reason: 'Second driver', premiumNetChange: '80.00', premiumTaxesChange: '17.80' } })).endorsePolicy;
    expect(e.installments).toEqual([
      { seq: 1, dueDate: '2026-01-01', periodStart: '2026-01-01', periodEnd: '2026-12-31', net: '1000.00', taxes: '222.50', gross: '1222.50', paid: true },
      { seq: 2, dueDate: '2026-09-15', periodStart: '2026-09-15', periodEnd: '2026-12-31', net: '80.00', taxes: '17.80', gross: '97.80', paid: false },
    ]);
    expect(sum(e.installments, 'gross')).toBe(cents(e.premiumGross));
  });

  it('adds and removes insured objects from the effective date; each version shows the objects then insured', async () => {
    const p = await newPolicy();
    const obj = (await marco.ok(`mutation($id: ID!) { addInsuredObject(policyId: $id, input: { kind: FREE, description: "Piano Steinway", insuredSum: "30000.00" }) { id addedOn } }`, { id: p.id })).addInsuredObject;
    expect(obj.addedOn).toBe('2026-01-01');
    const e = (await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-05-01', reason: 'Piano sold, painting bought', removeObjectIds: [obj.id], addObjects: [{ kind: 'FREE', description: 'Painting', insuredSum: '12000.50' }] } })).endorsePolicy;
    expect(e.insuredObjects.map((o: { description: string; addedOn: string; removedOn: string | null }) => [o.description, o.addedOn, o.removedOn])).toEqual([
      ['Piano Steinway', '2026-01-01', '2026-05-01'],
      ['Painting', '2026-05-01', null],
    ]);
    expect(e.versions[1].changes).toEqual([
      { field: 'objects', before: 'Piano Steinway', after: null },
      { field: 'objects', before: null, after: 'Painting' },
    ]);
    expect(e.versions[1].terms.objects).toEqual([{ kind: 'FREE', description: 'Painting', insuredSum: '12000.50' }]);
    // the premium did not change: the schedule is the same amounts
    expect(sum(e.installments, 'gross')).toBe(122250n);
  });

  it('shows the endorsement in the policy history (policyAuditTrail) under the policy number', async () => {
    const p = await newPolicy({ number: 'HIST-ENDR-1' });
    await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-03-01', reason: 'Sum raised', insuredSum: '1000.00' } });
    const trail = (await laura.ok(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount nodes { action entityType subject { type id displayName } } } }`, { id: p.id })).policyAuditTrail;
    const kinds = trail.nodes.map((n: { entityType: string; action: string }) => `${n.entityType}:${n.action}`);
    expect(kinds).toEqual(expect.arrayContaining(['Policy:create', 'Policy:update', 'PolicyVersion:create', 'PolicyInstallment:create']));
    for (const n of trail.nodes) expect(n.subject).toEqual({ type: 'policy', id: p.id, displayName: 'HIST-ENDR-1' });
  });
});

describe('endorsements refused', () => {
  it('refuses an effective date outside the cover naming effectiveDate, and saves nothing', async () => {
    const p = await newPolicy();
    const before = await policyTablesSnapshot(t, 'ROSSI');
    for (const day of ['2025-12-31', '2027-01-01', '2026-02-30']) {
      const r = await marco.gql(ENDORSE, { id: p.id, input: { effectiveDate: day, reason: 'x', premiumNetChange: '10.00' } });
      expect(r.errors?.[0]?.extensions?.code, day).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), day).toEqual(['effectiveDate']);
    }
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('answers CONFLICT when the paid installments would exceed the new premium, with nothing half-saved', async () => {
    const p = await newPolicy();
    await markPaid(t, p.id, [1, 2]); // 500.00 net paid
    const before = await policyTablesSnapshot(t, 'ROSSI');
    const r = await marco.gql(ENDORSE, { id: p.id, input: { effectiveDate: '2026-07-01', reason: 'Cheaper', premiumNet: '400.00', insuredSum: '1.00', addObjects: [{ kind: 'FREE', description: 'Bike' }] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(before);
    const after = (await marco.ok(`query($id: ID!) { policy(id: $id) { premiumNet insuredSum insuredObjects { id } ${VERSIONS} } }`, { id: p.id })).policy;
    expect([after.premiumNet, after.insuredSum, after.insuredObjects, after.versions.length]).toEqual(['1000.00', null, [], 1]);
  });

  it('refuses bad input naming each field: reason, amounts, both new and difference, a negative result, no change', async () => {
    const p = await newPolicy();
    const before = await policyTablesSnapshot(t, 'ROSSI');
    const base = { effectiveDate: '2026-06-01', reason: 'Change' };
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...base, reason: '  ', premiumNetChange: '1.00' }, ['reason']],
      [{ ...base, premiumNet: '-5.00' }, ['premiumNet']],
      [{ ...base, premiumTaxes: '1.234' }, ['premiumTaxes']],
      [{ ...base, premiumNetChange: 'ten' }, ['premiumNetChange']],
      [{ ...base, premiumNet: '900.00', premiumNetChange: '1.00' }, ['premiumNetChange']],
      [{ ...base, premiumNetChange: '-1000.01' }, ['premiumNetChange']],
      [{ ...base, insuredSum: '12,5' }, ['insuredSum']],
      [{ ...base, addObjects: [{ kind: 'FREE', description: '' }] }, ['addObjects.0.description']],
      [base, ['input']],
      [{ effectiveDate: '2026-13-01', reason: '', premiumNet: '-1' }, ['effectiveDate', 'premiumNet', 'reason']],
    ];
    for (const [input, fields] of cases) {
      const r = await marco.gql(ENDORSE, { id: p.id, input });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(input)).toEqual(fields);
    }
    // a premium sent as a number (a float) is refused by the Decimal scalar
    expect(await marco.code(`mutation($id: ID!) { endorsePolicy(policyId: $id, input: { effectiveDate: "2026-06-01", reason: "x", premiumNet: 10.5 }) { id } }`, { id: p.id })).toBe('BAD_USER_INPUT');
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses an effective date before the latest version, and a cancelled policy (CONFLICT)', async () => {
    const p = await newPolicy();
    await marco.ok(ENDORSE, { id: p.id, input: { effectiveDate: '2026-06-01', reason: 'First', premiumNetChange: '10.00' } });
    const r = await marco.gql(ENDORSE, { id: p.id, input: { effectiveDate: '2026-05-31', reason: 'Earlier', premiumNetChange: '10.00' } });
    expect(r.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'effectiveDate', reason: 'before_previous_version' })]);
    await marco.ok(SET_STATUS, { id: p.id, s: 'CANCELLED' });
    expect(await marco.code(ENDORSE, { id: p.id, input: { effectiveDate: '2026-07-01', reason: 'x', premiumNetChange: '1.00' } })).toBe('CONFLICT');
  });

  it('refuses another company\'s policy, objects and addresses with NOT_FOUND naming the field, changing nothing', async () => {
    const p = await newPolicy();
    const [rossi, vdberg] = [await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')];
    const theirs = await marco.gql(ENDORSE, { id: V.policyId, input: { effectiveDate: '2026-06-01', reason: 'x', premiumNetChange: '1.00' } });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const obj = await marco.gql(ENDORSE, { id: p.id, input: { effectiveDate: '2026-06-01', reason: 'x', removeObjectIds: [V.objectId] } });
    expect(obj.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fieldsOf(obj)).toEqual(['removeObjectIds.0']);
    const addr = await marco.gql(ENDORSE, { id: p.id, input: { effectiveDate: '2026-06-01', reason: 'x', addObjects: [{ kind: 'ADDRESS', addressId: V.addressId }] } });
    expect(addr.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fieldsOf(addr)).toEqual(['addObjects.0.addressId']);
    expect(await sanne.code(`query($id: ID!) { policyAuditTrail(policyId: $id) { totalCount } }`, { id: p.id })).toBe('NOT_FOUND');
    expect([await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
  });

  it('forbids an accountant (policies:view only) to endorse (FORBIDDEN), while letting her read the versions', async () => {
    const p = await newPolicy();
    expect(await laura.code(ENDORSE, { id: p.id, input: { effectiveDate: '2026-06-01', reason: 'x', premiumNetChange: '1.00' } })).toBe('FORBIDDEN');
    expect((await laura.ok(`query($id: ID!) { policy(id: $id) { versions { version } } }`, { id: p.id })).policy.versions).toEqual([{ version: 1 }]);
  });

  it('keeps versions append-only in the database: an UPDATE or DELETE of a version is refused', async () => {
    const p = await newPolicy();
    const su = await t.superuser();
    try {
      await expect(su.query(`update policy_version set reason = 'rewritten' where policy_id = $1`, [p.id])).rejects.toThrow(/append-only/);
      await expect(su.query(`delete from policy_version where policy_id = $1`, [p.id])).rejects.toThrow(/append-only/);
      expect((await su.query(`select count(*)::int as n from policy_version where policy_id = $1 and reason is null`, [p.id])).rows[0].n).toBe(1);
    } finally {
      await su.end();
    }
  });
});
