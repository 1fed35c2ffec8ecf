import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, type GqlClient, type TestPlatform } from './support/platform';
import { english } from './support/clients';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';

/** Issue #12 (PO-5, PO-6) in the staff app: editing an access grant — its name, its clients, what it shares — with the create form in edit mode. */

let t: TestPlatform;
let browser: Browser;
let agent: GqlClient;
let mother: { id: string; displayName: string };
let son: { id: string; displayName: string };
let grantId: string;
const GRANT = 'query { portalGrants { id name includeClaims commercialView shareStatuses clients { id } } }';
const grantNow = async () => (await agent.ok(GRANT)).portalGrants.find((g: { id: string }) => g.id === grantId);

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  const a = await createClient(agent, italianPerson());
  const b = await createClient(agent, italianPerson());
  mother = { id: a.id, displayName: a.displayName };
  son = { id: b.id, displayName: b.displayName };
  grantId = (await agent.ok('mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', { i: { name: 'Famiglia da modificare', clientIds: [mother.id, son.id] } })).createPortalGrant.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('editing a portal access grant', () => {
  it('staff rename a grant, remove one of its clients and include claims; an empty name is refused on the name field with nothing changed', async () => {
    const { page, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await english(page);
    await page.goto('/portal?tab=grants');
    const card = page.getByTestId('portal-grant').filter({ hasText: 'Famiglia da modificare' });
    await card.waitFor();
    await card.getByTestId('portal-grant-edit').click();
    const form = card.getByTestId('portal-edit-grant');
    await form.waitFor();
    expect(await form.getByTestId('portal-grant-edit-name').inputValue()).toBe('Famiglia da modificare');
    expect(await form.getByTestId('portal-grant-edit-clients').textContent()).toContain(son.displayName);

    // bad input: an empty name, refused on the field; the grant is unchanged
    await form.getByTestId('portal-grant-edit-name').fill(' ');
    await form.getByRole('button', { name: `Remove ${son.displayName}` }).click();
    await form.getByTestId('portal-grant-save').click();
    await expect.poll(() => form.textContent()).toContain('Required.');
    expect(await grantNow()).toEqual(expect.objectContaining({ name: 'Famiglia da modificare', includeClaims: false, clients: expect.arrayContaining([{ id: mother.id }, { id: son.id }]) }));

    await form.getByTestId('portal-grant-edit-name').fill('Famiglia ridotta');
    await form.getByTestId('portal-grant-edit-claims').check();
    await screenshot(page, 'portal-grant-edit');
    await form.getByTestId('portal-grant-save').click();
    const edited = page.getByTestId('portal-grant').filter({ hasText: 'Famiglia ridotta' });
    await edited.waitFor();
    await expect.poll(() => edited.getByTestId('portal-edit-grant').count()).toBe(0);
    expect(await edited.getByTestId('portal-grant-client-names').textContent()).toBe(mother.displayName);
    expect(await edited.getByTestId('portal-grant-shares').textContent()).toContain('Include claims');
    // the API reflects it: one client left, claims included, the other options kept
    expect(await grantNow()).toEqual({ id: grantId, name: 'Famiglia ridotta', includeClaims: true, commercialView: false, shareStatuses: ['POLICY'], clients: [{ id: mother.id }] });
    expect(errors).toEqual([]);
  });
});
