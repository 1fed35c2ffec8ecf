import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type TestPlatform } from './support/platform';

/** The UI in the user's language (default from their profile), switchable and remembered. */

let t: TestPlatform;
let browser: Browser;
/** Giulia signs in once: a TOTP code works once per account and time step. */
let page: Page;
beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('languages', () => {
  it('an Italian administrator gets the Italian UI, with Italian dates and numbers', async () => {
    page = (await newPerson(browser, t.url)).page;
    await signIn(page, USERS.rossiAdmin, { secondFactor: true });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Benvenuto, Giulia Rossi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await page.getByTestId('nav-base').click();
    await page.getByTestId('nav-base-users').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Utenti');
    expect(await page.getByRole('button', { name: 'Invita utente' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: /Ultimo accesso/ }).isVisible()).toBe(true);
    // Today's sign-in, written the Italian way (e.g. "22 nov 2026, 08:22").
    const italianDate = new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium' }).format(new Date());
    await expect.poll(async () => (await page.getByTestId('table-row').allTextContents()).join(' ')).toContain(italianDate);
    await screenshot(page, 'italian-users');
    await page.goto('/base');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Amministrazione');
    await page.getByText('Accessi al giorno').waitFor();
    await screenshot(page, 'italian-dashboard');
  });

  it('switches language from the header, and remembers the choice for this user', async () => {
    await page.goto('/base/roles');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ruoli e diritti');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-de').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rollen und Rechte');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rollen und Rechte');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-pl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Role i uprawnienia');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-nl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rollen en rechten');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Roles and rights');
  });

  it('a Dutch agent reads and types dates the Dutch way; the card keeps them as dates', async () => {
    const api = await apiAs(t, USERS.vdbergAgent);
    const list = await api.ok<{ clients: { items: Array<{ id: string; kind: string }> } }>('{ clients(first: 50, filter: { kind: PERSON }) { items { id kind } } }');
    const id = list.clients.items[0].id;
    const before = await api.ok<{ client: { birthDate: string } }>('query($id: ID!) { client(id: $id) { birthDate } }', { id });
    const [y, m, d] = before.client.birthDate.split('-');
    const { page: dutch } = await newPerson(browser, t.url);
    await signIn(dutch, USERS.vdbergAgent);
    await dutch.goto(`/clients/${id}`);
    await dutch.getByTestId('registry-form').waitFor();
    expect(await dutch.getByTestId('field-birthDate').inputValue()).toBe(`${d}-${m}-${y}`);
    await dutch.getByTestId('field-birthDate').fill('01-02-1990');
    await dutch.getByTestId('field-birthDate').press('Tab');
    await dutch.getByTestId('registry-form-save').click();
    await expect.poll(async () => (await api.ok<{ client: { birthDate: string } }>('query($id: ID!) { client(id: $id) { birthDate } }', { id })).client.birthDate).toBe('1990-02-01');
    await dutch.reload();
    await expect.poll(() => dutch.getByTestId('field-birthDate').inputValue()).toBe('01-02-1990');
  });

  it('the sign-in page follows the language chosen there', async () => {
    const { page } = await newPerson(browser, t.url);
    await page.goto('/sign-in');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-it').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Accedi');
    await page.getByTestId('email').fill(USERS.rossiAgent);
    await page.getByTestId('password').fill('Password-Sbagliata-1');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe('Indirizzo e-mail o password errati.');
    await screenshot(page, 'italian-sign-in-error');
  });
});
