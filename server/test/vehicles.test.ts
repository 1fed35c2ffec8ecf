import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { CREATE_VEHICLE, LINK, SEARCH, UNLINK, UPDATE_VEHICLE, vehicleInput, vehiclesSnapshot } from './vehicles-helpers.js';
import { vinCheckDigit } from '../src/modules/policies/vehicles/vehicle-identifiers.js';

/**
 * Vehicles (issue #9 §5, PL-2) as people use them: an agent records a client's car, its plate checked
 * for the company's country and its VIN, links it to the motor policy, finds the owner by plate.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent (IT)
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant
let sanne: GqlClient; // VDBERG agent (NL)
let pieter: GqlClient; // VDBERG administrator
let R: { clientId: string; insurerId: string; motor: string; home: string };
let V: { clientId: string; vehicleId: string; policyId: string };

const plates = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia, laura, sanne, pieter] = await Promise.all([
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAccountant),
    signedIn(t, USERS.vdbergAgent),
    signedIn(t, USERS.vdbergAdmin),
  ]);
  const r = await referenceData(giulia, 'VEHR');
  R = { clientId: (await createClient(marco, italianPerson())).id, insurerId: r.insurerId, motor: r.lines.motor_liability, home: r.lines.home };
  const v = await referenceData(pieter, 'VEHV');
  const vc = (await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true)).id;
  const vp = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: vc, insurerId: v.insurerId, lineId: v.lines.motor_liability }) })).createPolicy;
  const vv = (await sanne.ok(CREATE_VEHICLE, { input: vehicleInput(vc, { plate: '34-XYZ-5', make: 'Volkswagen', model: 'Golf' }) })).createVehicle;
  V = { clientId: vc, vehicleId: vv.id, policyId: vp.id };
});
afterAll(async () => t?.stop());

describe('recording a vehicle', () => {
  it('normalizes the plate, keeps it as written for display, and takes the company country by default', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: ' ef-456 gh ', vin: 'zfa31200000123456' }) })).createVehicle;
    expect(v).toMatchObject({ plate: 'EF456GH', plateDisplay: 'EF-456 GH', plateCountry: 'IT', vin: 'ZFA31200000123456', make: 'Fiat', model: 'Panda', year: 2021, fuel: 'PETROL', use: 'PRIVATE', soldOn: null, sold: false, client: { id: c } });
  });

  it('checks the plate shape of each country (IT, NL, DE, PL; a generic shape elsewhere), naming the plate field', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const good: Array<[string, string]> = [['DE', 'M-AB 1234'], ['DE', 'B-X 99E'], ['PL', 'WA 12345'], ['PL', 'KR 1234A'], ['NL', '12-ABC-3'], ['NL', 'GB-123-X'], ['US', '7ABC123']];
    for (const [plateCountry, plate] of good) {
      const r = await marco.gql(CREATE_VEHICLE, { input: vehicleInput(c, { plate, plateCountry }) });
      expect(r.errors?.[0]?.message, `${plateCountry} ${plate}`).toBeUndefined();
    }
    const bad: Array<[string | null, string, string]> = [
      [null, 'AB12CD', 'plate:plate_shape_it'],
      [null, 'AB 123 CDE', 'plate:plate_shape_it'],
      ['NL', 'ABCDEF', 'plate:plate_shape_nl'],
      ['NL', '1234567', 'plate:plate_shape_nl'],
      ['DE', 'M-AB 12345', 'plate:plate_shape_de'],
      ['DE', 'M-AB 0123', 'plate:plate_shape_de'],
      ['PL', 'W 12', 'plate:plate_shape_pl'],
      ['US', 'ABCDEFGHIJK', 'plate:plate_shape'],
      [null, ' -- ', 'plate:required'],
      ['ITA', 'AB 123 CD', 'plateCountry:invalid'],
    ];
    const before = await countRows(t, 'vehicle', 'client_id = $1', [c]);
    for (const [plateCountry, plate, issue] of bad) {
      const r = await marco.gql(CREATE_VEHICLE, { input: vehicleInput(c, { plate, plateCountry }) });
      expect([r.errors?.[0]?.extensions?.code, plates(r)], `${plateCountry} ${plate}`).toEqual(['BAD_USER_INPUT', [issue]]);
    }
    expect(await countRows(t, 'vehicle', 'client_id = $1', [c])).toBe(before);
  });

  it('checks the VIN: 17 characters without I, O, Q, and the ISO 3779 check digit in North America only', async () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    const c = (await createClient(marco, italianPerson())).id;
    const ok = async (vin: string, plateCountry?: string) => {
      const plate = plateCountry === 'US' ? `7VIN${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}` : `V${String(Math.floor(Math.random() * 900) + 100)}`;
      const r = await marco.gql(CREATE_VEHICLE, { input: vehicleInput(c, { vin, plateCountry: plateCountry ?? 'CH', plate: plateCountry === 'US' ? plate : `ZH${plate.slice(1)}` }) });
      return r.errors ? plates(r) : 'ok';
    };
    expect(await ok('1M8GDM9AXKP042788', 'US')).toBe('ok');
    expect(await ok('1M8GDM9A1KP042788', 'US')).toEqual(['vin:vin_check_digit']);
    // a North American maker's VIN carries the check digit wherever the car is registered
    expect(await ok('1M8GDM9A1KP042788')).toEqual(['vin:vin_check_digit']);
    // a European VIN: position 9 is free, only the shape is checked
    expect(await ok('WVWZZZ1JZXW000001')).toBe('ok');
    expect(await ok('WVWZZZ1JZXW00000I')).toEqual(['vin:vin_letters']);
    expect(await ok('WVWZZZ1JZXW0001')).toEqual(['vin:vin_length']);
    expect(await ok('WVWZZZ1JZXW0000_1')).toEqual(['vin:vin_shape']);
  });

  it('refuses a missing make and model, a year out of range, a sale in the future and a second owned car with the same plate; nothing saved', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'DV 111 PL' }) });
    const before = await vehiclesSnapshot(t, 'ROSSI');
    const r = await marco.gql(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'DV111PL', make: ' ', model: '', year: 1700, soldOn: '2999-01-01' }) });
    expect([r.errors?.[0]?.extensions?.code, fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['make', 'model', 'soldOn', 'year']]);
    const dup = await marco.gql(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'dv-111-pl' }) });
    expect(plates(dup)).toEqual(['plate:duplicate']);
    expect(await vehiclesSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('marks a vehicle sold with its date, after which the plate may be registered again', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'SB 222 LD' }) })).createVehicle;
    const sold = (await marco.ok(UPDATE_VEHICLE, { id: v.id, input: vehicleInput(c, { plate: 'SB 222 LD', soldOn: '2026-01-15' }) })).updateVehicle;
    expect(sold).toMatchObject({ soldOn: '2026-01-15', sold: true });
    const buyer = (await createClient(marco, italianPerson())).id;
    expect((await marco.ok(CREATE_VEHICLE, { input: vehicleInput(buyer, { plate: 'SB222LD' }) })).createVehicle.plate).toBe('SB222LD');
    const list = (await marco.ok(`query($c: ID!) { owned: vehicles(clientId: $c) { id } all: vehicles(clientId: $c, includeSold: true) { id soldOn } }`, { c }));
    expect([list.owned, list.all]).toEqual([[], [{ id: v.id, soldOn: '2026-01-15' }]]);
  });
});

describe('vehicles and motor policies', () => {
  it('links a vehicle to a motor policy (listed both ways) and refuses a non-motor line naming policyId', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const motor = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.motor }, { number: 'RCA-LINK-1' }) })).createPolicy;
    const home = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.home }, { number: 'CASA-LINK-1' }) })).createPolicy;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'LK 333 NK' }) })).createVehicle;
    expect((await marco.ok(LINK, { v: v.id, p: motor.id })).linkVehiclePolicy.policies).toEqual([{ id: motor.id, number: 'RCA-LINK-1' }]);
    expect((await marco.ok(`query($id: ID!) { policy(id: $id) { vehicles { id plate } } }`, { id: motor.id })).policy.vehicles).toEqual([{ id: v.id, plate: 'LK333NK' }]);
    const bad = await marco.gql(LINK, { v: v.id, p: home.id });
    expect([bad.errors?.[0]?.extensions?.code, plates(bad)]).toEqual(['BAD_USER_INPUT', ['policyId:not_motor']]);
    expect(await countRows(t, 'vehicle_policy', 'vehicle_id = $1', [v.id])).toBe(1);
    expect((await marco.ok(UNLINK, { v: v.id, p: motor.id })).unlinkVehiclePolicy.policies).toEqual([]);
  });
});

describe('the client card', () => {
  it('shows a "vehicles" panel tab with the count of owned vehicles and lists them on the card', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'TA 444 BB' }) });
    await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'TA 445 BB', soldOn: '2025-05-05' }) });
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { panelTabs { key count } vehicles { plate sold } } }`, { id: c })).client;
    expect(card.panelTabs.find((tab: { key: string }) => tab.key === 'vehicles')).toEqual({ key: 'vehicles', count: 1 });
    expect(card.vehicles).toEqual([{ plate: 'TA444BB', sold: false }, { plate: 'TA445BB', sold: true }]);
  });

  it('finds the owner by plate in the global search, typed with or without spaces and dashes, in its own company only; not after the sale', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'GX 987 KL' }) })).createVehicle;
    for (const q of ['GX987KL', 'gx987kl', 'GX 987 KL', 'gx-987-kl', 'GX 987', 'gx98']) {
      expect((await marco.ok(SEARCH, { q })).searchClients.map((h: { client: { id: string } }) => h.client.id), q).toContain(c);
    }
    expect((await sanne.ok(SEARCH, { q: 'GX987KL' })).searchClients).toEqual([]);
    const de = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'M-XY 4321', plateCountry: 'DE' }) })).createVehicle;
    expect(de.plate).toBe('MXY4321');
    for (const q of ['M-XY 4321', 'mxy4321', 'M XY 4321']) {
      expect((await marco.ok(SEARCH, { q })).searchClients.map((h: { client: { id: string } }) => h.client.id), q).toContain(c);
    }
    await marco.ok(UPDATE_VEHICLE, { id: v.id, input: vehicleInput(c, { plate: 'GX 987 KL', soldOn: '2026-02-01' }) });
    expect((await marco.ok(SEARCH, { q: 'GX987KL' })).searchClients.map((h: { client: { id: string } }) => h.client.id)).not.toContain(c);
  });

  it('says under each hit what found it — the plate with make and model, the policy number, the e-mail — and shows a policy or plate only to who may see policies', async () => {
    const MATCHED = `query($q: String!) { searchClients(query: $q) { client { id } matched { source sourceId text } } }`;
    const c = (await createClient(marco, italianPerson({ contacts: [{ kind: 'EMAIL', value: 'trovami.subito@example.com' }] }))).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'FZ 321 KA', make: 'Fiat', model: 'Panda' }) })).createVehicle;
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.motor }, { number: 'RCA/2026/MATCH-7' }) })).createPolicy;
    const hitOf = async (who: GqlClient, q: string) =>
      ((await who.ok(MATCHED, { q })).searchClients as Array<{ client: { id: string }; matched: unknown }>).find((h) => h.client.id === c);
    expect((await hitOf(marco, 'FZ321KA'))?.matched).toEqual({ source: 'vehicle', sourceId: v.id, text: 'FZ 321 KA · Fiat Panda' });
    expect((await hitOf(marco, 'RCA/2026/MATCH-7'))?.matched).toEqual({ source: 'policy', sourceId: p.id, text: 'RCA/2026/MATCH-7' });
    expect((await hitOf(marco, 'trovami.subito'))?.matched).toMatchObject({ source: 'contact', text: 'trovami.subito@example.com' });
    // found by the name: nothing to say beyond the card itself
    const byName = await hitOf(marco, (await marco.ok(`query($id: ID!) { client(id: $id) { displayName } }`, { id: c })).client.displayName);
    expect(byName?.matched ?? null).toBeNull();
    // a role without policies:view still finds the card by the plate, but is not shown the vehicle or the policy
    const { roles } = await giulia.ok<{ roles: Array<{ id: string; name: string; template: string | null; rights: string[] }> }>('{ roles { id name template rights } }');
    const role = roles.find((r) => r.template === 'agent')!;
    await giulia.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', { id: role.id, n: role.name, r: role.rights.filter((x) => !x.startsWith('policies:')) });
    try {
      const hit = await hitOf(marco, 'FZ321KA');
      expect(hit).toBeDefined();
      expect(hit?.matched).toBeNull();
      expect((await hitOf(marco, 'trovami.subito'))?.matched).toMatchObject({ source: 'contact' });
    } finally {
      await giulia.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', { id: role.id, n: role.name, r: role.rights });
    }
  });

  it('moves the vehicles to the card that stays when two cards are merged; the plate then finds that card', async () => {
    const a = (await createClient(marco, italianPerson())).id;
    const b = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(b, { plate: 'ME 555 RG' }) })).createVehicle;
    await marco.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: b, t: a });
    expect((await marco.ok(`query($id: ID!) { vehicle(id: $id) { client { id } } }`, { id: v.id })).vehicle.client.id).toBe(a);
    expect((await marco.ok(SEARCH, { q: 'ME555RG' })).searchClients.map((h: { client: { id: string } }) => h.client.id)).toEqual([a]);
  });

  it("includes the client's vehicles with their policies in the GDPR export", async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.motor }, { number: 'RCA-GDPR-V' }) })).createPolicy;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'EX 666 PT', vin: 'ZFA31200000654321' }) })).createVehicle;
    await marco.ok(LINK, { v: v.id, p: p.id });
    const exp = await giulia.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: c });
    const json = Buffer.from(exp.exportClientData.base64, 'base64').toString('utf8');
    const found = JSON.stringify(JSON.parse(json)).match(/"vehicles":(\[[^\]]*\][^\]]*\])/);
    expect(found, json).not.toBeNull();
    expect(JSON.parse(found![1])).toEqual([expect.objectContaining({ plate: 'EX 666 PT', vin: 'ZFA31200000654321', make: 'Fiat', policies: ['RCA-GDPR-V'] })]);
  });

  it('lets a card with only vehicles (no legal hold) be deleted for good, taking its vehicles with it', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'DE 777 LL' }) })).createVehicle;
    const holds = (await giulia.ok(`query($id: ID!) { client(id: $id) { legalHolds { reason } } }`, { id: c })).client.legalHolds;
    expect(holds).toEqual([]);
    await giulia.ok(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: c });
    expect(await countRows(t, 'vehicle', 'id = $1', [v.id])).toBe(0);
    expect((await marco.ok(SEARCH, { q: 'DE777LL' })).searchClients).toEqual([]);
  });
});

describe('GDPR erasure', () => {
  it('deletes on erasure the vehicles no policy covers, keeps the one a policy covers, and copies no plate into the audit trail', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.motor }, { number: 'RCA-ERASE-1' }) })).createPolicy;
    const covered = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'ER 101 AS' }) })).createVehicle;
    const loose = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'ER 102 AS' }) })).createVehicle;
    await marco.ok(LINK, { v: covered.id, p: p.id });
    await giulia.ok(`mutation($id: ID!) { eraseClient(id: $id, reason: "Request 2026/99") { id } }`, { id: c });
    expect([await countRows(t, 'vehicle', 'id = $1', [covered.id]), await countRows(t, 'vehicle', 'id = $1', [loose.id])]).toEqual([1, 0]);
    expect(await countRows(t, 'audit_event', `entity_id = $1 and action = 'delete'`, [loose.id])).toBe(0);
    expect(await countRows(t, 'audit_event', `entity_type = 'Client' and entity_id = $1 and action = 'erase' and (after->'removed'->>'vehicles')::int = 1`, [c])).toBe(1);
  });
});

describe('rights', () => {
  it('lets the accountant read vehicles but not write them (FORBIDDEN); a read-only user likewise; only policies:delete deletes', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'RH 888 GT' }) })).createVehicle;
    expect(await laura.code(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'RH 889 GT' }) })).toBe('FORBIDDEN');
    expect(await laura.code(UPDATE_VEHICLE, { id: v.id, input: vehicleInput(c, { plate: 'RH 888 GT', make: 'Lancia' }) })).toBe('FORBIDDEN');
    expect((await laura.ok(`query($id: ID!) { vehicle(id: $id) { plate } }`, { id: v.id })).vehicle.plate).toBe('RH888GT');
    expect(await marco.code(`mutation($id: ID!) { deleteVehicle(id: $id) }`, { id: v.id })).toBe('FORBIDDEN');
    const elena = await signedIn(t, USERS.both);
    await elena.switchTo('VDBERG');
    expect(await elena.code(LINK, { v: V.vehicleId, p: V.policyId })).toBe('FORBIDDEN');
    expect((await giulia.ok(`mutation($id: ID!) { deleteVehicle(id: $id) }`, { id: v.id })).deleteVehicle).toBe(true);
    expect(await countRows(t, 'vehicle', 'id = $1', [v.id])).toBe(0);
  });

  it('shows the policies covering a vehicle only with policies:view: a clerk who may change vehicles but not view policies is FORBIDDEN them', async () => {
    const c = (await createClient(marco, italianPerson())).id;
    const motor = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: R.insurerId, lineId: R.motor }, { number: 'RCA-HIDDEN-1' }) })).createPolicy;
    const v = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(c, { plate: 'PV 555 NV' }) })).createVehicle;
    await marco.ok(LINK, { v: v.id, p: motor.id });
    // Elena, in ROSSI, gets a role that changes vehicles (policies:edit) but does not view policies
    const members = (await giulia.ok(`{ users { id role { id } user { email } } }`)).users as Array<{ id: string; role: { id: string }; user: { email: string } }>;
    const m = members.find((u) => u.user.email === USERS.both)!;
    const clerks = (await giulia.ok(`mutation { createRole(input: { name: "Vehicle clerks", rights: ["clients:view", "policies:edit"] }) { id } }`)).createRole.id;
    await giulia.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: m.id, r: clerks });
    const elena = await signedIn(t, USERS.both);
    await elena.switchTo('ROSSI');
    try {
      const input = vehicleInput(c, { plate: 'PV 555 NV', make: 'Alfa Romeo', model: 'Giulia' });
      const refused = await elena.gql(`mutation($id: ID!, $input: VehicleInput!) { updateVehicle(id: $id, input: $input) { id make policies { id number } } }`, { id: v.id, input });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toBe('You need the right policies:view.');
      expect(JSON.stringify(refused.data ?? null)).not.toContain('RCA-HIDDEN-1');
      // the change itself, without the policies, is hers to make
      expect((await elena.ok(`mutation($id: ID!, $input: VehicleInput!) { updateVehicle(id: $id, input: $input) { id make } }`, { id: v.id, input })).updateVehicle).toEqual({ id: v.id, make: 'Alfa Romeo' });
      expect(await elena.code(`mutation($v: ID!, $p: ID!) { unlinkVehiclePolicy(vehicleId: $v, policyId: $p) { id policies { number } } }`, { v: v.id, p: motor.id })).toBe('FORBIDDEN');
      expect(await countRows(t, 'vehicle_policy', 'vehicle_id = $1', [v.id])).toBe(1);
      // who views policies still sees them
      expect((await laura.ok(`query($id: ID!) { vehicle(id: $id) { policies { number } } }`, { id: v.id })).vehicle.policies).toEqual([{ number: 'RCA-HIDDEN-1' }]);
    } finally {
      await giulia.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: m.id, r: m.role.id });
    }
  });
});

describe("ROSSI cannot reach VDBERG's vehicles", () => {
  it("answers NOT_FOUND for VDBERG's vehicle, policy and client ids, and changes nothing of VDBERG", async () => {
    const mine = (await marco.ok(CREATE_VEHICLE, { input: vehicleInput(R.clientId, { plate: 'HS 999 ZL' }) })).createVehicle;
    const before = await vehiclesSnapshot(t, 'VDBERG');
    const ops: Array<[string, GqlClient, string, Record<string, unknown>]> = [
      ['vehicle', marco, `query($id: ID!) { vehicle(id: $id) { id } }`, { id: V.vehicleId }],
      ['updateVehicle', marco, UPDATE_VEHICLE, { id: V.vehicleId, input: vehicleInput(R.clientId, { plate: 'HS 998 ZL' }) }],
      ['deleteVehicle', giulia, `mutation($id: ID!) { deleteVehicle(id: $id) }`, { id: V.vehicleId }],
      ['linkVehiclePolicy (their vehicle)', marco, LINK, { v: V.vehicleId, p: V.policyId }],
      ['linkVehiclePolicy (their policy)', marco, LINK, { v: mine.id, p: V.policyId }],
      ['unlinkVehiclePolicy', marco, UNLINK, { v: V.vehicleId, p: V.policyId }],
      ['createVehicle (their client)', marco, CREATE_VEHICLE, { input: vehicleInput(V.clientId, { plate: 'HS 997 ZL' }) }],
      ['updateVehicle (moved to their client)', marco, UPDATE_VEHICLE, { id: mine.id, input: vehicleInput(V.clientId, { plate: 'HS 999 ZL' }) }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [name, who, q, vars] of ops) codes[name] = await who.code(q, vars);
    expect(codes).toEqual(Object.fromEntries(ops.map(([name]) => [name, 'NOT_FOUND'])));
    expect((await marco.ok(`query($c: ID!) { vehicles(clientId: $c, includeSold: true) { id } }`, { c: V.clientId })).vehicles).toEqual([]);
    expect((await marco.ok(`{ vehicles(plate: "34XYZ5") { id } }`)).vehicles).toEqual([]);
    expect(await vehiclesSnapshot(t, 'VDBERG')).toBe(before);
  });
});
