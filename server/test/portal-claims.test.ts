import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type TestPlatform } from './harness.js';
import { CREATE_GRANT, HOME, clientsWithPolicies, invitedPortalUser, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/** PO-7: a client reports a claim on the portal, with or without naming a contract. */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let portal: PortalClient;
let noClaims: PortalClient;
let rossi: Awaited<ReturnType<typeof clientsWithPolicies>>;
const REPORT = 'mutation($i: PortalClaimInput!) { portalReportClaim(input: $i) { id clientId policyNumber status lossPlace } }';
const claims = async () => Number((await su.query('select count(*) as n from claim')).rows[0].n);

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  const agent = await signedIn(t, USERS.rossiAgent);
  rossi = await clientsWithPolicies(su, 'ROSSI', 2);
  const statuses = [...new Set(rossi[0].policies.map((p) => p.status.toUpperCase()))];
  const g = (await agent.ok(CREATE_GRANT, { i: { name: 'Claims', clientIds: [rossi[0].clientId], includeClaims: true, shareMode: 'PICKED', policyIds: [rossi[0].policies[0].id], shareStatuses: statuses } })).createPortalGrant;
  portal = await invitedPortalUser(t, mailbox, agent, g.id, 'claimant@example.com');
  const g2 = (await agent.ok(CREATE_GRANT, { i: { name: 'No claims', clientIds: [rossi[0].clientId] } })).createPortalGrant;
  noClaims = await invitedPortalUser(t, mailbox, agent, g2.id, 'no.claims@example.com');
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

const input = (extra: Record<string, unknown> = {}) => ({ clientId: rossi[0].clientId, lossDate: '2026-01-10', lossPlace: 'Milano', description: 'Water damage in the kitchen', ...extra });

describe('claim reporting', () => {
  it('reports a claim without a contract; staff find it reported, audited as entered through the portal', async () => {
    const r = (await portal.ok(REPORT, { i: input() })).portalReportClaim;
    expect(r).toMatchObject({ clientId: rossi[0].clientId, policyNumber: null, status: 'REPORTED', lossPlace: 'Milano' });
    expect((await portal.ok(HOME)).portalHome.openClaims.map((c: { id: string }) => c.id)).toContain(r.id);
    const audit = await su.query(`select channel, user_email from audit_event where entity_type = 'Claim' and entity_id = $1 and action = 'create'`, [r.id]);
    expect(audit.rows[0]).toEqual({ channel: 'portal', user_email: 'claimant@example.com' });
  });

  it('reports a claim on a shared contract; a contract the grant does not share, another client\'s or another company\'s is NOT_FOUND, nothing saved', async () => {
    const ok = (await portal.ok(REPORT, { i: input({ policyId: rossi[0].policies[0].id }) })).portalReportClaim;
    expect(ok.policyNumber).toBeTruthy();
    const before = await claims();
    expect(await portal.code(REPORT, { i: input({ policyId: rossi[0].policies[1].id }) })).toBe('NOT_FOUND');
    expect(await portal.code(REPORT, { i: input({ clientId: rossi[1].clientId }) })).toBe('NOT_FOUND');
    const vd = await clientsWithPolicies(su, 'VDBERG', 1);
    expect(await portal.code(REPORT, { i: input({ clientId: vd[0].clientId, policyId: vd[0].policies[0].id }) })).toBe('NOT_FOUND');
    expect(await noClaims.code(REPORT, { i: input() })).toBe('NOT_FOUND');
    expect(await claims()).toBe(before);
  });

  it('refuses bad claim input naming the field, and saves nothing', async () => {
    const before = await claims();
    const r = await portal.gql(REPORT, { i: input({ lossDate: '2999-01-01', lossPlace: ' ' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['lossDate', 'lossPlace']));
    expect(await claims()).toBe(before);
  });
});
