import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn, totpFor } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';

/** BASE-4, BASE-6, BASE-7: the administrator's and operator's work in the base module. */

let t: TestPlatform;
let browser: Browser;
let admin: Page;
/** The operator signs in once: a TOTP code works once per account and time step. */
let operator: Page;
beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  // An English-speaking session of the ROSSI administrator.
  admin = (await newPerson(browser, t.url)).page;
  await signIn(admin, USERS.rossiAdmin, { secondFactor: true });
  await admin.getByTestId('language-menu').click();
  await admin.getByTestId('language-en').click();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('administration', () => {
  it('copies a role template, changes a role assignment, and disables a user', async () => {
    await admin.goto('/base/roles');
    await admin.getByRole('button', { name: 'Copy a template' }).click();
    await admin.getByRole('combobox', { name: 'Template' }).click();
    await admin.getByRole('option', { name: /^Claims handler/ }).click();
    await admin.getByRole('textbox', { name: 'Role name' }).fill('Claims desk');
    await admin.getByRole('button', { name: 'Copy', exact: true }).click();
    await admin.getByTestId('rights-matrix').waitFor();
    expect(await admin.locator('[data-right="claims:approve"]').count()).toBe(0);
    expect(await admin.locator('[data-right="claims:export"]').isChecked()).toBe(true);
    expect(await admin.locator('[data-right="ledger:view"]').isChecked()).toBe(false);

    // Same name again: the server's field error lands on the name field, what was typed stays.
    await admin.goto('/base/roles/new');
    await admin.getByRole('textbox', { name: 'Role name' }).fill('Claims desk');
    await admin.locator('[data-right="clients:edit"]').check();
    expect(await admin.locator('[data-right="clients:view"]').isChecked()).toBe(true);
    await admin.getByTestId('save-role').click();
    await expect.poll(() => admin.getByText('Already in use.').isVisible()).toBe(true);
    expect(await admin.getByRole('textbox', { name: 'Role name' }).inputValue()).toBe('Claims desk');

    await admin.goto('/base/users');
    await admin.getByRole('combobox', { name: 'Role of Laura Conti' }).click();
    await admin.getByRole('option', { name: 'Claims desk' }).click();
    await expect.poll(() => admin.getByText('Laura Conti now has the role Claims desk.').isVisible()).toBe(true);
    const laura = admin.getByTestId('table-row').filter({ hasText: 'Laura Conti' });
    await laura.getByTestId('user-actions').click();
    await admin.getByRole('menuitem', { name: 'Disable access' }).click();
    await admin.getByTestId('confirm').click();
    await expect.poll(() => laura.getByText('Disabled').isVisible()).toBe(true);
    await screenshot(admin, 'users-after-changes');
  });

  it('audit trail: filters by user and period, pages by cursor, verifies the chain, exports CSV', async () => {
    await admin.goto('/base/audit');
    await admin.getByTestId('audit-count').waitFor();
    await admin.getByRole('button', { name: 'Verify integrity' }).click();
    await expect.poll(() => admin.getByTestId('chain-result').textContent()).toMatch(/^The hash chain is intact: \d+ events checked\.$/);
    const all = Number(/of (\d+) events/.exec((await admin.getByTestId('audit-count').textContent()) ?? '')?.[1]);
    expect(all).toBeGreaterThan(3);

    await admin.getByRole('combobox', { name: 'Rows per page' }).click();
    await admin.getByRole('option', { name: '25', exact: true }).click();
    if (all > 25) {
      await admin.getByTestId('audit-next').click();
      await expect.poll(() => admin.getByTestId('audit-count').textContent()).toMatch(/^26–/);
      await admin.getByRole('button', { name: 'Previous' }).click();
    }

    await admin.getByRole('combobox', { name: 'User' }).click();
    await admin.getByRole('option', { name: /Giulia Rossi/ }).click();
    await admin.getByRole('combobox', { name: 'Record type' }).click();
    await admin.getByRole('option', { name: 'Role', exact: true }).click();
    await expect.poll(async () => (await admin.getByTestId('table-row').allTextContents()).every((row) => row.includes(USERS.rossiAdmin) && row.includes('Role'))).toBe(true);
    await admin.getByTestId('table-row').first().getByRole('button').click();
    await admin.getByRole('dialog').getByRole('table', { name: 'Changed values' }).waitFor();
    await screenshot(admin, 'audit-event');
    await admin.keyboard.press('Escape');

    const download = admin.waitForEvent('download');
    await admin.getByTestId('export-audit').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-ROSSI-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(USERS.rossiAdmin))).toBe(true);

    // A period in the future has nothing.
    await admin.getByRole('button', { name: 'Clear filters' }).click();
    await screenshot(admin, 'audit');
  });

  it('support access: granted with a TOTP code, listed with its end, revoked', async () => {
    await admin.goto('/base/support');
    await admin.getByTestId('grant-support').click();
    await expect.poll(() => admin.getByText('Say why (at least 3 characters)').isVisible()).toBe(true);
    await admin.getByRole('textbox', { name: 'Reason' }).fill('Invoice numbering looks wrong');
    await admin.getByRole('textbox', { name: 'Your authentication code' }).fill('123456');
    await admin.getByTestId('grant-support').click();
    await expect.poll(() => admin.getByText('The code is not valid. Check your authenticator app.').isVisible()).toBe(true);
    expect(await admin.getByRole('textbox', { name: 'Reason' }).inputValue()).toBe('Invoice numbering looks wrong');
    await admin.getByRole('textbox', { name: 'Your authentication code' }).fill(await totpFor(USERS.rossiAdmin));
    await admin.getByTestId('grant-support').click();
    await expect.poll(() => admin.getByTestId('table-row').filter({ hasText: 'Invoice numbering looks wrong' }).count()).toBe(1);
    await screenshot(admin, 'support-granted');

    // The operator now reaches ROSSI through the company switcher, under a visible banner.
    operator = (await newPerson(browser, t.url)).page;
    await signIn(operator, USERS.operator, { secondFactor: true });
    await operator.getByTestId('company-switcher').click();
    await operator.getByTestId('switch-to-ROSSI').click();
    await operator.getByTestId('support-banner').waitFor();
    await screenshot(operator, 'operator-support-session');

    await admin.getByTestId('revoke-grant').click();
    await admin.getByTestId('confirm').click();
    await expect.poll(() => admin.getByTestId('revoke-grant').count()).toBe(0);
    await operator.reload();
    await expect.poll(() => operator.getByTestId('support-banner').count()).toBe(0);
  });

  it('the operator creates a company with its first administrator', async () => {
    await operator.goto('/');
    await operator.getByTestId('nav-platform-companies').click();
    await operator.getByTestId('table-row').first().waitFor();
    await operator.getByTestId('create-company').click();
    const dialog = operator.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Code' }).fill('rossi');
    await dialog.getByRole('textbox', { name: 'Company name' }).fill('Kowalski Ubezpieczenia Sp. z o.o.');
    await dialog.getByRole('textbox', { name: 'Country' }).fill('P1');
    await dialog.getByRole('button', { name: 'Create company' }).click();
    await expect.poll(() => dialog.getByText('A two-letter country code (ISO 3166), e.g. IT').isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Country' }).fill('PL');
    await dialog.getByRole('textbox', { name: 'Currency' }).fill('PLN');
    await dialog.getByRole('textbox', { name: 'E-mail address' }).fill('anna.kowalska@kowalski.example');
    await dialog.getByRole('textbox', { name: 'Full name' }).fill('Anna Kowalska');
    await dialog.getByRole('button', { name: 'Create company' }).click();
    // ROSSI exists: the code is refused on its field, everything typed stays.
    await expect.poll(() => dialog.getByText('Already in use.').isVisible()).toBe(true);
    expect(await dialog.getByRole('textbox', { name: 'Full name' }).inputValue()).toBe('Anna Kowalska');
    await dialog.getByRole('textbox', { name: 'Code' }).fill('KOWALSKI');
    await dialog.getByRole('button', { name: 'Create company' }).click();
    await expect.poll(() => operator.getByTestId('table-row').filter({ hasText: 'KOWALSKI' }).count()).toBe(1);
    await screenshot(operator, 'companies');
  });

  it('own security: password change with a field error, sessions listed', async () => {
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.vdbergAgent);
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await page.goto('/account/security');
    await page.getByRole('textbox', { name: 'Current password' }).fill('Not-My-Password-1');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('Dike-Polder-Tulip-7');
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('Dike-Polder-Tulip-7');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByText('The current password is not correct.').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'New password', exact: true }).inputValue()).toBe('Dike-Polder-Tulip-7');
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    // The session of this browser is marked, and offers no "End session" of its own.
    await expect.poll(() => page.getByText('This device').isVisible()).toBe(true);
    await screenshot(page, 'security');
  });
});
