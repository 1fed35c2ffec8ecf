import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchBrowser, newPerson, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';
import { choose, english } from './support/clients';

/**
 * The embeddable quote form in the browser (issue #10 item 6, PR-3): the administrator adds a
 * sub-agent's website in the products pages and copies its snippet; the snippet runs on a page served
 * from ANOTHER origin (a second local server on its own port); a visitor there answers the published
 * motor product's questions in Italian, gets the premium with its breakdown, sends a request with the
 * privacy consent — and staff see it in their queue, attributed to the sub-agent. The same page from
 * an origin the website does not list gets no form.
 */
let t: TestPlatform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let giulia: Page;
let site: Server;
let sitePort: number;
let snippet = '';
const pageErrors: string[] = [];

const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 250 });

beforeAll(async () => {
  t = await startE2EPlatform();
  // the sub-agent's own website: a static page with whatever snippet staff gave them
  site = createServer((req, res) => {
    if (req.url?.startsWith('/favicon')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Agenzia Bianchi</title></head><body><h1>Agenzia Bianchi</h1>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = (site.address() as AddressInfo).port;
  browser = await launchBrowser();
  giulia = (await newPerson(browser, t.url)).page;
  giulia.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
  await english(giulia);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await t?.stop();
});

describe('the embeddable quote form on another origin', () => {
  it('lets staff add a website with its origin and producer, and shows the snippet to paste', async () => {
    await giulia.goto('/products/websites');
    await giulia.getByTestId('website-add').click();
    await giulia.getByTestId('website-name').fill('Agenzia Bianchi');
    // a path is not an origin: refused by the server, named on the field
    await giulia.getByTestId('website-origins').fill(`http://127.0.0.1:${sitePort}/quotes`);
    await giulia.getByTestId('website-privacy').fill(`http://127.0.0.1:${sitePort}/privacy`);
    await choose(giulia, 'website-producer', /Bianchi/);
    await giulia.getByTestId('website-save').click();
    await expect.poll(() => giulia.getByTestId('website-form').textContent()).toContain('Line 1');
    await giulia.getByTestId('website-origins').fill(`http://127.0.0.1:${sitePort}`);
    await giulia.getByTestId('website-save').click();
    const card = giulia.getByTestId('website-card').filter({ hasText: 'Agenzia Bianchi' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Marco Bianchi');
    snippet = ((await card.getByTestId('website-snippet').textContent()) ?? '').trim();
    expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\/quote\.js" data-key="[a-z0-9]+" async><\/script>/);
  });

  it('gives a visitor on that website the premium with its breakdown in Italian, checks the answers on the server, and sends the request with the consent', async () => {
    const visitor = await newPerson(browser, `http://127.0.0.1:${sitePort}`, { locale: 'it-IT' });
    await visitor.page.goto('/?lang=it');
    const form = visitor.page.getByTestId('embed-questions');
    await form.waitFor();
    expect(await visitor.page.locator('.aq-title').textContent()).toMatch(/Il suo preventivo/);
    expect(await form.textContent()).toContain('Età del conducente principale');
    await visitor.page.getByTestId('aq-driverAge').fill('12');
    await visitor.page.getByTestId('aq-powerKw').fill('100');
    await visitor.page.getByTestId('aq-usage').selectOption('private');
    await visitor.page.getByTestId('aq-claimsFree-true').check();
    await visitor.page.getByTestId('embed-calculate').click();
    // 12 is below the question's minimum (18): refused by the server, shown on the question
    await visitor.page.getByTestId('aq-driverAge-error').waitFor();
    expect(await visitor.page.getByTestId('aq-driverAge-error').textContent()).toBe('Troppo basso.');
    await visitor.page.getByTestId('aq-driverAge').fill('30');
    await visitor.page.getByTestId('embed-calculate').click();
    await visitor.page.getByTestId('embed-breakdown').waitFor();
    expect(await visitor.page.getByTestId('embed-total').textContent()).toMatch(/442,80/);
    expect(await visitor.page.getByTestId('embed-breakdown').textContent()).toContain('Sconto assenza sinistri');
    await visitor.page.getByTestId('embed-first-name').fill('Anna');
    await visitor.page.getByTestId('embed-last-name').fill('Verdi');
    await visitor.page.getByTestId('embed-email').fill('anna.verdi@example.com');
    // no consent: refused, nothing sent
    await visitor.page.getByTestId('embed-send').click();
    await eventually(() => visitor.page.getByTestId('embed-request').textContent()).toContain('Risponda a questa domanda.');
    await visitor.page.getByTestId('embed-consent').check();
    await visitor.page.getByTestId('embed-send').click();
    await visitor.page.getByTestId('embed-sent').waitFor();
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });

  it('shows the request in the staff queue, attributed to the website and its producer', async () => {
    await giulia.goto('/products/requests');
    const row = giulia.getByTestId('request-row').filter({ hasText: 'anna.verdi@example.com' });
    await eventually(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Anna Verdi');
    expect(await row.getByTestId('request-source').textContent()).toBe('Agenzia Bianchi · Marco Bianchi');
    expect(pageErrors).toEqual([]);
  });

  it('gives no form to the same page served from an origin the website does not list', async () => {
    const stranger = await newPerson(browser, `http://localhost:${sitePort}`, { locale: 'en-GB' });
    await stranger.page.goto('/');
    await stranger.page.locator('[data-agency-quote] >> .aq-error').waitFor();
    expect(await stranger.page.locator('[data-agency-quote] >> .aq-error').textContent()).toBe('The quote form cannot be reached from this page.');
    expect(await stranger.page.getByTestId('embed-questions').count()).toBe(0);
    await stranger.context.close();
  });
});
