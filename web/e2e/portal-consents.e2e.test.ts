import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { PHONE, PORTAL_PASSWORD, invitedOnPhone } from './support/portal';

/** Consents on the portal (issue #12 item 3, CN-5), on a phone: give, download the stamped PDF, answer a changed form at login, withdraw. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let clientId: string;
const email = 'consents.phone@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  clientId = (await createClient(agent, italianPerson())).id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

/** Staff grant the client's card to `email`; the person accepts the invitation on a phone. */
const invited = () => invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email, grantName: 'Consents on a phone', name: 'Cliente Consensi' });

/** Answers every clause of a form on the consents page (yes, or no for the optional ones when `yes` is false). */
async function answerForm(page: Page, code: string, yes = true): Promise<void> {
  const card = page.getByTestId(`portal-consent-form-${code}`);
  if (!(await card.getByTestId('portal-consent-submit').count())) await card.getByTestId('portal-consent-answer').click();
  const radios = card.locator('[role="radiogroup"]');
  for (let i = 0; i < (await radios.count()); i++) {
    const group = radios.nth(i);
    const required = ((await group.textContent()) ?? '').includes('Required');
    await group.locator(`input[value="${yes || required ? 'yes' : 'no'}"]`).check();
  }
  await card.getByTestId('portal-consent-submit').click();
  await card.getByTestId('portal-consent-withdraw').or(card.getByText('Refused')).first().waitFor();
}

describe('consents on the portal (phone)', () => {
  it('gives the e-consent and the privacy consent, sees the stamped records and downloads the PDF of a record', async () => {
    const { page, errors } = await invited();
    await page.getByTestId('portal-client-consents').first().click();
    await page.getByTestId('portal-consents').waitFor();
    expect(await page.getByTestId('portal-consent-record').count()).toBe(0);
    await answerForm(page, 'ECONSENT');
    await answerForm(page, 'PRIVACY');
    const records = page.getByTestId('portal-consent-record');
    await expect.poll(() => records.count(), { timeout: 20_000 }).toBe(2);
    const stamp = (await records.first().getByTestId('portal-consent-stamp').textContent()) ?? '';
    expect(stamp).toMatch(/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}/);
    expect(stamp).toContain('@example.it');
    await screenshot(page, 'portal-consents-phone');
    const [download] = await Promise.all([page.waitForEvent('download'), records.first().getByTestId('portal-consent-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^consent-PRIVACY-v\d+-2\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const su = await t.superuser();
    try {
      const audit = await su.query(`select channel, user_email from audit_event where entity_type = 'StoredDocument' and action = 'download' order by seq desc limit 1`);
      expect(audit.rows).toEqual([{ channel: 'portal', user_email: email }]);
    } finally {
      await su.end();
    }
    expect(errors).toEqual([]);
  });

  it('presents at sign-in only the form changed since the last acceptance, shows what changed, answers it, and withdraws a consent in one click', async () => {
    // the agency publishes a new privacy notice
    const forms = await agent.ok('{ consentForms { id code } }');
    const privacy = forms.consentForms.find((f: { code: string }) => f.code === 'PRIVACY');
    await agent.ok('mutation($id: ID!, $input: ConsentDraftInput!) { saveConsentDraft(formId: $id, input: $input) { id } }', {
      id: privacy.id,
      input: {
        title: [{ lang: 'it', text: 'Informativa privacy 2' }],
        body: [{ lang: 'it', text: 'Trattiamo anche i dati dei sinistri per la liquidazione.' }],
        clauses: [{ key: 'processing', required: true, text: [{ lang: 'it', text: 'Acconsento al trattamento dei dati.' }] }],
      },
    });
    await agent.ok('mutation($id: ID!) { publishConsentForm(formId: $id) { id } }', { id: privacy.id });

    const { page, errors } = await newPerson(browser, t.url, { viewport: PHONE });
    await page.goto('/portal/sign-in?company=ROSSI');
    await page.getByTestId('portal-email').fill(email);
    await page.getByTestId('portal-password').fill(PORTAL_PASSWORD);
    await page.getByTestId('portal-sign-in-submit').click();
    const pending = page.getByTestId('portal-pending-forms');
    await pending.waitFor();
    const text = (await pending.textContent()) ?? '';
    // the form by its new version's title (given in Italian only), not by its code
    expect(text).toContain('Informativa privacy 2');
    expect(text).not.toContain('PRIVACY');
    await screenshot(page, 'portal-consents-pending-phone');
    await pending.getByTestId('portal-pending-answer').click();
    const card = page.getByTestId('portal-consent-form-PRIVACY');
    await card.getByTestId('portal-consent-changes').waitFor();
    expect(await card.getByTestId('portal-consent-changes').textContent()).toContain('Trattiamo anche i dati dei sinistri');
    await answerForm(page, 'PRIVACY');
    await expect.poll(() => page.getByTestId('portal-consent-pending').count(), { timeout: 20_000 }).toBe(0);
    const records = page.getByTestId('portal-consent-record');
    await expect.poll(() => records.count(), { timeout: 20_000 }).toBe(3);
    // withdrawing is as easy as giving: one click, a new stamped record
    await card.getByTestId('portal-consent-withdraw').click();
    await expect.poll(() => records.count(), { timeout: 20_000 }).toBe(4);
    expect(await records.first().textContent()).toContain('Withdrawn');
    expect(await card.getByTestId('portal-consent-withdraw').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to home' }).click();
    await page.getByTestId('portal-home').waitFor();
    await expect.poll(() => page.getByTestId('portal-pending-forms').count(), { timeout: 20_000 }).toBe(0);
    expect(errors).toEqual([]);
  });
});
