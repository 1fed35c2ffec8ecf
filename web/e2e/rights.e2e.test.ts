import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';

/** BASE-4, Q-9: navigation follows the role's rights, and so does the server. */

let t: TestPlatform;
let browser: Browser;
let giulia: Page;

async function ok<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gqlFromPage(page, query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  giulia = (await newPerson(browser, t.url)).page;
  await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
  // Marco (agent) gets a role that also views the administration.
  const { createRole } = await ok<{ createRole: { id: string } }>(giulia, 'mutation($i: RoleInput!) { createRole(input: $i) { id } }', {
    i: { name: 'Office manager', description: 'Agent who also sees the administration', rights: ['base:view', 'clients:view', 'clients:edit', 'clients:create'] },
  });
  const { users } = await ok<{ users: Array<{ id: string; user: { email: string } }> }>(giulia, '{ users { id user { email } } }');
  const marco = users.find((m) => m.user.email === USERS.rossiAgent)!;
  await ok(giulia, 'mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: marco.id, r: createRole.id });
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const USERS_QUERY = '{ users { id } }';

describe('rights drive navigation and the server', () => {
  it('a role edit removes a module from the navigation of its users, and the server refuses its operations', async () => {
    const marco = await newPerson(browser, t.url);
    await signIn(marco.page, USERS.rossiAgent);
    await marco.page.getByTestId('nav-base').waitFor();
    await marco.page.goto('/base/users');
    await marco.page.getByTestId('table-row').first().waitFor();
    // Viewing, but no edit or create controls.
    expect(await marco.page.getByTestId('invite-user').count()).toBe(0);
    expect(await marco.page.getByTestId('user-actions').count()).toBe(0);
    const allowed = await gqlFromPage(marco.page, USERS_QUERY);
    expect(allowed.errors).toBeUndefined();

    await giulia.goto('/base/roles');
    await giulia.getByTestId('role-link').filter({ hasText: 'Office manager' }).click();
    const view = giulia.locator('[data-right="base:view"]');
    await view.waitFor();
    expect(await view.isChecked()).toBe(true);
    await view.uncheck();
    await screenshot(giulia, 'role-editor');
    await giulia.getByTestId('save-role').click();
    const viewGranted = async () => (await ok<{ roles: Array<{ name: string; rights: string[] }> }>(giulia, '{ roles { name rights } }')).roles.find((x) => x.name === 'Office manager')?.rights.includes('base:view');
    await expect.poll(viewGranted).toBe(false);

    // Marco's navigation no longer shows the administration; its page and its API are refused.
    await marco.page.reload();
    await marco.page.getByTestId('forbidden').waitFor();
    expect(await marco.page.getByTestId('nav-base').count()).toBe(0);
    expect(await marco.page.getByTestId('nav-clients').count()).toBe(1);
    const refused = await gqlFromPage(marco.page, USERS_QUERY);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await screenshot(marco.page, 'forbidden-after-role-edit');
  });

  it('a module without pages yet is shown only when granted, as an honest placeholder', async () => {
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAccountant);
    expect(await page.getByTestId('nav-commissions').count()).toBe(1);
    expect(await page.getByTestId('nav-claims').count()).toBe(0);
    await page.getByTestId('nav-commissions').click();
    await page.getByTestId('placeholder-rights').waitFor();
    await screenshot(page, 'module-placeholder');
    await page.goto('/claims');
    await page.getByTestId('forbidden').waitFor();
  });
});
