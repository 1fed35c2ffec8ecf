import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, newPerson, screenshot, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, type TestPlatform } from './support/platform';
import { signedInSuite } from './support/suite';
import { english, openTab } from './support/clients';

/** Issue #8 §3: the merge of cards without birth dates, texts in the reader's language, page titles, the status legend, links to another company's card, read-only users. */

let t: TestPlatform;
let browser: Browser;
let marco: Page;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function createByApi(page: Page, input: Record<string, unknown>): Promise<string> {
  const r = (await gqlFromPage(page, 'mutation($i: CreateClientInput!) { createClient(input: $i, confirmDuplicate: true) { id } }', { i: input })) as {
    data?: { createClient: { id: string } };
    errors?: unknown;
  };
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createClient.id;
}

/** Makes sure a person works in the given company (Elena's session may start in either). */
async function enter(page: Page, code: string): Promise<void> {
  if ((await page.getByTestId('active-company-code').textContent()) === code) return;
  await page.getByTestId('company-switcher').click();
  await page.getByTestId(`switch-to-${code}`).click();
  await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe(code);
}

const suite = signedInSuite(USERS.rossiAgent);
const pageErrors = suite.pageErrors;
beforeAll(() => {
  ({ t, browser, page: marco } = suite);
});

describe('merge', () => {
  it('merging two cards without birth dates shows the preview (no crash), says which card went into which, and notes it in Italian without an id', async () => {
    const card = (city: string, postalCode: string) => ({
      kind: 'PERSON',
      firstName: 'Anna',
      lastName: 'Bianco',
      noLocalTaxId: true,
      noLocalTaxIdReason: 'Not known yet',
      addresses: [{ kind: 'RESIDENCE', line1: 'Via Roma 1', postalCode, city, province: city === 'Torino' ? 'TO' : 'MI' }],
    });
    const stays = await createByApi(marco, card('Torino', '10121'));
    const goes = await createByApi(marco, card('Milano', '20121'));
    await marco.goto(`/clients/${stays}`);
    await marco.getByTestId('client-actions').click();
    await marco.getByTestId('action-merge').click();
    await marco.getByTestId('merge-other').fill('Bianco Anna');
    await marco.getByTestId('picker-option').filter({ hasText: 'Milano' }).first().click();
    await marco.getByTestId('merge-preview').waitFor();
    const birthRow = marco.getByTestId('merge-preview').getByRole('row').filter({ hasText: 'Date of birth' });
    expect((await birthRow.allTextContents()).join('')).toContain('—');
    // the choice says which card is which, though both bear the same name
    const choice = await marco.getByRole('radiogroup').textContent();
    expect(choice).toContain('Keep this card (Bianco Anna (living in Torino))');
    expect(choice).toContain('Keep the other card (Bianco Anna (living in Milano))');
    await screenshotAndCheckA11y(marco, 'texts-merge-no-birth-dates');
    await marco.getByTestId('merge-confirm').click();
    const done = marco.getByText(/was merged into/);
    await done.waitFor();
    expect(await done.textContent()).toContain('The card Bianco Anna (living in Milano) was merged into the card Bianco Anna (living in Torino).');
    await marco.waitForURL(new RegExp(`/clients/${stays}$`));
    await marco.getByTestId('client-name').waitFor();
    await openTab(marco, 'service', 'service-entry');
    const note = (await marco.getByTestId('service-entry').allTextContents()).join(' ');
    expect(note).toContain('Scheda "Bianco Anna" (residente a Milano) unita a questa scheda');
    expect(note).not.toMatch(UUID);
    expect(note).not.toContain(goes);
    expect(pageErrors).toEqual([]);
  });
});

describe('texts', () => {
  it("template role names read in the reader's language, not the company's (Italian company, English and Italian reader)", async () => {
    await marco.goto('/');
    await marco.getByTestId('user-menu').waitFor();
    const english = await marco.getByTestId('user-menu').textContent();
    expect(english).toContain('Agent');
    expect(english).not.toContain('Agente');
    const laura = (await newPerson(browser, t.url)).page;
    await signIn(laura, USERS.rossiAccountant); // her profile is Italian
    expect(await laura.getByTestId('user-menu').textContent()).toContain('Contabile');
    await laura.getByTestId('language-menu').click();
    await laura.getByTestId('language-nl').click();
    await expect.poll(() => laura.getByTestId('user-menu').textContent()).toContain('Boekhouder');
  });

  it("the operator's support access reads as such in the switcher and the user menu, not as the raw role name 'support'", async () => {
    // setup: ROSSI grants support access (the grant itself is tested in admin.e2e; a TOTP code works once per time step)
    const su = await t.superuser();
    try {
      await su.query(
        `insert into support_grant (company_id, granted_by_id, reason, rights, expires_at)
         select c.id, u.id, 'Checking the texts', (select r.rights from role r where r.company_id = c.id and r.template = 'administrator'), now() + interval '2 hours'
           from company c, app_user u where c.code = 'ROSSI' and u.email = $1`,
        [USERS.rossiAdmin],
      );
    } finally {
      await su.end();
    }
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.operator, { secondFactor: true });
    await english(page);
    await page.getByTestId('company-switcher').click();
    const rossi = page.getByTestId('switch-to-ROSSI');
    await expect.poll(() => rossi.textContent()).toContain('Support access');
    expect(await rossi.textContent()).not.toMatch(/\bsupport\b/);
    await rossi.click();
    await page.getByTestId('support-banner').waitFor();
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Support access');
    expect(await page.getByTestId('user-menu').textContent()).not.toMatch(/\bsupport\b/);
  });

  it('a role renamed by the administrator shows its own name in every language', async () => {
    const admin = await apiAs(t, USERS.vdbergAdmin);
    const { roles } = await admin.ok<{ roles: Array<{ id: string; template: string | null; rights: string[] }> }>('{ roles { id template rights } }');
    const agent = roles.find((r) => r.template === 'agent')!;
    await admin.ok('mutation($id: ID!, $i: RoleInput!) { updateRole(id: $id, input: $i) { id } }', { id: agent.id, i: { name: 'Verkoper', rights: agent.rights } });
    const sanne = (await newPerson(browser, t.url)).page;
    await signIn(sanne, USERS.vdbergAgent);
    await english(sanne);
    await expect.poll(() => sanne.getByTestId('user-menu').textContent()).toContain('Verkoper');
  });

  it('the browser tab title names the page and the company: "Clients · ROSSI · Agency"', async () => {
    await marco.goto('/clients/list');
    await marco.getByTestId('table-row').first().waitFor();
    await expect.poll(() => marco.title()).toBe('Clients · ROSSI · Agency');
    await marco.getByTestId('client-link').filter({ hasText: 'Russo Giuseppe' }).click();
    await marco.getByTestId('client-name').waitFor();
    await expect.poll(() => marco.title()).toBe('Russo Giuseppe · ROSSI · Agency');
    await marco.goto('/clients');
    await expect.poll(() => marco.title()).toBe('Clients · ROSSI · Agency');
  });

  it('the status donut has a legend: each status with its colour and count', async () => {
    await marco.goto('/clients');
    await marco.getByTestId('status-legend').waitFor();
    const items = await marco.getByTestId('status-legend-item').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => /^Active\d/.test(i))).toBe(true);
    expect(items.some((i) => /^Prospect\d/.test(i))).toBe(true);
    await screenshotAndCheckA11y(marco, 'texts-dashboard-legend');
  });
});

describe('a link to another company’s card', () => {
  let dutchId = '';
  beforeAll(async () => {
    const sanne = await apiAs(t, USERS.vdbergAgent);
    const r = await sanne.ok<{ createClient: { id: string } }>('mutation($i: CreateClientInput!) { createClient(input: $i, confirmDuplicate: true) { id } }', {
      i: { kind: 'PERSON', firstName: 'Joost', lastName: 'Smit', noLocalTaxId: true, noLocalTaxIdReason: 'Nog niet bekend' },
    });
    dutchId = r.createClient.id;
  });

  it('offers to switch company to a user who may enter the company holding the card, and opens it', async () => {
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.both);
    await english(page);
    await enter(page, 'ROSSI');
    await page.goto(`/clients/${dutchId}`);
    await page.getByTestId('client-elsewhere').waitFor();
    expect(await page.getByTestId('client-elsewhere').textContent()).toContain('VDBERG');
    await screenshotAndCheckA11y(page, 'texts-client-elsewhere');
    await page.getByTestId('client-elsewhere-switch').click();
    await expect.poll(() => page.getByTestId('active-company-code').textContent()).toBe('VDBERG');
    await page.getByTestId('client-name').filter({ hasText: 'Joost Smit' }).waitFor();
    expect(page.url()).toContain(`/clients/${dutchId}`);
  });

  it('to a user without access to that company it says only that the record does not exist', async () => {
    await marco.goto(`/clients/${dutchId}`);
    await marco.getByRole('alert').filter({ hasText: 'This record does not exist' }).waitFor();
    expect(await marco.getByTestId('client-elsewhere').count()).toBe(0);
    expect(await marco.content()).not.toContain('VDBERG');
    await screenshot(marco, 'texts-client-not-found');
  });
});

describe('read-only users', () => {
  /** Inputs a person could type into or tick, and buttons, inside one area of the card. */
  const controls = (page: Page, form: string) =>
    page.locator(`[data-testid="${form}"] :is(input:not([type="hidden"]), textarea, select, button, [contenteditable="true"])`).count();

  it('the accountant sees the card areas as text: no inputs, no save, add or remove buttons, and no "new" buttons', async () => {
    const laura = (await newPerson(browser, t.url)).page;
    await signIn(laura, USERS.rossiAccountant);
    await english(laura);
    await laura.goto('/clients');
    await laura.getByTestId('status-legend').waitFor();
    expect(await laura.getByRole('link', { name: 'New client' }).count()).toBe(0);
    await laura.goto('/clients/list');
    await laura.getByTestId('table-row').first().waitFor();
    expect(await laura.getByTestId('new-client').count()).toBe(0);
    expect(await laura.getByTestId('nav-clients-new').count()).toBe(0);
    await laura.getByTestId('client-link').filter({ hasText: 'Russo Giuseppe' }).click();
    await laura.getByTestId('registry-form').waitFor();
    expect(await laura.getByTestId('field-firstName').textContent()).toContain('Giuseppe');
    expect(await controls(laura, 'registry-form')).toBe(0);
    await screenshotAndCheckA11y(laura, 'texts-read-only-registry');
    for (const [tab, form] of [
      ['identity', 'identity-form'],
      ['addresses', 'addresses-form'],
      ['family', 'family-form'],
      ['activity', 'activity-form'],
      ['contacts', 'contacts-form'],
      ['bank', 'bank-form'],
    ]) {
      await openTab(laura, tab, form);
      expect(await controls(laura, form), form).toBe(0);
    }
    // the agent, who may edit, still gets the inputs and the save button
    await marco.goto(`/clients/${/\/clients\/([0-9a-f-]{36})/.exec(laura.url())![1]}`);
    await marco.getByTestId('registry-form-save').waitFor();
    expect(await marco.locator('[data-testid="registry-form"] input[data-testid="field-firstName"]').count()).toBe(1);
  });
});
