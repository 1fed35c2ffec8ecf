import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type TestPlatform } from './support/platform';
import { english, fieldError } from './support/clients';

/**
 * The policies module in the browser (issue #9 items 1–2, 7, 9): an agent writes a policy with its
 * installment schedule, moves its status, finds it on the client card; read-only and no-rights users.
 */
let t: TestPlatform;
let browser: Browser;
let marco: Page;
let clientId: string;
let policyId: string;
const pageErrors: string[] = [];

const check = (page: Page, name: string) => screenshotAndCheckA11y(page, name);

/** The first option of a Mantine Select (the demo's insurers and lines are whatever the seeder wrote). */
async function chooseFirst(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).click();
  const option = page.getByRole('option').first();
  const name = (await option.textContent()) ?? '';
  await option.click();
  return name;
}

async function chooseNamed(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name, exact: true }).click();
}

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  marco = (await newPerson(browser, t.url)).page;
  marco.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(marco, USERS.rossiAgent);
  await english(marco);
  const r = (await gqlFromPage(marco, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { kind: 'PERSON', firstName: 'Polizza', lastName: 'Trimestrale', noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
  })) as { data?: { createClient: { id: string } }; errors?: unknown };
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  clientId = r.data.createClient.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('policies in the web app', () => {
  it('lets an agent create a quarterly policy and shows 4 installments summing exactly to the premium', async () => {
    await marco.goto('/policies/new');
    const picker = marco.getByTestId('field-client');
    await picker.fill('Trimestrale');
    await marco.getByTestId('picker-option').filter({ hasText: 'Trimestrale Polizza' }).first().click();
    await expect.poll(() => picker.inputValue()).toBe('Trimestrale Polizza');
    await chooseFirst(marco, 'field-insurer');
    await chooseFirst(marco, 'field-line');
    await marco.getByTestId('field-number').fill('E2E/2027/0001');
    await marco.getByTestId('field-coverStart').fill('01/01/2027');
    await marco.getByTestId('field-coverStart').press('Tab');
    await marco.getByTestId('field-coverEnd').fill('31/12/2027');
    await marco.getByTestId('field-coverEnd').press('Tab');
    await marco.getByTestId('field-premiumNet').fill('1000.01');
    await marco.getByTestId('field-premiumTaxes').fill('222.50');
    // the gross is computed exactly, in the user's money format
    await expect.poll(() => marco.getByTestId('field-premiumGross').textContent()).toBe('€1,222.51');
    await chooseNamed(marco, 'field-paymentFrequency', 'Quarterly');
    await check(marco, 'policy-new');
    await marco.getByTestId('policy-save').click();
    await marco.waitForURL(/\/policies\/[0-9a-f-]{36}/);
    policyId = /\/policies\/([0-9a-f-]{36})/.exec(marco.url())![1];
    await expect.poll(() => marco.getByTestId('policy-number').textContent()).toBe('E2E/2027/0001');

    await marco.getByTestId('policy-tab-installments').click();
    await marco.getByTestId('installments').waitFor();
    const rows = marco.getByTestId('installment-row');
    expect(await rows.count()).toBe(4);
    const cents = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-gross') ?? ''))).map((g) => BigInt(g.replace('.', '')));
    expect(cents.reduce((a, b) => a + b, 0n)).toBe(122251n);
    expect(await marco.getByTestId('installments-total').textContent()).toBe('€1,222.51');
    await check(marco, 'policy-installments');
  });

  it('refuses a policy whose cover ends before it starts, on the field, and saves nothing', async () => {
    await marco.goto('/policies/new');
    await marco.getByTestId('field-client').fill('Trimestrale');
    await marco.getByTestId('picker-option').first().click();
    await chooseFirst(marco, 'field-insurer');
    await chooseFirst(marco, 'field-line');
    await marco.getByTestId('field-number').fill('E2E/BAD/1');
    await marco.getByTestId('field-coverStart').fill('01/06/2027');
    await marco.getByTestId('field-coverStart').press('Tab');
    await marco.getByTestId('field-coverEnd').fill('01/01/2027');
    await marco.getByTestId('field-coverEnd').press('Tab');
    await marco.getByTestId('field-premiumNet').fill('10');
    await marco.getByTestId('field-premiumTaxes').fill('0');
    await marco.getByTestId('policy-save').click();
    await expect.poll(() => fieldError(marco, 'field-coverEnd')).toBe('The cover cannot end before it starts.');
    expect(marco.url()).toMatch(/\/policies\/new$/);
    const found = (await gqlFromPage(marco, '{ policies(filter: { number: "E2E/BAD" }) { total } }')) as { data: { policies: { total: number } } };
    expect(found.data.policies.total).toBe(0);
  });

  it('offers only the allowed status moves, moves the status, and shows a refused move (CONFLICT) clearly', async () => {
    await marco.goto(`/policies/${policyId}`);
    await marco.getByTestId('status-moves').click();
    const offered = await marco.locator('[data-testid^="move-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(offered.sort()).toEqual(['move-blocked', 'move-cancelled', 'move-dormant', 'move-own']);
    await marco.getByTestId('move-own').click();
    await expect.poll(() => marco.getByTestId('policy-status').first().getAttribute('data-status')).toBe('own');
    // an illegal move is refused by the server too
    const illegal = await gqlFromPage(marco, 'mutation($id: ID!) { setPolicyStatus(id: $id, status: OFFER) { id } }', { id: policyId });
    expect(illegal.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // the page still offers "blocked" while someone cancels the policy meanwhile: the refusal names why
    await marco.getByTestId('status-moves').click();
    await marco.getByTestId('move-blocked').waitFor();
    await gqlFromPage(marco, 'mutation($id: ID!) { setPolicyStatus(id: $id, status: CANCELLED) { id } }', { id: policyId });
    await marco.getByTestId('move-blocked').click();
    await marco.getByTestId('status-refused').waitFor();
    expect(await marco.getByTestId('status-refused').textContent()).toContain('Blocked is not allowed: the current status is final.');
    await check(marco, 'policy-status-refused');
    // reloaded: cancelled, and no move offered any more
    await marco.reload();
    await expect.poll(() => marco.getByTestId('policy-status').first().getAttribute('data-status')).toBe('cancelled');
    expect(await marco.getByTestId('status-moves').count()).toBe(0);
    // the history names what changed: the policy (created, status moves) and its installments
    await marco.getByTestId('policy-tab-history').click();
    await marco.getByTestId('policy-history').waitFor();
    const objects = await marco.getByTestId('history-object').allTextContents();
    expect(objects.filter((o) => o === 'Policy').length).toBeGreaterThanOrEqual(3);
    expect(objects).toContain('Installment');
    await check(marco, 'policy-history');
  });

  it("shows an active policy on the client card's active tab, with a link to it and a new-policy action", async () => {
    const r = (await gqlFromPage(marco, 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id } }', {
      i: await (async () => {
        const ref = (await gqlFromPage(marco, '{ insurers { id } linesOfBusiness { id } }')) as { data: { insurers: Array<{ id: string }>; linesOfBusiness: Array<{ id: string }> } };
        return {
          number: 'E2E/ACTIVE/1', clientId, insurerId: ref.data.insurers[0].id, lineId: ref.data.linesOfBusiness[0].id, status: 'POLICY',
          coverStart: '2026-01-01', coverEnd: '2099-12-31', premiumNet: '100.00', premiumTaxes: '22.25', premiumGross: '122.25', paymentFrequency: 'ANNUAL',
        };
      })(),
    })) as { data?: { createPolicy: { id: string } } };
    const activeId = r.data!.createPolicy.id;
    await marco.goto(`/clients/${clientId}`);
    await marco.getByTestId('tab-activePolicies').click();
    await marco.getByTestId('client-policies-active').waitFor();
    const links = marco.getByTestId('client-policy-link');
    // the cancelled one is archived, the new one active
    expect(await links.allTextContents()).toEqual(['E2E/ACTIVE/1']);
    await marco.getByTestId('tab-archivedPolicies').click();
    await marco.getByTestId('client-policies-archived').waitFor();
    expect(await marco.getByTestId('client-policy-link').allTextContents()).toEqual(['E2E/2027/0001']);
    await marco.getByTestId('tab-activePolicies').click();
    await check(marco, 'client-active-policies');
    await marco.getByTestId('client-policy-link').first().click();
    await marco.waitForURL(`**/policies/${activeId}`);
    await marco.goto(`/clients/${clientId}?tab=activePolicies`);
    await marco.getByTestId('client-new-policy').click();
    await marco.waitForURL(/\/policies\/new\?client=/);
    await expect.poll(() => marco.getByTestId('field-client').inputValue()).toBe('Trimestrale Polizza');
  });

  it('lists the policy with its gross premium in the money format and filters by status in the address', async () => {
    await marco.goto('/policies/list?status=cancelled');
    await marco.getByTestId('policy-link').first().waitFor();
    const row = marco.getByTestId('table-row').filter({ hasText: 'E2E/2027/0001' });
    expect(await row.getByTestId('cell-gross').textContent()).toBe('€1,222.51');
    expect(await marco.getByTestId('policy-link').filter({ hasText: 'E2E/ACTIVE/1' }).count()).toBe(0);
    await check(marco, 'policies-list');
  });

  it('shows the list as cards on a phone', async () => {
    const phone = (await newPerson(browser, t.url, { viewport: { width: 390, height: 844 } })).page;
    await signIn(phone, USERS.rossiAgent);
    await english(phone);
    await phone.goto('/policies/list?q=E2E');
    await phone.getByTestId('policy-card').first().waitFor();
    expect(await phone.getByTestId('policy-card').filter({ hasText: 'E2E/2027/0001' }).getByText('€1,222.51').count()).toBe(1);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await check(phone, 'policies-list-phone');
  });

  it('shows the dashboard with its legends', async () => {
    await marco.goto('/policies');
    await marco.getByTestId('policies-dashboard').waitFor();
    expect(await marco.getByTestId('by-line').getByTestId('legend-row').count()).toBe(10);
    await check(marco, 'policies-dashboard');
    expect(pageErrors).toEqual([]);
  });

  it('shows the accountant (read-only) the policy as text, without edit controls', async () => {
    const laura = (await newPerson(browser, t.url)).page;
    await signIn(laura, USERS.rossiAccountant);
    await english(laura);
    await laura.goto(`/policies/${policyId}`);
    await laura.getByTestId('policy-form').waitFor();
    expect(await laura.getByTestId('status-moves').count()).toBe(0);
    expect(await laura.getByTestId('policy-save').count()).toBe(0);
    expect(await laura.locator('[data-testid="policy-form"] input').count()).toBe(0);
    expect(await laura.getByTestId('field-number').textContent()).toContain('E2E/2027/0001');
    await laura.goto('/policies/list');
    await laura.getByTestId('policy-link').first().waitFor();
    expect(await laura.getByTestId('new-policy').count()).toBe(0);
    expect(await laura.getByTestId('nav-policies-new').count()).toBe(0);
    await laura.goto('/policies/new');
    await laura.getByTestId('forbidden').waitFor();
  });

  it('lets an administrator add an insurer and re-rate a line of business; agents have no such page', async () => {
    expect(await marco.getByTestId('nav-policies-reference-data').count()).toBe(0);
    await marco.goto('/policies/reference-data');
    await marco.getByTestId('forbidden').waitFor();
    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await giulia.getByTestId('nav-policies').first().click();
    await giulia.getByTestId('nav-policies-reference-data').click();
    await giulia.getByTestId('insurers').waitFor();
    await giulia.getByTestId('insurer-add').click();
    await giulia.getByTestId('ref-name').fill('E2E Assicurazioni');
    await giulia.getByTestId('ref-code').fill('E2E');
    await giulia.getByTestId('reference-save').click();
    await giulia.getByTestId('insurer-row').filter({ hasText: 'E2E Assicurazioni' }).waitFor();
    // a second insurer with the same code is refused on the code field, nothing saved
    await giulia.getByTestId('insurer-add').click();
    await giulia.getByTestId('ref-name').fill('Copy');
    await giulia.getByTestId('ref-code').fill('e2e');
    await giulia.getByTestId('reference-save').click();
    await expect.poll(() => fieldError(giulia, 'ref-code')).not.toBe('');
    await check(giulia, 'policies-reference-data-refused');
    await giulia.keyboard.press('Escape');
    expect(await giulia.getByTestId('insurer-row').filter({ hasText: 'Copy' }).count()).toBe(0);
    // a line's default tax rate
    const line = giulia.getByTestId('line-row').first();
    await line.getByRole('button').click();
    await giulia.getByTestId('ref-defaultTaxRate').fill('12.5');
    await giulia.getByTestId('reference-save').click();
    await expect.poll(() => giulia.getByTestId('line-row').first().textContent()).toContain('12.50');
  });

  it('gives a user without policies rights no policies navigation, and the pages say no access', async () => {
    const admin = await apiAs(t, USERS.rossiAdmin);
    const role = await admin.ok<{ createRole: { id: string } }>('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Front desk', rights: ['clients:view'] } });
    const { users } = await admin.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: users.find((m) => m.user.email === USERS.both)!.id, r: role.createRole.id });
    const elena = (await newPerson(browser, t.url)).page;
    await signIn(elena, USERS.both);
    if ((await elena.getByTestId('active-company-code').textContent()) !== 'ROSSI') {
      await elena.getByTestId('company-switcher').click();
      await elena.getByTestId('switch-to-ROSSI').click();
      await expect.poll(() => elena.getByTestId('active-company-code').textContent()).toBe('ROSSI');
    }
    await english(elena);
    await elena.getByTestId('nav-clients').first().waitFor();
    expect(await elena.getByTestId('nav-policies').count()).toBe(0);
    await elena.goto('/policies/list');
    await elena.getByTestId('forbidden').waitFor();
    await elena.goto(`/policies/${policyId}`);
    await elena.getByTestId('forbidden').waitFor();
    await elena.goto(`/clients/${clientId}`);
    await elena.getByTestId('tab-registry').waitFor();
    expect(await elena.getByTestId('tab-activePolicies').count()).toBe(0);
  });
});
