import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { ISSUE, rossiPolicy } from './billing-helpers.js';

/** A premium receipt's e-mail reaches a real SMTP server in the client's language with the receipt's PDF attached (issue #13 §2, loose end). */
let t: TestPlatform;
let mailbox: Mailbox;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
});
afterAll(async () => {
  await t?.stop();
  await mailbox?.close();
});

describe('receipt e-mails', () => {
  it('attaches the receipt as a PDF named after its number to the e-mail sent to the client', async () => {
    const P = await rossiPolicy(giulia, marco, 'BILE');
    const d = (await laura.ok(ISSUE, { id: P.installments[0].id })).issuePremiumReceipt;
    const to = (await laura.ok(`mutation($id: ID!) { sendPremiumDocument(id: $id) }`, { id: d.id })).sendPremiumDocument as string;
    const mail = await mailbox.waitFor(to);
    expect(mail.text).toContain(d.displayNumber);
    expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([['application/pdf', `${d.displayNumber.replace(/[ /]/g, '-')}.pdf`]]);
    expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mail.attachments[0].content.length).toBeGreaterThan(1000);
  });
});
