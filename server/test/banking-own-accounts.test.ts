import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';
import { IMPORT, ROSSI_CREDITOR, SETTINGS, START_SEPA, b64, clientWithMandate, pain002, plusDays, waitForSepaRun } from './banking-helpers.js';
import { IMPORT_STATEMENT, camt053 } from './banking-statements-helpers.js';
import { RIBA_SETTINGS, ROSSI_RIBA } from './banking-riba-helpers.js';

/**
 * Statements, notifications and status reports are of the company's OWN accounts: any account it uses
 * as its own (the SEPA creditor account and the RiBa account) is accepted; another company's account or
 * creditor identifier is refused like an unknown one, naming the element, and nothing is written.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

const ROSSI_RIBA_IBAN = 'IT07X0542811101000000654321';
const VDBERG_IBAN = 'NL91ABNA0417164300';
const VDBERG_CREDITOR = 'NL69ZZZ123456780000';

/** A camt.054 returning one collection, of the account `iban`. */
const camt054 = (messageId: string, iban: string, e2e: string, amount: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm></GrpHdr>
  <Ntfctn><Id>N1</Id><Acct><Id><IBAN>${iban}</IBAN></Id></Acct><Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${plusDays(9)}</Dt></BookgDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>${e2e}</EndToEndId></Refs><RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>`;

let collections: Array<{ clientId: string; endToEndId: string; amount: string }> = [];
let runMessageId = '';

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
  // ROSSI's RiBa receipts are credited to an account of its own other than the SEPA creditor account
  await laura.ok(RIBA_SETTINGS, { input: { ...ROSSI_RIBA, iban: ROSSI_RIBA_IBAN } });
  await pieter.ok(SETTINGS, { input: { creditorId: VDBERG_CREDITOR, creditorName: 'Van den Berg', creditorIban: VDBERG_IBAN } });
  const A = await clientWithMandate(giulia, marco, laura, 'OWNA', 2);
  const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun.id);
  expect(run.status).toBe('DONE');
  runMessageId = run.messageId;
  collections = run.collections.filter((c: any) => c.clientId === A.clientId);
  expect(collections).toHaveLength(2);
});
afterAll(async () => t?.stop());

describe("bank statements of the company's own accounts", () => {
  it('accepts a camt.053 statement of the RiBa account as well as of the SEPA creditor account', async () => {
    const riba = (await laura.ok(IMPORT_STATEMENT, { name: 'riba.xml', b: b64(camt053({ messageId: 'OWN-RIBA-1', statementId: 'S-RIBA-1', iban: ROSSI_RIBA_IBAN, entries: [{ ref: 'R-1', amount: '12.00' }] })) })).importBankStatement;
    expect(riba).toMatchObject({ imported: 1, statements: [expect.objectContaining({ iban: ROSSI_RIBA_IBAN, lineCount: 1 })] });
    const sepa = (await laura.ok(IMPORT_STATEMENT, { name: 'sepa.xml', b: b64(camt053({ messageId: 'OWN-SEPA-1', statementId: 'S-SEPA-1', iban: ROSSI_CREDITOR.creditorIban, entries: [{ ref: 'C-1', amount: '13.00' }] })) })).importBankStatement;
    expect(sepa).toMatchObject({ imported: 1, statements: [expect.objectContaining({ iban: ROSSI_CREDITOR.creditorIban })] });
  });

  it("still refuses a statement of another company's account or an unknown one, naming Stmt[n].Acct.Id.IBAN; nothing written", async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const theirs = await laura.gql(IMPORT_STATEMENT, { name: 'x.xml', b: b64(camt053({ messageId: 'OWN-X-1', statementId: 'S-X-1', iban: VDBERG_IBAN, entries: [{ ref: 'X-1', amount: '1.00' }] })) });
    expect([codeOf(theirs), fieldsOf(theirs)]).toEqual(['BAD_USER_INPUT', ['Stmt[0].Acct.Id.IBAN:unknown_account']]);
    const unknown = await laura.gql(IMPORT_STATEMENT, { name: 'y.xml', b: b64(camt053({ messageId: 'OWN-Y-1', statementId: 'S-Y-1', iban: 'DE89370400440532013000', entries: [{ ref: 'Y-1', amount: '1.00' }] })) });
    expect(fieldsOf(unknown)).toEqual(['Stmt[0].Acct.Id.IBAN:unknown_account']);
    // ROSSI's RiBa account is not VDBERG's
    const cross = await pieter.gql(IMPORT_STATEMENT, { name: 'z.xml', b: b64(camt053({ messageId: 'OWN-Z-1', statementId: 'S-Z-1', iban: ROSSI_RIBA_IBAN, entries: [{ ref: 'Z-1', amount: '1.00' }] })) });
    expect(fieldsOf(cross)).toEqual(['Stmt[0].Acct.Id.IBAN:unknown_account']);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect((await laura.ok(`{ bankStatements { messageId } }`)).bankStatements.map((s: any) => s.messageId)).not.toContain('OWN-X-1');
  });
});

describe("returns of the company's own accounts and creditor", () => {
  it("refuses a camt.054 return notified on another company's account, naming Ntfctn[n].Acct.Id.IBAN; nothing written", async () => {
    const c = collections[0];
    const before = await moneySnapshot(t, 'ROSSI');
    const r = await laura.gql(IMPORT, { name: 'n.xml', b: b64(camt054('OWN-NTF-X', VDBERG_IBAN, c.endToEndId, c.amount)) });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['Ntfctn[0].Acct.Id.IBAN:unknown_account']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });

  it("refuses a pain.002 naming another company's creditor account or creditor identifier, naming the element; nothing written", async () => {
    const c = collections[0];
    const before = await moneySnapshot(t, 'ROSSI');
    const report = pain002('OWN-RPT-X', runMessageId, [{ e2e: c.endToEndId, code: 'AC04' }]).replace(
      '<TxSts>RJCT</TxSts>',
      `<TxSts>RJCT</TxSts><OrgnlTxRef><CdtrSchmeId><Id><PrvtId><Othr><Id>${VDBERG_CREDITOR}</Id></Othr></PrvtId></Id></CdtrSchmeId><CdtrAcct><Id><IBAN>${VDBERG_IBAN}</IBAN></Id></CdtrAcct></OrgnlTxRef>`,
    );
    const r = await laura.gql(IMPORT, { name: 'p.xml', b: b64(report) });
    expect([codeOf(r), fieldsOf(r)]).toEqual([
      'BAD_USER_INPUT',
      ['OrgnlPmtInfAndSts[0].TxInfAndSts[0].OrgnlTxRef.CdtrAcct.Id.IBAN:unknown_account', 'OrgnlPmtInfAndSts[0].TxInfAndSts[0].OrgnlTxRef.CdtrSchmeId.Id.PrvtId.Othr[0].Id:unknown_creditor'],
    ]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });

  it('accepts a return notified on any account the company uses as its own (the RiBa account) and a pain.002 naming its own creditor', async () => {
    const [c1, c2] = collections;
    const n = (await laura.ok(IMPORT, { name: 'n.xml', b: b64(camt054('OWN-NTF-1', ROSSI_RIBA_IBAN, c1.endToEndId, c1.amount)) })).importSepaReturns;
    expect(n).toMatchObject({ returned: 1, returns: [expect.objectContaining({ endToEndId: c1.endToEndId, reasonCode: 'MD06' })] });
    const report = pain002('OWN-RPT-1', runMessageId, [{ e2e: c2.endToEndId, code: 'AC04' }]).replace(
      '<TxSts>RJCT</TxSts>',
      `<TxSts>RJCT</TxSts><OrgnlTxRef><CdtrSchmeId><Id><PrvtId><Othr><Id>${ROSSI_CREDITOR.creditorId}</Id></Othr></PrvtId></Id></CdtrSchmeId><CdtrAcct><Id><IBAN>${ROSSI_CREDITOR.creditorIban}</IBAN></Id></CdtrAcct></OrgnlTxRef>`,
    );
    const p = (await laura.ok(IMPORT, { name: 'p.xml', b: b64(report) })).importSepaReturns;
    expect(p).toMatchObject({ returned: 1, returns: [expect.objectContaining({ endToEndId: c2.endToEndId, reasonCode: 'AC04' })] });
  });
});
