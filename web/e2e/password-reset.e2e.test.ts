import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, PASSWORD, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';

/** BASE-2: reset by the e-mail actually delivered (real SMTP server), expired links, invitations. */

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

const linkIn = (text: string | undefined) => {
  const m = /(https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+(?:&invite=1)?)/.exec(text ?? '');
  if (!m) throw new Error(`no link in: ${text}`);
  return m[1];
};

describe('password reset through the e-mailed link', () => {
  const email = USERS.vdbergAgent;
  const fresh = 'Tulip-Canal-Bike-42';
  let link: string;

  it('asks for a link from the sign-in page; the e-mail arrives with a link to this platform', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await page.getByTestId('forgot-link').click();
    await page.getByTestId('forgot-email').fill('not an address');
    await page.getByTestId('forgot-submit').click();
    await expect.poll(() => page.getByText('Not a valid e-mail address').isVisible()).toBe(true);
    const before = mail.received.length;
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('reset-requested').waitFor();
    await screenshot(page, 'forgot-password-sent');
    const message = await mail.waitFor(email, before);
    link = linkIn(message.text);
    expect(link.startsWith(`${t.url}/reset-password?token=`)).toBe(true);
  });

  it('sets a new password through the link: weak ones refused on the field, then signs in with it', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto(link);
    await page.getByTestId('new-password').fill('short');
    await page.getByTestId('confirm-password').fill('short');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => page.getByText('At least 12 characters', { exact: true }).isVisible()).toBe(true);
    await page.getByTestId('new-password').fill(fresh);
    await page.getByTestId('confirm-password').fill(`${fresh}x`);
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => page.getByText('The two passwords differ').isVisible()).toBe(true);
    await page.getByTestId('confirm-password').fill(fresh);
    await screenshot(page, 'reset-password');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('password-set').waitFor();
    await signIn(page, email, { password: fresh });
    expect(await page.getByTestId('active-company-code').textContent()).toBe('VDBERG');
  });

  it('the old password no longer works, and the used link says it has expired', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe('Wrong e-mail address or password.');

    await page.goto(link);
    await page.getByTestId('new-password').fill('Another-Fresh-Pass-7');
    await page.getByTestId('confirm-password').fill('Another-Fresh-Pass-7');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => page.getByTestId('link-expired').textContent()).toBe('This link has expired or was already used. Ask for a new one.');
    await screenshot(page, 'reset-link-expired');
  });

  it('an invited colleague chooses a password through the invitation and works in the company', async () => {
    const admin = await newPerson(browser, t.url);
    await signIn(admin.page, USERS.vdbergAdmin, { secondFactor: true });
    await admin.page.goto('/base/users');
    await admin.page.getByTestId('invite-user').click();
    const invited = 'lotte.bakker@vandenberg-verzekeringen.example';
    await admin.page.getByTestId('invite-email').fill(invited);
    await admin.page.getByTestId('invite-name').fill('Lotte Bakker');
    await admin.page.getByTestId('invite-role').click();
    await admin.page.getByRole('option', { name: 'Agent', exact: true }).click();
    await screenshot(admin.page, 'invite-user');
    const before = mail.received.length;
    await admin.page.getByTestId('invite-submit').click();
    await admin.page.getByTestId('invite-email').waitFor({ state: 'detached' });
    await expect.poll(async () => (await admin.page.getByTestId('table-row').allTextContents()).join(' ')).toContain(invited);

    const invitation = await mail.waitFor(invited, before);
    const inviteLink = linkIn(invitation.text);
    expect(inviteLink).toContain('&invite=1');
    const person = await newPerson(browser, t.url);
    await person.page.goto(inviteLink);
    await expect.poll(() => person.page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome — choose your password');
    await person.page.getByTestId('new-password').fill('Windmill-Harbour-88');
    await person.page.getByTestId('confirm-password').fill('Windmill-Harbour-88');
    await person.page.getByTestId('reset-submit').click();
    await person.page.getByTestId('password-set').waitFor();
    await signIn(person.page, invited, { password: 'Windmill-Harbour-88' });
    expect(await person.page.getByTestId('active-company-code').textContent()).toBe('VDBERG');
  });
});
