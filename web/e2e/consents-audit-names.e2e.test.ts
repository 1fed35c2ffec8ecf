import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPerson, signIn } from './support/browser';
import { USERS, type TestPlatform } from './support/platform';
import { browserSuite } from './support/suite';
import en from '../src/i18n/en.json';
import it_ from '../src/i18n/it.json';
import de from '../src/i18n/de.json';
import nl from '../src/i18n/nl.json';
import pl from '../src/i18n/pl.json';

/**
 * The audit trail names every kind of record in the reader's language (BASE-7, issue #11 follow-up):
 * the consents, products, ledger and billing modules brought new entity names into the trail
 * (ConsentForm, ConsentFormVersion, Product, ProductVersion…), which the web showed raw or half
 * translated. Every entity type the demo data's audit rows carry must have a name in all five
 * catalogues (`audit.entity.*`), and the audit page shows that name, never the raw type.
 */
const suite = browserSuite();
let t: TestPlatform;
/** The entity types of the demo data's audit rows, per company code. */
let typesOf: Record<string, string[]>;

const CATALOGUES = { en, it: it_, de, nl, pl } as Record<string, { audit: { entity: Record<string, string> } }>;
/** What the page showed for a type it could not name: the type itself, or its words (`ConsentFormVersion` → `Consent form version`). */
const humanized = (type: string) => {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

beforeAll(async () => {
  ({ t } = suite);
  const su = await t.superuser();
  try {
    const { rows } = await su.query<{ code: string; types: string[] }>(
      `select c.code, array_agg(distinct a.entity_type order by a.entity_type) as types from audit_event a join company c on c.id = a.company_id group by c.code`,
    );
    typesOf = Object.fromEntries(rows.map((r) => [r.code, r.types]));
  } finally {
    await su.end();
  }
});

describe('entity names in the audit trail', () => {
  it('finds the new modules\' records among the demo data\'s audit rows', () => {
    const all = new Set(Object.values(typesOf).flat());
    expect([...all]).toEqual(expect.arrayContaining(['Client', 'ConsentForm', 'ConsentFormVersion', 'Product', 'ProductVersion']));
  });

  it('names every entity type of the demo data\'s audit rows in all five catalogues', () => {
    const all = [...new Set(Object.values(typesOf).flat())].sort();
    const missing: string[] = [];
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      for (const type of all) {
        if (!catalogue.audit.entity[type]?.trim()) missing.push(`${lang}: ${type}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows each kind of record of the Italian agency\'s trail by its Italian name on the audit page', async () => {
    const giulia: Page = (await newPerson(suite.browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await giulia.goto('/base/audit');
    await giulia.getByTestId('table-row').first().waitFor();
    const names = CATALOGUES.it.audit.entity;
    const shown: Record<string, string[]> = {};
    for (const type of typesOf.ROSSI) {
      await giulia.getByTestId('audit-filter-entity').click();
      await giulia.getByTestId('audit-filter-entity').fill(names[type] ?? type);
      const option = giulia.getByRole('option', { name: names[type] ?? type, exact: true });
      if (!(await option.count())) {
        shown[type] = ['(not offered in the filter)'];
        await giulia.keyboard.press('Escape');
        continue;
      }
      await option.first().click();
      await expect.poll(async () => {
        const objects = await giulia.getByTestId('audit-object').allTextContents();
        return objects.length > 0 && objects.every((o) => o.startsWith(names[type]));
      }, { timeout: 20_000 }).toBe(true);
      shown[type] = [...new Set((await giulia.getByTestId('audit-object').allTextContents()).map((o) => o.replace(/\s*\(.*$/, '')))];
    }
    // every type offered by its Italian name, its rows shown by that name — never the type or its words
    const raw = Object.entries(shown).filter(([type, labels]) => labels.some((l) => l.startsWith('(not offered') || !l.startsWith(names[type]) || (names[type] !== type && l.startsWith(type)) || l.startsWith(humanized(type))));
    expect(raw).toEqual([]);
    await giulia.close();
  });
});
