import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { newPerson, screenshot, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, type TestPlatform } from './support/platform';
import { browserSuite } from './support/suite';
import { english, fieldError } from './support/clients';

/** Issue #8 §3, staff usability: the error panel, refused dates, the phone, the client list at 1440 px and its filters. */

let t: TestPlatform;
let browser: Browser;

const suite = browserSuite();
beforeAll(() => {
  ({ t, browser } = suite);
});

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Visible, whole inside the viewport's width, and overlapping none of the others. */
async function expectLaidOut(page: Page, locators: Record<string, Locator>): Promise<void> {
  const width = page.viewportSize()!.width;
  const boxes: Array<[string, Box]> = [];
  for (const [name, locator] of Object.entries(locators)) {
    expect(await locator.isVisible(), `${name} visible`).toBe(true);
    const b = await box(locator);
    expect(b.x >= 0 && b.x + b.width <= width + 0.5, `${name} inside the screen: ${JSON.stringify(b)}`).toBe(true);
    boxes.push([name, b]);
  }
  for (const [i, [a, ba]] of boxes.entries()) for (const [b, bb] of boxes.slice(i + 1)) expect(overlap(ba, bb), `${a} overlaps ${b}`).toBe(false);
}

/** How far the page scrolls sideways (0: not at all). */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('error boundary', () => {
  it('a page that fails to render shows the error panel with "Back to the dashboard" and "Reload", never a white page', async () => {
    const { page, context } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await english(page);
    // the server answers the list with a card the page cannot show (a name that is no text): the
    // list's cell fails while rendering, as the merge dialog did with data it did not expect
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('query ClientsList')) return route.continue();
      const response = await route.fetch();
      const json = await response.json();
      json.data.clients.items[0].displayName = { unexpected: true };
      await route.fulfill({ response, json });
    });
    await page.goto('/clients/list');
    const panel = page.getByTestId('error-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Something went wrong on this page');
    expect(await page.getByTestId('error-home').textContent()).toBe('Back to the dashboard');
    expect(await page.getByTestId('error-reload').textContent()).toBe('Reload');
    // the frame stays: header and navigation usable
    expect(await page.getByTestId('user-menu').isVisible()).toBe(true);
    await screenshot(page, 'ux-error-panel');

    await page.getByTestId('error-home').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('home-module-clients').waitFor();
    expect(await panel.count()).toBe(0);

    await page.goto('/clients/list');
    await panel.waitFor();
    await page.unroute('**/graphql');
    await page.getByTestId('error-reload').click();
    await page.getByTestId('client-link').first().waitFor();
    expect(await panel.count()).toBe(0);
    await context.close();
  });
});

describe('dates typed in a date field', () => {
  it('31/02/1990 and 32/13/2000 are refused with a message on the field and not saved; 10/12/85 is read as 10/12/1985', async () => {
    const { page, context } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await english(page);
    await page.goto('/clients/new');
    await page.getByTestId('kind-person').click();
    const birth = page.getByTestId('field-birthDate');
    for (const typed of ['31/02/1990', '32/13/2000']) {
      await birth.fill(typed);
      await birth.press('Tab');
      await expect.poll(() => fieldError(page, 'field-birthDate'), { timeout: 5_000 }).toBe('Not a valid date: type it as 31/01/1990');
      expect(await birth.inputValue(), 'what was typed stays, to be corrected').toBe(typed);
    }
    await screenshot(page, 'ux-date-refused');
    // a form with a refused date is not saved
    await page.getByTestId('field-firstName').fill('Mario');
    await page.getByTestId('field-lastName').fill('Rossi');
    await page.getByTestId('field-taxCode').fill('RSSMRA85T10A562S');
    await page.getByTestId('field-email').fill('mario.rossi.dates@example.it');
    await page.getByTestId('create-submit').click();
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/clients/new');
    expect(await fieldError(page, 'field-birthDate')).toBe('Not a valid date: type it as 31/01/1990');

    await birth.fill('10/12/85');
    await birth.press('Tab');
    await expect.poll(() => birth.inputValue(), { timeout: 5_000 }).toBe('10/12/1985');
    expect(await fieldError(page, 'field-birthDate')).toBe('');
    await context.close();
  });
});

describe('phone (390 × 844)', () => {
  it('sign-in, header search, list and card are visible, not overlapped, and nothing scrolls sideways', async () => {
    const { page, context } = await newPerson(browser, t.url, { viewport: { width: 390, height: 844 } });
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-form').waitFor();
    await expectLaidOut(page, { email: page.getByTestId('email'), password: page.getByTestId('password'), submit: page.getByTestId('sign-in-submit') });
    expect(await sidewaysScroll(page)).toBe(0);
    await signIn(page, USERS.rossiAgent);
    await english(page);

    const header = {
      company: page.getByTestId('active-company-code'),
      search: page.getByTestId('open-search'),
      language: page.getByTestId('language-menu'),
      account: page.getByTestId('user-menu'),
    };
    await expectLaidOut(page, header);
    expect(await page.getByTestId('global-search').isVisible()).toBe(false);
    await page.getByTestId('open-search').click();
    const search = page.getByTestId('global-search');
    await expectLaidOut(page, { search, close: page.getByTestId('close-search') });
    expect((await box(search)).width, 'the search takes the header width').toBeGreaterThan(280);
    expect(await page.getByTestId('language-menu').isVisible()).toBe(false);
    await search.fill('Ferari');
    const hit = page.getByTestId('search-hit').filter({ hasText: 'Ferrari Maria' });
    await hit.waitFor();
    await expectLaidOut(page, { hit });
    await screenshot(page, 'ux-phone-search');
    await hit.click();

    // the card
    await page.getByTestId('client-name').waitFor();
    expect(await page.getByTestId('client-name').textContent()).toContain('Ferrari Maria');
    await expectLaidOut(page, { name: page.getByTestId('client-name'), ...header });
    expect(await sidewaysScroll(page)).toBe(0);
    await screenshot(page, 'ux-phone-card');

    // the list: cards, each whole on the screen
    await page.goto('/clients/list');
    await page.getByTestId('table-card').first().waitFor();
    const cards = page.getByTestId('table-card');
    expect(await cards.count()).toBeGreaterThan(5);
    await expectLaidOut(page, { first: cards.nth(0), second: cards.nth(1), third: cards.nth(2) });
    expect(await cards.nth(0).getByTestId('client-link').isVisible()).toBe(true);
    expect(await cards.nth(0).getByTestId('card-city').isVisible()).toBe(true);
    expect(await sidewaysScroll(page)).toBe(0);
    await screenshotAndCheckA11y(page, 'ux-phone-list');
    await context.close();
  });
});

describe('client list at 1440 px', () => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    ({ page, context } = await newPerson(browser, t.url, { viewport: { width: 1440, height: 900 } }));
    await signIn(page, USERS.rossiAgent);
    await english(page);
  });
  afterAll(async () => context?.close());

  it('every column fits: names on one line, the city not cut off, no sideways scrolling', async () => {
    await page.goto('/clients/list');
    await page.getByTestId('client-link').first().waitFor();
    const table = page.getByRole('table', { name: 'Clients' });
    const scroller = await table.evaluate((el) => {
      const s = el.parentElement!.closest('.mantine-ScrollArea-viewport') ?? el.parentElement!;
      return { scroll: s.scrollWidth, client: s.clientWidth, right: s.getBoundingClientRect().right };
    });
    expect(scroller.scroll, 'no sideways scroll in the table').toBeLessThanOrEqual(scroller.client);
    for (const name of await page.getByTestId('client-link').all()) {
      expect(await name.evaluate((el) => el.getClientRects().length), 'a name on one line').toBe(1);
      expect((await box(name)).height).toBeLessThan(30);
    }
    for (const city of await page.getByTestId('cell-city').all()) {
      const b = await box(city);
      expect(b.x + b.width, 'the city is not cut off').toBeLessThanOrEqual(scroller.right);
      expect(await city.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    expect(await sidewaysScroll(page)).toBe(0);
    await screenshotAndCheckA11y(page, 'ux-list-1440');
  });

  it('filters set in the page (text, city, kind, created from) are in the address: a reload and a shared link show the same rows', async () => {
    await page.goto('/clients/list');
    await page.getByTestId('client-link').first().waitFor();

    // filters: text, city, kind, created from
    await page.getByTestId('filter-text').fill('ma');
    await page.getByTestId('filter-city').fill('fi');
    await page.getByTestId('filter-kind').getByText('Person', { exact: true }).click();
    await page.getByTestId('filter-from').fill('01/01/2000');
    await page.getByTestId('filter-from').press('Tab');
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 5_000 }).toBe('2000-01-01');
    await expect.poll(() => new URL(page.url()).searchParams.get('city'), { timeout: 5_000 }).toBe('fi');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 5_000 }).toBe('ma');
    await expect.poll(async () => (await page.getByTestId('client-link').allTextContents()).join('|'), { timeout: 10_000 }).toBe('Gallo Matteo');
    const before = await page.getByTestId('table-row').allTextContents();

    await page.reload();
    await page.getByTestId('client-link').first().waitFor();
    expect(await page.getByTestId('table-row').allTextContents()).toEqual(before);
    expect(await page.getByTestId('filter-text').inputValue()).toBe('ma');
    expect(await page.getByTestId('filter-city').inputValue()).toBe('fi');
    expect(await page.getByTestId('filter-from').inputValue()).toBe('01/01/2000');
    expect(await page.getByTestId('filter-kind').locator('input:checked').getAttribute('value')).toBe('person');
    await screenshot(page, 'ux-list-filtered');

    // a link shared with a colleague shows the same rows
    const shared = await newPerson(browser, t.url, { viewport: { width: 1440, height: 900 } });
    await signIn(shared.page, USERS.rossiAdmin, { secondFactor: true });
    await english(shared.page);
    await shared.page.goto(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.page.getByTestId('client-link').first().waitFor();
    expect(await shared.page.getByTestId('table-row').allTextContents()).toEqual(before);

    // an end before the start: said on the field, the end not applied
    await page.getByTestId('filter-to').fill('01/01/1999');
    await page.getByTestId('filter-to').press('Tab');
    await expect.poll(() => fieldError(page, 'filter-to'), { timeout: 5_000 }).toBe('Not before the start date');
    await shared.context.close();
  });
});
