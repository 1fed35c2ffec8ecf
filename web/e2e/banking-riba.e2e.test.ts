import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type TestPlatform } from './support/platform';
import { choose, english, openTab } from './support/clients';
import { validateRibaFile } from '../../server/src/modules/banking/riba-cbi-validator.js';
import { DEBTOR_IBAN, ribaClient } from '../../server/test/banking-riba-helpers.js';
import { italianPerson } from '../../server/test/clients-helpers.js';
import { romeDay } from './support/calendar';

/**
 * Issue #14 §4 in the browser: the accountant runs RiBa for a client who pays by RiBa, follows the run
 * to done, downloads the CBI file (checked by the layout rules), marks it sent to the bank, marks one
 * receipt unpaid (insoluto) and sees the receipt open again, on the run and on the client's account.
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
const pageErrors: string[] = [];
const day = romeDay; // days on ROSSI's calendar, as the platform counts them

let debtor: { id: string; name: string; open: string[] };
let receipt: { number: string; amount: string };

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
  // a ROSSI client with two issued receipts who pays by RiBa (set up through the API, as the tests of the server do)
  const [giulia, marco, api] = [await apiAs(t, USERS.rossiAdmin), await apiAs(t, USERS.rossiAgent), await apiAs(t, USERS.rossiAccountant)];
  const c = await ribaClient(giulia, marco, api, 'E2ERB', 2);
  debtor = { id: c.clientId, name: c.displayName, open: c.receipts.map((r) => r.displayNumber) };
  expect(debtor).toBeDefined();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('RiBa: the accountant issues bank receipts and follows an unpaid one', () => {
  it('refuses a foreign account for RiBa on the field, then saves the SIA code and an Italian account', async () => {
    await laura.goto('/billing/riba');
    await laura.getByTestId('riba-settings-form').waitFor();
    await laura.getByTestId('riba-field-siaCode').fill('A1B2C');
    await laura.getByTestId('riba-field-iban').fill('DE89370400440532013000');
    await laura.getByTestId('riba-field-unpaidFee').fill('6.50');
    await laura.getByTestId('save-riba-settings').click();
    await expect.poll(async () => (await laura.getByTestId('riba-settings-form').locator('.mantine-TextInput-error').allTextContents()).join(' ')).toBe('An Italian IBAN is needed: ABI and CAB are read from it.');
    await laura.getByTestId('riba-field-iban').fill('IT60X0542811101000000123456');
    await laura.getByTestId('save-riba-settings').click();
    await laura.getByTestId('riba-settings-saved').waitFor();
    expect(await laura.getByTestId('riba-bank-codes').textContent()).toBe('ABI 05428 · CAB 11101');
  });

  it('runs RiBa, follows it to done and downloads a CBI file that passes the layout checks', async () => {
    await laura.getByTestId('riba-field-dueTo').fill(day(400));
    await laura.getByTestId('start-riba-run').click();
    await laura.waitForURL(/\/billing\/riba\/[0-9a-f-]{36}$/);
    await expect.poll(() => laura.getByTestId('riba-run-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('DONE');
    expect((await laura.getByTestId('riba-run-percent').textContent())?.trim()).toBe('100 %');
    const row = laura.getByTestId('riba-item-row').filter({ hasText: debtor.name }).first();
    await row.waitFor();
    receipt = { number: (await row.getAttribute('data-receipt'))!, amount: (await row.locator('td').nth(6).textContent())!.trim() };
    expect(debtor.open).toContain(receipt.number);

    const [download] = await Promise.all([laura.waitForEvent('download'), laura.getByTestId('download-riba-file').click()]);
    const body = await readFile((await download.path())!, 'latin1');
    const check = validateRibaFile(body);
    expect(check.errors).toEqual([]);
    expect(check.receipts).toBe(Number(await laura.getByTestId('riba-run-total').textContent()));
    for (const line of body.split('\r\n').slice(0, -1)) expect(line).toHaveLength(120);
    await screenshotAndCheckA11y(laura, 'banking-riba-run');
  });

  it('marks the file sent to the bank, marks one receipt unpaid and sees it open again', async () => {
    await laura.getByTestId('present-riba-run').click();
    await laura.getByTestId('riba-run-presented').waitFor();
    const row = laura.locator(`[data-testid="riba-item-row"][data-receipt="${receipt.number}"]`);
    await expect.poll(() => row.getByTestId('riba-item-state').getAttribute('data-state')).toBe('PRESENTED');
    expect((await row.getByTestId('riba-item-open').textContent())?.trim()).toBe('0.00');

    await row.getByTestId('riba-mark-unpaid').click();
    await expect.poll(() => row.getByTestId('riba-item-state').getAttribute('data-state')).toBe('UNPAID');
    expect((await row.getByTestId('riba-item-state').textContent())?.trim()).toBe('Unpaid (insoluto)');
    expect((await row.getByTestId('riba-item-open').textContent())?.trim()).toBe(receipt.amount);

    // the unpaid tile counts it this month — the company's month (ROSSI keeps Italian time: the outcome is
    // dated on the company's calendar, which is a month ahead of UTC in the last hour of a month)
    await laura.goto('/billing/riba');
    const romeMonth = romeDay().slice(0, 7);
    await expect.poll(() => laura.getByTestId('riba-unpaid-month').first().textContent()).toContain(romeMonth);

    // the client's account tab lists the receipt as open again
    await laura.goto(`/clients/${debtor.id}`);
    await openTab(laura, 'account', 'client-account');
    await expect.poll(() => laura.getByTestId('account-open-items').textContent()).toContain(receipt.number);
    expect(pageErrors).toEqual([]);
  });

  it("marks a client as paying by RiBa on the client card's Mandates tab, refusing a foreign account on the field", async () => {
    const [giulia, marco, api] = [await apiAs(t, USERS.rossiAdmin), await apiAs(t, USERS.rossiAgent), await apiAs(t, USERS.rossiAccountant)];
    const person = italianPerson() as { firstName: string; bankAccounts: Array<Record<string, unknown>> };
    const input = { ...person, bankAccounts: [{ iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', holder: `${person.firstName} Esposito` }, { ...person.bankAccounts[0], iban: DEBTOR_IBAN }] };
    const c = await ribaClient(giulia, marco, api, 'E2ERD', 0, input, false);
    await laura.goto(`/clients/${c.clientId}`);
    await openTab(laura, 'mandates', 'riba-debtor-form');
    expect(await laura.getByTestId('riba-debtor-current').textContent()).toBe('This client does not pay by RiBa.');
    await choose(laura, 'riba-debtor-account', /^DE89370400440532013000/);
    await laura.getByTestId('save-riba-debtor').click();
    await expect.poll(() => laura.getByTestId('riba-debtor-form').textContent()).toContain('An Italian IBAN is needed: ABI and CAB are read from it.');
    expect(await laura.getByTestId('riba-debtor-current').textContent()).toBe('This client does not pay by RiBa.');
    await choose(laura, 'riba-debtor-account', new RegExp(`^${DEBTOR_IBAN}`));
    await laura.getByTestId('save-riba-debtor').click();
    await expect.poll(() => laura.getByTestId('riba-debtor-current').textContent()).toBe(`Pays by RiBa from ${DEBTOR_IBAN} (ABI 03069 · CAB 09606).`);
    const r = (await gqlFromPage(laura, `query($id: ID!) { ribaDebtors(clientId: $id) { iban abi cab } }`, { id: c.clientId })) as { data: { ribaDebtors: unknown[] } };
    expect(r.data.ribaDebtors).toEqual([{ iban: DEBTOR_IBAN, abi: '03069', cab: '09606' }]);
    await screenshotAndCheckA11y(laura, 'banking-riba-debtor');
    expect(pageErrors).toEqual([]);
  });
});
