import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';
import { english } from './support/clients';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';

/**
 * Issue #12 item 7 (PO-5 … PO-7) in the staff app: an agent creates a portal access grant for a client
 * (a grant without a client refused on the field), invites a person by e-mail, sends the invitation
 * again, and removes the person; each e-mail goes out through the outbox.
 */
let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let marco: Page;
let client: { id: string; displayName: string };
const pageErrors: string[] = [];
const email = 'grant.invitee@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  const c = await createClient(await apiAs(t, USERS.rossiAgent), italianPerson());
  client = { id: c.id, displayName: c.displayName };
  marco = (await newPerson(browser, t.url)).page;
  marco.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(marco, USERS.rossiAgent);
  await english(marco);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

describe('portal access grants in the staff app', () => {
  it('creates a grant for a client, refusing one without a client on the field', async () => {
    await marco.goto('/portal?tab=grants');
    const form = marco.getByTestId('portal-new-grant');
    await form.waitFor();
    await marco.getByTestId('portal-grant-name').fill('Famiglia Portalesi');
    await marco.getByTestId('portal-grant-create').click();
    await expect.poll(() => form.textContent()).toContain('Choose at least one client.');
    await marco.getByTestId('portal-grant-client').fill(client.displayName);
    await marco.getByTestId('picker-option').filter({ hasText: client.displayName }).first().click();
    await expect.poll(() => marco.getByTestId('portal-grant-clients').textContent()).toContain(client.displayName);
    await marco.getByTestId('portal-grant-create').click();
    const card = marco.getByTestId('portal-grant').filter({ hasText: 'Famiglia Portalesi' });
    await card.waitFor();
    expect(await card.textContent()).toContain(client.displayName);
    expect(await marco.getByTestId('portal-grant-name').inputValue()).toBe('');
  });

  it('invites a person by e-mail, sends the invitation again, and removes the person', async () => {
    const card = marco.getByTestId('portal-grant').filter({ hasText: 'Famiglia Portalesi' });
    await card.getByTestId('portal-invite-email').fill('not-an-address');
    await card.getByTestId('portal-invite-send').click();
    await expect.poll(() => card.getByTestId('portal-invite-form').textContent()).toContain('Not a valid e-mail address.');

    const before = mail.received.length;
    await card.getByTestId('portal-invite-email').fill(email);
    await card.getByTestId('portal-invite-send').click();
    const first = await mail.waitFor(email, before);
    expect(first.text).toMatch(/accept-invitation\?token=/);
    const user = card.getByTestId('portal-grant-user').filter({ hasText: email });
    await user.waitFor();
    expect(await user.textContent()).toContain('Invited');

    const again = mail.received.length;
    await user.getByTestId('portal-resend-invitation').click();
    const second = await mail.waitFor(email, again);
    expect(second.text).toMatch(/accept-invitation\?token=/);
    await screenshotAndCheckA11y(marco, 'portal-staff-grants');

    await user.getByTestId('portal-remove-user').click();
    await expect.poll(() => card.getByTestId('portal-grant-user').filter({ hasText: email }).count()).toBe(0);
    const api = await apiAs(t, USERS.rossiAgent);
    const grants = (await api.ok('{ portalGrants { name users { email } } }')).portalGrants as Array<{ name: string; users: Array<{ email: string }> }>;
    expect(grants.find((g) => g.name === 'Famiglia Portalesi')?.users).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
