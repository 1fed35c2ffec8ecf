import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlFromPage, launchBrowser, newPerson, screenshotAndCheckA11y, signIn } from './support/browser';
import { USERS, startE2EPlatform, type TestPlatform } from './support/platform';
import { english, fieldError, openTab } from './support/clients';
import { romeDay } from './support/calendar';

/**
 * Issue #14 §5 in the browser: the accountant imports the bank's camt.053 statement on the Bank
 * statements page, confirms the receipt proposed for a credit line and sees the receipt paid on the
 * client's account tab.
 */
let t: TestPlatform;
let browser: Browser;
let laura: Page;
const pageErrors: string[] = [];
let receipt: { clientId: string; receiptNumber: string; openAmount: string };

/**
 * Booked today: the demo data close the month before this one (billing.seeder.ts), so a fixed date
 * would fall into a closed month once its month has passed (then the line cannot be confirmed).
 */
function statement(iban: string, amount: string, text: string): string {
  const today = romeDay();
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>E2E-CAMT-1</MsgId><CreDtTm>${today}T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>E2E-STMT-1</Id>
      <FrToDt><FrDtTm>${today}T00:00:00</FrDtTm><ToDtTm>${today}T23:59:59</ToDtTm></FrToDt>
      <Acct><Id><IBAN>${iban}</IBAN></Id></Acct>
      <Ntry>
        <NtryRef>E2E-1</NtryRef><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${today}</Dt></BookgDt><ValDt><Dt>${today}</Dt></ValDt><AcctSvcrRef>E2E-1</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>A client</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>${text}</Ustrd></RmtInf></TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

/** A statement of `n` credit lines naming no receipt, about 470 bytes a line. */
function bigStatement(iban: string, n: number): string {
  const entries = Array.from(
    { length: n },
    (_, i) => `<Ntry><NtryRef>E2E-BIG-${i + 1}</NtryRef><Amt Ccy="EUR">${(i % 900) + 10}.${String(i % 100).padStart(2, '0')}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-11-22</Dt></BookgDt><ValDt><Dt>2026-11-22</Dt></ValDt><AcctSvcrRef>E2E-BIG-${i + 1}</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>Ordinante ${i + 1}</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>Bonifico ${i + 1} senza riferimento</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
  <GrpHdr><MsgId>E2E-CAMT-BIG</MsgId><CreDtTm>2026-11-23T06:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>E2E-STMT-BIG</Id><FrToDt><FrDtTm>2026-11-22T00:00:00</FrDtTm><ToDtTm>2026-11-22T23:59:59</ToDtTm></FrToDt>
    <Acct><Id><IBAN>${iban}</IBAN></Id></Acct>
    ${entries.join('\n    ')}
  </Stmt>
</BkToCstmrStmt></Document>`;
}

beforeAll(async () => {
  t = await startE2EPlatform();
  browser = await launchBrowser();
  laura = (await newPerson(browser, t.url)).page;
  laura.on('pageerror', (e) => pageErrors.push(e.message));
  await signIn(laura, USERS.rossiAccountant);
  await english(laura);
  // a demo receipt of ROSSI still open in full
  const docs = (await gqlFromPage(laura, `{ premiumDocuments(filter: { kind: RECEIPT }, first: 200) { items { clientId } } }`)) as { data: { premiumDocuments: { items: Array<{ clientId: string }> } } };
  for (const id of new Set(docs.data.premiumDocuments.items.map((d) => d.clientId))) {
    const r = (await gqlFromPage(laura, `query($id: ID!) { clientAccount(clientId: $id) { openItems { receiptNumber gross openAmount } } }`, { id })) as {
      data: { clientAccount: { openItems: Array<{ receiptNumber: string; gross: string; openAmount: string }> } };
    };
    const open = r.data.clientAccount.openItems.find((o) => o.openAmount === o.gross);
    if (open) {
      receipt = { clientId: id, receiptNumber: open.receiptNumber, openAmount: open.openAmount };
      break;
    }
  }
  expect(receipt).toBeDefined();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('bank statements: the accountant imports a statement and matches a line', () => {
  it('imports a camt.053, confirms the proposed receipt and sees the receipt paid', async () => {
    const settings = (await gqlFromPage(laura, `{ bankingSettings { creditorIban } }`)) as { data: { bankingSettings: { creditorIban: string } } };
    const xml = statement(settings.data.bankingSettings.creditorIban, receipt.openAmount, `Premio polizza, quietanza ${receipt.receiptNumber}`);
    await laura.goto('/billing/statements');
    await laura.locator('input[type=file]').setInputFiles({ name: 'camt053.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await expect.poll(() => laura.getByTestId('notice').textContent()).toBe('1 line imported (0 already known, 1 with proposals)');
    const row = laura.getByTestId('line-row').first();
    await expect.poll(() => row.getByTestId('line-state').getAttribute('data-state')).toBe('PROPOSED');
    await screenshotAndCheckA11y(laura, 'bank-statements');

    await row.getByTestId('match-line').click();
    const best = laura.getByTestId('proposal-row').first();
    await best.waitFor();
    expect(await best.getAttribute('data-receipt')).toBe(receipt.receiptNumber);
    expect(await best.textContent()).toContain('receipt number');
    await best.getByTestId('proposal-choose').check();
    expect(await best.getByTestId('proposal-amount').inputValue()).toBe(receipt.openAmount);
    await screenshotAndCheckA11y(laura, 'bank-statements-match');
    await laura.getByTestId('confirm-match').click();
    await expect.poll(() => laura.getByTestId('line-state').first().getAttribute('data-state')).toBe('MATCHED');
    await expect.poll(() => laura.getByTestId('statement-unmatched').first().textContent()).toBe('0');

    // the client's account tab: the receipt is no longer open, the bank transfer is there with nothing left
    await laura.goto(`/clients/${receipt.clientId}`);
    await openTab(laura, 'account', 'client-account');
    const transfer = laura.getByTestId('account-payments').locator('tr').filter({ hasText: 'Bank transfer' }).filter({ hasText: receipt.openAmount });
    await expect.poll(() => transfer.count()).toBe(1);
    expect((await transfer.locator('td').allTextContents()).map((c) => c.trim()).slice(2)).toEqual([receipt.openAmount, '0.00']);
    expect(await laura.getByTestId('client-account').textContent()).not.toContain(receipt.receiptNumber);
    expect(pageErrors).toEqual([]);
  });

  it('imports a statement of 1,200 lines — far more than a GraphQL request may carry — and refuses the same statement sent again', async () => {
    const settings = (await gqlFromPage(laura, `{ bankingSettings { creditorIban } }`)) as { data: { bankingSettings: { creditorIban: string } } };
    const xml = bigStatement(settings.data.bankingSettings.creditorIban, 1200);
    expect(xml.length).toBeGreaterThan(500 * 1024);
    await laura.goto('/billing/statements');
    await laura.locator('input[type=file]').setInputFiles({ name: 'camt053-big.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    // while the import runs, the page says so
    await expect.poll(() => laura.getByTestId('bank-file-importing').textContent()).toBe('Importing the file…');
    await expect.poll(() => laura.getByTestId('notice').textContent(), { timeout: 60_000 }).toMatch(/^1,200 lines imported \(0 already known, [\d,]+ with proposals\)$/);
    const row = laura.getByTestId('statement-row').filter({ hasText: 'E2E-STMT-BIG' });
    await expect.poll(() => row.getByTestId('statement-lines').textContent()).toBe('1,200');
    expect(await row.getAttribute('data-selected')).toBe('true');
    expect(await laura.getByTestId('bank-file-importing').count()).toBe(0);

    await laura.locator('input[type=file]').setInputFiles({ name: 'camt053-big-again.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await expect.poll(() => laura.getByRole('alert').first().textContent(), { timeout: 60_000 }).toMatch(/^This file has already been imported, on .+[0-9].*\.$/);
    expect(await laura.getByTestId('statement-row').filter({ hasText: 'E2E-STMT-BIG' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('shows the unmatched bank lines and the direct debits per month with their return rate by reason on the billing dashboard', async () => {
    const api = (await gqlFromPage(laura, `{ bankLinesDashboard { unmatchedCount } directDebitMonths { month returned returnRate reasons { reasonCode count } } }`)) as {
      data: { bankLinesDashboard: { unmatchedCount: number }; directDebitMonths: Array<{ month: string; returned: number; returnRate: string; reasons: Array<{ reasonCode: string; count: number }> }> };
    };
    await laura.goto('/billing');
    await expect.poll(() => laura.getByTestId('unmatched-bank-lines-count').textContent()).toBe(String(api.data.bankLinesDashboard.unmatchedCount));
    // the demo data's SEPA run has one return (MS02)
    const month = api.data.directDebitMonths.find((m) => m.reasons.some((r) => r.reasonCode === 'MS02'))!;
    expect(month).toBeDefined();
    const row = laura.locator(`[data-testid="direct-debit-month"][data-month="${month.month}"]`);
    await row.waitFor();
    expect((await row.getByTestId('return-rate').textContent())?.trim()).toBe(`${month.returnRate} % (${month.returned})`);
    expect(await row.textContent()).toContain('MS02 × 1');
    await screenshotAndCheckA11y(laura, 'billing-dashboard-banking');
  });

  it("amends a mandate's account from the Mandates tab, refusing an IBAN that does not validate on the field", async () => {
    const m = (await gqlFromPage(laura, `{ sepaMandates { id clientId reference status iban } }`)) as { data: { sepaMandates: Array<{ id: string; clientId: string; reference: string; status: string; iban: string }> } };
    const mandate = m.data.sepaMandates.find((x) => x.status === 'ACTIVE')!;
    await laura.goto(`/clients/${mandate.clientId}`);
    await openTab(laura, 'mandates', 'client-mandates');
    await laura.getByTestId('mandate-row').filter({ hasText: mandate.reference }).getByTestId('mandate-amend').click();
    await laura.getByTestId('field-amend-iban').fill('IT00X0542811101000000999999');
    await laura.getByTestId('save-amendment').click();
    await expect.poll(() => fieldError(laura, 'field-amend-iban')).not.toBe('');
    await laura.getByTestId('field-amend-iban').fill('IT07X0542811101000000654321');
    await laura.getByTestId('save-amendment').click();
    await expect.poll(() => laura.getByTestId('mandate-amend-form').count()).toBe(0);
    await expect.poll(() => laura.getByTestId('mandate-row').filter({ hasText: mandate.reference }).textContent()).toContain('IT07X0542811101000000654321');
    const after = (await gqlFromPage(laura, `query($id: ID!) { sepaMandate(id: $id) { iban amendments { kind oldValue newValue reported } } }`, { id: mandate.id })) as {
      data: { sepaMandate: { iban: string; amendments: Array<{ kind: string; oldValue: string; newValue: string; reported: boolean }> } };
    };
    expect(after.data.sepaMandate.amendments).toContainEqual({ kind: 'account', oldValue: mandate.iban, newValue: 'IT07X0542811101000000654321', reported: false });

    // the card's History: the amendment, and the mandate's creation with its state and recurrence in words
    await openTab(laura, 'history', 'history-entry');
    const mandates = laura.getByTestId('history-entry').filter({ hasText: 'SEPA mandate' });
    const amended = mandates.filter({ has: laura.getByTestId('audit-change').filter({ hasText: 'IBAN:' }) }).first();
    expect(await amended.getByTestId('audit-change').filter({ hasText: 'IBAN:' }).getByTestId('audit-after').textContent()).toBe('IT07X0542811101000000654321');
    const created = mandates.filter({ has: laura.getByTestId('audit-change').filter({ hasText: 'Recurrence:' }) }).last();
    expect(await created.getByTestId('audit-change').filter({ hasText: 'Status:' }).getByTestId('audit-after').textContent()).toBe('Active');
    expect(await created.getByTestId('audit-change').filter({ hasText: 'Recurrence:' }).getByTestId('audit-after').textContent()).toMatch(/^(Recurrent|One-off)$/);
    expect(pageErrors).toEqual([]);
  });
});
