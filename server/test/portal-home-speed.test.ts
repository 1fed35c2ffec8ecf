import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { entitiesMappedDuring, signedIn, startTestPlatform, statementsOf, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CREATE_GRANT, invitedPortalUser, resetPortalLimits, type PortalClient } from './portal-helpers.js';

/**
 * Issue #12 "Speed": the portal's home (the user's clients, shared contracts, open claims, pending forms)
 * is read in one statement after the request's opening one, whatever the grant covers — no statement per
 * part, per client or per contract, and no second statement to set the scope the opening one has set.
 */

let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let small: PortalClient;
let large: PortalClient;
let picked: Array<{ client_id: string; n: number }>;

const ALL = ['REQUEST', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'INFO', 'DORMANT', 'CANCELLED'];
const FULL_HOME = `{ portalHome {
  clients { id kind displayName prospect }
  contracts { id number status clientId clientName lineCode lineName insurerName coverStart coverEnd premiumGross paymentFrequency }
  openClaims { id clientId policyNumber status lossDate lossPlace description reportedAt }
  pendingForms { clientId formId formCode formKind answeredVersion currentVersion } } }`;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  // the five ROSSI clients with most contracts (as the benchmark's grant), and a grant over the first alone
  ({ rows: picked } = await su.query(
    `select p.client_id, count(*)::int as n from policy p join client c on c.id = p.client_id and c.erased_at is null
       join company co on co.id = p.company_id where co.code = 'ROSSI' group by p.client_id order by count(*) desc, p.client_id limit 5`,
  ));
  expect(picked.length).toBe(5);
  // an open claim without a contract on the large grant's last client, so the home has claims to show
  await su.query(
    `insert into claim (company_id, client_id, status, loss_date, loss_place, description)
     select company_id, id, 'reported', current_date, 'Milano', 'Water damage' from client where id = $1`,
    [picked[4].client_id],
  );
  const one = (await agent.ok(CREATE_GRANT, { i: { name: 'Speed one', clientIds: [picked[0].client_id], shareStatuses: ALL } })).createPortalGrant;
  const five = (await agent.ok(CREATE_GRANT, { i: { name: 'Speed five', clientIds: picked.map((p) => p.client_id), shareStatuses: ALL, includeClaims: true, commercialView: true } })).createPortalGrant;
  small = await invitedPortalUser(t, mailbox, agent, one.id, 'speed.one@example.com');
  large = await invitedPortalUser(t, mailbox, agent, five.id, 'speed.five@example.com');
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

/** The statements of one home request, named by what they do. */
async function homeStatements(portal: PortalClient): Promise<{ kinds: string[]; home: any }> {
  let home: any;
  const sql = await statementsOf(t, async () => {
    home = (await portal.ok(FULL_HOME)).portalHome;
  }, { all: true });
  const kinds = sql.map((s) => {
    const q = s.trim().toLowerCase();
    // the transaction's BEGIN goes with the opening statement, in one round trip (db/begin-with.ts)
    if (/^begin;/.test(q) && q.includes('app_open_portal_request')) return 'begin+open';
    if (/^(begin|commit|rollback)/.test(q)) return q.replace(/;$/, '');
    if (q.includes('app_open_portal_request')) return 'open';
    if (q.includes('set_config')) return 'scope';
    return 'read';
  });
  return { kinds, home };
}

describe('the portal home', () => {
  it('answers the portal home in one read after the opening statement, whatever the number of clients and contracts', async () => {
    const one = await homeStatements(small);
    const five = await homeStatements(large);
    expect(one.kinds).toEqual(['begin+open', 'read', 'commit']);
    expect(five.kinds).toEqual(one.kinds);
    // and the one read answers everything: five clients, all their contracts, the open claim, with premiums
    expect(one.home.clients.map((c: { id: string }) => c.id)).toEqual([picked[0].client_id]);
    expect(one.home.contracts).toHaveLength(picked[0].n);
    expect(one.home.contracts.every((c: { premiumGross: string | null }) => c.premiumGross === null)).toBe(true);
    expect(one.home.openClaims).toEqual([]);
    expect(five.home.clients.map((c: { id: string }) => c.id).sort()).toEqual(picked.map((p) => p.client_id).sort());
    expect(five.home.contracts).toHaveLength(picked.reduce((a, p) => a + p.n, 0));
    expect(five.home.contracts.length).toBeGreaterThan(5);
    expect(five.home.contracts.every((c: { premiumGross: string | null }) => /^\d+\.\d{2}$/.test(String(c.premiumGross)))).toBe(true);
    expect(five.home.openClaims.map((c: { clientId: string; description: string }) => [c.clientId, c.description])).toContainEqual([picked[4].client_id, 'Water damage']);
  });

  it('answers the home the grant shares exactly as the database holds it: clients, contracts in order, claims, pending forms', async () => {
    const { home } = await homeStatements(large);
    const ids = picked.map((p) => p.client_id);
    const { rows: contracts } = await su.query(
      `select p.id, p.number, p.premium_gross::text as premium from policy p where p.client_id = any($1::uuid[]) order by p.cover_end desc, p.number`,
      [ids],
    );
    expect(home.contracts.map((c: { id: string; number: string }) => [c.id, c.number])).toEqual(contracts.map((c) => [c.id, c.number]));
    const { rows: pending } = await su.query(
      `select p.client_id, f.code from consent_pending p join consent_form f on f.id = p.form_id where p.client_id = any($1::uuid[]) order by f.code, p.client_id`,
      [ids],
    );
    expect(home.pendingForms.map((f: { clientId: string; formCode: string }) => [f.clientId, f.formCode])).toEqual(pending.map((p) => [p.client_id, p.code]));
    const { rows: clients } = await su.query(`select id, kind, display_name from client where id = any($1::uuid[]) order by display_name, id`, [ids]);
    expect(home.clients.map((c: { displayName: string }) => c.displayName)).toEqual(clients.map((c) => c.display_name));
    expect(home.clients.map((c: { kind: string }) => c.kind)).toEqual(clients.map((c) => c.kind));
  });

  it('answers the home with the session and user as the opening statement read them, mapping no entity for them (nothing for the commit to compare)', async () => {
    let home: any;
    const mapped = await entitiesMappedDuring(t, async () => {
      home = (await large.ok(FULL_HOME)).portalHome;
    });
    expect(home.contracts.length).toBe(picked.reduce((a, p) => a + p.n, 0));
    expect(mapped).toEqual([]);
  });
});
