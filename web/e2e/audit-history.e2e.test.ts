import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, type TestPlatform } from './support/platform';
import { signedInSuite } from './support/suite';
import { english, openTab } from './support/clients';

/** BASE-7 read by a person: a card's History tab and the company trail in words, not a developer log. */

let t: TestPlatform;
let browser: Browser;
let marco: Page;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW = /\b(null|undefined|ClientContact|ClientBankAccount|IdentityDocument|ServiceEntry|birthDate|company_id|companyId)\b/;

interface Contact {
  id: string;
  kind: string;
  value: string;
}

async function contactsOf(page: Page, id: string): Promise<Contact[]> {
  const r = (await gqlFromPage(page, 'query($id: ID!) { client(id: $id) { contacts { id kind value } } }', { id })) as { data: { client: { contacts: Contact[] } } };
  return r.data.client.contacts;
}

const suite = signedInSuite(USERS.rossiAgent);
const pageErrors = suite.pageErrors;
beforeAll(() => {
  ({ t, browser, page: marco } = suite);
});

/** The card the History tests create (used again by the last test). */
let clientId: string;

describe('the History tab of a client card', () => {

  it('an agent edits the phone, opens History and reads "Contact · Phone" with before → after, no UUID, no raw names', async () => {
    const created = (await gqlFromPage(marco, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
      i: {
        kind: 'PERSON', firstName: 'Storia', lastName: 'Cronologica', birthDate: '1975-06-21', noLocalTaxId: true, noLocalTaxIdReason: 'Lives abroad',
        contacts: [{ kind: 'PHONE', value: '+39 333 100 2000', preferred: true }],
      },
    })) as { data?: { createClient: { id: string } }; errors?: unknown };
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    clientId = created.data.createClient.id;
    const [before] = await contactsOf(marco, clientId);

    await marco.goto(`/clients/${clientId}`);
    await openTab(marco, 'contacts', 'contacts-form');
    await marco.getByTestId('field-contacts.0.value').fill('+39 347 555 0101');
    await marco.getByTestId('contacts-form-save').click();
    await expect.poll(async () => (await contactsOf(marco, clientId))[0].value).not.toBe(before.value);
    const [after] = await contactsOf(marco, clientId);
    expect(after.id).toBe(before.id);

    await openTab(marco, 'history', 'history-entry');
    const latest = marco.getByTestId('history-entry').first();
    expect(await latest.getByTestId('history-object').textContent()).toBe('Contact · Phone');
    const change = latest.getByTestId('audit-change').filter({ hasText: 'Phone:' });
    expect(await change.getByTestId('audit-before').textContent()).toBe(before.value);
    expect(await change.getByTestId('audit-after').textContent()).toBe(after.value);
    expect(await latest.getByTestId('history-who').textContent()).toContain(USERS.rossiAgent);

    // the creation of the card, in words: translated object and fields, the birth date for the locale
    const card = marco.getByTestId('history-entry').filter({ has: marco.getByText('Client card', { exact: true }) });
    expect(await card.getByTestId('audit-change').filter({ hasText: 'First name:' }).textContent()).toContain('Storia');
    expect(await card.getByTestId('audit-change').filter({ hasText: 'Date of birth:' }).textContent()).toContain('21 Jun 1975');

    const text = (await marco.getByTestId('client-history').textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(ISO_DAY);
    expect(text).not.toMatch(RAW);
    expect(text).not.toContain('No visible field changed');
    await screenshotAndCheckA11y(marco, 'client-history');
  });

  it('speaks the user\'s language: Italian names the contact and the phone', async () => {
    await marco.getByTestId('language-menu').click();
    await marco.getByTestId('language-it').click();
    await expect.poll(() => marco.getByTestId('history-object').first().textContent()).toBe('Contatto · Telefono');
    expect(await marco.getByTestId('client-history').textContent()).toContain('21 giu 1975');
    await english(marco);
  });
});

describe('the company audit trail', () => {
  it("names the client of a contact's change and links to the card; the details show translated fields", async () => {
    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await giulia.goto('/base/audit');
    const row = giulia.getByTestId('table-row').filter({ hasText: 'Contact · Phone' }).first();
    await row.waitFor();
    expect(await row.getByTestId('audit-subject').textContent()).toBe('Cronologica Storia');
    await row.getByTestId('audit-object').click();
    const table = giulia.getByRole('dialog').getByRole('table', { name: 'Changed values' });
    await table.waitFor();
    expect(await table.textContent()).toContain('Phone');
    expect(await table.textContent()).not.toMatch(UUID);
    await giulia.keyboard.press('Escape');
    await row.getByTestId('audit-subject').click();
    await giulia.getByTestId('client-name').filter({ hasText: 'Cronologica Storia' }).waitFor();
    await giulia.close();
    expect(pageErrors).toEqual([]);
  });

  it('filters by record type chosen by its name in the reader\'s language (no raw type names), the clients module\'s types included', async () => {
    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await giulia.goto('/base/audit');
    await giulia.getByTestId('table-row').first().waitFor();
    await giulia.getByTestId('audit-filter-entity').click();
    const options = await giulia.getByRole('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Client card', 'Contact', 'Support access', 'User']));
    expect(options.join(' ')).not.toMatch(/SupportGrant|ClientContact|ClientAddress|IdentityDocument/);
    await giulia.getByRole('option', { name: 'Contact', exact: true }).click();
    await expect.poll(async () => {
      const objects = await giulia.getByTestId('audit-object').allTextContents();
      return objects.length > 0 && objects.every((o) => o.startsWith('Contact'));
    }).toBe(true);
    expect(await giulia.getByTestId('table-row').filter({ hasText: 'Contact · Phone' }).count()).toBeGreaterThan(0);
    await giulia.close();
  });
});

describe('the delete right in the roles matrix', () => {
  it('shows a Delete column: the agent role lacks clients:delete until the administrator grants it, then the agent sees the delete action', async () => {
    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await giulia.goto('/base/roles');
    await giulia.getByTestId('role-link').filter({ hasText: /^Agent$/ }).click();
    const matrix = giulia.getByTestId('rights-matrix');
    await matrix.waitFor();
    await matrix.getByRole('columnheader', { name: 'Delete' }).waitFor();
    const clientsDelete = giulia.getByRole('checkbox', { name: 'Delete — Clients' });
    expect(await clientsDelete.isChecked()).toBe(false);
    expect(await giulia.locator('[data-right="clients:edit"]').isChecked()).toBe(true);
    expect(await giulia.locator('[data-right="statistics:delete"]').count()).toBe(0);

    await marco.goto(`/clients/${clientId}`);
    await marco.getByTestId('client-name').filter({ hasText: 'Cronologica Storia' }).waitFor();
    await marco.getByTestId('client-actions').click();
    await marco.getByTestId('action-merge').waitFor();
    expect(await marco.getByTestId('action-delete').count()).toBe(0);
    await marco.keyboard.press('Escape');

    await clientsDelete.check();
    await giulia.getByTestId('save-role').click();
    await expect.poll(async () => {
      const r = (await gqlFromPage(giulia, '{ roles { template rights } }')) as { data: { roles: Array<{ template: string | null; rights: string[] }> } };
      return r.data.roles.find((x) => x.template === 'agent')?.rights.includes('clients:delete');
    }).toBe(true);
    await screenshotAndCheckA11y(giulia, 'role-editor-delete-right');

    await marco.reload();
    await marco.getByTestId('client-name').filter({ hasText: 'Cronologica Storia' }).waitFor();
    await marco.getByTestId('client-actions').click();
    await marco.getByTestId('action-delete').waitFor();
    await marco.keyboard.press('Escape');
    await giulia.close();
  });
});
