import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type GqlClient, type TestPlatform } from './support/platform';

/** BASE-3: one login, several companies; switching shows the other company's data only. */

let t: TestPlatform;
let browser: Browser;
let vdbergAdmin: GqlClient;

/** Gives Elena (agent in ROSSI, read-only in VDBERG) a role that may view the users list. */
async function letElenaSeeUsers(admin: GqlClient): Promise<string> {
  const { createRole } = await admin.ok<{ createRole: { id: string } }>('mutation($i: RoleInput!) { createRole(input: $i) { id } }', {
    i: { name: 'Office auditor', rights: ['base:view', 'clients:view'] },
  });
  const { users } = await admin.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
  const elena = users.find((m) => m.user.email === USERS.both)!;
  await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: elena.id, r: createRole.id });
  return createRole.id;
}

const userEmails = async (page: Page) => {
  await page.getByTestId('table-row').first().waitFor();
  return (await page.getByTestId('table-row').allTextContents()).join(' ');
};

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  await letElenaSeeUsers(await apiAs(t, USERS.rossiAdmin));
  vdbergAdmin = await apiAs(t, USERS.vdbergAdmin);
  await letElenaSeeUsers(vdbergAdmin);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('company switch', () => {
  it("shows the active company on every page, and after a switch only the other company's users", async () => {
    const { page, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.both);
    // Start from ROSSI whatever the session's first company was.
    if ((await page.getByTestId('active-company-code').textContent()) !== 'ROSSI') {
      await page.getByTestId('company-switcher').click();
      await page.getByTestId('switch-to-ROSSI').click();
      await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('ROSSI');
    }
    await page.goto('/base/users');
    const rossi = await userEmails(page);
    expect(rossi).toContain(USERS.rossiAdmin);
    expect(rossi).toContain(USERS.rossiAgent);
    expect(rossi).not.toContain(USERS.vdbergAdmin);
    expect(await page.getByTestId('active-company-name').textContent()).toBe('Rossi Assicurazioni S.r.l.');
    await screenshot(page, 'switch-before-rossi-users');

    await page.getByTestId('company-switcher').click();
    await screenshot(page, 'company-switcher-open');
    await page.getByTestId('switch-to-VDBERG').click();
    await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('VDBERG');
    // Same page, the other company's rows only.
    expect(new URL(page.url()).pathname).toBe('/base/users');
    await expect.poll(async () => (await userEmails(page)).includes(USERS.vdbergAdmin)).toBe(true);
    const vdberg = await userEmails(page);
    expect(vdberg).toContain(USERS.vdbergAgent);
    expect(vdberg).not.toContain(USERS.rossiAdmin);
    expect(vdberg).not.toContain(USERS.rossiAgent);
    expect(await page.getByTestId('active-company-name').textContent()).toBe('Van den Berg Verzekeringen B.V.');
    await screenshot(page, 'switch-after-vdberg-users');

    // A record page of one company is not carried over: the switch lands on the module's list.
    await page.goto('/base/roles');
    await page.getByTestId('role-link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/base\/roles\/[0-9a-f-]{36}$/);
    await page.getByTestId('company-switcher').click();
    await page.getByTestId('switch-to-ROSSI').click();
    await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('ROSSI');
    expect(new URL(page.url()).pathname).toBe('/base/roles');
    expect(errors).toEqual([]);
  });

  it('a page the new role does not open leads home after the switch', async () => {
    // In VDBERG, Elena goes back to read-only (no administration).
    const admin = vdbergAdmin;
    const { roles } = await admin.ok<{ roles: Array<{ id: string; name: string; template: string | null }> }>('{ roles { id name template } }');
    const { users } = await admin.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    const readOnly = roles.find((r) => r.template === 'read_only')!;
    const elena = users.find((m) => m.user.email === USERS.both)!;
    await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: elena.id, r: readOnly.id });

    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.both);
    if ((await page.getByTestId('active-company-code').textContent()) !== 'ROSSI') {
      await page.getByTestId('company-switcher').click();
      await page.getByTestId('switch-to-ROSSI').click();
      await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('ROSSI');
    }
    await page.goto('/base/audit');
    await page.getByTestId('company-switcher').click();
    await page.getByTestId('switch-to-VDBERG').click();
    await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('VDBERG');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('nav-base').count()).toBe(0);
    expect(await page.getByTestId('nav-ledger').count()).toBe(1);
  });
});
