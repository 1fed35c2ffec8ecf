import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { english } from './support/clients';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { invitedOnPhone } from './support/portal';

/** PO-6: staff start a thread from the client card's "Portal messages" tab (portal:edit); staff with portal:view only read. */

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

describe('staff start a portal thread from the client card', () => {
  it('staff start a thread in the Portal messages tab (empty fields refused on each field), the client sees it on the portal at phone size and answers, staff see the answer', async () => {
    const client = await invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email: 'staff.thread.phone@example.com', grantName: 'Staff thread on a phone', name: 'Cliente Avvisato' });

    const { page, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await english(page);
    await page.goto(`/clients/${clientId}`);
    await page.getByTestId('tab-portalMessages').click();
    const form = page.getByTestId('client-portal-new-thread');
    await form.waitFor();
    expect(await page.getByTestId('client-portal-thread').count()).toBe(0);
    // nothing filled: both fields refused by the server, nothing started
    await form.getByTestId('client-portal-new-send').click();
    await expect.poll(() => form.getByText('Required.').count()).toBe(2);
    expect(await page.getByTestId('client-portal-thread').count()).toBe(0);
    await form.getByTestId('client-portal-new-subject').fill('Rinnovo della polizza auto');
    await form.getByTestId('client-portal-new-body').fill('La sua polizza auto si rinnova il mese prossimo: ci sono cambiamenti?');
    await form.getByTestId('client-portal-new-send').click();
    const thread = page.getByTestId('client-portal-thread');
    await thread.waitFor();
    expect(await thread.getByRole('heading').textContent()).toBe('Rinnovo della polizza auto');
    // nobody answered yet: sent, not "answered"
    expect(await thread.getByTestId('client-portal-thread-state').textContent()).toBe('Sent, no reply yet');
    expect(await thread.getByTestId('client-portal-message-meta').textContent()).toContain('(agency)');
    expect(await form.getByTestId('client-portal-new-subject').inputValue()).toBe('');
    await screenshot(page, 'portal-staff-thread-started');

    // the client reads it on the portal (phone) and answers
    await client.page.getByTestId('portal-nav-messages').click();
    const onPhone = client.page.getByTestId('portal-thread');
    await onPhone.waitFor();
    expect(await onPhone.textContent()).toContain('Rinnovo della polizza auto');
    expect(await onPhone.getByTestId('portal-message-agency').getByTestId('portal-message-body').textContent()).toBe('La sua polizza auto si rinnova il mese prossimo: ci sono cambiamenti?');
    await onPhone.getByTestId('portal-thread-reply-body').fill('Nessun cambiamento, grazie.');
    await onPhone.getByTestId('portal-thread-reply-send').click();
    await onPhone.getByTestId('portal-message-mine').waitFor();
    expect(await onPhone.getByTestId('portal-message-mine').getByTestId('portal-message-body').textContent()).toBe('Nessun cambiamento, grazie.');
    await screenshot(client.page, 'portal-staff-thread-phone-answered');
    expect(client.errors).toEqual([]);

    // staff see the client's answer, waiting for them
    await page.reload();
    await page.getByTestId('tab-portalMessages').click();
    await expect.poll(() => page.getByTestId('client-portal-message').count()).toBe(2);
    expect(await page.getByTestId('client-portal-message-body').nth(1).textContent()).toBe('Nessun cambiamento, grazie.');
    expect(await page.getByTestId('client-portal-thread-state').textContent()).toBe('Waiting for an answer');
    expect(errors).toEqual([]);
  });

  it('staff with portal view but not portal edit see the Portal messages tab and its threads but no reply or new-thread form, and the API refuses their reply with FORBIDDEN', async () => {
    await agent.ok('mutation($c: ID!, $s: String!, $b: String!) { startClientPortalThread(clientId: $c, subject: $s, body: $b) { id } }', { c: clientId, s: 'Documenti', b: 'Ci servono i documenti.' });
    const admin = await apiAs(t, USERS.rossiAdmin);
    const role = (await admin.ok('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Portal messages readers', rights: ['base:view', 'clients:view', 'portal:view'] } })).createRole;
    const members = (await admin.ok('{ users { id user { email } } }')).users as Array<{ id: string; user: { email: string } }>;
    await admin.ok('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: members.find((m) => m.user.email === USERS.rossiAccountant)!.id, r: role.id });

    const { page, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAccountant);
    await english(page);
    await page.goto(`/clients/${clientId}`);
    await page.getByTestId('tab-portalMessages').click();
    await page.getByTestId('client-portal-thread').first().waitFor();
    const subjects = await page.getByTestId('client-portal-thread').getByRole('heading').allTextContents();
    expect(subjects).toEqual(expect.arrayContaining(['Documenti', 'Rinnovo della polizza auto']));
    expect(await page.getByTestId('client-portal-reply-form').count()).toBe(0);
    expect(await page.getByTestId('client-portal-new-thread').count()).toBe(0);
    await screenshot(page, 'portal-staff-thread-viewer');

    const threadId = (await agent.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { id } }', { c: clientId })).clientPortalThreads[0].id;
    const refused = await gqlFromPage(page, 'mutation($t: ID!, $b: String!) { replyPortalThread(threadId: $t, body: $b) { id } }', { t: threadId, b: 'I may only read.' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const started = await gqlFromPage(page, 'mutation($c: ID!, $s: String!, $b: String!) { startClientPortalThread(clientId: $c, subject: $s, body: $b) { id } }', { c: clientId, s: 'x', b: 'y' });
    expect(started.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await agent.ok('query($c: ID!) { clientPortalThreads(clientId: $c) { messages { body } } }', { c: clientId })).clientPortalThreads.flatMap((x: { messages: Array<{ body: string }> }) => x.messages.map((m) => m.body))).not.toContain('I may only read.');
    expect(errors).toEqual([]);
  });
});
