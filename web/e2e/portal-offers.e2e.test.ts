import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { LAURA, CREATE_OFFER, answers, motorDesign, productIn, rossiSetup } from '../../server/test/products-helpers.js';
import { invitedOnPhone } from './support/portal';
import { makeFormatters } from '../src/i18n/format';
import { formatMoney } from '../src/i18n/money';

/**
 * Issue #12 items 5 and 8 on a phone: an offer the agency made without an on-line request (at the counter,
 * on the phone) reaches the client's portal too, with its premium in the agency's currency and its dates in
 * the reader's language, and its PDF downloads; a client without offers says so.
 */
let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let withOffer: { id: string; displayName: string };
let without: { id: string; displayName: string };
let offer: { id: string; premiumGross: string; validUntil: string; requestId: string | null };
const email = 'offers.phone@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  withOffer = (await createClient(agent, italianPerson())) as { id: string; displayName: string };
  without = (await createClient(agent, italianPerson())) as { id: string; displayName: string };
  const giulia = await apiAs(t, USERS.rossiAdmin);
  const refs = await rossiSetup(giulia, 'POFE2E');
  const product = await productIn(giulia, await apiAs(t, LAURA), refs, 'PORTAL-OFFERS', 'PUBLISHED', motorDesign({ names: { en: 'Counter Motor', it: 'Auto Sportello' } }));
  offer = (
    await agent.ok(CREATE_OFFER, {
      input: { clientId: withOffer.id, versionId: product.versionId, answers: answers({ driverAge: '30', powerKw: '100', usage: 'private', claimsFree: 'true' }) },
    })
  ).createOffer;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

describe('offers on the portal (phone)', () => {
  it('shows an offer made without a request under its client, premium in euro and dates in English, and downloads its PDF; a client without offers says so', async () => {
    expect(offer.requestId).toBeNull();
    const { page, errors } = await invitedOnPhone({ browser, t, mail, agent, clientIds: [withOffer.id, without.id], email, grantName: 'Offers on a phone', name: 'Cliente Offerte' });
    const clients = page.getByTestId('portal-client');
    const order = [await clients.nth(0).textContent(), await clients.nth(1).textContent()];
    const offerIndex = order.findIndex((text) => text?.includes(withOffer.displayName));
    expect(offerIndex).toBeGreaterThanOrEqual(0);
    await page.getByTestId('portal-client-offers-toggle').nth(offerIndex).click();
    const shown = page.getByTestId('portal-client-offer');
    await shown.waitFor();
    expect(await shown.count()).toBe(1);
    expect(await shown.textContent()).toContain('Counter Motor');
    const en = makeFormatters('en');
    expect(await page.getByTestId('portal-client-offer-terms').textContent()).toBe(
      `Offer: ${formatMoney(offer.premiumGross, en.locale, 'EUR')} a year, valid until ${en.day(offer.validUntil)}`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('portal-client-offer-pdf').click()]);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('portal-client-offers-toggle').nth(1 - offerIndex).click();
    await page.getByTestId('portal-client-offers-none').waitFor();
    await screenshot(page, 'portal-offers-phone');
    expect(errors).toEqual([]);
  });
});
