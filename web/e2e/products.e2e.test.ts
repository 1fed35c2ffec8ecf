import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type TestPlatform } from './support/platform';
import { choose, english, fieldError } from './support/clients';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';

/**
 * Products in the browser (issue #10, PR-1, PR-2, CL-4): the administrator designs a motor product
 * and submits it; she cannot approve her own version (four eyes); a second person holding
 * products:approve approves it; it is tried in test mode (quotes marked TEST), published, a client is
 * quoted, the offer saved on the card, accepted and turned into a policy.
 */
let t: TestPlatform;
let browser: Browser;
let giulia: Page; // ROSSI administrator: the designer
let laura: Page; // ROSSI accountant, made product approver for this test
let clientName: string;
let productUrl: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  t = await startE2EPlatform();
  const api = await apiAs(t, USERS.rossiAdmin);
  const role = await api.ok(`mutation { createRole(input: { name: "Product approvers", rights: ["products:view", "products:approve", "clients:view"] }) { id } }`);
  const members = await api.ok(`{ users { id user { email } } }`);
  const lauraId = members.users.find((m: { user: { email: string } }) => m.user.email === USERS.rossiAccountant).id;
  await api.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: lauraId, r: role.createRole.id });
  clientName = (await createClient(api, italianPerson())).displayName;
  browser = await launchBrowser();
  giulia = (await newPerson(browser, t.url)).page;
  laura = (await newPerson(browser, t.url)).page;
  for (const p of [giulia, laura]) p.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
  await english(giulia);
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** The machine is shared and slow at times: a page may take a while to show the server's answer. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 250 });
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const status = (page: Page) => page.getByTestId('version-status').getAttribute('data-status');
async function answer(page: Page, age: string, claimsFree: boolean) {
  await page.getByTestId('answer-age').fill(age);
  await page.getByTestId(claimsFree ? 'answer-claimsFree-yes' : 'answer-claimsFree-no').check();
}

describe('products: design, four eyes, test mode, publication, offer to policy', () => {
  it('designs a product with typed questions, a condition and rating rules; a rule naming an unknown question is refused when saved', async () => {
    await giulia.goto('/products/new');
    await giulia.getByTestId('product-code').fill('e2e-auto');
    await choose(giulia, 'product-line', 'RC Auto');
    await giulia.getByTestId('product-insurer').click();
    await giulia.getByRole('option').first().click();
    await giulia.getByTestId('design-name-en').fill('E2E Motor');
    await giulia.getByTestId('design-name-it').fill('Auto E2E');
    // three questions: age (number 18–99), no claims (yes/no), how many (only when "no")
    await giulia.getByTestId('add-question').click();
    const q = giulia.getByTestId('design-question');
    await q.nth(0).getByTestId('question-key').fill('age');
    await giulia.getByTestId('question-label-0-en').fill('Age of the driver');
    await q.nth(0).getByTestId('question-min').fill('18');
    await q.nth(0).getByTestId('question-max').fill('99');
    await giulia.getByTestId('add-question').click();
    await q.nth(1).getByTestId('question-key').fill('claimsFree');
    await q.nth(1).getByTestId('question-type').click();
    await giulia.getByRole('option', { name: 'Yes / no' }).click();
    await giulia.getByTestId('question-label-1-en').fill('No claims in 5 years?');
    await giulia.getByTestId('add-question').click();
    await q.nth(2).getByTestId('question-key').fill('claims');
    await giulia.getByTestId('question-label-2-en').fill('How many claims?');
    await q.nth(2).getByTestId('question-showWhen').click();
    await giulia.getByRole('option', { name: 'claimsFree' }).click();
    await q.nth(2).getByTestId('question-anyOf').fill('false');
    // rules: base 300, age band 18–25 ×1.5, a 10 % no-claims discount
    await giulia.getByTestId('rating-base').fill('300.00');
    await giulia.getByTestId('add-factor').click();
    const f = giulia.getByTestId('design-factor').first();
    await f.getByTestId('factor-key').fill('ageFactor');
    await giulia.getByTestId('factor-label-0-en').fill('Driver age');
    await f.getByTestId('factor-question').click();
    await giulia.getByRole('option', { name: 'age', exact: true }).click();
    await f.getByTestId('band-from').fill('18');
    await f.getByTestId('band-to').fill('25');
    await f.getByTestId('band-multiplier').fill('1.5');
    await giulia.getByTestId('add-adjustment').click();
    const a = giulia.getByTestId('design-adjustment').first();
    await a.getByTestId('adjustment-key').fill('bonus');
    await giulia.getByTestId('adjustment-label-0-en').fill('No-claims discount');
    await a.getByTestId('adjustment-kind').click();
    await giulia.getByRole('option', { name: 'Discount' }).click();
    await a.getByTestId('adjustment-percent').fill('10');
    await a.getByTestId('adjustment-when').fill('{"==": [{"var": "shoeSize"}, true]}');
    await giulia.getByTestId('create-product').click();
    await eventually(() => fieldError(giulia, 'adjustment-when')).toBe('Refers to an unknown question');
    expect(giulia.url()).toContain('/products/new');
    await a.getByTestId('adjustment-when').fill('{"==": [{"var": "claimsFree"}, true]}');
    await giulia.getByTestId('create-product').click();
    await giulia.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    productUrl = new URL(giulia.url()).pathname;
    await eventually(() => status(giulia)).toBe('DRAFT');
    await screenshotAndCheckA11y(giulia, 'products-draft');
  });

  it('previews the draft as the client sees it: the conditional question appears only after "no"; the premium is marked TEST', async () => {
    await giulia.getByTestId('tab-quote').click();
    await giulia.getByTestId('answer-age').waitFor();
    expect(await giulia.getByTestId('answer-claims').count()).toBe(0);
    await answer(giulia, '30', false);
    await giulia.getByTestId('answer-claims').fill('0');
    await answer(giulia, '30', true);
    expect(await giulia.getByTestId('answer-claims').count()).toBe(0);
    await giulia.getByTestId('rate').click();
    // 300.00, no age loading, −10 % = 270.00; Italian motor liability tax 23 % = 62.10
    await eventually(() => text(giulia, 'breakdown-total')).toBe('332.10');
    expect(await text(giulia, 'breakdown-net')).toBe('270.00');
    await giulia.getByTestId('breakdown-test').waitFor();
  });

  it('submits; the author is offered no approval (four eyes) and the approver approves', async () => {
    await giulia.getByTestId('move-SUBMITTED').click();
    await eventually(() => status(giulia)).toBe('SUBMITTED');
    expect(await giulia.getByTestId('move-APPROVED').count()).toBe(0);
    await laura.goto(productUrl);
    await laura.getByTestId('move-APPROVED').click();
    await eventually(() => status(laura)).toBe('APPROVED');
    expect(await text(laura, 'version-people')).toContain('Laura');
  });

  it('puts the version in test mode (designer): every quote is marked TEST', async () => {
    await giulia.reload();
    await giulia.getByTestId('move-TEST').click();
    await eventually(() => status(giulia)).toBe('TEST');
    await giulia.getByTestId('tab-quote').click();
    await answer(giulia, '22', true);
    await giulia.getByTestId('rate').click();
    // 300 × 1.5 = 450.00, −10 % = 405.00, tax 93.15
    await eventually(() => text(giulia, 'breakdown-total')).toBe('498.15');
    await giulia.getByTestId('breakdown-test').waitFor();
  });

  it('publishes (approver), quotes a client, saves the offer on the card, accepts it and turns it into a policy', async () => {
    await laura.reload();
    await laura.getByTestId('move-PUBLISHED').click();
    await eventually(() => status(laura)).toBe('PUBLISHED');
    await giulia.reload();
    await giulia.getByTestId('tab-quote').click();
    await answer(giulia, '22', false);
    await giulia.getByTestId('answer-claims').fill('2');
    await giulia.getByTestId('rate').click();
    await eventually(() => text(giulia, 'breakdown-total')).toBe('553.50'); // 450.00 + 23 % tax
    expect(await giulia.getByTestId('breakdown-test').count()).toBe(0);
    const picker = giulia.getByTestId('offer-client');
    await picker.fill(clientName);
    await giulia.getByTestId('picker-option').filter({ hasText: clientName }).first().click();
    await giulia.getByTestId('save-offer').click();
    await giulia.waitForURL(/\/clients\/[0-9a-f-]{36}\?tab=offers/);
    const row = giulia.getByTestId('offer-row').first();
    await eventually(() => row.getByTestId('offer-premium').textContent()).toBe('553.50');
    expect(await row.getByTestId('offer-state').getAttribute('data-state')).toBe('OFFERED');
    await screenshotAndCheckA11y(giulia, 'products-offers-tab');
    await row.getByTestId('offer-accept').click();
    await eventually(() => row.getByTestId('offer-state').getAttribute('data-state')).toBe('APPLICATION');
    await row.getByTestId('offer-to-policy').click();
    await giulia.getByTestId('policy-number').fill('E2E-POL-1');
    await giulia.getByTestId('policy-coverStart').fill('2026-12-01');
    await giulia.getByTestId('policy-coverEnd').fill('2027-11-30');
    await giulia.getByTestId('issue-policy').click();
    await eventually(() => row.getByTestId('offer-state').getAttribute('data-state')).toBe('POLICY');
    expect(await text(giulia, 'offer-policy')).toBe('E2E-POL-1');
  });

  it('answers a waiting quote request from the queue: its answers and client prefilled, the offer saved and the request answered', async () => {
    await giulia.goto('/products/requests');
    await giulia.getByTestId('request-row').first().waitFor();
    const waiting = await giulia.getByTestId('request-row').count();
    await giulia.getByTestId('request-quote').first().click();
    await giulia.getByTestId('rate').click();
    // the demo request: driver 34, 85 kW, private, no claims → 400.00 − 10 % = 360.00 + 23 % tax
    await eventually(() => text(giulia, 'breakdown-total')).toBe('442.80');
    expect(await giulia.getByTestId('offer-client').inputValue()).not.toBe('');
    await giulia.getByTestId('save-offer').click();
    await giulia.waitForURL(/\/products\/requests$/);
    await eventually(() => giulia.getByTestId('request-row').count()).toBe(waiting - 1);
  });

  it('raised no error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
