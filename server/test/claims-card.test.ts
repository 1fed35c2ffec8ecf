import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, countRows, createClient, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput } from './policies-helpers.js';
import { postDocument, uploadDocument, PNG } from './clients-documents.helpers.js';
import { DAAN, MOVE, PAY, REPORT, RESERVE, claimInput, vdbergSetup } from './claims-helpers.js';

/**
 * Claims on the client card (CL-4, CL-5, CL-7, GDPR), their documents and photos (DR-1), and the claims
 * dashboard (BASE-8).
 */
let t: TestPlatform;
let sanne: GqlClient; // VDBERG agent
let daan: GqlClient; // VDBERG claims handler
let pieter: GqlClient; // VDBERG administrator
let S: Awaited<ReturnType<typeof vdbergSetup>>;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [sanne, daan, pieter] = await Promise.all([signedIn(t, USERS.vdbergAgent), signedIn(t, DAAN), signedIn(t, USERS.vdbergAdmin)]);
  S = await vdbergSetup(pieter, sanne, daan, 'CRDV');
});
afterAll(async () => t?.stop());

const newClient = async (firstName: string) => (await createClient(sanne, { ...DUTCH_PERSON, firstName, taxCode: '123456782' }, true)).id as string;

describe('the client card', () => {
  it('refuses to delete for good a client who has a claim (legal hold "claims"), even without a policy', async () => {
    const c = await newClient('Joost');
    await sanne.ok(REPORT, { input: claimInput(c) });
    const r = await pieter.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: c });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((r.errors?.[0]?.extensions?.holds as Array<{ reason: string; count: number }>).filter((h) => h.reason === 'claims')).toEqual([expect.objectContaining({ reason: 'claims', count: 1 })]);
    expect(await countRows(t, 'client', 'id = $1', [c])).toBe(1);
  });

  it('shows a "claims" panel tab with its count and lists the claims on the card (and on the policy) to those with claims:view', async () => {
    const c = await newClient('Femke');
    const refs = S.refs;
    const p = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: c, insurerId: refs.insurerId, lineId: refs.lines.motor_liability }, { number: 'CRDV-TAB-1' }) })).createPolicy;
    const a = (await sanne.ok(REPORT, { input: claimInput(c, { policyId: p.id }) })).reportClaim;
    const b = (await sanne.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const Q = `query($id: ID!, $p: ID!) { client(id: $id) { panelTabs { key count } claims { id } } policy(id: $p) { claims { id } } }`;
    const seen = (await sanne.ok(Q, { id: c, p: p.id }));
    expect(seen.client.panelTabs.find((tab: { key: string }) => tab.key === 'claims')).toEqual({ key: 'claims', count: 2 });
    expect(seen.client.claims.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(seen.policy.claims).toEqual([{ id: a.id }]);
    // the accountant has clients:view and policies:view but no claims rights: no tab, no claims
    const marco = await signedIn(t, USERS.rossiAgent);
    const laura = await signedIn(t, USERS.rossiAccountant);
    const rc = (await createClient(marco, italianPerson())).id;
    await marco.ok(REPORT, { input: claimInput(rc) });
    const hidden = (await laura.ok(`query($id: ID!) { client(id: $id) { panelTabs { key } claims { id } } }`, { id: rc })).client;
    expect([hidden.panelTabs.map((tab: { key: string }) => tab.key).includes('claims'), hidden.claims]).toEqual([false, []]);
    expect((await marco.ok(`query($id: ID!) { client(id: $id) { claims { id } } }`, { id: rc })).client.claims).toHaveLength(1);
  });

  it('moves the claims to the card that stays when two cards are merged', async () => {
    const a = await newClient('Bram');
    const b = await newClient('Bram');
    const c = (await sanne.ok(REPORT, { input: claimInput(b) })).reportClaim;
    await sanne.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: b, t: a });
    expect((await sanne.ok(`query($id: ID!) { claim(id: $id) { client { id } } }`, { id: c.id })).claim.client.id).toBe(a);
  });

  it("includes the client's claims with parties, history and money in the GDPR export", async () => {
    const c = await newClient('Lotte');
    const claim = (await sanne.ok(REPORT, { input: claimInput(c, { insurerClaimNumber: 'GDPR-CLM-1', parties: [{ name: 'Tegenpartij BV', role: 'COUNTERPARTY', plate: '12-ABC-3' }] }) })).reportClaim;
    await daan.ok(RESERVE, { id: claim.id, input: { amount: '250.00' } });
    await daan.ok(MOVE, { id: claim.id, s: 'IN_REVIEW' });
    await daan.ok(PAY, { id: claim.id, input: { amount: '100.50', payee: 'Lotte' } });
    const exp = await pieter.ok(`mutation($id: ID!) { exportClientData(id: $id, format: JSON) { base64 } }`, { id: c });
    const data = JSON.parse(Buffer.from(exp.exportClientData.base64, 'base64').toString('utf8'));
    const find = (o: unknown): Array<Record<string, any>> | null => {
      if (!o || typeof o !== 'object') return null;
      if (Array.isArray((o as { claims?: unknown }).claims)) return (o as { claims: Array<Record<string, any>> }).claims;
      for (const v of Object.values(o)) {
        const f = find(v);
        if (f) return f;
      }
      return null;
    };
    const claims = find(data)!;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'in_review', insurerClaimNumber: 'GDPR-CLM-1', reserveCurrent: '250.00', paidTotal: '100.50', outstandingReserve: '149.50' });
    expect(claims[0].parties).toEqual([expect.objectContaining({ name: 'Tegenpartij BV', plate: '12-ABC-3' })]);
    expect(claims[0].history.map((h: { to: string }) => h.to)).toEqual(['reported', 'in_review']);
    expect(claims[0].money.map((m: { kind: string; amount: string }) => `${m.kind}:${m.amount}`)).toEqual(['reserve:250.00', 'payment:100.50']);
  });
});

describe('documents and photos of a claim', () => {
  it('lets the claims handler attach a photo to a claim and anyone with claims:view list it; the accountant of another company cannot', async () => {
    const claim = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    const doc = await uploadDocument(t, daan, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'damage.png', content: PNG });
    const list = (await sanne.ok(`query($id: ID!) { documents(ownerType: "claim", ownerId: $id) { id fileName } }`, { id: claim.id })).documents;
    expect(list).toEqual([{ id: doc.id, fileName: 'damage.png' }]);
    // the agent has claims:view and claims:create but not claims:edit: cannot upload
    const refused = await postDocument(t, sanne, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'x.png', content: PNG });
    expect([refused.status, refused.json?.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    const laura = await signedIn(t, USERS.rossiAccountant);
    const other = await postDocument(t, laura, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'x.png', content: PNG });
    expect(other.status).not.toBe(201);
    expect(await countRows(t, 'document', `owner_type = 'claim' and owner_id = $1`, [claim.id])).toBe(1);
  });
});

describe('the claims dashboard', () => {
  const DASH = `{ claimsDashboard { byStatus { status count } openByStatusAndAge { status ageBucket count } openTotal reservesTotal reservesOutstanding paidTotal byLine { lineCode count open } } }`;
  const cell = (d: any, status: string, bucket: string) => d.openByStatusAndAge.find((x: any) => x.status === status && x.ageBucket === bucket).count as number;
  const line = (d: any, code: string | null) => d.byLine.find((x: any) => x.lineCode === code) ?? { count: 0, open: 0 };
  const cents = (s: string) => BigInt(s.replace('.', ''));

  it('counts open claims by status and age, sums reserves exactly, and counts claims per line of business', async () => {
    const before = (await daan.ok(DASH)).claimsDashboard;
    const a = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { policyId: S.motorId }) })).reportClaim;
    const b = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { policyId: S.homeId }) })).reportClaim;
    const c = (await sanne.ok(REPORT, { input: claimInput(S.otherId) })).reportClaim;
    await daan.ok(RESERVE, { id: a.id, input: { amount: '1000.10' } });
    await daan.ok(MOVE, { id: a.id, s: 'IN_REVIEW' });
    await daan.ok(PAY, { id: a.id, input: { amount: '400.05', payee: 'Garage' } });
    await daan.ok(RESERVE, { id: b.id, input: { amount: '0.20' } });
    for (const s of ['IN_REVIEW', 'REJECTED', 'CLOSED']) await daan.ok(MOVE, { id: c.id, s });
    // b was reported 100 days ago
    const su = await t.superuser();
    await su.query(`update claim set reported_at = now() - interval '100 days' where id = $1`, [b.id]);
    await su.end();
    const after = (await daan.ok(DASH)).claimsDashboard;
    expect(cell(after, 'IN_REVIEW', 'DAYS_0_30') - cell(before, 'IN_REVIEW', 'DAYS_0_30')).toBe(1);
    expect(cell(after, 'REPORTED', 'DAYS_91_180') - cell(before, 'REPORTED', 'DAYS_91_180')).toBe(1);
    expect(after.openTotal - before.openTotal).toBe(2);
    expect(after.byStatus.find((x: any) => x.status === 'CLOSED').count - before.byStatus.find((x: any) => x.status === 'CLOSED').count).toBe(1);
    expect(cents(after.reservesTotal) - cents(before.reservesTotal)).toBe(100030n);
    expect(cents(after.reservesOutstanding) - cents(before.reservesOutstanding)).toBe(60025n);
    expect(cents(after.paidTotal) - cents(before.paidTotal)).toBe(40005n);
    expect([line(after, 'MOTOR_LIABILITY').count - line(before, 'MOTOR_LIABILITY').count, line(after, 'HOME').count - line(before, 'HOME').count, line(after, null).count - line(before, null).count]).toEqual([1, 1, 1]);
    expect(line(after, null).open - line(before, null).open).toBe(0);
  });

  it('is refused without claims:view (FORBIDDEN)', async () => {
    const laura = await signedIn(t, USERS.rossiAccountant);
    expect(await laura.code(DASH)).toBe('FORBIDDEN');
  });
});
