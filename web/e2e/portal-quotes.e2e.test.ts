import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { LAURA, CREATE_OFFER, answers, motorDesign, productIn, rossiSetup } from '../../server/test/products-helpers.js';
import { PHONE, invitedOnPhone } from './support/portal';
import { makeFormatters } from '../src/i18n/format';
import { formatMoney } from '../src/i18n/money';
import { PUBLISH, RECORD_CONSENTS, SAVE_DRAFT, answersFor, draft, formsByCode } from '../../server/test/consents-helpers.js';

/** Quote requests on the portal (issue #12 item 5, PO-4), on a phone: pick a product, confirm data and consents, answer, send, see it listed and its offer. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let clientId: string;
let birthDate: string;
let product: { productId: string; versionId: string };
const email = 'quotes.phone@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  const person = italianPerson();
  birthDate = person.birthDate;
  clientId = (await createClient(agent, person)).id;
  const giulia = await apiAs(t, USERS.rossiAdmin);
  const refs = await rossiSetup(giulia, 'PQE2E');
  product = await productIn(giulia, await apiAs(t, LAURA), refs, 'PORTAL-PHONE', 'PUBLISHED', motorDesign({ names: { en: 'Phone Motor', it: 'Auto Telefono' } }));
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

/** Staff grant the client's card to `email`; the person accepts the invitation on a phone. */
const invited = () => invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email, grantName: 'Quotes on a phone', name: 'Cliente Preventivi' });

describe('quote requests on the portal (phone)', () => {
  it('a client requests a quote — product, confirmed data and consents, answers (a wrong one shown on its question) — sees it listed as waiting, then the offer and its PDF', async () => {
    const { page, errors } = await invited();
    await page.getByTestId('portal-nav-quotes').click();
    await page.getByTestId('portal-quotes').waitFor();
    expect(await page.getByTestId('portal-quote').count()).toBe(0);
    await page.getByTestId('portal-quote-new').click();

    // 1. the product
    await page.getByLabel('Phone Motor').check();
    await page.getByTestId('portal-quote-next').click();
    // 2. the card's data and the consents, confirmed
    await page.getByTestId('portal-quote-data').waitFor();
    expect(await page.getByTestId('portal-quote-data').textContent()).toContain('@');
    // the birth date in the reader's language, never the raw ISO date
    expect(await page.getByTestId('portal-quote-data').textContent()).toContain(`Date of birth: ${makeFormatters('en').day(birthDate)}`);
    expect(await page.getByTestId('portal-quote-data').textContent()).not.toContain(birthDate);
    await page.getByTestId('portal-quote-consents').waitFor();
    expect(await page.getByTestId('portal-quote-next').isDisabled()).toBe(true);
    await page.getByTestId('portal-quote-confirm-data').check();
    await page.getByTestId('portal-quote-confirm-consents').check();
    await screenshot(page, 'portal-quote-confirm-phone');
    await page.getByTestId('portal-quote-next').click();
    // 3. the questionnaire: a driver too young first
    await page.getByTestId('portal-quote-q-driverAge').fill('12');
    await page.getByTestId('portal-quote-q-powerKw').fill('100');
    await page.getByTestId('portal-quote-q-usage').selectOption('private');
    await page.getByTestId('portal-quote-q-claimsFree-true').check();
    await page.getByTestId('portal-quote-next').click();
    // 4. review and send: refused, back on the question with its reason
    expect(await page.getByTestId('portal-quote-review').textContent()).toContain('Phone Motor');
    await page.getByTestId('portal-quote-note').fill('Seconda auto');
    // the send button's label sits in the middle of the button at phone size, level with "Back"
    expect(page.viewportSize()).toEqual(PHONE);
    expect(await page.getByTestId('portal-quote-send').textContent()).toBe('Send my request');
    await expectSendLabelCentred(page);
    await page.getByTestId('portal-quote-send').click();
    await page.getByText('Too low.').waitFor();
    expect(await countRequests()).toBe(0);
    await page.getByTestId('portal-quote-q-driverAge').fill('30');
    await page.getByTestId('portal-quote-next').click();
    await page.getByTestId('portal-quote-send').click();

    await page.getByTestId('portal-quote-sent').waitFor();
    const card = page.getByTestId('portal-quote');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Phone Motor');
    expect(await card.getByTestId('portal-quote-status').textContent()).toBe('Waiting');
    await screenshot(page, 'portal-quotes-phone');

    // staff see it in their queue, from the portal, on the client's card; they answer with an offer
    const queue = (await agent.ok('{ quoteRequests(statuses: [WAITING]) { id fromPortal note client { id } product { id } } }')).quoteRequests;
    const request = queue.find((q: { client: { id: string } | null }) => q.client?.id === clientId);
    expect(request).toEqual(expect.objectContaining({ fromPortal: true, note: 'Seconda auto', product: { id: product.productId } }));
    const offer = (await agent.ok(CREATE_OFFER, { input: { clientId, versionId: product.versionId, answers: answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' }), requestId: request.id } })).createOffer;
    await agent.ok('mutation($id: ID!, $o: [ID!]!) { answerQuoteRequest(id: $id, offerIds: $o) { status } }', { id: request.id, o: [offer.id] });

    await page.reload();
    await expect.poll(async () => card.getByTestId('portal-quote-status').textContent(), { timeout: 20_000 }).toBe('Answered');
    expect(await card.getByTestId('portal-quote-offer').textContent()).toContain(formatMoney(offer.premiumGross, makeFormatters('en').locale, 'EUR'));
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('portal-quote-offer-pdf').click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
  });
});

describe('pending re-consent first (CN-5, PO-2)', () => {
  /** Staff publish a new version of the marketing form, titled in Italian and English: the client's earlier answer is now pending. */
  const changeMarketing = async () => {
    const F = await formsByCode(agent);
    const d = draft('it', 'Consenso marketing 2026', 'Nuovo testo del consenso al marketing.', [{ key: 'email', required: false, text: 'Offerte via e-mail' }]);
    d.title.push({ lang: 'en', text: 'Marketing consent 2026' });
    await agent.ok(SAVE_DRAFT, { id: F.MARKETING.id, input: d });
    await agent.ok(PUBLISH, { id: F.MARKETING.id });
  };
  const clientWithConsents = async () => {
    const id = (await createClient(agent, italianPerson())).id;
    const F = await formsByCode(agent);
    await agent.ok(RECORD_CONSENTS, { input: { clientId: id, channel: 'STAFF_SCREEN', forms: [answersFor(F.ECONSENT.current), answersFor(F.MARKETING.current)] } });
    return id;
  };

  it('tells a client with a pending consent form at the first step of a quote request, naming the form by its title in the reader\'s language, with a link to the consents page', async () => {
    const changed = await clientWithConsents();
    await changeMarketing();
    const { page, errors } = await invitedOnPhone({ browser, t, mail, agent, clientIds: [changed], email: 'quotes.pending.first@example.com', grantName: 'Quotes with a pending form', name: 'Cliente Avvisata' });
    await page.getByTestId('portal-nav-quotes').click();
    await page.getByTestId('portal-quote-new').click();
    const told = page.getByTestId('portal-quote-pending-forms');
    await told.waitFor();
    expect(await page.getByTestId('portal-quote-step').textContent()).toContain('Step 1 of 4');
    expect(await told.getByTestId('portal-quote-pending-titles').textContent()).toBe('Before asking for a quote, answer the consent forms that have changed: Marketing consent 2026.');
    expect(await told.textContent()).not.toContain('MARKETING');
    // going on would only end in a refusal: the first step waits for the answer
    await page.getByLabel('Phone Motor').check();
    expect(await page.getByTestId('portal-quote-next').isDisabled()).toBe(true);
    await screenshot(page, 'portal-quote-pending-first-step-phone');
    await told.getByTestId('portal-quote-pending-link').click();
    await page.getByTestId('portal-consents').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portal/consents/${changed}`);
    expect(await countRequests(changed)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('refuses the quote request of a client whose consent form changed while the request was being filled, names the form by its title with a link to the consents page, and saves nothing', async () => {
    const changed = await clientWithConsents();
    const { page, errors } = await invitedOnPhone({ browser, t, mail, agent, clientIds: [changed], email: 'quotes.pending@example.com', grantName: 'Quotes with pending forms', name: 'Cliente In Attesa' });
    await page.getByTestId('portal-nav-quotes').click();
    await page.getByTestId('portal-quote-new').click();
    await page.getByLabel('Phone Motor').check();
    await page.getByTestId('portal-quote-next').click();
    await page.getByTestId('portal-quote-confirm-data').check();
    await page.getByTestId('portal-quote-confirm-consents').check();
    await page.getByTestId('portal-quote-next').click();
    await page.getByTestId('portal-quote-q-driverAge').fill('30');
    await page.getByTestId('portal-quote-q-powerKw').fill('100');
    await page.getByTestId('portal-quote-q-usage').selectOption('private');
    await page.getByTestId('portal-quote-q-claimsFree-true').check();
    await page.getByTestId('portal-quote-next').click();
    // meanwhile the agency publishes a new version of the marketing form
    await changeMarketing();
    await page.getByTestId('portal-quote-send').click();
    const refused = page.getByTestId('portal-quote-consents-pending');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Some consent forms have changed and wait for your answer (Marketing consent 2026)');
    await screenshot(page, 'portal-quote-consents-pending-phone');
    expect(await countRequests(changed)).toBe(0);
    await refused.getByTestId('portal-quote-consents-link').click();
    await page.getByTestId('portal-consents').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portal/consents/${changed}`);
    expect(errors).toEqual([]);
  });
});

/** The vertical middle of a button label's text (its glyph box), after any running transition of the button has ended or been cancelled. */
async function labelMiddle(page: Page, testId: string): Promise<{ text: number; button: number }> {
  const button = page.getByTestId(testId);
  await expect.poll(() => button.getAttribute('data-loading')).toBeNull();
  return button.evaluate(async (el) => {
    await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
    const label = el.querySelector('.mantine-Button-label')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { text: text.top + text.height / 2, button: box.top + box.height / 2 };
  });
}

/** "Send my request" at rest: its text level with the "Back" button's beside it and in the middle of its own button. */
async function expectSendLabelCentred(page: Page): Promise<void> {
  const send = await labelMiddle(page, 'portal-quote-send');
  const back = await labelMiddle(page, 'portal-quote-back');
  expect(Math.abs(send.text - back.text)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(send.text - send.button)).toBeLessThanOrEqual(1.5);
}

async function countRequests(ofClient = clientId): Promise<number> {
  const su = await t.superuser();
  try {
    return (await su.query(`select count(*)::int as n from quote_request where client_id = $1`, [ofClient])).rows[0].n;
  } finally {
    await su.end();
  }
}
