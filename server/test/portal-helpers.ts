import type pg from 'pg';
import { GqlClient, PASSWORD, signedIn, USERS, type TestPlatform } from './harness.js';
import type { Mailbox } from './smtp-mailbox.js';
import { resetPortalRateLimits } from '../src/modules/portal/portal-auth.service.js';

/** A client's browser or app on the portal endpoint (bearer token, or the portal's own cookie). */
export class PortalClient extends GqlClient {
  async signIn(company: string, email: string, password = PORTAL_PASSWORD): Promise<this> {
    const r = await this.ok<{ portalSignIn: { status: string; token: string | null } }>(
      'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { status token } }',
      { i: { company, email, password, bearer: true } },
    );
    this.bearer = r.portalSignIn.token;
    return this;
  }
}

export const PORTAL_PASSWORD = 'Portal-Password-2026';

export function portalClient(t: TestPlatform): PortalClient {
  return new PortalClient(`${t.url}/portal/graphql`);
}

export async function resetPortalLimits(): Promise<void> {
  await resetPortalRateLimits();
}

export const GRANT_FIELDS = 'id name includeClaims shareMode shareStatuses shareLines policyIds commercialView clients { id displayName } users { id email linked invitedAt linkedAt }';
export const CREATE_GRANT = `mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { ${GRANT_FIELDS} } }`;
export const ADD_USER = 'mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id email linked invitedAt } }';
export const REGISTER = 'mutation($i: PortalRegisterInput!) { portalRegister(input: $i) }';
/** Opening the verification link needs the password chosen at registration. */
export const VERIFY = 'mutation($t: String!, $p: String!) { portalVerifyEmail(token: $t, password: $p, bearer: true) { status token } }';
export const SIGN_IN = 'mutation($i: PortalSignInInput!) { portalSignIn(input: $i) { status token } }';
export const ACCEPT = 'mutation($i: PortalAcceptInvitationInput!) { portalAcceptInvitation(input: $i) { status token } }';
export const HOME = `{ portalHome {
  clients { id displayName kind prospect }
  contracts { id number status clientId lineCode premiumGross }
  openClaims { id clientId policyNumber status }
  pendingForms { clientId formCode currentVersion } } }`;

/** The one-time link's token in a portal e-mail. */
export function portalLinkToken(text: string, page = 'accept-invitation'): string {
  const m = new RegExp(`/portal/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!m) throw new Error(`no ${page} link in: ${text}`);
  return m[1];
}

/** Clients of a company that hold contracts (with their contracts' ids, statuses and lines), read outside the app. */
export async function clientsWithPolicies(su: pg.Client, companyCode: string, count: number): Promise<Array<{ clientId: string; policies: Array<{ id: string; status: string; line: string }> }>> {
  const { rows } = await su.query<{ client_id: string; policies: Array<{ id: string; status: string; line: string }> }>(
    `select p.client_id, json_agg(json_build_object('id', p.id, 'status', p.status, 'line', l.code) order by p.number) as policies
       from policy p join company co on co.id = p.company_id join line_of_business l on l.id = p.line_id
      where co.code = $1 group by p.client_id having count(*) >= 2 order by p.client_id limit $2`,
    [companyCode, count],
  );
  return rows.map((r) => ({ clientId: r.client_id, policies: r.policies }));
}

/**
 * Staff (an agent of `company`) create a grant over `clientIds` and add `email`; the invitation is read
 * from the real SMTP mailbox and accepted: the returned portal client is signed in as that user.
 */
export async function invitedPortalUser(
  t: TestPlatform,
  mailbox: Mailbox,
  staff: GqlClient,
  grantId: string,
  email: string,
): Promise<PortalClient> {
  const before = mailbox.received.length;
  await staff.ok(ADD_USER, { g: grantId, e: email });
  const mail = await mailbox.waitFor(email, before);
  const token = portalLinkToken(mail.text ?? '');
  const portal = portalClient(t);
  const r = await portal.ok<{ portalAcceptInvitation: { status: string; token: string } }>(ACCEPT, {
    i: { token, displayName: email.split('@')[0], password: PORTAL_PASSWORD, bearer: true },
  });
  portal.bearer = r.portalAcceptInvitation.token;
  return portal;
}

export async function rossiAgent(t: TestPlatform): Promise<GqlClient> {
  return signedIn(t, USERS.rossiAgent);
}

export { PASSWORD };

/** The kinds of the e-mails queued for `to`, oldest first (read outside the app). */
export async function mailKinds(su: pg.Client, to: string): Promise<string[]> {
  const { rows } = await su.query<{ kind: string }>(`select kind from outbox_message where to_address = $1 order by created_at`, [to]);
  return rows.map((r) => r.kind);
}
