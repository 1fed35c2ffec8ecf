import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';
import { choose, english, fieldError } from './support/clients';
import { romeDay } from './support/calendar';

/**
 * Issue #13 in the browser: the accountant starts a billing run and follows its progress (stored on the
 * server, so a reload shows the same), cancels a receipt with a credit note, and reads the trial
 * balance, whose balances sum to zero.
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
const pageErrors: string[] = [];

const day = romeDay; // days on ROSSI's calendar, as the platform counts them
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('billing: the accountant runs billing and reads the books', () => {
  it('refuses a run whose range ends before it starts, on the field', async () => {
    await laura.goto('/billing/runs');
    await laura.getByTestId('field-dueFrom').fill(day(30));
    await laura.getByTestId('field-dueTo').fill(day(1));
    await laura.getByTestId('start-run').click();
    await expect.poll(() => fieldError(laura, 'field-dueTo')).not.toBe('');
    expect(laura.url()).toMatch(/\/billing\/runs$/);
  });

  it('starts a billing run over the coming installments and follows its progress to 100 %, also after a reload', async () => {
    await laura.getByTestId('field-dueFrom').fill(day(1));
    await laura.getByTestId('field-dueTo').fill(day(120));
    await laura.getByTestId('start-run').click();
    await laura.waitForURL(/\/billing\/runs\/[0-9a-f-]{36}$/);
    await laura.getByTestId('run-status').waitFor();
    await laura.reload();
    await expect.poll(() => laura.getByTestId('run-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('DONE');
    expect(await text(laura, 'run-percent')).toBe('100 %');
    const issued = Number(await laura.getByTestId('run-issued').getAttribute('data-issued'));
    expect(issued).toBeGreaterThan(0);
    await laura.reload();
    await expect.poll(() => laura.getByTestId('run-status').getAttribute('data-status')).toBe('DONE');
    expect(Number(await laura.getByTestId('run-issued').getAttribute('data-issued'))).toBe(issued);
    await screenshotAndCheckA11y(laura, 'billing-run');
  });

  it('lists the receipts and cancels one with a credit note', async () => {
    await laura.goto('/billing/documents');
    await laura.getByTestId('documents-table').waitFor();
    const rows = await laura.getByTestId('document-row').count();
    await laura.getByTestId('credit-note').first().click();
    await laura.getByTestId('issue-credit-note').click();
    await expect.poll(() => fieldError(laura, 'field-reason')).not.toBe('');
    await laura.getByTestId('field-reason').fill('Policy replaced');
    await laura.getByTestId('issue-credit-note').click();
    await expect.poll(() => text(laura, 'notice')).toMatch(/^Credit note NC \d{4}\/\d+ issued$/);
    await expect.poll(() => laura.getByTestId('document-row').count()).toBe(Math.min(rows + 1, 50));
  });

  it('reads the trial balance: debits equal credits and the balances sum to zero', async () => {
    await laura.goto('/ledger');
    await laura.getByTestId('trial-balance').waitFor();
    await laura.getByTestId('field-from').fill(`${day(0).slice(0, 4)}-01-01`);
    await laura.getByTestId('field-to').fill(day(0));
    await laura.getByTestId('apply-range').click();
    await expect.poll(() => text(laura, 'total-balance')).toBe('0.00');
    expect(await text(laura, 'total-debit')).toBe(await text(laura, 'total-credit'));
    expect(await text(laura, 'total-debit')).not.toBe('0.00');
    const receivable = laura.locator('[data-testid="trial-row"][data-code="1100"] [data-testid="trial-balance-cell"]');
    expect((await receivable.textContent())?.trim()).not.toBe('0.00');
    await screenshotAndCheckA11y(laura, 'trial-balance');
    expect(pageErrors).toEqual([]);
  });
});

describe('ledger and billing pages: a manual entry, a statement, one receipt, the dashboard', () => {
  it('refuses an unbalanced manual entry with the difference named, posts it balanced, and shows it on the account statement', async () => {
    await laura.goto('/ledger/entries/new');
    await laura.getByTestId('field-description').fill('Versamento in cassa');
    await choose(laura, 'field-account-0', /^1200 /);
    await laura.getByTestId('field-debit-0').fill('123.45');
    await choose(laura, 'field-account-1', /^3100 /);
    await laura.getByTestId('field-credit-1').fill('123.40');
    expect(await text(laura, 'entry-difference')).toBe('Difference: 0.05');
    await laura.getByTestId('post-entry').click();
    await expect.poll(() => laura.getByRole('alert').first().textContent()).toBe('Debits and credits differ');
    expect(laura.url()).toMatch(/\/ledger\/entries\/new$/);
    await laura.getByTestId('field-credit-1').fill('123.45');
    await laura.getByTestId('post-entry').click();
    await laura.waitForURL(/\/ledger$/);
    await laura.goto('/ledger/accounts');
    await laura.getByTestId('account-row').filter({ hasText: '1200' }).getByRole('link').click();
    await laura.getByTestId('statement-table').waitFor();
    await expect.poll(async () => (await laura.getByTestId('statement-row').allTextContents()).some((r) => r.includes('Versamento in cassa') && r.includes('123.45'))).toBe(true);
  });

  it('issues one receipt from a policy found by its number', async () => {
    const r = (await gqlFromPage(laura, `{ policies(filter: { statuses: [POLICY] }, first: 200) { items { number installments { dueDate } } } }`)) as { data: { policies: { items: Array<{ number: string; installments: Array<{ dueDate: string }> }> } } };
    const policy = r.data.policies.items.find((p) => p.installments.some((i) => i.dueDate > day(120)))!;
    await laura.goto('/billing/issue');
    await laura.getByTestId('field-policyNumber').fill(policy.number);
    await laura.getByRole('button', { name: 'Find' }).click();
    await laura.getByTestId('installments-table').waitFor();
    await laura.getByTestId('issue-receipt').first().click();
    await expect.poll(() => text(laura, 'issued')).toMatch(/^Receipt Q \d{4}\/\d+ issued$/);
    const number = /Q \d{4}\/\d+/.exec(await text(laura, 'issued'))![0];
    // the installment now shows its receipt's number instead of the button
    await expect.poll(() => text(laura, 'installments-table')).toContain(number);
  });

  it('shows the billing dashboard: receivables by age, due and collected per month, insurers and the premium account', async () => {
    await laura.goto('/billing');
    await laura.getByTestId('receivables-by-age').waitFor();
    expect(await laura.getByTestId('due-collected').locator('tbody tr').count()).toBe(12);
    expect(await laura.getByTestId('premium-by-insurer').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshotAndCheckA11y(laura, 'billing-dashboard');
    expect(pageErrors).toEqual([]);
  });
});
