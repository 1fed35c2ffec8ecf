import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';

/** axe-core on the main pages: no serious or critical violation; a screenshot of each. */

let t: TestPlatform;
let browser: Browser;
beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function check(page: Page, name: string, ready: () => Promise<unknown>) {
  await ready();
  await screenshotAndCheckA11y(page, `page-${name}`, name);
}

describe('accessibility of the main pages', () => {
  it('pages before sign-in', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await check(page, 'sign-in', () => page.getByTestId('sign-in-form').waitFor());
    await page.goto('/forgot-password');
    await check(page, 'forgot-password', () => page.getByTestId('forgot-email').waitFor());
    await page.goto('/reset-password?token=abc&invite=1');
    await check(page, 'reset-password', () => page.getByTestId('new-password').waitFor());
  });

  it("an administrator's pages", async () => {
    const { page } = await newPerson(browser, t.url, { locale: 'en-GB' });
    await signIn(page, USERS.vdbergAdmin, { secondFactor: true });
    await check(page, 'home', () => page.getByTestId('user-menu').waitFor());
    await page.goto('/base');
    await check(page, 'base-dashboard', () => page.getByTestId('stat-value').first().waitFor());
    await page.goto('/base/users');
    await check(page, 'users', () => page.getByTestId('table-row').first().waitFor());
    await page.getByTestId('invite-user').click();
    await check(page, 'invite-user-dialog', () => page.getByTestId('invite-email').waitFor());
    await page.keyboard.press('Escape');
    await page.goto('/base/roles');
    await check(page, 'roles', () => page.getByTestId('role-link').first().waitFor());
    await page.getByTestId('role-link').first().click();
    await check(page, 'role-editor', () => page.getByTestId('rights-matrix').waitFor());
    await page.goto('/base/audit');
    await check(page, 'audit', () => page.getByTestId('audit-count').waitFor());
    await page.goto('/base/support');
    await check(page, 'support', () => page.getByTestId('grant-support').waitFor());
    await page.goto('/account/security');
    await check(page, 'security', () => page.getByRole('table').waitFor());
    await page.goto('/consents');
    await check(page, 'consents-dashboard', () => page.getByTestId('consents-pending-per-form').waitFor());
    await page.goto('/consents/forms');
    await check(page, 'consent-forms', () => page.getByTestId('consent-form-row').first().waitFor());
    await page.goto('/producers');
    await check(page, 'placeholder', () => page.getByTestId('placeholder-rights').waitFor());
  });

  it("the operator's company list", async () => {
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.operator, { secondFactor: true });
    await page.getByTestId('nav-platform-companies').click();
    await check(page, 'companies', () => page.getByTestId('table-row').first().waitFor());
    await page.getByTestId('create-company').click();
    await check(page, 'create-company-dialog', () => page.getByRole('dialog').waitFor());
  });

  it('a tablet sees the navigation behind the menu button, and can use it from the keyboard', async () => {
    const { page } = await newPerson(browser, t.url, { viewport: { width: 768, height: 1024 } });
    await signIn(page, USERS.rossiAccountant);
    const burger = page.locator('header button[aria-label]').first();
    await burger.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-ledger').waitFor({ state: 'visible' });
    await check(page, 'tablet-navigation', () => page.getByTestId('nav-ledger').waitFor());
  });
});
