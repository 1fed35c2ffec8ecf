import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { CLAIM, DAAN, DELETE, MOVE, PAY, REPORT, RESERVE, UPDATE, claimInput, claimsSnapshot, vdbergSetup } from './claims-helpers.js';

/**
 * Claims (issue #9 §6, CLM-1) as people work them: an agent reports a claim, the claims handler carries
 * it through review to settlement with a reserve and payments and closes it; the workflow, the money
 * and the rights hold, and another company's claims stay out of reach.
 */
let t: TestPlatform;
let sanne: GqlClient; // VDBERG agent: claims view + create
let daan: GqlClient; // VDBERG claims handler: claims view, edit, create
let pieter: GqlClient; // VDBERG administrator
let giulia: GqlClient; // ROSSI administrator (all rights in ROSSI)
let marco: GqlClient; // ROSSI agent
let laura: GqlClient; // ROSSI accountant: no claims rights
let S: Awaited<ReturnType<typeof vdbergSetup>>;
let R: { clientId: string; policyId: string };

const issues = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [sanne, daan, pieter, giulia, marco, laura] = await Promise.all([
    signedIn(t, USERS.vdbergAgent),
    signedIn(t, DAAN),
    signedIn(t, USERS.vdbergAdmin),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.rossiAccountant),
  ]);
  S = await vdbergSetup(pieter, sanne, daan, 'CLMV');
  const r = await referenceData(giulia, 'CLMR');
  const rc = (await createClient(marco, italianPerson())).id;
  const rp = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: rc, insurerId: r.insurerId, lineId: r.lines.motor_liability }) })).createPolicy;
  R = { clientId: rc, policyId: rp.id };
});
afterAll(async () => t?.stop());

describe('reporting a claim', () => {
  it('reports a motor claim on the client\'s policy with parties and a handler; it starts as reported with one audited step', async () => {
    const c = (
      await sanne.ok(REPORT, {
        input: claimInput(S.clientId, {
          policyId: S.motorId,
          insurerClaimNumber: 'NN-SCH-2026-0042',
          handlerId: S.daanId,
          parties: [
            { name: 'Pieter Bakker', role: 'COUNTERPARTY', insurerName: 'Achmea', plate: '56-kbn-7' },
            { name: 'Anna de Wit', role: 'WITNESS' },
          ],
        }),
      })
    ).reportClaim;
    expect(c).toMatchObject({
      status: 'REPORTED',
      lossDate: '2026-03-14',
      lossTime: '08:45',
      insurerClaimNumber: 'NN-SCH-2026-0042',
      handlerId: S.daanId,
      handlerName: expect.stringContaining('Daan'),
      allowedStatuses: ['IN_REVIEW'],
      client: { id: S.clientId },
      policy: { id: S.motorId, number: 'CLMV-AUTO-1' },
      parties: [
        { seq: 1, name: 'Pieter Bakker', role: 'COUNTERPARTY', insurerName: 'Achmea', plate: '56-KBN-7' },
        { seq: 2, name: 'Anna de Wit', role: 'WITNESS', insurerName: null, plate: null },
      ],
      money: [],
      totals: { reserveCurrent: '0.00', paidTotal: '0.00', outstandingReserve: '0.00' },
    });
    expect(c.history).toEqual([{ fromStatus: null, toStatus: 'REPORTED', reason: null, changedByName: expect.any(String) }]);
  });

  it('reports a claim without a policy', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.otherId, { lossTime: null }) })).reportClaim;
    expect([c.policy, c.lossTime, c.status]).toEqual([null, null, 'REPORTED']);
  });

  it("refuses another client's policy, a handler who is not a member, a future or malformed date and time, empty place and description, a nameless party and a bad party plate — naming each field; nothing saved", async () => {
    const before = await claimsSnapshot(t, 'VDBERG');
    const giuliaId = (await giulia.ok(`{ me { user { id } } }`)).me.user.id;
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ clientId: S.otherId, policyId: S.motorId }, ['policyId:not_clients_policy']],
      [{ handlerId: giuliaId }, ['handlerId:not_found']],
      [{ lossDate: '2999-01-01' }, ['lossDate:in_future']],
      [{ lossDate: '2026-02-30', lossTime: '25:00' }, ['lossDate:invalid_date', 'lossTime:invalid_time']],
      [{ lossPlace: '  ', description: '' }, ['description:required', 'lossPlace:required']],
      [{ parties: [{ name: ' ', role: 'COUNTERPARTY', plate: '!' }] }, ['parties.0.name:required', 'parties.0.plate:plate_shape']],
    ];
    for (const [overrides, expected] of cases) {
      const r = await sanne.gql(REPORT, { input: claimInput(S.clientId, overrides) });
      expect([r.errors?.[0]?.extensions?.code, issues(r)], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', expected]);
    }
    expect(await claimsSnapshot(t, 'VDBERG')).toBe(before);
  });

  it('changes the data of a claim and replaces its parties', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { parties: [{ name: 'A', role: 'COUNTERPARTY' }] }) })).reportClaim;
    const u = (await daan.ok(UPDATE, { id: c.id, input: claimInput(S.clientId, { policyId: S.motorId, lossPlace: 'Utrecht', parties: [{ name: 'B', role: 'INJURED' }] }) })).updateClaim;
    expect([u.lossPlace, u.policy.id, u.parties.map((p: { name: string; role: string }) => `${p.name}/${p.role}`)]).toEqual(['Utrecht', S.motorId, ['B/INJURED']]);
  });
});

describe('the workflow', () => {
  it('carries a claim reported → in review → settled → closed, each step recorded and audited', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    expect((await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' })).moveClaim.allowedStatuses).toEqual(['SETTLED', 'REJECTED']);
    expect((await daan.ok(MOVE, { id: c.id, s: 'SETTLED' })).moveClaim.allowedStatuses).toEqual(['CLOSED']);
    const closed = (await daan.ok(MOVE, { id: c.id, s: 'CLOSED' })).moveClaim;
    expect(closed.history.map((h: { fromStatus: string | null; toStatus: string }) => `${h.fromStatus}→${h.toStatus}`)).toEqual(['null→REPORTED', 'REPORTED→IN_REVIEW', 'IN_REVIEW→SETTLED', 'SETTLED→CLOSED']);
    const trail = (await pieter.ok(`query($id: String!) { auditEvents(filter: { entityType: "Claim", entityId: $id }) { nodes { action after } } }`, { id: c.id })).auditEvents.nodes;
    expect(trail.map((e: { action: string; after: { status?: string } | null }) => `${e.action}:${e.after?.status}`)).toEqual(['update:closed', 'update:settled', 'update:in_review', 'create:reported']);
  });

  it('refuses an illegal move with CONFLICT naming the allowed ones, and changes nothing', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    const bad = await daan.gql(MOVE, { id: c.id, s: 'SETTLED' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(bad.errors?.[0]?.extensions?.allowed).toEqual(['in_review']);
    expect(bad.errors?.[0]?.message).toContain('allowed: in_review');
    await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' });
    expect(await daan.code(MOVE, { id: c.id, s: 'CLOSED' })).toBe('CONFLICT');
    expect(await daan.code(MOVE, { id: c.id, s: 'IN_REVIEW' })).toBe('CONFLICT');
    expect(await countRows(t, 'claim_status_change', 'claim_id = $1', [c.id])).toBe(2);
  });

  it('reopens a closed claim only with a reason (BAD_USER_INPUT naming reason otherwise); the reason is kept in the history', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    for (const s of ['IN_REVIEW', 'REJECTED', 'CLOSED']) await daan.ok(MOVE, { id: c.id, s });
    for (const r of [null, '   ']) {
      const bad = await daan.gql(MOVE, { id: c.id, s: 'IN_REVIEW', r });
      expect([bad.errors?.[0]?.extensions?.code, issues(bad)]).toEqual(['BAD_USER_INPUT', ['reason:required']]);
    }
    expect(await countRows(t, 'claim', `id = $1 and status = 'closed'`, [c.id])).toBe(1);
    const reopened = (await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW', r: 'New invoice from the body shop' })).moveClaim;
    expect(reopened.status).toBe('IN_REVIEW');
    expect(reopened.history.at(-1)).toEqual({ fromStatus: 'CLOSED', toStatus: 'IN_REVIEW', reason: 'New invoice from the body shop' });
    const map = (await daan.ok(`{ claimStatusTransitions { from to reasonRequiredFor } }`)).claimStatusTransitions;
    expect(map.find((m: { from: string }) => m.from === 'CLOSED')).toEqual({ from: 'CLOSED', to: ['IN_REVIEW'], reasonRequiredFor: ['IN_REVIEW'] });
  });
});

describe('reserves and payments', () => {
  it('keeps exact running totals: reserve current, paid total and outstanding after every entry', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { policyId: S.motorId }) })).reportClaim;
    await daan.ok(RESERVE, { id: c.id, input: { amount: '1000.10', note: 'first estimate' } });
    await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' });
    await daan.ok(PAY, { id: c.id, input: { amount: '0.10', payee: 'Garage De Vries', entryDate: '2026-03-20' } });
    await daan.ok(PAY, { id: c.id, input: { amount: '0.20', payee: 'Garage De Vries' } });
    await daan.ok(RESERVE, { id: c.id, input: { amount: '1500.00' } });
    const r = (await daan.ok(PAY, { id: c.id, input: { amount: '1499.70', payee: 'S. de Vries' } })).addClaimPayment;
    expect(r.money.map((m: Record<string, string>) => [m.kind, m.amount, m.reserveAfter, m.paidAfter, m.outstandingAfter])).toEqual([
      ['RESERVE', '1000.10', '1000.10', '0.00', '1000.10'],
      ['PAYMENT', '0.10', '1000.10', '0.10', '1000.00'],
      ['PAYMENT', '0.20', '1000.10', '0.30', '999.80'],
      ['RESERVE', '1500.00', '1500.00', '0.30', '1499.70'],
      ['PAYMENT', '1499.70', '1500.00', '1500.00', '0.00'],
    ]);
    expect(r.totals).toEqual({ reserveCurrent: '1500.00', paidTotal: '1500.00', outstandingReserve: '0.00' });
    await daan.ok(MOVE, { id: c.id, s: 'SETTLED' });
    await daan.ok(MOVE, { id: c.id, s: 'CLOSED' });
    expect((await daan.ok(`query($id: ID!) { claim(id: $id) { status totals { paidTotal } } }`, { id: c.id })).claim).toEqual({ status: 'CLOSED', totals: { paidTotal: '1500.00' } });
  });

  it('refuses a payment above the outstanding reserve, negative or zero amounts, more than two decimals, a float, a reserve below what is paid and a payment without payee — naming the field; nothing saved', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    await daan.ok(RESERVE, { id: c.id, input: { amount: '500.00' } });
    await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' });
    await daan.ok(PAY, { id: c.id, input: { amount: '200.00', payee: 'Garage' } });
    const before = await claimsSnapshot(t, 'VDBERG');
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [PAY, { amount: '300.01', payee: 'Garage' }, ['amount:exceeds_reserve']],
      [PAY, { amount: '-5.00', payee: 'Garage' }, ['amount:negative']],
      [PAY, { amount: '0.00', payee: 'Garage' }, ['amount:zero']],
      [PAY, { amount: '10.005', payee: 'Garage' }, ['amount:not_a_decimal']],
      [PAY, { amount: '10.00' }, ['payee:required']],
      [PAY, { amount: '10.00', payee: 'Garage', entryDate: '2026-03-01' }, ['entryDate:before_loss']],
      [RESERVE, { amount: '199.99' }, ['amount:below_paid']],
      [RESERVE, { amount: '-1' }, ['amount:negative']],
    ];
    for (const [op, input, expected] of cases) {
      const r = await daan.gql(op, { id: c.id, input });
      expect([r.errors?.[0]?.extensions?.code, issues(r)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', expected]);
    }
    const float = await daan.gql(PAY, { id: c.id, input: { amount: 10.1, payee: 'Garage' } });
    expect(float.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(float.errors?.[0]?.message).toContain('amount');
    expect(await claimsSnapshot(t, 'VDBERG')).toBe(before);
  });

  it('refuses money on a claim not being worked: no payment while reported, nothing once closed (CONFLICT)', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    expect(await daan.code(PAY, { id: c.id, input: { amount: '1.00', payee: 'X' } })).toBe('CONFLICT');
    for (const s of ['IN_REVIEW', 'REJECTED', 'CLOSED']) await daan.ok(MOVE, { id: c.id, s });
    expect(await daan.code(RESERVE, { id: c.id, input: { amount: '1.00' } })).toBe('CONFLICT');
    expect(await countRows(t, 'claim_money', 'claim_id = $1', [c.id])).toBe(0);
  });
});

describe('rights', () => {
  it('refuses the accountant without claims rights (FORBIDDEN) and lets the agent report but not work a claim; the claims handler can', async () => {
    expect(await laura.code(`{ claims { total } }`)).toBe('FORBIDDEN');
    expect(await laura.code(REPORT, { input: claimInput(R.clientId) })).toBe('FORBIDDEN');
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    expect(await sanne.code(MOVE, { id: c.id, s: 'IN_REVIEW' })).toBe('FORBIDDEN');
    expect(await sanne.code(RESERVE, { id: c.id, input: { amount: '10.00' } })).toBe('FORBIDDEN');
    expect(await sanne.code(UPDATE, { id: c.id, input: claimInput(S.clientId) })).toBe('FORBIDDEN');
    expect((await daan.ok(RESERVE, { id: c.id, input: { amount: '10.00' } })).setClaimReserve.totals.reserveCurrent).toBe('10.00');
    expect((await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' })).moveClaim.status).toBe('IN_REVIEW');
    const me = (await daan.ok(`{ me { rights } }`)).me.rights;
    expect(me).toEqual(expect.arrayContaining(['claims:view', 'claims:edit', 'claims:create']));
    expect((await daan.ok(`query($id: ID!) { claim(id: $id) { ${CLAIM} } }`, { id: c.id })).claim.status).toBe('IN_REVIEW');
  });

  it('deletes a claim reported by mistake only with claims:delete (administrator), and only while still reported without money', async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    expect(await daan.code(DELETE, { id: c.id })).toBe('FORBIDDEN');
    expect((await pieter.ok(DELETE, { id: c.id })).deleteClaim).toBe(true);
    expect(await countRows(t, 'claim', 'id = $1', [c.id])).toBe(0);
    const worked = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    await daan.ok(MOVE, { id: worked.id, s: 'IN_REVIEW' });
    expect(await pieter.code(DELETE, { id: worked.id })).toBe('CONFLICT');
    expect(await countRows(t, 'claim', 'id = $1', [worked.id])).toBe(1);
  });
});

describe("ROSSI cannot reach VDBERG's claims", () => {
  it("answers NOT_FOUND for VDBERG's claim, client and policy ids, and changes nothing of VDBERG", async () => {
    const c = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { policyId: S.motorId }) })).reportClaim;
    await daan.ok(RESERVE, { id: c.id, input: { amount: '100.00' } });
    await daan.ok(MOVE, { id: c.id, s: 'IN_REVIEW' });
    const before = await claimsSnapshot(t, 'VDBERG');
    const ops: Array<[string, string, Record<string, unknown>]> = [
      ['claim', `query($id: ID!) { claim(id: $id) { id } }`, { id: c.id }],
      ['updateClaim', UPDATE, { id: c.id, input: claimInput(R.clientId) }],
      ['moveClaim', MOVE, { id: c.id, s: 'SETTLED' }],
      ['setClaimReserve', RESERVE, { id: c.id, input: { amount: '1.00' } }],
      ['addClaimPayment', PAY, { id: c.id, input: { amount: '1.00', payee: 'X' } }],
      ['deleteClaim', DELETE, { id: c.id }],
      ['reportClaim (their client)', REPORT, { input: claimInput(S.clientId) }],
      ['reportClaim (their policy)', REPORT, { input: claimInput(R.clientId, { policyId: S.motorId }) }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [name, q, vars] of ops) codes[name] = await giulia.code(q, vars);
    expect(codes).toEqual(Object.fromEntries(ops.map(([name]) => [name, 'NOT_FOUND'])));
    const named = await giulia.gql(REPORT, { input: claimInput(S.clientId, { policyId: S.motorId }) });
    expect(fieldsOf(named)).toEqual(['clientId', 'policyId']);
    expect((await giulia.ok(`query($c: ID!) { claims(filter: { clientId: $c }) { total } }`, { c: S.clientId })).claims.total).toBe(0);
    expect(await claimsSnapshot(t, 'VDBERG')).toBe(before);
  });
});
