import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';
import { english, fieldError, openTab } from './support/clients';
import { validatePain008 } from '../../server/src/modules/banking/xsd-validate.js';
import { romeDay } from './support/calendar';

/**
 * Issue #14 §1–§3 in the browser: the accountant saves the company's creditor data, creates a SEPA
 * mandate on a client's card, runs a direct-debit collection and downloads its pain.008 file (valid
 * against the XSD), imports the bank's return and sees the receipt open again, the reason in words.
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
const pageErrors: string[] = [];
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const day = romeDay; // days on ROSSI's calendar, as the platform counts them

let debtor: { id: string; name: string; open: Array<{ receiptNumber: string; openAmount: string }> };
let collection: { e2e: string; receipt: string; amount: string; messageId: string };

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
  // a demo client of ROSSI with open receipts, a bank account on the card and no mandate yet (the demo data has some)
  const docs = (await gqlFromPage(laura, `{ premiumDocuments(filter: { kind: RECEIPT }, first: 200) { items { clientId clientName } } }`)) as { data: { premiumDocuments: { items: Array<{ clientId: string; clientName: string }> } } };
  for (const [id, name] of new Map(docs.data.premiumDocuments.items.map((d) => [d.clientId, d.clientName]))) {
    const r = (await gqlFromPage(laura, `query($id: ID!) { client(id: $id) { bankAccounts { id } } clientAccount(clientId: $id) { openItems { receiptNumber openAmount } } sepaMandates(clientId: $id) { id } }`, { id })) as {
      data: { client: { bankAccounts: unknown[] }; clientAccount: { openItems: Array<{ receiptNumber: string; openAmount: string }> }; sepaMandates: unknown[] };
    };
    if (r.data.client.bankAccounts.length && r.data.clientAccount.openItems.length && !r.data.sepaMandates.length) {
      debtor = { id, name, open: r.data.clientAccount.openItems };
      break;
    }
  }
  expect(debtor).toBeDefined();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('banking: the accountant collects by SEPA direct debit and follows a return', () => {
  it('refuses a creditor identifier whose check digits do not match and an account outside SEPA, on the fields, then saves the creditor data', async () => {
    await laura.goto('/billing/sepa');
    await laura.getByTestId('creditor-form').waitFor();
    await laura.getByTestId('field-creditorId').fill('IT67ZZZA1B2C3D4E5F6G7H8');
    await laura.getByTestId('field-creditorName').fill('Rossi Assicurazioni');
    // a valid IBAN, of a Brazilian bank: no direct debit can be collected into it
    await laura.getByTestId('field-creditorIban').fill('BR1800360305000010009795493C1');
    await laura.getByTestId('field-returnFee').fill('3.00');
    await laura.getByTestId('save-creditor').click();
    await expect.poll(() => fieldError(laura, 'field-creditorId')).toBe('The check digits do not match (ISO 7064 mod 97-10).');
    expect(await fieldError(laura, 'field-creditorIban')).toBe('Not an account in a SEPA country: direct debits cannot be collected into it.');
    await laura.getByTestId('field-creditorIban').fill('IT60X0542811101000000123456');
    await laura.getByTestId('field-creditorId').fill('IT66ZZZA1B2C3D4E5F6G7H8');
    await laura.getByTestId('save-creditor').click();
    await laura.getByTestId('creditor-saved').waitFor();
    expect(await fieldError(laura, 'field-creditorId')).toBe('');
  });

  it("creates a mandate on the client's card, refusing one without a signature date on the field", async () => {
    await laura.goto(`/clients/${debtor.id}`);
    await openTab(laura, 'mandates', 'client-mandates');
    await laura.getByTestId('field-reference').fill('E2E-MANDATE-1');
    await laura.getByTestId('create-mandate').click();
    await expect.poll(() => fieldError(laura, 'field-signatureDate')).not.toBe('');
    await laura.getByTestId('field-signatureDate').fill('2025-03-01');
    await laura.getByTestId('create-mandate').click();
    await expect.poll(() => laura.getByTestId('mandate-row').count()).toBe(1);
    expect(await text(laura, 'mandate-row')).toContain('E2E-MANDATE-1');
    await screenshotAndCheckA11y(laura, 'banking-mandates');
  });

  it('runs a SEPA collection, follows it to done and downloads a pain.008 file that the XSD accepts', async () => {
    await laura.goto('/billing/sepa');
    await laura.getByTestId('field-collectionDate').fill(day(5));
    await laura.getByTestId('field-dueTo').fill(day(400));
    await laura.getByTestId('start-sepa-run').click();
    await laura.waitForURL(/\/billing\/sepa\/[0-9a-f-]{36}$/);
    await expect.poll(() => laura.getByTestId('sepa-run-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('DONE');
    expect(await text(laura, 'sepa-run-percent')).toBe('100 %');
    const row = laura.getByTestId('collection-row').filter({ hasText: 'E2E-MANDATE-1' }).first();
    const cells = await row.locator('td').allTextContents();
    const [receipt, , , seq, , e2e, amount] = cells.map((c) => c.trim());
    expect(seq).toBe('FRST · CORE');
    expect(debtor.open.map((o) => o.receiptNumber)).toContain(receipt);

    const [download] = await Promise.all([laura.waitForEvent('download'), laura.getByTestId('download-sepa-file').click()]);
    const body = await readFile((await download.path())!, 'utf8');
    expect(await validatePain008(body)).toEqual({ valid: true, errors: [] });
    expect(body).toContain(`<EndToEndId>${e2e}</EndToEndId>`);
    collection = { e2e, receipt, amount, messageId: /<MsgId>([^<]+)<\/MsgId>/.exec(body)![1] };
    await screenshotAndCheckA11y(laura, 'banking-sepa-run');
  });

  it("imports the bank's return and sees the receipt open again, the reason in words", async () => {
    // the receipt is collected: nothing open on it
    const before = (await gqlFromPage(laura, `query($id: ID!) { clientAccount(clientId: $id) { openItems { receiptNumber } } }`, { id: debtor.id })) as { data: { clientAccount: { openItems: Array<{ receiptNumber: string }> } } };
    expect(before.data.clientAccount.openItems.map((o) => o.receiptNumber)).not.toContain(collection.receipt);

    const report = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>E2E-STATUS-1</MsgId><CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${collection.messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${collection.messageId}-1</OrgnlPmtInfId>
    <TxInfAndSts><OrgnlEndToEndId>${collection.e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
  </OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;
    await laura.goto('/billing/returns');
    await laura.locator('input[type=file]').setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(report) });
    await expect.poll(() => text(laura, 'notice')).toBe('1 collection returned (0 already known)');
    const row = laura.getByTestId('return-row').filter({ hasText: collection.receipt });
    await row.waitFor();
    expect(await row.getByTestId('return-reason').textContent()).toBe('AC04Account closed');
    expect((await row.getByTestId('return-open-amount').textContent())?.trim()).toBe(collection.amount);
    await screenshotAndCheckA11y(laura, 'banking-returns');

    // the client's account tab lists the receipt as open again
    await laura.goto(`/clients/${debtor.id}`);
    await openTab(laura, 'account', 'client-account');
    await expect.poll(() => laura.getByTestId('account-open-items').textContent()).toContain(collection.receipt);
    expect(pageErrors).toEqual([]);
  });
});
