import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient } from './clients-helpers.js';
import { CREATE_POLICY, UPDATE_POLICY, policyInput } from './policies-helpers.js';
import { DAAN, REPORT, UPDATE, claimInput, claimsSnapshot, vdbergSetup } from './claims-helpers.js';

/**
 * Claims review (CLM-1): a claim stays with the client of its policy when an agent moves the policy to
 * another card, and a claim of an erased card (kept by law) can still be corrected by the claims handler.
 */
let t: TestPlatform;
let sanne: GqlClient; // VDBERG agent: moves policies
let daan: GqlClient; // VDBERG claims handler
let pieter: GqlClient; // VDBERG administrator: erases cards
let S: Awaited<ReturnType<typeof vdbergSetup>>;

const issues = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
const CLAIM_Q = `query($id: ID!) { claim(id: $id) { id description client { id } policy { id client { id } } } }`;
const CARD_Q = `query($id: ID!) { client(id: $id) { claims { id } } }`;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [sanne, daan, pieter] = await Promise.all([signedIn(t, USERS.vdbergAgent), signedIn(t, DAAN), signedIn(t, USERS.vdbergAdmin)]);
  S = await vdbergSetup(pieter, sanne, daan, 'CLRV');
});
afterAll(async () => t?.stop());

describe('a policy moved to another client', () => {
  it('takes its claims along: the claims handler sees them on the new policyholder, whose card they now hold, and can still change them', async () => {
    const input = policyInput({ clientId: S.clientId, insurerId: S.refs.insurerId, lineId: S.refs.lines.home }, { number: 'CLRV-MOVE-1' });
    const p = (await sanne.ok(CREATE_POLICY, { input })).createPolicy;
    const under = (await sanne.ok(REPORT, { input: claimInput(S.clientId, { policyId: p.id }) })).reportClaim;
    const without = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    const { status: _s, ...change } = input;
    await sanne.ok(UPDATE_POLICY, { id: p.id, input: { ...change, clientId: S.otherId } });

    const seen = (await daan.ok(CLAIM_Q, { id: under.id })).claim;
    expect([seen.client.id, seen.policy.client.id]).toEqual([S.otherId, S.otherId]);
    // the claim without a policy stays where it was
    expect((await daan.ok(CLAIM_Q, { id: without.id })).claim.client.id).toBe(S.clientId);
    expect((await daan.ok(CARD_Q, { id: S.otherId })).client.claims.map((c: { id: string }) => c.id)).toContain(under.id);
    expect((await daan.ok(CARD_Q, { id: S.clientId })).client.claims.map((c: { id: string }) => c.id)).not.toContain(under.id);
    const changed = (await daan.ok(UPDATE, { id: under.id, input: claimInput(S.otherId, { policyId: p.id, description: 'Water damage, kitchen ceiling.' }) })).updateClaim;
    expect([changed.client.id, changed.policy.id, changed.description]).toEqual([S.otherId, p.id, 'Water damage, kitchen ceiling.']);
    // the move is in the audit trail (the claim's client)
    const trail = (await pieter.ok(`query($id: String!) { auditEvents(filter: { entityType: "Claim", entityId: $id }) { nodes { action after } } }`, { id: under.id })).auditEvents.nodes;
    expect(trail.some((e: { action: string; after: { client?: string } | null }) => e.action === 'update' && e.after?.client === S.otherId)).toBe(true);
  });
});

describe('a claim of an erased card', () => {
  it('is kept and can still be corrected by the claims handler; a new claim or a move to the erased card stays NOT_FOUND', async () => {
    const erased = (await createClient(sanne, { ...DUTCH_PERSON, firstName: 'Wim', taxCode: '123456782' }, true)).id as string;
    const c = (await sanne.ok(REPORT, { input: claimInput(erased) })).reportClaim;
    await pieter.ok(`mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id } }`, { id: erased, r: 'Request 2026/77' });

    const fixed = (await daan.ok(UPDATE, { id: c.id, input: claimInput(erased, { insurerClaimNumber: 'NN-2026-0077' }) })).updateClaim;
    expect([fixed.client.id, fixed.insurerClaimNumber]).toEqual([erased, 'NN-2026-0077']);

    const before = await claimsSnapshot(t, 'VDBERG');
    const report = await sanne.gql(REPORT, { input: claimInput(erased) });
    expect([report.errors?.[0]?.extensions?.code, report.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field)]).toEqual(['NOT_FOUND', ['clientId']]);
    const other = (await sanne.ok(REPORT, { input: claimInput(S.clientId) })).reportClaim;
    const afterReport = await claimsSnapshot(t, 'VDBERG');
    const move = await daan.gql(UPDATE, { id: other.id, input: claimInput(erased) });
    expect(move.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await claimsSnapshot(t, 'VDBERG')).toBe(afterReport);
    expect(before).not.toBe(afterReport);
    expect(issues(move)).toEqual(['clientId:not_found']);
  });
});
