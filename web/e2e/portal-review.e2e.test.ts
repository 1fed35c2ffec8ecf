import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { english } from './support/clients';
import { USERS, apiAs, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';
import { GqlClient } from '../../server/test/harness.js';

/** PO-3: a change a client entered on the portal waits for staff, who see it per field and approve it. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

describe('staff review of portal changes', () => {
  it('shows a queued change per field and applies it to the card when staff approve it (desktop and phone)', async () => {
    const su = await t.superuser();
    const city = async (clientId: string) => (await su.query<{ city: string }>('select city from client_address where client_id = $1 order by position, id limit 1', [clientId])).rows[0]?.city;
    try {
      const { rows } = await su.query<{ id: string }>(
        `select c.id from client c join company co on co.id = c.company_id
          where co.code = 'ROSSI' and c.kind = 'person' and exists (select 1 from client_address a where a.client_id = c.id)
            -- the change below moves the first address to Milano: a client living there already would show no city change
            and (select a.city from client_address a where a.client_id = c.id order by a.position, a.id limit 1) <> 'Milano'
          order by c.id limit 1`,
      );
      const clientId = rows[0].id;
      const agent = await apiAs(t, USERS.rossiAgent);
      const grant = (await agent.ok('mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', { i: { name: 'Review', clientIds: [clientId] } })).createPortalGrant;
      const email = 'reviewed.client@example.com';
      const before = mail.received.length;
      await agent.ok('mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', { g: grant.id, e: email });
      const token = /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec((await mail.waitFor(email, before)).text ?? '')![1];
      const portal = new GqlClient(`${t.url}/portal/graphql`);
      const accepted = await portal.ok('mutation($i: PortalAcceptInvitationInput!) { portalAcceptInvitation(input: $i) { token } }', {
        i: { token, displayName: 'Reviewed', password: 'Tulip-Canal-Bike-42', bearer: true },
      });
      portal.bearer = accepted.portalAcceptInvitation.token;
      const card = (await portal.ok('query($c: ID!) { portalCard(clientId: $c) { addresses { id kind line1 postalCode city province country } } }', { c: clientId })).portalCard;
      const first = card.addresses[0];
      const addresses = card.addresses.map((a: Record<string, string | null>) => ({ ...a, kind: String(a.kind).toUpperCase() }));
      addresses[0] = { ...addresses[0], line1: 'Via Roma 1', postalCode: '20121', city: 'Milano', province: 'MI', country: 'IT' };
      const sent = await portal.ok('mutation($c: ID!, $i: PortalCardChangeInput!) { portalChangeCard(clientId: $c, input: $i) { status } }', { c: clientId, i: { addresses } });
      expect(sent.portalChangeCard[0].status).toBe('pending');
      expect(await city(clientId)).toBe(first.city);

      const { page, errors } = await newPerson(browser, t.url);
      await signIn(page, USERS.rossiAgent);
      await english(page);
      await page.goto('/portal');
      const change = page.getByTestId('portal-change');
      await change.first().waitFor();
      expect(await change.count()).toBe(1);
      expect(await change.first().textContent()).toContain('Milano');
      expect(await change.first().textContent()).toContain(email);
      await screenshot(page, 'portal-review-desktop');
      const phone = (await newPerson(browser, t.url, { viewport: { width: 390, height: 844 } })).page;
      await signIn(phone, USERS.rossiAgent);
      await phone.goto('/portal');
      await phone.getByTestId('portal-change').first().waitFor();
      await screenshot(phone, 'portal-review-phone');
      await page.getByTestId('portal-change-approve').click();
      await expect.poll(() => city(clientId)).toBe('Milano');
      await expect.poll(() => page.getByTestId('portal-change').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await su.end();
    }
  });
});
