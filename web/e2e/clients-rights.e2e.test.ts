import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, newPerson, screenshot, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, type TestPlatform } from './support/platform';
import { signedInSuite } from './support/suite';
import { english, fieldError, openTab, tinyPdf } from './support/clients';

/** CL-4, CL-5, DR-1 and the rights of the clients module: documents, delete, GDPR export and erasure, view-only roles. */

let t: TestPlatform;
let browser: Browser;
let marco: Page;

const check = (page: Page, name: string) => screenshotAndCheckA11y(page, name);

/** Opens a demo client's card through the list. */
async function openClient(page: Page, name: string): Promise<string> {
  await page.goto('/clients/list');
  await page.getByTestId('client-link').filter({ hasText: name }).click();
  await page.getByTestId('client-name').filter({ hasText: name }).waitFor();
  return /\/clients\/([0-9a-f-]{36})/.exec(page.url())![1];
}

async function createByApi(page: Page, firstName: string, lastName: string): Promise<string> {
  const r = (await gqlFromPage(page, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { kind: 'PERSON', firstName, lastName, noLocalTaxId: true, noLocalTaxIdReason: 'Added for a test' },
  })) as { data?: { createClient: { id: string } }; errors?: unknown };
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createClient.id;
}

const suite = signedInSuite(USERS.rossiAgent);
const pageErrors = suite.pageErrors;
beforeAll(() => {
  ({ t, browser, page: marco } = suite);
});

describe('clients: rights, documents, delete, GDPR', () => {
  it('the accountant only views: no create, edit or export controls, and the server refuses', async () => {
    const laura = (await newPerson(browser, t.url)).page;
    await signIn(laura, USERS.rossiAccountant);
    await english(laura);
    await laura.goto('/clients/list');
    await laura.getByTestId('table-row').first().waitFor();
    expect(await laura.getByTestId('new-client').count()).toBe(0);
    expect(await laura.getByTestId('nav-clients-new').count()).toBe(0);
    await openClient(laura, 'Russo Giuseppe');
    await laura.getByTestId('registry-form').waitFor();
    expect(await laura.getByTestId('client-actions').count()).toBe(0);
    expect(await laura.getByTestId('registry-form-save').count()).toBe(0);
    // the fields read as text: nothing to type into
    expect(await laura.locator('[data-testid="registry-form"] input[data-testid="field-firstName"]').count()).toBe(0);
    expect(await laura.getByTestId('field-firstName').textContent()).toContain('Giuseppe');
    await openTab(laura, 'documents', 'tab-documents');
    expect(await laura.getByTestId('document-upload').count()).toBe(0);
    await openTab(laura, 'family', 'family-form');
    expect(await laura.getByTestId('member-add').count()).toBe(0);
    await check(laura, 'client-panel-view-only');
    await laura.goto('/clients/new');
    await laura.getByTestId('forbidden').waitFor();
    const refused = await gqlFromPage(laura, 'mutation { createClient(input: { kind: PERSON, firstName: "A", lastName: "B", noLocalTaxId: true, noLocalTaxIdReason: "test" }) { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the agent edits but may not export or erase', async () => {
    await openClient(marco, 'Ferrari Maria');
    await marco.getByTestId('client-actions').click();
    await marco.getByTestId('action-hide').waitFor();
    expect(await marco.getByTestId('action-export-json').count()).toBe(0);
    expect(await marco.getByTestId('action-erase').count()).toBe(0);
    await marco.keyboard.press('Escape');
  });

  it('documents: a wrong type is refused before sending; a PDF is uploaded and downloaded; only the administrator (clients:delete) deletes it', async () => {
    await openClient(marco, 'Russo Giuseppe');
    await openTab(marco, 'documents', 'document-upload');
    const input = marco.locator('input[type="file"]');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => fieldError(marco, 'document-file')).toContain('Accepted: PDF, JPEG, PNG, HEIC, DOCX');
    await input.setInputFiles({ name: 'carta-identita.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await marco.getByTestId('document-upload').click();
    const row = marco.getByTestId('table-row').filter({ hasText: 'carta-identita.pdf' });
    await row.waitFor();
    expect(await marco.getByTestId('tab-documents').textContent()).toContain('1');
    await check(marco, 'client-documents');

    const download = marco.waitForEvent('download');
    await row.getByTestId('document-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('carta-identita.pdf');
    expect(readFileSync((await file.path())!, 'latin1').startsWith('%PDF-1.4')).toBe(true);

    // the agent edits the card but may not delete a document for good (clients:delete)
    expect(await row.getByTestId('document-delete').count()).toBe(0);

    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await openClient(giulia, 'Russo Giuseppe');
    await openTab(giulia, 'documents', 'document-upload');
    const own = giulia.getByTestId('table-row').filter({ hasText: 'carta-identita.pdf' });
    await own.getByTestId('document-delete').click();
    await giulia.getByTestId('confirm').click();
    await expect.poll(() => giulia.getByTestId('table-row').filter({ hasText: 'carta-identita.pdf' }).count()).toBe(0);
    await giulia.close();
  });

  it('service entries: a note is added to the card', async () => {
    await openClient(marco, 'Ricci Luca');
    await openTab(marco, 'service', 'service-form');
    await marco.getByTestId('service-add').click();
    await expect.poll(() => fieldError(marco, 'service-subject')).toBe('Required');
    await marco.getByTestId('service-subject').fill('Asked for a home insurance quote');
    await marco.getByTestId('service-add').click();
    await marco.getByTestId('service-entry').filter({ hasText: 'Asked for a home insurance quote' }).waitFor();
    await check(marco, 'client-service-entries');
  });

  it('permanent delete needs the delete right: the agent sees no delete action; the administrator is refused while the law keeps a complaint and deletes a card added by mistake', async () => {
    await openClient(marco, 'De Luca Niccolò');
    await marco.getByTestId('client-actions').click();
    await marco.getByTestId('action-merge').waitFor();
    expect(await marco.getByTestId('action-delete').count()).toBe(0);
    await marco.keyboard.press('Escape');

    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await openClient(giulia, 'De Luca Niccolò');
    await giulia.getByTestId('client-actions').click();
    await giulia.getByTestId('action-delete').click();
    await giulia.getByTestId('legal-holds').waitFor();
    expect(await giulia.getByTestId('legal-holds').textContent()).toContain('1 complaint in the complaints register');
    await giulia.getByTestId('delete-confirm').click();
    await giulia.getByTestId('delete-refused').waitFor();
    await check(giulia, 'client-delete-refused');
    await giulia.keyboard.press('Escape');
    const ok = await gqlFromPage(giulia, 'query { clients(first: 200) { items { displayName } } }');
    expect(JSON.stringify(ok.data)).toContain('De Luca Niccolò');

    const mistake = await createByApi(marco, 'Sbagliato', 'Cliente');
    await giulia.goto(`/clients/${mistake}`);
    await giulia.getByTestId('client-actions').click();
    await giulia.getByTestId('action-delete').click();
    await giulia.getByTestId('delete-confirm').click();
    await giulia.waitForURL(/\/clients\/list/);
    const gone = await gqlFromPage(giulia, 'query($id: ID!) { client(id: $id) { id } }', { id: mistake });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await giulia.close();
  });

  it('the administrator downloads the GDPR export (JSON and PDF) and erases a card after typing its name', async () => {
    const giulia = (await newPerson(browser, t.url)).page;
    await signIn(giulia, USERS.rossiAdmin, { secondFactor: true });
    await english(giulia);
    await openClient(giulia, 'Ferrari Maria');
    await giulia.getByTestId('client-actions').click();
    let download = giulia.waitForEvent('download');
    await giulia.getByTestId('action-export-json').click();
    let file = await download;
    expect(file.suggestedFilename()).toMatch(/^client-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { client: { displayName: string } };
    expect(exported.client.displayName).toBe('Ferrari Maria');
    await giulia.getByTestId('client-actions').click();
    download = giulia.waitForEvent('download');
    await giulia.getByTestId('action-export-pdf').click();
    file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(readFileSync((await file.path())!, 'latin1').startsWith('%PDF')).toBe(true);

    const id = await createByApi(giulia, 'Anna', 'Cancellare');
    await giulia.goto(`/clients/${id}`);
    await giulia.getByTestId('client-actions').click();
    await giulia.getByTestId('action-erase').click();
    expect(await giulia.getByTestId('erase-confirm').isDisabled()).toBe(true);
    await giulia.getByTestId('erase-name').fill('Cancellare Anna');
    await giulia.getByTestId('erase-reason').fill('Right to erasure, request of 20 November');
    await check(giulia, 'client-erase-dialog');
    await giulia.getByTestId('erase-confirm').click();
    await giulia.getByTestId('erased-banner').waitFor();
    expect(await giulia.getByTestId('client-actions').count()).toBe(1);
    await screenshot(giulia, 'client-erased');
  });

  it("a Dutch agent creates a legal entity with a Dutch VAT and KvK number, and sees only her company's clients", async () => {
    const sanne = (await newPerson(browser, t.url, { locale: 'nl-NL' })).page;
    await signIn(sanne, USERS.vdbergAgent);
    await sanne.goto('/clients/new');
    await sanne.getByTestId('kind-entity').click();
    await sanne.getByTestId('field-legalName').fill('Bloemenhandel De Vries');
    await sanne.getByTestId('field-legalForm').fill('B.V.');
    await sanne.getByTestId('field-vatNumber').fill('NL123456783B01');
    await sanne.getByTestId('create-submit').click();
    await expect.poll(() => fieldError(sanne, 'field-vatNumber')).toBe('Geen geldig btw-nummer.');
    await sanne.getByTestId('field-vatNumber').fill('NL123456782B01');
    await sanne.getByTestId('field-activity.registryNumber').fill('12345678');
    await sanne.getByTestId('field-address.line1').fill('Keizersgracht 100');
    await sanne.getByTestId('field-address.postalCode').fill('1015cs');
    await sanne.getByTestId('field-address.city').fill('Amsterdam');
    await sanne.getByTestId('create-submit').click();
    await expect.poll(() => sanne.getByTestId('client-name').textContent()).toBe('Bloemenhandel De Vries');
    expect(await sanne.getByTestId('client-facts').textContent()).toContain('NL123456782B01');
    await check(sanne, 'client-panel-dutch');
    const search = sanne.getByTestId('global-search');
    await search.fill('Russo Giuseppe');
    await sanne.getByText('Geen klant gevonden').waitFor();
  });

  it('the create form of an entity and the Italian panel pass the accessibility check', async () => {
    await marco.goto('/clients/new');
    await marco.getByTestId('kind-entity').click();
    await marco.getByTestId('create-client-form').waitFor();
    await check(marco, 'client-create-entity');
    await marco.getByTestId('language-menu').click();
    await marco.getByTestId('language-it').click();
    await openClient(marco, 'Colombo Costruzioni S.p.A.');
    await openTab(marco, 'activity', 'activity-form');
    expect(await marco.getByTestId('tab-activity').textContent()).toBe('Professione / attività');
    await check(marco, 'client-panel-italian');
    expect(pageErrors).toEqual([]);
  });
});
