import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type GqlClient, type TestPlatform } from './support/platform';
import { choose, english } from './support/clients';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';

/**
 * Consents in the browser (issue #11): an agent records a client's consents on the staff screen
 * (e-consent, privacy notice, marketing and a newsletter form), withdraws the marketing consent,
 * publishes a new version of the newsletter form and finds the client in the pending list; the
 * record's PDF opens.
 */
let t: TestPlatform;
let browser: Browser;
let marco: Page;
let api: GqlClient;
let clientId: string;
let newsId: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  t = await startE2EPlatform();
  api = await apiAs(t, USERS.rossiAgent);
  clientId = (await createClient(api, italianPerson())).id;
  const form = await api.ok(`mutation($input: CreateConsentFormInput!) { createConsentForm(input: $input) { id } }`, {
    input: { code: 'NEWS', kind: 'MARKETING', draft: { title: [{ lang: 'it', text: 'Newsletter' }, { lang: 'en', text: 'Newsletter' }], body: [{ lang: 'it', text: 'La nostra newsletter mensile.' }], clauses: [{ key: 'newsletter', required: false, text: [{ lang: 'it', text: 'Voglio la newsletter.' }, { lang: 'en', text: 'I want the newsletter.' }] }] } },
  });
  newsId = form.createConsentForm.id;
  await api.ok(`mutation($id: ID!) { publishConsentForm(formId: $id) { id } }`, { id: newsId });
  browser = await launchBrowser();
  marco = (await newPerson(browser, t.url)).page;
  marco.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(marco, USERS.rossiAgent);
  await english(marco);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const records = (page: Page) => page.getByTestId('consent-record');

describe('consents: staff-assisted acceptance, withdrawal, a new version and the pending list', () => {
  it('records the answers the client gives on the staff screen, every clause answered, and shows the stamped chain', async () => {
    await marco.goto(`/clients/${clientId}?tab=consents`);
    await marco.getByTestId('client-consents').waitFor();
    await marco.getByTestId('record-consents').click();
    const dialog = marco.getByRole('dialog');
    for (const code of ['ECONSENT', 'PRIVACY', 'MARKETING', 'NEWS']) await dialog.getByRole('switch', { name: new RegExp(`^${code} —`) }).check({ force: true });
    // nothing is pre-ticked: recording with an unanswered clause is stopped
    await dialog.getByTestId('record-submit').click();
    await dialog.getByTestId('record-unanswered').waitFor();
    for (const clause of await dialog.getByTestId('record-clause').all()) {
      const key = await clause.getAttribute('data-key');
      await clause.getByRole('checkbox', { name: key === 'claims_experts' || key === 'marketing_phone' ? 'No' : 'Yes' }).check({ force: true });
    }
    await dialog.getByTestId('record-submit').click();
    await expect.poll(() => records(marco).count(), { timeout: 20_000 }).toBe(4);
    expect(await records(marco).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}:${e.getAttribute('data-decision')}`))).toEqual([
      'ECONSENT:ACCEPTED', // the agreement to collect electronically comes first in the chain
      'MARKETING:ACCEPTED',
      'NEWS:ACCEPTED',
      'PRIVACY:ACCEPTED',
    ]);
    expect(await marco.getByTestId('consent-stamp').first().textContent()).toMatch(/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2} \S+@example\.it agenzia@rossi-assicurazioni\.example/);
    expect(await marco.getByTestId('consent-chain-status').getAttribute('data-ok')).toBe('true');
    await screenshotAndCheckA11y(marco, 'consents-client-tab');
  });

  it('withdraws the marketing consent as a new record, as easily as it was given', async () => {
    await marco.locator('[data-testid="consent-record"][data-code="MARKETING"]').getByTestId('consent-withdraw').click();
    await marco.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await expect.poll(() => records(marco).count(), { timeout: 20_000 }).toBe(5);
    expect(await records(marco).last().getAttribute('data-decision')).toBe('WITHDRAWN');
    expect(await records(marco).last().getAttribute('data-code')).toBe('MARKETING');
    expect(await marco.getByTestId('consent-chain-status').getAttribute('data-ok')).toBe('true');
  });

  it('records the delivery of Allegato 3 by e-mail, with the version delivered', async () => {
    await marco.getByTestId('record-delivery').click();
    await choose(marco, 'delivery-form', /^ALL3 —/);
    await marco.getByTestId('delivery-submit').click();
    await expect.poll(() => records(marco).count(), { timeout: 20_000 }).toBe(6);
    const last = records(marco).last();
    expect([await last.getAttribute('data-code'), await last.getAttribute('data-decision')]).toEqual(['ALL3', 'DELIVERED']);
    expect(await last.textContent()).toContain('ALL3 v1');
  });

  it('opens the PDF of a record', async () => {
    const href = await marco.getByTestId('consent-pdf').first().getAttribute('href');
    expect(href).toMatch(/^\/files\/documents\/[0-9a-f-]{36}$/);
    const res = await marco.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('publishes a new version of the newsletter form, and the client appears in its pending list', async () => {
    await marco.goto('/consents/forms');
    const row = marco.locator('[data-testid="consent-form-row"][data-code="NEWS"]');
    await row.getByTestId('edit-draft').click();
    const editor = marco.getByRole('dialog');
    await editor.getByTestId('draft-body').fill('La nostra newsletter mensile, ora anche via SMS.');
    await editor.getByTestId('draft-save').click();
    await row.getByTestId('publish').click();
    await marco.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await expect.poll(async () => (await row.getByTestId('form-version').textContent()) ?? '', { timeout: 10_000 }).toContain('Version 2');
    await marco.goto('/consents/pending');
    await marco.getByTestId('pending-form').click();
    await marco.getByRole('option', { name: /^NEWS v2/ }).click();
    await marco.getByTestId('pending-list').waitFor();
    const rows = marco.getByTestId('pending-row');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-client')))).toEqual([clientId]);
    expect(await rows.first().textContent()).toContain('Esposito');
    await screenshotAndCheckA11y(marco, 'consents-pending');
    // the card shows it too
    await marco.goto(`/clients/${clientId}?tab=consents`);
    expect(await marco.getByTestId('client-consents-pending').textContent()).toContain('NEWS');
    expect(pageErrors).toEqual([]);
  });
});
