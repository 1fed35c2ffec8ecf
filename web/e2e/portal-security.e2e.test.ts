import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, totpFor } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { PHONE, PORTAL_PASSWORD, invitedOnPhone } from './support/portal';

/** The portal's security page (issue #12 item 3, PO-2), on a phone: two-step sign-in on with the QR code's key and off again, and a password change. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let clientId: string;
const NEW_PASSWORD = 'Lagoon-Bridge-Oar-77';
const email = 'security.phone@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  clientId = (await createClient(agent, italianPerson())).id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

/** Staff grant the client's card to `email`; the person accepts the invitation on a phone. */
const invited = () => invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email, grantName: 'Security on a phone', name: 'Cliente Sicuro' });

async function signIn(page: Page, password: string): Promise<void> {
  await page.goto('/portal/sign-in?company=ROSSI');
  await page.getByTestId('portal-email').fill(email);
  await page.getByTestId('portal-password').fill(password);
  await page.getByTestId('portal-sign-in-submit').click();
}

describe('security settings on the portal (phone)', () => {
  it('a client enrols two-step sign-in from the QR code on the security page (a wrong code refused on the field), signs in with a code from the app, and turns it off', async () => {
    const { page, errors } = await invited();
    await page.getByTestId('portal-nav-security').click();
    await page.getByTestId('portal-security').waitFor();
    expect(await page.getByTestId('portal-totp-state').textContent()).toBe('Off');
    await page.getByTestId('portal-totp-begin').click();
    const qr = page.getByTestId('portal-totp-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = ((await page.getByTestId('portal-totp-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'portal-security-qr-phone');
    await page.getByTestId('portal-totp-code').fill('000000');
    await page.getByTestId('portal-totp-submit').click();
    await page.getByText('The code is not valid. Check your authenticator app.').waitFor();
    await page.getByTestId('portal-totp-code').fill(await totpFor(email, secret));
    await page.getByTestId('portal-totp-submit').click();
    await expect.poll(() => page.getByTestId('portal-totp-state').textContent(), { timeout: 20_000 }).toBe('On');
    await screenshot(page, 'portal-security-on-phone');

    // the next sign-in asks for the code
    const other = await newPerson(browser, t.url, { viewport: PHONE });
    await signIn(other.page, PORTAL_PASSWORD);
    await other.page.getByTestId('portal-second-factor-code').fill(await totpFor(email, secret));
    await other.page.getByTestId('portal-second-factor-submit').click();
    await other.page.getByTestId('portal-home').waitFor();

    // turned off with a current code
    await page.getByTestId('portal-totp-code').fill(await totpFor(email, secret));
    await page.getByTestId('portal-totp-submit').click();
    await expect.poll(() => page.getByTestId('portal-totp-state').textContent(), { timeout: 20_000 }).toBe('Off');
    expect(errors).toEqual([]);
  });

  it('changes the password (a wrong current password refused on its field); the new one signs in', async () => {
    const { page, errors } = await newPerson(browser, t.url, { viewport: PHONE });
    await signIn(page, PORTAL_PASSWORD);
    await page.getByTestId('portal-home').waitFor();
    await page.goto('/portal/security');
    await page.getByTestId('portal-password-current').fill('Not-The-Password-1');
    await page.getByTestId('portal-password-new').fill(NEW_PASSWORD);
    await page.getByTestId('portal-password-repeat').fill(NEW_PASSWORD);
    await page.getByTestId('portal-password-submit').click();
    await page.getByText('The current password is not correct.').waitFor();
    await page.getByTestId('portal-password-current').fill(PORTAL_PASSWORD);
    await page.getByTestId('portal-password-submit').click();
    await page.getByTestId('portal-password-changed').waitFor();
    const again = await newPerson(browser, t.url, { viewport: PHONE });
    await signIn(again.page, NEW_PASSWORD);
    await again.page.getByTestId('portal-home').waitFor();
    expect(errors).toEqual([]);
  });
});
