import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn, totpFor } from './support/browser';
import { PASSWORD, USERS, apiAs, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';

/** BASE-2, BASE-5: sign-in with password and TOTP, wrong password, lockout, forced enrollment, log out. */

let t: TestPlatform;
let browser: Browser;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mailbox.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mailbox?.close();
});

describe('sign-in', () => {
  it('an administrator signs in with password and TOTP code and lands in their company', async () => {
    const { page, errors } = await newPerson(browser, t.url);
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/sign-in');
    await screenshot(page, 'sign-in');
    await page.getByTestId('email').fill(USERS.rossiAdmin);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('totp-code').waitFor();
    await screenshot(page, 'sign-in-totp');
    await page.getByTestId('totp-code').fill('000000');
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByText('The code is not valid. Check your authenticator app.').isVisible()).toBe(true);
    await page.getByTestId('totp-code').fill(await totpFor(USERS.rossiAdmin));
    await page.getByTestId('verify-submit').click();
    await page.getByTestId('user-menu').waitFor();
    expect(await page.getByTestId('active-company-code').textContent()).toBe('ROSSI');
    expect(await page.getByTestId('active-company-name').textContent()).toBe('Rossi Assicurazioni S.r.l.');
    expect(errors).toEqual([]);
  });

  it('a wrong password is refused with a clear message', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await page.getByTestId('email').fill(USERS.rossiAgent);
    await page.getByTestId('password').fill('Not-The-Password-1');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe('Wrong e-mail address or password.');
    expect(await page.getByTestId('email').inputValue()).toBe(USERS.rossiAgent);
    await screenshot(page, 'sign-in-wrong-password');
  });

  it('a locked account is answered exactly like a wrong password or an unknown address, and its owner is told by e-mail', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    const attempt = async (email: string, password: string) => {
      await page.getByTestId('email').fill(email);
      await page.getByTestId('password').fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"Login"'));
      await page.getByTestId('sign-in-submit').click();
      return (await answered).text();
    };
    const message = () => page.getByTestId('sign-in-error').textContent();
    const hint = 'After 5 failed attempts in a row the account is locked for 15 minutes, and its owner is told by e-mail.';
    for (let i = 0; i < 5; i++) {
      await attempt(USERS.rossiAccountant, `Wrong-Password-${i}!`);
      await expect.poll(message).toBe('Wrong e-mail address or password.');
    }
    // Locked now: even the right password is refused, with the very answer an unknown address gets.
    const locked = await attempt(USERS.rossiAccountant, PASSWORD);
    await expect.poll(message).toBe('Wrong e-mail address or password.');
    expect(await page.getByTestId('sign-in-lock-hint').textContent()).toBe(hint);
    await screenshot(page, 'sign-in-locked');
    const unknown = await attempt('nobody@rossi-assicurazioni.example', PASSWORD);
    await expect.poll(message).toBe('Wrong e-mail address or password.');
    expect(locked.replace(/"stacktrace":\[[^\]]*\]/, '')).toBe(unknown.replace(/"stacktrace":\[[^\]]*\]/, ''));
    // Laura reads about the lock in her mailbox, in Italian.
    const mail = await mailbox.waitFor(USERS.rossiAccountant);
    expect(mail.subject).toBe('Il suo account è bloccato per 15 minuti');
    expect(mail.text).toContain(`${t.config.publicUrl}/forgot-password`);
  });

  it('an administrator without a second factor must enrol one, and sees the recovery codes once', async () => {
    // Marco becomes an administrator: from now on he needs TOTP.
    const admin = await apiAs(t, USERS.rossiAdmin);
    const roles = await admin.ok<{ roles: Array<{ id: string; name: string; template: string | null }> }>('{ roles { id name template } }');
    const users = await admin.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    const marco = users.users.find((m) => m.user.email === USERS.rossiAgent)!;
    const adminRole = roles.roles.find((r) => r.template === 'administrator')!;
    await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: marco.id, r: adminRole.id });

    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await page.getByTestId('email').fill(USERS.rossiAgent);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.url()).toContain('/setup-2fa');
    await page.getByTestId('totp-qr').waitFor();
    expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'totp-enrollment');
    // Any other page sends him back to the enrollment.
    await page.goto('/base/users');
    await expect.poll(() => page.url()).toContain('/setup-2fa');
    await page.getByTestId('totp-qr').waitFor();
    const secretAgain = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByTestId('enrollment-code').fill(await totpFor(USERS.rossiAgent, secretAgain));
    await page.getByTestId('enrollment-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    const codes = await page.getByTestId('recovery-codes').locator('li').allTextContents();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    await screenshot(page, 'recovery-codes');
    expect(await page.getByTestId('recovery-done').isDisabled()).toBe(true);
    await page.getByTestId('recovery-stored').check();
    await page.getByTestId('recovery-done').click();
    await page.getByTestId('user-menu').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // His next sign-in asks for the code; a recovery code works once instead.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('email').fill(USERS.rossiAgent);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('toggle-recovery').click();
    await page.getByTestId('recovery-code').fill(codes[0]);
    await page.getByTestId('verify-submit').click();
    await page.getByTestId('user-menu').waitFor();
  });

  it('logs out, and logs out everywhere', async () => {
    const laptop = await newPerson(browser, t.url);
    const tablet = await newPerson(browser, t.url, { viewport: { width: 820, height: 1180 } });
    await signIn(laptop.page, USERS.vdbergAgent);
    await signIn(tablet.page, USERS.vdbergAgent);
    await screenshot(tablet.page, 'home-tablet');

    await laptop.page.getByTestId('user-menu').click();
    await laptop.page.getByTestId('sign-out').click();
    await laptop.page.getByTestId('sign-in-form').waitFor();
    await laptop.page.goto('/');
    await expect.poll(() => laptop.page.url()).toContain('/sign-in');

    // The tablet session survived the laptop's log-out; "everywhere" ends it and any other one.
    await signIn(laptop.page, USERS.vdbergAgent);
    await tablet.page.reload();
    await tablet.page.getByTestId('user-menu').click();
    await tablet.page.getByTestId('sign-out-everywhere').click();
    await tablet.page.getByTestId('confirm').click();
    await tablet.page.getByTestId('sign-in-form').waitFor();
    await laptop.page.reload();
    await expect.poll(() => laptop.page.url()).toContain('/sign-in');
  });
});
