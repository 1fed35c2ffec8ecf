import { expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { USERS, signedIn, type GqlClient, type TestPlatform } from './harness.js';
import { clientWithReceipts } from './payments-helpers.js';
import { ROME, dayIn } from './calendar.js';

/** Shared pieces of the banking tests (issue #14). */
export const SETTINGS = `mutation($input: BankingSettingsInput!) { setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee } }`;
export const MANDATE = `id clientId clientName reference scheme recurrence signatureDate iban bic debtorName status revokedOn collections amendments { kind oldValue newValue reported }`;
export const CREATE_MANDATE = `mutation($input: MandateInput!) { createSepaMandate(input: $input) { ${MANDATE} } }`;
export const AMEND_MANDATE = `mutation($id: ID!, $input: MandateAmendmentInput!) { amendSepaMandate(id: $id, input: $input) { ${MANDATE} } }`;
export const REVOKE_MANDATE = `mutation($id: ID!, $reason: String!) { revokeSepaMandate(id: $id, reason: $reason) { ${MANDATE} } }`;
export const GET_MANDATE = `query($id: ID!) { sepaMandate(id: $id) { ${MANDATE} } }`;
export const MANDATE_PDF = `query($id: ID!) { sepaMandatePdf(id: $id) { fileName contentType base64 } }`;
export const RUN = `id status collectionDate dueTo messageId total processed percent controlSum fileId fileName error startedByName
  collections(first: 500) { id receiptId receiptNumber clientId mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }`;
export const START_SEPA = `mutation($input: SepaRunInput!) { startSepaRun(input: $input) { ${RUN} } }`;
export const GET_SEPA = `query($id: ID!) { sepaRun(id: $id) { ${RUN} } }`;
export const RETURNS = `query($open: Boolean) { sepaReturns(openOnly: $open) { id receiptId receiptNumber clientId amount reasonCode endToEndId fee openAmount reversalEntryId fileName } }`;
export const IMPORT = `mutation($name: String!, $b: String!) { importSepaReturns(fileName: $name, base64: $b) { fileId messageId returned alreadyReturned
  returns { receiptId receiptNumber reasonCode endToEndId openAmount fee reversalEntryId } } }`;

export const ROSSI_CREDITOR = { creditorId: 'IT66ZZZA1B2C3D4E5F6G7H8', creditorName: 'Rossi Assicurazioni', creditorIban: 'IT60X0542811101000000123456', creditorBic: 'BPMOIT22XXX' };

/** `n` days from ROSSI's today, on its calendar (Italian time), as the server counts due and collection dates. */
export const plusDays = (n: number) => dayIn(ROME, n);

/** A ROSSI client with `n` receipts and a mandate on its bank account. */
export async function clientWithMandate(giulia: GqlClient, marco: GqlClient, laura: GqlClient, code: string, n: number, mandate: { scheme?: string; recurrence?: string } = {}) {
  const P = await clientWithReceipts(giulia, marco, laura, code, n);
  const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id iban } } }`, { id: P.clientId })).client;
  const m = (
    await laura.ok(CREATE_MANDATE, {
      input: { clientId: P.clientId, bankAccountId: card.bankAccounts[0].id, reference: `MND-${code}-1`, signatureDate: '2025-02-01', scheme: mandate.scheme ?? 'CORE', recurrence: mandate.recurrence ?? 'RCUR' },
    })
  ).createSepaMandate;
  return { ...P, bankAccountId: card.bankAccounts[0].id as string, mandate: m };
}

let clerkRoles = 0;

/**
 * Elena (an agent in ROSSI) with a role of only these rights while `fn` runs, signed in to ROSSI: a bank
 * clerk without some right; her own role back afterwards. `giulia` is ROSSI's administrator.
 */
export async function asRossiClerk(t: TestPlatform, giulia: GqlClient, rights: string[], fn: (clerk: GqlClient) => Promise<void>): Promise<void> {
  const { users } = await giulia.ok<{ users: Array<{ id: string; role: { id: string }; user: { email: string } }> }>(`{ users { id role { id } user { email } } }`);
  const m = users.find((u) => u.user.email === USERS.both)!;
  const role = (await giulia.ok('mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { name: `Bank clerks ${++clerkRoles}`, rights } })).createRole.id;
  const SET = `mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`;
  await giulia.ok(SET, { id: m.id, r: role });
  try {
    const clerk = await signedIn(t, USERS.both);
    await clerk.switchTo('ROSSI');
    expect((await clerk.ok<{ me: { rights: string[] } }>('{ me { rights } }')).me.rights.sort()).toEqual([...rights].sort());
    await fn(clerk);
  } finally {
    await giulia.ok(SET, { id: m.id, r: m.role.id });
  }
}

/** Waits until a SEPA run is done or failed (the page polls the same query). */
export async function waitForSepaRun(c: GqlClient, id: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = (await c.ok(GET_SEPA, { id })).sepaRun;
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`SEPA run ${id} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** GET /files/bank/<id> as the signed-in person. */
export async function download(t: TestPlatform, c: GqlClient, fileId: string): Promise<{ status: number; body: string; json: any }> {
  const res = await fetch(`${t.url}/files/bank/${fileId}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
  const body = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(body);
  } catch {
    /* the XML */
  }
  return { status: res.status, body, json };
}

export const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (n) => ['PmtInf', 'DrctDbtTxInf'].includes(n) });

/** A pain.002 rejecting the given end-to-end ids with their reason codes. */
export function pain002(messageId: string, originalMessageId: string, rejects: Array<{ e2e: string; code: string }>): string {
  const tx = rejects
    .map(
      (r, i) => `<TxInfAndSts><StsId>S${i + 1}</StsId><OrgnlEndToEndId>${r.e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>${r.code}</Cd></Rsn></StsRsnInf></TxInfAndSts>`,
    )
    .join('\n      ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>${originalMessageId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>${originalMessageId}-1</OrgnlPmtInfId>
      ${tx}
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>`;
}

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
