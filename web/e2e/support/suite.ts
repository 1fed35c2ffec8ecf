import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, signIn } from './browser';
import { english } from './clients';
import { startE2EPlatform, type TestPlatform } from './platform';

/**
 * The usual start of a browser test file, in one place: a platform of its own (fresh database, demo
 * data), one browser, and — for `signedInSuite` — one person signed in. The hooks are registered by the
 * call; the fields are filled before the file's own `beforeAll` hooks and tests run.
 */
export interface BrowserSuite {
  t: TestPlatform;
  browser: Browser;
}

export interface SignedInSuite extends BrowserSuite {
  page: Page;
  /** Uncaught browser errors seen on `page`. */
  pageErrors: string[];
}

export function browserSuite(options: { prepare?: (t: TestPlatform) => Promise<void> } = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.t = await startE2EPlatform();
    await options.prepare?.(suite.t);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.stop();
  });
  return suite;
}

/** `email` signs in through the sign-in page; the UI is switched to English unless `english: false`. */
export function signedInSuite(email: string, options: { english?: boolean; prepare?: (t: TestPlatform) => Promise<void> } = {}): SignedInSuite {
  const suite = browserSuite(options) as SignedInSuite;
  suite.pageErrors = [];
  beforeAll(async () => {
    suite.page = (await newPerson(suite.browser, suite.t.url)).page;
    suite.page.on('pageerror', (e) => suite.pageErrors.push(e.message));
    await signIn(suite.page, email);
    if (options.english ?? true) await english(suite.page);
  });
  return suite;
}
