import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';
import { english, fieldError, openTab } from './support/clients';

/** CLM-1 in the browser: the claims handler reports a claim and carries it to closed with a reserve and a payment. */

const DAAN = 'daan.visser@vandenberg-verzekeringen.example'; // VDBERG claims handler

let t: TestPlatform;
let browser: Browser;
let daan: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  daan = (await newPerson(browser, t.url)).page;
  daan.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(daan, DAAN);
  await english(daan);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

describe('claims: report a claim and carry it to closed', () => {
  it('shows the claims dashboard with open claims by status and age and the reserves', async () => {
    await daan.goto('/claims');
    await daan.getByTestId('claims-by-age').waitFor();
    await daan.getByTestId('claims-by-line').waitFor();
    await screenshotAndCheckA11y(daan, 'claims-dashboard');
  });

  it('reports a claim with a counterparty, refusing a loss in the future on its field first', async () => {
    await daan.goto('/claims/new');
    const picker = daan.getByRole('textbox', { name: 'Client' });
    await picker.fill('Bakker');
    await daan.getByTestId('picker-option').filter({ hasText: 'Bakker Lucas' }).first().click();
    await expect.poll(() => picker.inputValue()).toBe('Bakker Lucas');
    await daan.getByTestId('field-lossDate').fill('2999-01-01');
    await daan.getByTestId('field-lossTime').fill('08:45');
    await daan.getByTestId('field-lossPlace').fill('Utrecht, Catharijnesingel');
    await daan.getByTestId('field-description').fill('Rear-ended at a red light; bumper damaged.');
    await daan.getByTestId('field-partyName').fill('Pieter Bakker');
    await daan.getByTestId('field-partyInsurer').fill('Achmea');
    await daan.getByTestId('field-partyPlate').fill('56-kbn-7');
    await daan.getByTestId('report-claim-submit').click();
    await expect.poll(() => fieldError(daan, 'field-lossDate')).toBe('Cannot be in the future');
    expect(daan.url()).toContain('/claims/new');
    await daan.getByTestId('field-lossDate').fill('2026-03-14');
    await daan.getByTestId('report-claim-submit').click();
    await daan.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await expect.poll(() => daan.getByTestId('claim-status').getAttribute('data-status')).toBe('REPORTED');
    expect(await daan.getByTestId('parties').textContent()).toContain('56-KBN-7');
  });

  it('sets a reserve, reviews, pays within the reserve (refusing more), settles and closes, with running totals', async () => {
    await daan.getByTestId('field-reserve').fill('1000.00');
    await daan.getByTestId('save-reserve').click();
    await expect.poll(() => text(daan, 'total-reserve')).toBe('1000.00');
    await daan.getByTestId('move-IN_REVIEW').click();
    await expect.poll(() => daan.getByTestId('claim-status').getAttribute('data-status')).toBe('IN_REVIEW');
    // more than the reserve: refused on the amount field, nothing recorded
    await daan.getByTestId('field-payment').fill('1000.01');
    await daan.getByTestId('field-payee').fill('Garage De Vries');
    await daan.getByTestId('save-payment').click();
    await expect.poll(() => fieldError(daan, 'field-payment')).toBe('More than the outstanding reserve: raise the reserve first');
    expect(await text(daan, 'total-paid')).toBe('0.00');
    await daan.getByTestId('field-payment').fill('400.50');
    await daan.getByTestId('save-payment').click();
    await expect.poll(() => text(daan, 'total-paid')).toBe('400.50');
    expect(await text(daan, 'total-outstanding')).toBe('599.50');
    expect(await daan.getByTestId('money-row').count()).toBe(2);
    expect(await daan.getByTestId('money-row').nth(1).textContent()).toContain('599.50');
    await daan.getByTestId('move-SETTLED').click();
    await expect.poll(() => daan.getByTestId('claim-status').getAttribute('data-status')).toBe('SETTLED');
    await daan.getByTestId('move-CLOSED').click();
    await expect.poll(() => daan.getByTestId('claim-status').getAttribute('data-status')).toBe('CLOSED');
    expect(await daan.getByTestId('save-payment').count()).toBe(0);
    expect(await daan.getByTestId('history-status').count()).toBe(4);
    await screenshotAndCheckA11y(daan, 'claim-closed');
  });

  it('reopens a closed claim only with a reason', async () => {
    await daan.getByTestId('move-IN_REVIEW').click();
    await expect.poll(() => fieldError(daan, 'field-reason')).not.toBe('');
    expect(await daan.getByTestId('claim-status').getAttribute('data-status')).toBe('CLOSED');
    await daan.getByTestId('field-reason').fill('New invoice from the body shop');
    await daan.getByTestId('move-IN_REVIEW').click();
    await expect.poll(() => daan.getByTestId('claim-status').getAttribute('data-status')).toBe('IN_REVIEW');
    expect(await daan.getByTestId('claim-history').textContent()).toContain('New invoice from the body shop');
  });

  it("lists the claim on the client card's Claims tab, with its status and totals", async () => {
    const claimUrl = daan.url();
    await daan.getByRole('link', { name: 'Bakker Lucas' }).click();
    await daan.waitForURL(/\/clients\/[0-9a-f-]{36}/);
    await openTab(daan, 'claims', 'client-claims');
    await daan.getByTestId('client-claim-row').first().waitFor();
    const rows = await daan.getByTestId('client-claim-row').allTextContents();
    expect(rows.some((r) => r.includes('Utrecht, Catharijnesingel') && r.includes('1000.00') && r.includes('400.50'))).toBe(true);
    await daan.goto(claimUrl);
    await daan.getByTestId('claim-status').waitFor();
  });

  it('lets the agent report and read claims but shows no workflow or money controls; the server refuses her a move', async () => {
    const id = /\/claims\/([0-9a-f-]{36})/.exec(daan.url())![1];
    const sanne = (await newPerson(browser, t.url)).page;
    await signIn(sanne, USERS.vdbergAgent);
    await english(sanne);
    await sanne.goto(`/claims/${id}`);
    await sanne.getByTestId('claim-status').waitFor();
    expect(await sanne.getByTestId('claim-workflow').count()).toBe(0);
    expect(await sanne.getByTestId('save-reserve').count()).toBe(0);
    const refused = await gqlFromPage(sanne, 'mutation($id: ID!) { moveClaim(id: $id, status: SETTLED) { id } }', { id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await sanne.goto('/claims/list');
    await sanne.getByTestId('claim-link').first().waitFor();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
