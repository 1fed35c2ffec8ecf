import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { policyTablesSnapshot } from './policies-changes-helpers.js';

/**
 * Insured persons and objects (issue #9 §2) as an agent records them: other clients of the company
 * with a role, the policyholder's addresses as risk locations, free objects with an insured sum;
 * another company's clients and addresses are NOT_FOUND naming the field; view-only users are refused.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant (policies:view only)
let sanne: GqlClient; // VDBERG agent
let R: { clientId: string; insurerId: string; lineId: string; addressId: string };
let V: { clientId: string; addressId: string; policyId: string };

const OBJ = `id kind description insuredSum addedOn removedOn address { id city }`;
const ADD_OBJECT = `mutation($id: ID!, $input: InsuredObjectInput!) { addInsuredObject(policyId: $id, input: $input) { ${OBJ} } }`;
const ADD_PERSON = `mutation($id: ID!, $input: InsuredPersonInput!) { addInsuredPerson(policyId: $id, input: $input) { id role client { id displayName } } }`;
const REMOVE_PERSON = `mutation($id: ID!) { removeInsuredPerson(id: $id) }`;
const READ = `query($id: ID!) { policy(id: $id) { insuredPersons { id role client { id } } insuredObjects { ${OBJ} } } }`;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia, laura, sanne] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.vdbergAgent)]);
  const r = await referenceData(giulia, 'OBJR');
  const holder = await createClient(marco, italianPerson({ addresses: [
    { kind: 'RESIDENCE', line1: 'Via Toledo 10', postalCode: '80134', city: 'Napoli', province: 'NA' },
    { kind: 'RISK', line1: 'Via Caracciolo 5', postalCode: '80122', city: 'Napoli', province: 'NA' },
  ] }));
  R = { clientId: holder.id, insurerId: r.insurerId, lineId: r.lines.home, addressId: holder.addresses.find((a: { kind: string }) => a.kind === 'RISK').id };
  const pieter = await signedIn(t, USERS.vdbergAdmin);
  const v = await referenceData(pieter, 'OBJV');
  const vc = await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true);
  const vp = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: vc.id, insurerId: v.insurerId, lineId: v.lines.home }) })).createPolicy;
  V = { clientId: vc.id, addressId: vc.addresses[0].id, policyId: vp.id };
});
afterAll(async () => t?.stop());

async function newPolicy() {
  const { addressId: _a, ...refs } = R;
  return (await marco.ok(CREATE_POLICY, { input: policyInput(refs) })).createPolicy;
}

describe('insured persons and objects', () => {
  it('lets an agent insure other clients with a role and the policyholder\'s risk address and free objects, readable on the policy', async () => {
    const p = await newPolicy();
    const driver = await createClient(marco, italianPerson({ firstName: 'Luca' }));
    const person = (await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: driver.id, role: 'DRIVER' } })).addInsuredPerson;
    expect(person).toMatchObject({ role: 'DRIVER', client: { id: driver.id } });
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: driver.id, role: 'BENEFICIARY' } });
    const home = (await marco.ok(ADD_OBJECT, { id: p.id, input: { kind: 'ADDRESS', addressId: R.addressId, insuredSum: '350000.00' } })).addInsuredObject;
    expect(home).toMatchObject({ kind: 'ADDRESS', description: 'Via Caracciolo 5, 80122 Napoli, IT', insuredSum: '350000.00', addedOn: '2026-01-01', removedOn: null, address: { id: R.addressId, city: 'Napoli' } });
    const free = (await marco.ok(ADD_OBJECT, { id: p.id, input: { kind: 'FREE', description: '  Rolex Submariner  ', insuredSum: '9500.10' } })).addInsuredObject;
    expect(free).toMatchObject({ kind: 'FREE', description: 'Rolex Submariner', insuredSum: '9500.10', address: null });
    const read = (await laura.ok(READ, { id: p.id })).policy;
    expect(read.insuredPersons.map((x: { role: string; client: { id: string } }) => [x.role, x.client.id])).toEqual([['DRIVER', driver.id], ['BENEFICIARY', driver.id]]);
    expect(read.insuredObjects.map((o: { id: string }) => o.id)).toEqual([home.id, free.id]);
    expect((await marco.ok(REMOVE_PERSON, { id: person.id })).removeInsuredPerson).toBe(true);
    expect((await marco.ok(READ, { id: p.id })).policy.insuredPersons.map((x: { role: string }) => x.role)).toEqual(['BENEFICIARY']);
  });

  it('refuses bad input naming the field: an address of another client, a free object without description, a negative sum, a doubled role; nothing saved', async () => {
    const p = await newPolicy();
    const other = await createClient(marco, italianPerson());
    const mate = await createClient(marco, italianPerson());
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: mate.id, role: 'INSURED' } });
    const before = await policyTablesSnapshot(t, 'ROSSI');
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [ADD_OBJECT, { kind: 'ADDRESS', addressId: other.addresses[0].id }, ['addressId']],
      [ADD_OBJECT, { kind: 'ADDRESS' }, ['addressId']],
      [ADD_OBJECT, { kind: 'FREE', description: '   ' }, ['description']],
      [ADD_OBJECT, { kind: 'FREE', description: 'Boat', insuredSum: '-1.00' }, ['insuredSum']],
      [ADD_OBJECT, { kind: 'FREE', description: 'Boat', addressId: R.addressId }, ['addressId']],
      [ADD_PERSON, { clientId: mate.id, role: 'INSURED' }, ['clientId']],
    ];
    for (const [op, input, fields] of cases) {
      const r = await marco.gql(op, { id: p.id, input });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(input)).toEqual(fields);
    }
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses another company\'s client, address and policy with NOT_FOUND naming the field, changing nothing', async () => {
    const p = await newPolicy();
    const [rossi, vdberg] = [await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')];
    const person = await marco.gql(ADD_PERSON, { id: p.id, input: { clientId: V.clientId, role: 'DRIVER' } });
    expect(person.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fieldsOf(person)).toEqual(['clientId']);
    const address = await marco.gql(ADD_OBJECT, { id: p.id, input: { kind: 'ADDRESS', addressId: V.addressId } });
    expect(address.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fieldsOf(address)).toEqual(['addressId']);
    expect(await marco.code(ADD_OBJECT, { id: V.policyId, input: { kind: 'FREE', description: 'Boat' } })).toBe('NOT_FOUND');
    expect(await sanne.code(ADD_PERSON, { id: p.id, input: { clientId: V.clientId, role: 'DRIVER' } })).toBe('NOT_FOUND');
    const mine = (await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: R.clientId, role: 'INSURED' } })).addInsuredPerson;
    const after = [await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')];
    expect(await sanne.code(REMOVE_PERSON, { id: mine.id })).toBe('NOT_FOUND');
    expect(after[1]).toBe(vdberg);
    expect(after[0]).not.toBe(rossi);
    expect([await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')]).toEqual(after);
  });

  it('forbids an accountant (policies:view only) to add or remove insured persons and objects', async () => {
    const p = await newPolicy();
    const mate = await createClient(marco, italianPerson());
    const person = (await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: mate.id, role: 'INSURED' } })).addInsuredPerson;
    expect(await laura.code(ADD_PERSON, { id: p.id, input: { clientId: mate.id, role: 'DRIVER' } })).toBe('FORBIDDEN');
    expect(await laura.code(ADD_OBJECT, { id: p.id, input: { kind: 'FREE', description: 'Boat' } })).toBe('FORBIDDEN');
    expect(await laura.code(REMOVE_PERSON, { id: person.id })).toBe('FORBIDDEN');
    expect((await laura.ok(READ, { id: p.id })).policy.insuredPersons).toHaveLength(1);
  });

  it('keeps an insured client from being deleted for good (legal hold), and keeps an insured address readable after the card drops it', async () => {
    const p = await newPolicy();
    const insured = await createClient(marco, italianPerson());
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: insured.id, role: 'BENEFICIARY' } });
    const del = await giulia.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: insured.id });
    expect(del.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(del.errors?.[0]?.extensions)).toContain('insured_person');

    const holder = await createClient(marco, italianPerson({ addresses: [
      { kind: 'RESIDENCE', line1: 'Via Toledo 10', postalCode: '80134', city: 'Napoli', province: 'NA' },
      { kind: 'RISK', line1: 'Via Posillipo 1', postalCode: '80123', city: 'Napoli', province: 'NA' },
    ] }));
    const q = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: holder.id, insurerId: R.insurerId, lineId: R.lineId }) })).createPolicy;
    const risk = holder.addresses.find((a: { kind: string }) => a.kind === 'RISK');
    await marco.ok(ADD_OBJECT, { id: q.id, input: { kind: 'ADDRESS', addressId: risk.id } });
    const residence = holder.addresses.find((a: { kind: string }) => a.kind === 'RESIDENCE');
    await marco.ok(`mutation($id: ID!, $a: [AddressInput!]!) { setClientAddresses(id: $id, addresses: $a) { id } }`, {
      id: holder.id,
      a: [{ id: residence.id, kind: 'RESIDENCE', line1: residence.line1, postalCode: residence.postalCode, city: residence.city, province: 'NA' }],
    });
    expect((await marco.ok(READ, { id: q.id })).policy.insuredObjects).toEqual([
      expect.objectContaining({ kind: 'ADDRESS', description: 'Via Posillipo 1, 80123 Napoli, IT', address: null }),
    ]);
  });

  it('moves insured roles to the card that stays when two cards are merged, without doubling a role', async () => {
    const p = await newPolicy();
    const a = await createClient(marco, italianPerson());
    const b = await createClient(marco, italianPerson());
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: a.id, role: 'DRIVER' } });
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: b.id, role: 'DRIVER' } });
    await marco.ok(ADD_PERSON, { id: p.id, input: { clientId: b.id, role: 'BENEFICIARY' } });
    await marco.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: b.id, t: a.id });
    const persons = (await marco.ok(READ, { id: p.id })).policy.insuredPersons.map((x: { role: string; client: { id: string } }) => [x.role, x.client.id]);
    expect(persons).toEqual([['DRIVER', a.id], ['BENEFICIARY', a.id]]);
  });

  it('lists insured persons and objects in the policy history under its number', async () => {
    const p = await newPolicy();
    await marco.ok(ADD_OBJECT, { id: p.id, input: { kind: 'FREE', description: 'Bike' } });
    const trail = (await laura.ok(`query($id: ID!) { policyAuditTrail(policyId: $id) { nodes { entityType action subject { type displayName } } } }`, { id: p.id })).policyAuditTrail.nodes;
    expect(trail[0]).toEqual({ entityType: 'PolicyInsuredObject', action: 'create', subject: { type: 'policy', displayName: p.number } });
  });
});
