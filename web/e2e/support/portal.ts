import type { Browser } from 'playwright-core';
import { newPerson, type Person } from './browser';
import type { GqlClient, Mailbox, TestPlatform } from './platform';

/** A phone's viewport, for the client portal's flows. */
export const PHONE = { width: 390, height: 844 };
export const PORTAL_PASSWORD = 'Gondola-Canal-Bike-42';

/** The invitation link of a portal invitation e-mail. */
export function invitationLink(text: string | undefined): string {
  const m = /(https?:\/\/\S+\/portal\/accept-invitation\?token=[A-Za-z0-9_-]+)/.exec(text ?? '');
  if (!m) throw new Error(`no invitation link in: ${text}`);
  return m[1];
}

/**
 * Staff (`agent`, through the API) grant the clients to an e-mail address in a new grant; the person
 * accepts the e-mailed invitation in a new browser at phone size, choosing a name and the password,
 * and lands on the portal's home.
 */
export async function invitedOnPhone(o: { browser: Browser; t: TestPlatform; mail: Mailbox; agent: GqlClient; clientIds: string[]; email: string; grantName: string; name: string }): Promise<Person> {
  const grant = await o.agent.ok('mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', { i: { name: o.grantName, clientIds: o.clientIds } });
  const before = o.mail.received.length;
  await o.agent.ok('mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', { g: grant.createPortalGrant.id, e: o.email });
  const person = await newPerson(o.browser, o.t.url, { viewport: PHONE });
  await person.page.goto(invitationLink((await o.mail.waitFor(o.email, before)).text));
  await person.page.getByTestId('portal-invite-name').fill(o.name);
  await person.page.getByTestId('portal-invite-password').fill(PORTAL_PASSWORD);
  await person.page.getByTestId('portal-invite-submit').click();
  await person.page.getByTestId('portal-home').waitFor();
  return person;
}
