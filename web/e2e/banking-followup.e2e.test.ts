import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type GqlClient, type TestPlatform } from './support/platform';
import { english, fieldError, openTab } from './support/clients';
import { ROSSI_CREDITOR, SETTINGS, clientWithMandate } from '../../server/test/banking-helpers.js';
import { ISSUE } from '../../server/test/billing-helpers.js';
import { romeDay } from './support/calendar';

/**
 * Issue #14 follow-up in the browser: (a) a SEPA run that failed while booking (its file stored) is
 * resumed by the accountant with the run page's button and completes; (b) the Mandates tab's last-collection
 * control: the accountant marks a mandate, the next run collects it with FNAL and the mandate reads ended.
 * (c) the RiBa settings form shows the server's refusals through the shared `translatedFieldErrors`.
 * The booking failure is a real one: a trigger installed as the database superuser (as in the API test
 * banking-sepa-resume.test.ts) refuses the allocation of the running run's last collection, then is dropped.
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
let api: GqlClient;
const pageErrors: string[] = [];
const day = romeDay; // days on ROSSI's calendar, as the platform counts them
let debtor: Awaited<ReturnType<typeof clientWithMandate>>;

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
  // a ROSSI client with two issued receipts and a recurring mandate (set up through the API, as the server tests do)
  const [giulia, marco] = [await apiAs(t, USERS.rossiAdmin), await apiAs(t, USERS.rossiAgent)];
  api = await apiAs(t, USERS.rossiAccountant);
  await api.ok(SETTINGS, { input: ROSSI_CREDITOR });
  debtor = await clientWithMandate(giulia, marco, api, 'E2RSF', 2);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** Starts a run from the SEPA page and waits on its page until it is done or failed. */
async function runFromPage(collectionInDays: number): Promise<string> {
  await laura.goto('/billing/sepa');
  await laura.getByTestId('field-collectionDate').fill(day(collectionInDays));
  await laura.getByTestId('field-dueTo').fill(day(400));
  await laura.getByTestId('start-sepa-run').click();
  await laura.waitForURL(/\/billing\/sepa\/[0-9a-f-]{36}$/);
  await expect.poll(() => laura.getByTestId('sepa-run-status').getAttribute('data-status'), { timeout: 90_000 }).toMatch(/^(DONE|FAILED)$/);
  return (await laura.getByTestId('sepa-run-status').getAttribute('data-status'))!;
}

describe('SEPA: resuming a run that failed while booking, and a mandate’s last collection', () => {
  it('the accountant resumes a run that failed while booking with the run page’s button and sees it complete, the file offered', async () => {
    const su = await t.superuser();
    try {
      await su.query(`create function e2e_fail_last_collection() returns trigger language plpgsql as $$
        begin
          if new.receipt_id = (select i.receipt_id from bank_run_item i join bank_run r on r.company_id = i.company_id and r.id = i.run_id
                                where r.status = 'running' order by i.end_to_end_id desc limit 1) then
            raise exception 'forced failure while booking';
          end if;
          return new;
        end $$`);
      await su.query(`create trigger e2e_fail_last_collection before insert on payment_allocation for each row execute function e2e_fail_last_collection()`);
      expect(await runFromPage(5)).toBe('FAILED');
    } finally {
      await su.query(`drop trigger if exists e2e_fail_last_collection on payment_allocation`);
      await su.query(`drop function if exists e2e_fail_last_collection()`);
      await su.end();
    }
    // the page says why and that the booking can be resumed; no file is offered yet
    await expect.poll(() => laura.getByTestId('sepa-run-error').textContent()).toContain('forced failure while booking');
    await laura.getByTestId('sepa-run-resume-hint').waitFor();
    // not every collection is booked
    expect(Number(await laura.getByTestId('sepa-run-booked').textContent())).toBeLessThan(Number(await laura.getByTestId('sepa-run-total').textContent()));
    expect(await laura.getByTestId('download-sepa-file').count()).toBe(0);
    await screenshotAndCheckA11y(laura, 'banking-sepa-run-failed');

    await laura.getByTestId('resume-sepa-run').click();
    await expect.poll(() => laura.getByTestId('sepa-run-status').getAttribute('data-status'), { timeout: 90_000 }).toBe('DONE');
    expect((await laura.getByTestId('sepa-run-percent').textContent())?.trim()).toBe('100 %');
    await laura.getByTestId('download-sepa-file').waitFor();
    expect(await laura.getByTestId('resume-sepa-run').count()).toBe(0);
    expect(await laura.getByTestId('sepa-run-error').count()).toBe(0);
    // the client's first collection is in the run
    const mine = laura.getByTestId('collection-row').filter({ hasText: 'MND-E2RSF-1' });
    expect(await mine.count()).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('the accountant marks a collected mandate for its last collection on the Mandates tab; the next run collects it with FNAL and the mandate then reads ended', async () => {
    // two more receipts fall due
    for (const i of debtor.installments.slice(2, 4)) await api.ok(ISSUE, { id: i.id });
    await laura.goto(`/clients/${debtor.clientId}`);
    await openTab(laura, 'mandates', 'client-mandates');
    const row = laura.getByTestId('mandate-row').filter({ hasText: 'MND-E2RSF-1' });
    await row.getByTestId('mandate-mark-last').click();
    await expect.poll(() => row.getByTestId('mandate-last-marked').getAttribute('data-by')).toBe('DEBTOR');
    expect(await row.getByTestId('mandate-last-marked').textContent()).toContain('Last collection next run (ended by: debtor)');
    expect(await row.getByTestId('mandate-status').getAttribute('data-status')).toBe('ACTIVE');

    expect(await runFromPage(6)).toBe('DONE');
    // one receipt of the mandate collected, with FNAL
    const mine = laura.getByTestId('collection-row').filter({ hasText: 'MND-E2RSF-1' });
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('td').allTextContents()).toContain('FNAL · CORE');

    await laura.goto(`/clients/${debtor.clientId}`);
    await openTab(laura, 'mandates', 'client-mandates');
    const ended = laura.getByTestId('mandate-row').filter({ hasText: 'MND-E2RSF-1' });
    await expect.poll(() => ended.getByTestId('mandate-status').getAttribute('data-status')).toBe('ENDED');
    expect((await ended.getByTestId('mandate-status').textContent())?.trim()).toBe('Ended');
    expect(await ended.getByTestId('mandate-ended-note').textContent()).toBe('Ended with its last collection (FNAL).');
    expect(await ended.getByTestId('mandate-mark-last').count()).toBe(0);
    await screenshotAndCheckA11y(laura, 'banking-mandate-ended');
    expect(pageErrors).toEqual([]);
  });
});

describe('RiBa settings: the server’s refusals on their fields, translated', () => {
  it('shows each refused RiBa setting on its own field in words (RiBa’s own reason, the general IBAN and validation texts), never the server’s message, and saves nothing', async () => {
    const SETTINGS_NOW = '{ ribaSettings { siaCode iban taxId } }';
    const before = await api.ok(SETTINGS_NOW);
    await laura.goto('/billing/riba');
    await laura.getByTestId('riba-settings-form').waitFor();
    await laura.getByTestId('riba-field-siaCode').fill('A1');
    await laura.getByTestId('riba-field-iban').fill('IT61X0542811101000000123456');
    await laura.getByTestId('riba-field-taxId').fill('123');
    await laura.getByTestId('save-riba-settings').click();
    await expect.poll(() => fieldError(laura, 'riba-field-iban')).toBe('Not a valid IBAN (check digits).');
    expect(await fieldError(laura, 'riba-field-siaCode')).toBe('Not valid');
    expect(await fieldError(laura, 'riba-field-taxId')).toBe('Not valid');
    // a foreign account: RiBa's own reason
    // an empty SIA code: required — said as such, not as another form's reason
    await laura.getByTestId('riba-field-siaCode').fill('');
    await laura.getByTestId('save-riba-settings').click();
    await expect.poll(() => fieldError(laura, 'riba-field-siaCode')).toBe('Required');

    await laura.getByTestId('riba-field-siaCode').fill('A1B2C');
    await laura.getByTestId('riba-field-iban').fill('DE89370400440532013000');
    await laura.getByTestId('riba-field-taxId').fill('');
    await laura.getByTestId('save-riba-settings').click();
    await expect.poll(() => fieldError(laura, 'riba-field-iban')).toBe('An Italian IBAN is needed: ABI and CAB are read from it.');
    expect(await fieldError(laura, 'riba-field-siaCode')).toBe('');
    expect(await laura.getByTestId('riba-settings-saved').count()).toBe(0);
    expect(await api.ok(SETTINGS_NOW)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});
