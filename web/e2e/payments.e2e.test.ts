import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type TestPlatform } from './support/platform';
import { clientWithReceipts } from '../../server/test/payments-helpers.js';
import { english } from './support/clients';

/**
 * Issue #13 §3–§4 in the browser: the accountant records a payment, matches it against two receipts of
 * the payer (one fully, one partially — the amount left shown live in the dialog), undoes one allocation
 * after confirming (the other stays), sees it on the client's account tab, downloads a remittance
 * statement (PDF and XLSX), and exports the general ledger as a job with its progress shown (EX-4).
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
const pageErrors: string[] = [];
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const cents = (v: string) => Math.round(Number(v) * 100);
const amount = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

type OpenItem = { receiptId: string; receiptNumber: string; openAmount: string };
let payer: { id: string; name: string; taxCode: string; open: OpenItem[] };

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
  // a ROSSI client with three issued receipts and no payment (made here: the demo data's clients with receipts have payments of their own)
  const [giulia, marco, api] = [await apiAs(t, USERS.rossiAdmin), await apiAs(t, USERS.rossiAgent), await apiAs(t, USERS.rossiAccountant)];
  const C = await clientWithReceipts(giulia, marco, api, 'E2EPAY', 3);
  const card = (await api.ok(`query($id: ID!) { client(id: $id) { displayName taxCode } clientAccount(clientId: $id) { openItems { receiptId receiptNumber openAmount } } }`, { id: C.clientId })) as {
    client: { displayName: string; taxCode: string };
    clientAccount: { openItems: OpenItem[] };
  };
  payer = { id: C.clientId, name: card.client.displayName, taxCode: card.client.taxCode, open: card.clientAccount.openItems };
  expect(payer.open).toHaveLength(3);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('payments: the accountant records, matches, undoes and remits', () => {
  it('refuses a payment without an amount on the field, then records it and opens its page', async () => {
    await laura.goto('/collections');
    await laura.getByTestId('record-payment-form').waitFor();
    const picker = laura.getByRole('textbox', { name: 'Payer' });
    // found by its tax code, as a person types it (the name alone may be a namesake's)
    await picker.fill(payer.taxCode);
    await laura.getByTestId('picker-option').filter({ hasText: payer.taxCode }).first().click();
    await expect.poll(() => picker.inputValue()).toBe(payer.name);
    await laura.getByTestId('record-payment').click();
    await expect.poll(() => laura.getByTestId('field-amount').getAttribute('aria-invalid')).toBe('true');
    const [a] = payer.open;
    await laura.getByTestId('field-amount').fill(amount(cents(a.openAmount) + 5000));
    await laura.getByTestId('field-reference').fill(`Bonifico ${a.receiptNumber}`);
    await laura.getByTestId('record-payment').click();
    await laura.waitForURL(/\/collections\/payments\/[0-9a-f-]{36}$/);
    expect(await text(laura, 'payment-remaining')).toBe(amount(cents(a.openAmount) + 5000));
  });

  it('matches the payment against two receipts, one partially, with what is left shown live', async () => {
    const [a, b] = payer.open;
    await laura.getByTestId('open-match').click();
    await laura.getByTestId('match-table').waitFor();
    // the receipt named in the reference is suggested first
    expect(await laura.getByTestId('match-row').first().getAttribute('data-receipt')).toBe(a.receiptNumber);
    const rowA = laura.locator(`[data-testid="match-row"][data-receipt="${a.receiptNumber}"]`);
    const rowB = laura.locator(`[data-testid="match-row"][data-receipt="${b.receiptNumber}"]`);
    await rowA.getByTestId('match-fill').click();
    await expect.poll(() => rowA.getByTestId('match-amount').inputValue()).toBe(a.openAmount);
    await expect.poll(() => laura.getByTestId('match-left').getAttribute('data-left')).toBe('50.00');
    await rowB.getByTestId('match-amount').fill('80.00');
    await expect.poll(() => laura.getByTestId('match-left').getAttribute('data-left')).toBe('-30.00');
    await laura.getByTestId('confirm-match').click();
    await expect.poll(async () => (await rowB.getByTestId('match-amount').getAttribute('aria-invalid')) ?? '').toBe('true');
    await rowB.getByTestId('match-amount').fill('50.00');
    await expect.poll(() => laura.getByTestId('match-left').getAttribute('data-left')).toBe('0.00');
    await screenshotAndCheckA11y(laura, 'payment-match');
    await laura.getByTestId('confirm-match').click();
    await expect.poll(() => laura.getByTestId('allocation-row').count()).toBe(2);
    expect(await text(laura, 'payment-remaining')).toBe('0.00');
  });

  it('undoes one allocation after confirming; the other stays, and the account tab shows the receipt open again', async () => {
    const [a, b] = payer.open;
    const rowB = laura.locator(`[data-testid="allocation-row"][data-receipt="${b.receiptNumber}"]`);
    await rowB.getByTestId('undo-allocation').click();
    await laura.getByTestId('confirm-undo').click();
    await expect.poll(async () => (await laura.getByTestId('field-undo-reason').getAttribute('aria-invalid')) ?? '').toBe('true');
    await laura.getByTestId('field-undo-reason').fill('Wrong receipt');
    await laura.getByTestId('confirm-undo').click();
    await expect.poll(() => rowB.getAttribute('data-active')).toBe('false');
    expect(await laura.locator(`[data-testid="allocation-row"][data-receipt="${a.receiptNumber}"]`).getAttribute('data-active')).toBe('true');
    expect(await text(laura, 'payment-remaining')).toBe('50.00');
    await laura.goto(`/clients/${payer.id}?tab=account`);
    await laura.getByTestId('client-account').waitFor();
    const open = await laura.getByTestId('account-open-items').textContent();
    expect(open).toContain(b.receiptNumber);
    expect(open).not.toContain(a.receiptNumber);
    expect(pageErrors).toEqual([]);
  });

  it('shows the unmatched payments (count and amount) on the billing dashboard', async () => {
    const api = (await gqlFromPage(laura, `{ paymentsDashboard { unmatchedCount unmatchedAmount } }`)) as { data: { paymentsDashboard: { unmatchedCount: number; unmatchedAmount: string } } };
    expect(api.data.paymentsDashboard.unmatchedCount).toBeGreaterThan(0); // the demo over-payment and the 50.00 left here
    await laura.goto('/billing');
    await laura.getByTestId('unmatched-payments').waitFor();
    expect(Number(await laura.getByTestId('unmatched-payments').getAttribute('data-count'))).toBe(api.data.paymentsDashboard.unmatchedCount);
    expect(await laura.getByTestId('unmatched-payments').getAttribute('data-amount')).toBe(api.data.paymentsDashboard.unmatchedAmount);
  });

  it('remits what was collected to the insurer and downloads the statement as PDF and XLSX', async () => {
    await laura.goto('/collections/remittances');
    await laura.getByTestId('remittances-table').waitFor();
    const rows = await laura.getByTestId('remittance-row').count();
    expect(rows).toBeGreaterThan(0); // the demo remittance
    const pdf = laura.waitForEvent('download');
    await laura.getByTestId('remittance-pdf').first().click();
    const file = await pdf;
    expect(file.suggestedFilename()).toMatch(/^remittance-.*\.pdf$/);
    const xlsx = laura.waitForEvent('download');
    await laura.getByTestId('remittance-xlsx').first().click();
    expect((await xlsx).suggestedFilename()).toMatch(/^remittance-.*\.xlsx$/);
    await screenshotAndCheckA11y(laura, 'remittances');
    expect(pageErrors).toEqual([]);
  });

  it('exports the general ledger of a large range as a job: the progress shows, then the file downloads', async () => {
    process.env.LEDGER_EXPORT_JOB_LINES = '10'; // "large" above 10 lines here (the server reads it per export)
    process.env.LEDGER_EXPORT_PAGE = '25';
    try {
      await laura.goto('/ledger');
      await laura.getByTestId('trial-balance').waitFor();
      const download = laura.waitForEvent('download', { timeout: 60_000 });
      await laura.getByTestId('ledger-export').click();
      await laura.getByTestId('ledger-export-progress').waitFor();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^general-ledger-.*\.xlsx$/);
      await expect.poll(() => laura.getByTestId('ledger-export-progress').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      delete process.env.LEDGER_EXPORT_JOB_LINES;
      delete process.env.LEDGER_EXPORT_PAGE;
    }
  });
});
