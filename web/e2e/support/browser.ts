import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './platform';
import { totpFor } from './totp';

export { totpFor } from './totp';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = path.resolve(HERE, '..', 'screenshots');

import { CHROMIUM } from './chromium';

/** Without any call home: the machine has no internet. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export async function launchBrowser(): Promise<Browser> {
  // playwright-core gives every launch a new, empty profile (user data dir).
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Browser errors seen on the page (uncaught exceptions). */
  errors: string[];
}

/** A person at a laptop (or a tablet: `viewport`), with their own cookies. */
export async function newPerson(browser: Browser, baseURL: string, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Person> {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? { width: 1366, height: 900 }, locale: options.locale ?? 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.setDefaultTimeout(15_000);
  return { context, page, errors };
}

/** Signs in through the sign-in page as a person would; completes the TOTP step when asked. */
export async function signIn(page: Page, email: string, options: { password?: string; secondFactor?: boolean } = {}): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(options.password ?? PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  if (options.secondFactor) {
    await page.getByTestId('totp-code').fill(await totpFor(email));
    await page.getByTestId('verify-submit').click();
  }
  await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string }>;
}

/** axe-core in the page: the serious and critical violations of WCAG 2.1 A/AA rules. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The GraphQL API called from the page, with the person's session cookie: what the server allows them. */
export async function gqlFromPage(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return res.json();
    },
    { query, variables },
  );
}

/** Settles the page (no hover, transitions done), saves a screenshot and asserts no serious or critical axe violation. */
export async function screenshotAndCheckA11y(page: Page, name: string, label = name): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await screenshot(page, name);
  const violations = await seriousA11yViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}
