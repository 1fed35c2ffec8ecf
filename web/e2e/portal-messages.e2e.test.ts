import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { english } from './support/clients';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { invitedOnPhone } from './support/portal';

/** PO-6: messages with the agency — the client writes on the portal (phone), staff answer from the client card's "Portal messages" tab. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let clientId: string;

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

describe('portal messages answered from the client card', () => {
  it('a client writes on the portal at phone size, staff answer in the Portal messages tab of the client card, and the client sees the answer', async () => {
    const client = await invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email: 'messages.phone@example.com', grantName: 'Messages on a phone', name: 'Cliente Messaggi' });
    await client.page.getByTestId('portal-nav-messages').click();
    await client.page.getByTestId('portal-messages').waitFor();
    // an empty message is refused on its field, nothing is sent
    await client.page.getByTestId('portal-thread-subject').fill('Nuova auto');
    await client.page.getByTestId('portal-thread-send').click();
    await client.page.getByTestId('portal-new-thread').getByText('Required.').or(client.page.getByTestId('portal-new-thread').getByText('Obbligatorio.')).first().waitFor();
    expect(await client.page.getByTestId('portal-thread').count()).toBe(0);
    await client.page.getByTestId('portal-thread-body').fill('Ho comprato una nuova auto: cosa vi serve?');
    await client.page.getByTestId('portal-thread-send').click();
    await client.page.getByTestId('portal-thread').first().waitFor();
    expect(await client.page.getByTestId('portal-message-mine').textContent()).toContain('Ho comprato una nuova auto');
    await screenshot(client.page, 'portal-messages-phone-sent');

    // staff: the card shows the tab with the thread waiting for an answer
    const { page, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await english(page);
    await page.goto(`/clients/${clientId}`);
    await page.getByTestId('tab-portalMessages').click();
    const thread = page.getByTestId('client-portal-thread');
    await thread.waitFor();
    expect(await thread.getByRole('heading').textContent()).toBe('Nuova auto');
    expect(await thread.getByTestId('client-portal-thread-state').textContent()).toBe('Waiting for an answer');
    expect(await thread.getByTestId('client-portal-message-meta').first().textContent()).toMatch(/^Cliente Messaggi \(client\) · .*\d{4}/);
    // an empty answer is refused on its field
    await thread.getByTestId('client-portal-reply-send').click();
    await thread.getByText('Required.').waitFor();
    expect(await thread.getByTestId('client-portal-message').count()).toBe(1);
    await thread.getByTestId('client-portal-reply-body').fill('Ci mandi il libretto di circolazione, grazie.');
    await thread.getByTestId('client-portal-reply-send').click();
    await expect.poll(() => thread.getByTestId('client-portal-message').count()).toBe(2);
    expect(await thread.getByTestId('client-portal-thread-state').textContent()).toBe('Answered');
    expect(await thread.getByTestId('client-portal-message-meta').nth(1).textContent()).toContain('(agency)');
    await screenshot(page, 'portal-messages-client-card');
    expect(errors).toEqual([]);

    // the client reads the answer on the portal
    await client.page.reload();
    const answer = client.page.getByTestId('portal-message-agency');
    await answer.waitFor();
    expect(await answer.getByTestId('portal-message-body').textContent()).toBe('Ci mandi il libretto di circolazione, grazie.');
    await screenshot(client.page, 'portal-messages-phone-answered');
    expect(client.errors).toEqual([]);
  });

  it('shows the Portal messages tab only to staff with portal view: the accountant does not see it', async () => {
    const { page } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAccountant);
    await english(page);
    await page.goto(`/clients/${clientId}`);
    await page.getByTestId('client-name').waitFor();
    await page.getByRole('tab').first().waitFor();
    expect(await page.getByTestId('tab-portalMessages').count()).toBe(0);
  });
});
