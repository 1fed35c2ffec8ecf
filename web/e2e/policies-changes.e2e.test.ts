import { describe, expect, it, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { gqlFromPage, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS } from './support/platform';
import { english, fieldError } from './support/clients';
import { signedInSuite } from './support/suite';
import { romeDay } from './support/calendar';

/**
 * Endorsements, renewals, insured objects and vehicles in the browser (issue #9 items 3, 4, 5, 7): an
 * agent endorses a policy, renews it from the renewals page, adds a vehicle on the client card and links
 * it to the motor policy, finds the client by the plate; the accountant sees none of those controls.
 */
const s = signedInSuite(USERS.rossiAgent);
let marco: Page;
let clientId: string;
let policyId: string;

const NUMBER = 'E2E/MOTOR/1';
const day = romeDay; // days on ROSSI's calendar, as the platform counts them

async function ok<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = (await gqlFromPage(page, query, variables)) as { data?: T; errors?: unknown };
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

interface Row {
  gross: string;
  paid: boolean;
  due: string;
}
async function scheduleOnPage(page: Page): Promise<Row[]> {
  await page.getByTestId('policy-tab-installments').click();
  await page.getByTestId('installments').waitFor();
  return page.getByTestId('installment-row').evaluateAll((els) =>
    els.map((e) => ({ gross: e.getAttribute('data-gross') ?? '', paid: e.querySelector('td:last-child')?.textContent === 'Paid', due: e.querySelectorAll('td')[1]?.textContent ?? '' })),
  );
}

beforeAll(async () => {
  marco = s.page;
  clientId = (await ok<{ createClient: { id: string } }>(marco, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { kind: 'PERSON', firstName: 'Veicolo', lastName: 'Appendice', noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
  })).createClient.id;
  const ref = await ok<{ insurers: Array<{ id: string }>; linesOfBusiness: Array<{ id: string; code: string }> }>(marco, '{ insurers { id } linesOfBusiness { id code } }');
  const motor = ref.linesOfBusiness.find((l) => l.code === 'MOTOR_LIABILITY')!;
  // a quarterly motor policy whose year ends in 20 days: due for renewal within 30 days
  policyId = (await ok<{ createPolicy: { id: string } }>(marco, 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { id } }', {
    i: {
      number: NUMBER, clientId, insurerId: ref.insurers[0].id, lineId: motor.id, status: 'POLICY',
      coverStart: day(20 - 364), coverEnd: day(20), premiumNet: '1000.00', premiumTaxes: '200.00', premiumGross: '1200.00', paymentFrequency: 'QUARTERLY',
    },
  })).createPolicy.id;
  // billing marked the first installment paid
  const su = await s.t.superuser();
  try {
    await su.query('update policy_installment set paid_at = now() where policy_id = $1 and seq = 1', [policyId]);
  } finally {
    await su.end();
  }
});

describe('policy changes in the web app', () => {
  it('lets an agent endorse a policy: a new version is listed and the schedule recomputed, paid rows unchanged', async () => {
    await marco.goto(`/policies/${policyId}`);
    const before = await scheduleOnPage(marco);
    expect(before).toHaveLength(4);
    expect(before[0].paid).toBe(true);

    await marco.getByTestId('policy-endorse').click();
    await marco.getByTestId('endorse-form').waitFor();
    // a reason is required; an effective date outside the cover is refused by the server on its field
    await marco.getByTestId('endorse-effectiveDate').fill(new Date(Date.now() + 400 * 86_400_000).toLocaleDateString('en-GB'));
    await marco.getByTestId('endorse-effectiveDate').press('Tab');
    await marco.getByTestId('endorse-reason').fill('Second driver added');
    await marco.getByTestId('endorse-premiumNetChange').fill('40');
    await marco.getByTestId('endorse-save').click();
    await expect.poll(() => fieldError(marco, 'endorse-effectiveDate')).not.toBe('');
    expect(await ok<{ policy: { versions: unknown[] } }>(marco, 'query($id: ID!) { policy(id: $id) { versions { id } } }', { id: policyId }).then((r) => r.policy.versions.length)).toBe(1);

    // effective in the last quarter (after the paid first installment)
    await marco.getByTestId('endorse-effectiveDate').fill(new Date(Date.now() - 30 * 86_400_000).toLocaleDateString('en-GB'));
    await marco.getByTestId('endorse-effectiveDate').press('Tab');
    await marco.getByTestId('endorse-save').click();
    await marco.getByTestId('endorse-form').waitFor({ state: 'detached' });

    const after = await scheduleOnPage(marco);
    expect(after[0]).toEqual(before[0]);
    const total = after.reduce((a, r) => a + BigInt(r.gross.replace('.', '')), 0n);
    expect(total).toBe(124000n); // 1200.00 + 40.00 net change, exactly
    expect(after.map((r) => r.gross)).not.toEqual(before.map((r) => r.gross));

    await marco.getByTestId('policy-tab-versions').click();
    await marco.getByTestId('policy-versions').waitFor();
    expect(await marco.getByTestId('version-row').count()).toBe(2);
    const newest = marco.getByTestId('version-row').first();
    expect(await newest.getAttribute('data-version')).toBe('2');
    expect(await newest.getByTestId('version-changes').textContent()).toContain('Net premium: €1,000.00 → €1,040.00');
    expect(await newest.getByTestId('version-who').textContent()).toContain('Marco');
    // the earlier version is readable: its terms as issued
    await marco.getByTestId('version-1').click();
    await expect.poll(() => marco.getByTestId('version-row').last().getByTestId('version-gross').textContent()).toBe('Gross premium: €1,200.00');
    await screenshotAndCheckA11y(marco, 'policy-versions');
  });

  it('lists the policy on the renewals page (30 days, insurer in the address) and renews it: the chain shows both ways', async () => {
    const { insurers } = await ok<{ insurers: Array<{ id: string }> }>(marco, '{ insurers { id } }');
    // another insurer in the address: not listed
    await marco.goto(`/policies/renewals?days=90&insurer=${insurers[1].id}`);
    await marco.getByTestId('renewals-count').waitFor();
    expect(await marco.getByTestId('renewal-link').filter({ hasText: NUMBER }).count()).toBe(0);
    await marco.goto(`/policies/renewals?days=90&insurer=${insurers[0].id}`);
    await marco.getByTestId('renewal-link').filter({ hasText: NUMBER }).waitFor();
    await marco.getByTestId('renewals-window').getByText('30 days').click();
    await expect.poll(() => new URL(marco.url()).searchParams.get('days')).toBe('30');
    const row = marco.getByTestId('table-row').filter({ hasText: NUMBER });
    await row.waitFor();
    await screenshotAndCheckA11y(marco, 'renewals-due');
    // on a phone: cards, each with its Renew action, nothing wider than the screen
    const phone = (await newPerson(s.browser, s.t.url, { viewport: { width: 390, height: 844 } })).page;
    await signIn(phone, USERS.rossiAgent);
    await english(phone);
    await phone.goto('/policies/renewals?days=30');
    const phoneCard = phone.getByTestId('renewal-card').filter({ hasText: NUMBER });
    await phoneCard.waitFor();
    expect(await phoneCard.getByTestId('policy-renew').count()).toBe(1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await phone.close();
    await row.getByTestId('policy-renew').click();
    await marco.getByTestId('renew-form').waitFor();
    await marco.getByTestId('renew-number').fill('E2E/MOTOR/2');
    await marco.getByTestId('renew-save').click();
    await marco.waitForURL((u) => /\/policies\/[0-9a-f-]{36}$/.test(u.pathname) && !u.pathname.endsWith(policyId));
    await expect.poll(() => marco.getByTestId('policy-number').textContent()).toBe('E2E/MOTOR/2');
    expect(await marco.getByTestId('policy-previous').textContent()).toBe(NUMBER);
    // the renewed policy links back; it is no longer offered for renewal, nor listed as due
    await marco.getByTestId('policy-previous').click();
    await marco.waitForURL(`**/policies/${policyId}`);
    await expect.poll(() => marco.getByTestId('policy-renewed-by').textContent()).toBe('E2E/MOTOR/2');
    expect(await marco.getByTestId('policy-renew').count()).toBe(0);
    await marco.goto('/policies/renewals?days=30');
    await marco.getByTestId('renewals-count').waitFor();
    expect(await marco.getByTestId('renewal-link').filter({ hasText: NUMBER }).count()).toBe(0);
  });

  it('edits the tacit-renewal flag in the policy data', async () => {
    await marco.goto(`/policies/${policyId}`);
    await marco.getByTestId('field-tacitRenewal').check();
    await marco.getByTestId('policy-save').click();
    await expect.poll(async () => (await ok<{ policy: { tacitRenewal: boolean } }>(marco, 'query($id: ID!) { policy(id: $id) { tacitRenewal } }', { id: policyId })).policy.tacitRenewal).toBe(true);
    await marco.reload();
    await expect.poll(() => marco.getByTestId('field-tacitRenewal').isChecked()).toBe(true);
  });

  it('adds an insured person and an insured object on the policy page, removes the person, and ends the object by an endorsement', async () => {
    await marco.goto(`/policies/${policyId}?tab=insured`);
    await marco.getByTestId('policy-insured').waitFor();
    await marco.getByTestId('insured-person-picker').fill('Appendice');
    await marco.getByTestId('picker-option').filter({ hasText: 'Appendice Veicolo' }).first().click();
    await marco.getByTestId('insured-person-role').click();
    await marco.getByRole('option', { name: 'Driver', exact: true }).click();
    await marco.getByTestId('insured-person-add').click();
    await expect.poll(() => marco.getByTestId('insured-person').allTextContents()).toEqual(['Appendice Veicolo · Driver']);
    await marco.getByTestId('insured-person-remove').click();
    await expect.poll(() => marco.getByTestId('insured-person').count()).toBe(0);
    await marco.getByTestId('insured-object-description').fill('Roof box');
    await marco.getByTestId('insured-object-sum').fill('500');
    await marco.getByTestId('insured-object-add').click();
    await expect.poll(() => marco.getByTestId('insured-object').allTextContents()).toEqual([expect.stringContaining('Roof box')]);
    // an object leaves the cover by an endorsement from a day: kept, with the day it was removed
    await marco.getByTestId('policy-endorse').click();
    await marco.getByTestId('endorse-effectiveDate').fill(new Date(Date.now() - 5 * 86_400_000).toLocaleDateString('en-GB'));
    await marco.getByTestId('endorse-effectiveDate').press('Tab');
    await marco.getByTestId('endorse-reason').fill('Roof box sold');
    // the list offers the policy's objects once the form has them: open it until the object is offered
    const roofBox = marco.getByRole('option', { name: 'Roof box' });
    await expect
      .poll(
        async () => {
          if (!(await roofBox.isVisible())) await marco.getByTestId('endorse-removeObjects').click({ force: true });
          return roofBox.isVisible();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(true);
    await roofBox.click();
    await marco.getByTestId('endorse-reason').click();
    await marco.getByTestId('endorse-save').click();
    await marco.getByTestId('endorse-form').waitFor({ state: 'detached' });
    await expect.poll(() => marco.getByTestId('insured-object').first().textContent()).toContain('removed on');
  });

  it('adds a vehicle on the client card (a bad VIN refused on its field), links it to the motor policy, and the policy lists it', async () => {
    await marco.goto(`/clients/${clientId}`);
    await marco.getByTestId('tab-vehicles').click();
    await marco.getByTestId('client-vehicles').waitFor();
    await marco.getByTestId('vehicle-add').click();
    await marco.getByTestId('vehicle-plate-input').fill('GH 456 JK');
    await marco.getByTestId('vehicle-vin').fill('WVWZZZ1JZ');
    await marco.getByTestId('vehicle-make').fill('Fiat');
    await marco.getByTestId('vehicle-model').fill('Panda');
    await marco.getByTestId('vehicle-year').fill('2021');
    await marco.getByTestId('vehicle-save').click();
    await expect.poll(() => fieldError(marco, 'vehicle-vin')).not.toBe('');
    expect(await fieldError(marco, 'vehicle-plate-input')).toBe('');
    expect((await ok<{ vehicles: unknown[] }>(marco, 'query($c: ID!) { vehicles(clientId: $c) { id } }', { c: clientId })).vehicles).toHaveLength(0);
    await screenshotAndCheckA11y(marco, 'vehicle-bad-vin');

    await marco.getByTestId('vehicle-vin').fill('ZFA31200000123456');
    await marco.getByTestId('vehicle-save').click();
    const card = marco.getByTestId('vehicle-card').filter({ hasText: 'GH 456 JK' });
    await card.waitFor();
    await card.getByTestId('vehicle-link-policy').click();
    await marco.getByRole('option', { name: 'E2E/MOTOR/2' }).click();
    await card.getByTestId('vehicle-link').click();
    await expect.poll(() => card.getByTestId('vehicle-policy-link').allTextContents()).toEqual(['E2E/MOTOR/2']);

    await card.getByTestId('vehicle-policy-link').click();
    await marco.getByTestId('policy-tab-insured').click();
    await expect.poll(() => marco.getByTestId('policy-vehicle').allTextContents()).toEqual(['GH 456 JK · Fiat Panda']);
  });

  it('finds the client by the plate from the header search', async () => {
    await marco.goto('/clients/list');
    await marco.getByTestId('global-search').click();
    await marco.getByTestId('global-search').fill('GH456JK');
    const hit = marco.getByTestId('search-hit').filter({ hasText: 'Appendice Veicolo' });
    await hit.waitFor();
    // the hit says what found it: the plate as the agency wrote it, with make and model
    await expect.poll(() => hit.getByTestId('search-matched').textContent()).toContain('GH 456 JK · Fiat Panda');
    expect(await hit.getByTestId('search-matched').getAttribute('data-source')).toBe('vehicle');
    await hit.click();
    await marco.waitForURL(`**/clients/${clientId}**`);
    expect(s.pageErrors).toEqual([]);
  });

  it('marks a vehicle sold with its date on the client card; the plate then no longer finds the owner', async () => {
    await marco.goto(`/clients/${clientId}?tab=vehicles`);
    const card = marco.getByTestId('vehicle-card').filter({ hasText: 'GH 456 JK' });
    await card.waitFor();
    await card.getByTestId('vehicle-sold-on').fill('15/11/2026');
    await card.getByTestId('vehicle-sold-on').press('Tab');
    await card.getByTestId('vehicle-sell').click();
    await expect.poll(() => card.getByTestId('vehicle-sold').count()).toBe(1);
    expect(await card.getByTestId('vehicle-sold').textContent()).toMatch(/^Sold .*15.*2026$/);
    expect((await ok<{ vehicles: Array<{ soldOn: string }> }>(marco, 'query($c: ID!) { vehicles(clientId: $c, includeSold: true) { soldOn } }', { c: clientId })).vehicles).toEqual([{ soldOn: '2026-11-15' }]);
    expect(await card.getByTestId('vehicle-sell').count()).toBe(0);
    const found = (await ok<{ searchClients: Array<{ client: { id: string } }> }>(marco, '{ searchClients(query: "GH456JK") { client { id } } }')).searchClients;
    expect(found.map((h) => h.client.id)).not.toContain(clientId);
  });

  it('shows the accountant no endorse, renew, insured or vehicle controls', async () => {
    const laura = (await newPerson(s.browser, s.t.url)).page;
    await signIn(laura, USERS.rossiAccountant);
    await english(laura);
    await laura.goto(`/policies/${policyId}`);
    await laura.getByTestId('policy-form').waitFor();
    expect(await laura.getByTestId('policy-chain').count()).toBe(1);
    expect(await laura.getByTestId('policy-endorse').count()).toBe(0);
    expect(await laura.getByTestId('policy-renew').count()).toBe(0);
    expect(await laura.locator('[data-testid="policy-form"] input').count()).toBe(0);
    await laura.getByTestId('policy-tab-insured').click();
    await laura.getByTestId('policy-insured').waitFor();
    expect(await laura.getByTestId('insured-object-add').count()).toBe(0);
    await laura.getByTestId('policy-tab-versions').click();
    await laura.getByTestId('policy-versions').waitFor();
    expect(await laura.getByTestId('version-row').count()).toBe(3);
    await laura.goto('/policies/renewals?days=90');
    await laura.getByTestId('renewals-count').waitFor();
    expect(await laura.getByTestId('policy-renew').count()).toBe(0);
    await laura.goto(`/clients/${clientId}?tab=vehicles`);
    await laura.getByTestId('vehicle-card').first().waitFor();
    expect(await laura.getByTestId('vehicle-add').count()).toBe(0);
    expect(await laura.getByTestId('vehicle-link').count()).toBe(0);
  });
});
