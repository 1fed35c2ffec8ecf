import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, screenshotAndCheckA11y } from './support/browser';
import { USERS } from './support/platform';
import { signedInSuite } from './support/suite';
import { choose, fieldError, openTab } from './support/clients';

/**
 * Issue #8 §3, Dutch and other naming conventions, as a Dutch agent (VDBERG, in her own language)
 * sees them: name prefixes, list order, no province of birth, tax id and activity code of her country.
 */

let sanne: Page;

/** The visible label of a form field (the <label> its input names). */
const labelOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '' : ''));

const suite = signedInSuite(USERS.vdbergAgent, { english: false });
const pageErrors = suite.pageErrors;
beforeAll(() => {
  sanne = suite.page;
});

describe('naming conventions (Dutch agent)', () => {
  it('creates "Jan de Vries" with a name prefix and the card shows "Jan de Vries"; a Dutch-born person is not asked for a province of birth; the tax id is a BSN', async () => {
    await sanne.goto('/clients/new');
    await sanne.getByTestId('kind-person').click();
    await sanne.getByTestId('field-firstName').waitFor();
    // the tax id of a Dutch person is named as such, in Dutch — not "Codice fiscale"
    expect(await labelOf(sanne, 'field-taxCode')).toMatch(/^Burgerservicenummer \(BSN\)/);
    // no province of birth in a Dutch agency, nor for a person born in the Netherlands…
    expect(await sanne.getByTestId('field-birthProvince').count()).toBe(0);
    await choose(sanne, 'field-birthCountry', /\(NL\)/);
    expect(await sanne.getByTestId('field-birthProvince').count()).toBe(0);
    // …only for one born in Italy
    await choose(sanne, 'field-birthCountry', /\(IT\)/);
    await sanne.getByTestId('field-birthProvince').waitFor();
    await choose(sanne, 'field-birthCountry', /\(NL\)/);
    expect(await sanne.getByTestId('field-birthProvince').count()).toBe(0);

    await sanne.getByTestId('field-firstName').fill('Jan');
    await sanne.getByTestId('field-namePrefix').fill('de');
    await sanne.getByTestId('field-lastName').fill('Vries');
    await sanne.getByTestId('field-taxCode').fill('111222333');
    await screenshotAndCheckA11y(sanne, 'naming-create-dutch-person');
    await sanne.getByTestId('create-submit').click();
    await sanne.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await expect.poll(() => sanne.getByTestId('client-name').textContent()).toBe('Jan de Vries');
    expect(await sanne.getByTestId('client-facts').textContent()).toContain('BSN 111222333');
    // the registry tab keeps the prefix apart and asks no province of birth
    expect(await sanne.getByTestId('field-namePrefix').inputValue()).toBe('de');
    expect(await sanne.getByTestId('field-lastName').inputValue()).toBe('Vries');
    expect(await sanne.getByTestId('field-birthProvince').count()).toBe(0);
    await screenshot(sanne, 'naming-card-jan-de-vries');
  });

  it('the list sorts "de Boer" and "de Jong" before "Visser", and "Jan de Vries" under V', async () => {
    await sanne.goto('/clients/list');
    await sanne.getByTestId('client-link').first().waitFor();
    await expect.poll(() => sanne.getByTestId('client-link').allTextContents()).toContain('Vries Jan de');
    const names = await sanne.getByTestId('client-link').allTextContents();
    const at = (name: string) => {
      const i = names.indexOf(name);
      expect(i, `${name} in ${names.join(' | ')}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('Boer Bram de')).toBeLessThan(at('Visser Julia')); // prefix "de": filed under B
    expect(at('de Jong Jan')).toBeLessThan(at('Visser Julia')); // lower-case "de" typed in the surname: not after Z
    expect(at('Visser Julia')).toBeLessThan(at('Vries Jan de'));
    await screenshot(sanne, 'naming-list-dutch-order');
  });

  it('accepts the SBI code "10711" for a Dutch company and refuses an ATECO code with a message naming SBI; the registry number is the KvK number', async () => {
    await sanne.goto('/clients/new');
    await sanne.getByTestId('kind-entity').click();
    await sanne.getByTestId('field-legalName').fill('Bakkerij de Wit');
    await sanne.getByTestId('field-legalForm').fill('B.V.');
    await sanne.getByTestId('field-noLocalTaxId').check();
    await sanne.getByTestId('field-noLocalTaxIdReason').fill('Inschrijving loopt nog');
    expect(await labelOf(sanne, 'field-activity.activityCode')).toBe('Activiteitscode (SBI)');
    expect(await labelOf(sanne, 'field-activity.registryNumber')).toBe('KvK-nummer');
    await sanne.getByTestId('field-activity.activityCode').fill('10.71.10');
    await sanne.getByTestId('create-submit').click();
    await expect.poll(() => fieldError(sanne, 'field-activity.activityCode')).toBe('Een SBI- of NACE-code zoals 10711 of 10.71.');
    await sanne.getByTestId('field-activity.activityCode').fill('10711');
    await sanne.getByTestId('create-submit').click();
    await sanne.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await expect.poll(() => sanne.getByTestId('client-name').textContent()).toBe('Bakkerij de Wit');
    await openTab(sanne, 'activity', 'field-activityCode');
    expect(await sanne.getByTestId('field-activityCode').inputValue()).toBe('10711');
    expect(await labelOf(sanne, 'field-activityCode')).toBe('Activiteitscode (SBI)');
    // on the card's activity tab too
    await sanne.getByTestId('field-activityCode').fill('10.71.10');
    await sanne.getByTestId('activity-form-save').click();
    await expect.poll(() => fieldError(sanne, 'field-activityCode')).toBe('Een SBI- of NACE-code zoals 10711 of 10.71.');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
