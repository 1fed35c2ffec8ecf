import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type GqlClient, type Mailbox, type TestPlatform } from './support/platform';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from '../../server/test/policies-helpers.js';
import { PDF, uploadDocument } from '../../server/test/clients-documents.helpers.js';
import { invitedOnPhone } from './support/portal';

/**
 * Issue #12 item 8 on a phone: the client opens a shared contract's documents on the portal's home page
 * and downloads one through the audited route; a contract without documents says so.
 */
let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
let agent: GqlClient;
let clientId: string;
const policies: Array<{ id: string; number: string }> = [];
const email = 'contract.documents@example.com';

beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
  agent = await apiAs(t, USERS.rossiAgent);
  const refs = await referenceData(await apiAs(t, USERS.rossiAdmin), 'PCDE2E');
  clientId = (await createClient(agent, italianPerson())).id;
  for (const line of ['home', 'motor_liability']) {
    const p = (await agent.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.lines[line] }) })).createPolicy;
    policies.push({ id: p.id, number: p.number });
  }
  await uploadDocument(t as never, agent as never, { ownerType: 'policy', ownerId: policies[0].id, category: 'contract', fileName: 'polizza-casa.pdf' });
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

/** Staff grant the client's card to `email`; the person accepts the invitation on a phone. */
const invited = () => invitedOnPhone({ browser, t, mail, agent, clientIds: [clientId], email, grantName: 'Contract documents', name: 'Cliente Documenti' });

describe("a shared contract's documents on the portal (phone)", () => {
  it('lists them on demand and downloads one byte for byte; a contract without documents says so', async () => {
    const { page, errors } = await invited();
    const withDocs = page.getByTestId('portal-contract').filter({ hasText: policies[0].number });
    await withDocs.getByTestId('portal-contract-documents-toggle').click();
    await withDocs.getByTestId('portal-contract-document').waitFor();
    expect(await withDocs.getByTestId('portal-contract-document-download').textContent()).toBe('polizza-casa.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), withDocs.getByTestId('portal-contract-document-download').click()]);
    expect(download.suggestedFilename()).toBe('polizza-casa.pdf');
    expect((await readFile((await download.path())!)).equals(PDF)).toBe(true);

    const without = page.getByTestId('portal-contract').filter({ hasText: policies[1].number });
    await without.getByTestId('portal-contract-documents-toggle').click();
    await without.getByTestId('portal-contract-documents-none').waitFor();
    await screenshot(page, 'portal-contract-documents');
    expect(errors).toEqual([]);
  });
});
