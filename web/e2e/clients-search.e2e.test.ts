import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotAndCheckA11y } from './support/browser';
import { USERS, apiAs } from './support/platform';
import { signedInSuite } from './support/suite';

/** Issue #8: the global search's "see all results" opens every hit, page by page; typos and cities find clients. */

let marco: Page;
const FIRST_NAMES = ['Anna', 'Bruno', 'Carla', 'Dario', 'Elisa', 'Fabio', 'Gina', 'Ivo', 'Lara', 'Nino', 'Olga', 'Pia', 'Rita', 'Sergio', 'Tina',
  'Ugo', 'Vera', 'Walter', 'Ada', 'Bice', 'Ciro', 'Dina', 'Ezio', 'Flora', 'Gino', 'Ilda', 'Leo', 'Mina', 'Nello', 'Oreste'];

const suite = signedInSuite(USERS.rossiAgent, {
  prepare: async (platform) => {
    const api = await apiAs(platform, USERS.rossiAgent);
    for (const firstName of FIRST_NAMES) {
      await api.ok(`mutation($i: CreateClientInput!) { createClient(input: $i) { id } }`, {
        i: {
          kind: 'PERSON', firstName, lastName: 'Zanardelli', noLocalTaxId: true, noLocalTaxIdReason: 'Foreign citizen',
          addresses: [{ kind: 'RESIDENCE', line1: 'Via Roma 1', postalCode: '38068', city: 'Rovereto', province: 'TN' }],
        },
      });
    }
  },
});
const pageErrors = suite.pageErrors;
beforeAll(() => {
  marco = suite.page;
});

describe('global search: see all results (issue #8)', () => {
  it('typing a query and pressing "see all results" opens a results page listing more than 8 hits, with a next page', async () => {
    await marco.goto('/clients/list');
    const search = marco.getByTestId('global-search');
    await search.click();
    await search.fill('Zanardelli');
    await marco.getByTestId('search-see-all').waitFor();
    expect(await marco.getByTestId('search-hit').count()).toBe(8);
    await marco.getByTestId('search-see-all').click();
    await marco.waitForURL(/\/clients\/search\?q=Zanardelli/);
    await expect.poll(() => marco.getByTestId('search-result-link').count()).toBe(25);
    expect(await marco.getByTestId('search-results-range').textContent()).toBe('Results 1–25');
    await screenshotAndCheckA11y(marco, 'client-search-results');
    const first = await marco.getByTestId('search-result-link').allTextContents();
    expect(first.every((n) => n.startsWith('Zanardelli '))).toBe(true);

    await marco.getByTestId('search-results-next').click();
    await expect.poll(() => marco.getByTestId('search-result-link').count()).toBe(5);
    expect(await marco.getByTestId('search-results-range').textContent()).toBe('Results 26–30');
    expect(await marco.getByTestId('search-results-next').isDisabled()).toBe(true);
    const second = await marco.getByTestId('search-result-link').allTextContents();
    expect(new Set([...first, ...second]).size).toBe(30);

    // a hit opens its card
    await marco.getByTestId('search-result-link').first().click();
    await expect.poll(() => marco.getByTestId('client-name').textContent()).toMatch(/^Zanardelli /);
  });

  it('the results page searches again from its own box: a transposed name and a city', async () => {
    await marco.goto('/clients/search?q=Zanardelli');
    await marco.getByTestId('search-results-query').fill('Zanadrelli Oreste');
    await marco.getByTestId('search-results-submit').click();
    await marco.waitForURL(/q=Zanadrelli/);
    await expect.poll(() => marco.getByTestId('search-result-link').first().textContent()).toBe('Zanardelli Oreste');

    await marco.getByTestId('search-results-query').fill('Rovereto');
    await marco.getByTestId('search-results-submit').click();
    await expect.poll(() => marco.getByTestId('search-result-link').count()).toBe(25);
    expect(pageErrors).toEqual([]);
  });
});
