import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { RECORD_CONSENTS, answersFor, formsByCode } from './consents-helpers.js';
import { pdfText } from './pdf-text.helpers.js';

/** CN-4: a consent record's e-mail reaches a real SMTP server, to the client and to the agency, with the record's PDF attached. */
let t: TestPlatform;
let mailbox: Mailbox;
let marco: GqlClient;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  marco = await signedIn(t, USERS.rossiAgent);
});
afterAll(async () => {
  await t?.stop();
  await mailbox?.close();
});

describe('consent e-mails', () => {
  it('delivers each record to the client and the agency through SMTP in the client\'s language, with the PDF holding the stamp and the hash attached', async () => {
    const F = await formsByCode(marco);
    const client = await createClient(marco, italianPerson());
    const email = client.contacts.find((c: { kind: string }) => c.kind === 'EMAIL').value;
    const [rec] = (await marco.ok(RECORD_CONSENTS, { input: { clientId: client.id, channel: 'STAFF_SCREEN', forms: [answersFor(F.ECONSENT.current)] } })).recordConsents;
    const toClient = await mailbox.waitFor(email);
    const toAgency = await mailbox.waitFor('agenzia@rossi-assicurazioni.example');
    for (const mail of [toClient, toAgency]) {
      expect(mail.subject).toBe(`La registrazione del suo consenso: Consenso alla comunicazione elettronica (${rec.stamp})`);
      expect(mail.text).toContain(rec.verificationCode);
      expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([['application/pdf', expect.stringMatching(/^consent-ECONSENT-v1-1\.pdf$/)]]);
    }
    const text = await pdfText(toClient.attachments[0].content);
    expect(text).toContain(rec.stamp);
    expect(text.replace(/\s+/g, '')).toContain(rec.hash);
  });
});
