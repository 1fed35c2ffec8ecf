import type { Page } from 'playwright-core';

/** Helpers for the clients module's browser tests. */

/** The error text shown under a field (the element its aria-describedby names). */
export async function fieldError(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((el) => {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });
}

/** Switches the UI to English (the demo users' profiles are Italian or Dutch). */
export async function english(page: Page): Promise<void> {
  await page.getByTestId('language-menu').click();
  await page.getByTestId('language-en').click();
}

/** The id of the card the page shows (/clients/<id>). */
export function clientIdOf(page: Page): string {
  const id = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a client panel: ${page.url()}`);
  return id;
}

/** Opens a tab of the client panel and waits for its form or list. */
export async function openTab(page: Page, tab: string, ready: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await page.getByTestId(ready).first().waitFor();
}

/** Chooses an option of a Mantine Select by its visible label. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A minimal, valid PDF file. */
export function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}
