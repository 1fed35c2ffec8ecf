import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ACCOUNT, codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';
import { ISSUE, rossiPolicy } from './billing-helpers.js';
import { CREATE_MANDATE, IMPORT, ROSSI_CREDITOR, SETTINGS, START_SEPA, b64, clientWithMandate, download, pain002, plusDays, waitForSepaRun, xml } from './banking-helpers.js';
import { IMPORT_STATEMENT, camt053 } from './banking-statements-helpers.js';
import { sepaText } from '../src/modules/banking/pain008-writer.js';
import { validatePain008 } from '../src/modules/banking/xsd-validate.js';
import { lastBusinessDate } from '../src/modules/ledger/business-date.js';

/**
 * Review of the banking module with unusual but legal data and hostile files, as an accountant of ROSSI:
 *  - a bank file with a DOCTYPE (external entity, entity expansion) or nesting the parser refuses is bad
 *    input naming `file`, never an internal error, and nothing is written;
 *  - names outside SEPA's Latin set are transliterated in the pain.008 (never blanks or "-"), the file stays
 *    XSD-valid;
 *  - a pain.002 rejecting a whole file (GrpSts RJCT) or payment-information block (PmtInfSts RJCT) without
 *    listing the transactions returns those collections; an unknown block is NOT_FOUND;
 *  - a report whose message id is longer than ISO's 35 characters is refused (it could not be recognised
 *    when sent again), and a return dated outside the books (2099) is refused naming the element;
 *  - a run never collects (and books) a receipt due beyond the books' last day, whatever its `dueTo`.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
const OURS = ROSSI_CREDITOR.creditorIban;
const SET_ACCOUNTS = `mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { id bankAccounts { id } } }`;

async function post(c: GqlClient, kind: string, content: string): Promise<{ status: number; json: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(Buffer.from(content))]), 'bank.xml');
  const res = await fetch(`${t.url}/files/bank/${kind}`, { method: 'POST', headers: { ...c.authHeaders(), 'x-requested-with': 'agency-web' }, body: form });
  return { status: res.status, json: await res.json().catch(() => null) };
}
const routeFields = (r: { json: any }) => (r.json?.errors?.[0]?.extensions?.fields ?? []).map((f: any) => `${f.field}:${f.reason}`);

/** Statements, lines, bank files in, returns and runs of ROSSI (superuser): "nothing written" checks. */
async function bankRows(): Promise<string> {
  const su = await t.superuser();
  try {
    const r = await su.query(
      `select (select count(*) from bank_statement where company_id = c.id) as s, (select count(*) from bank_transaction where company_id = c.id) as l,
              (select count(*) from bank_file where company_id = c.id and direction = 'in') as f, (select count(*) from bank_return where company_id = c.id) as r,
              (select count(*) from bank_run where company_id = c.id) as runs
         from company c where c.code = 'ROSSI'`,
    );
    return Object.values(r.rows[0]).join('/');
  } finally {
    await su.end();
  }
}

/** A SEPA run collecting what is due now, done. */
async function sepaRun(days: number): Promise<Record<string, any>> {
  const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(days), dueTo: plusDays(0) } })).startSepaRun.id);
  expect([run.status, run.error]).toEqual(['DONE', null]);
  return run;
}

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
});
afterAll(async () => {
  await t?.stop();
});

describe('hostile bank files', () => {
  const statement = camt053({ messageId: 'HOSTILE-1', statementId: 'HOSTILE-S1', iban: OURS, entries: [{ ref: 'HOSTILE-R1', amount: '1.00' }] });
  const xxe = statement.replace('<Document', '<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Document').replace('<MsgId>HOSTILE-1</MsgId>', '<MsgId>&x;</MsgId>');
  const internal = statement.replace('<Document', '<!DOCTYPE Document [<!ENTITY x "HOSTILE-2">]>\n<Document').replace('<MsgId>HOSTILE-1</MsgId>', '<MsgId>&x;</MsgId>');
  const expansion = statement.replace('<Document', `<!DOCTYPE Document [<!ENTITY a "${'x'.repeat(9000)}">]>\n<Document`).replace('<Sts>', `<AddtlNtryInf>${'&a;'.repeat(50)}</AddtlNtryInf><Sts>`);
  const deep = `<?xml version="1.0"?>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;

  it('refuses a statement with a DOCTYPE (external entity, internal entities, expansion) naming the file, by GraphQL and by the upload route; nothing written', async () => {
    const before = await bankRows();
    for (const file of [xxe, internal, expansion]) {
      const g = await laura.gql(IMPORT_STATEMENT, { name: 'hostile.xml', b: b64(file) });
      expect([codeOf(g), fieldsOf(g)]).toEqual(['BAD_USER_INPUT', ['file:not_xml']]);
      const r = await post(laura, 'statements', file);
      expect([r.status, routeFields(r)]).toEqual([400, ['file:not_xml']]);
    }
    expect(await bankRows()).toBe(before);
  });

  it('refuses a file nested deeper than the parser reads as bad input (400 naming the file), not an internal error', async () => {
    const before = await bankRows();
    for (const kind of ['statements', 'returns']) {
      const r = await post(laura, kind, deep);
      expect([r.status, r.json?.errors?.[0]?.extensions?.code, routeFields(r)]).toEqual([400, 'BAD_USER_INPUT', ['file:not_xml']]);
    }
    expect(await bankRows()).toBe(before);
  });

  it('refuses a status report with a DOCTYPE naming the file; nothing returned', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const rows = await bankRows();
    const report = pain002('HOSTILE-STS', 'SDD-NONE', [{ e2e: 'Q2026-1-1', code: 'AC04' }]).replace('<Document', '<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Document').replace('<MsgId>HOSTILE-STS</MsgId>', '<MsgId>&x;</MsgId>');
    const g = await laura.gql(IMPORT, { name: 'hostile.xml', b: b64(report) });
    expect([codeOf(g), fieldsOf(g)]).toEqual(['BAD_USER_INPUT', ['file:not_xml']]);
    const r = await post(laura, 'returns', report);
    expect([r.status, routeFields(r)]).toEqual([400, ['file:not_xml']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect(await bankRows()).toBe(rows);
  });
});

describe('names outside the SEPA character set', () => {
  it('transliterates Greek, Cyrillic, Nordic and other letters to SEPA Latin instead of blanking them', () => {
    expect(sepaText('Ελένη Παπαδοπούλου', 70)).toBe('Eleni Papadopoyloy');
    expect(sepaText('Иван Петров', 70)).toBe('Ivan Petrov');
    expect(sepaText('Søren Ørsted Æbelø', 70)).toBe('Soren Orsted Aebelo');
    expect(sepaText('Đorđe Œuvre', 70)).toBe('Dorde Oeuvre');
    expect(sepaText('O’Brien & Söhne <GmbH>', 70)).toBe("O'Brien Sohne GmbH");
    expect(sepaText('Zoë 😀 Ünal', 70)).toBe('Zoe Unal');
    expect(sepaText('\u0000x\u0007y', 70)).toBe('x y');
    expect(sepaText('É'.repeat(90), 70)).toBe('E'.repeat(70));
  });

  it('writes the debtor names of a run transliterated (Max70Text), in a file the XSD accepts', async () => {
    const greek = await clientWithMandate(giulia, marco, laura, 'REVG', 1);
    const nordic = await clientWithMandate(giulia, marco, laura, 'REVN', 1);
    const holders: Array<[typeof greek, string, string, string]> = [
      [greek, 'GR1601101250000000012300695', 'Ελένη Παπαδοπούλου', 'Eleni Papadopoyloy'],
      // the mandate keeps the holder's first 70 characters
      [nordic, 'DE89370400440532013000', `Søren Ørsted Æbelø & <Co> ${'Å'.repeat(60)}`, `Soren Orsted Aebelo Co ${'A'.repeat(44)}`],
    ];
    for (const [c, iban, holder] of holders) {
      const card = (await marco.ok(SET_ACCOUNTS, { id: c.clientId, b: [{ iban, holder }] })).setClientBankAccounts;
      await laura.ok(`mutation($id: ID!, $reason: String!) { revokeSepaMandate(id: $id, reason: $reason) { id } }`, { id: c.mandate.id, reason: 'new account' });
      await laura.ok(CREATE_MANDATE, { input: { clientId: c.clientId, bankAccountId: card.bankAccounts[0].id, reference: `${c.mandate.reference}-B`, signatureDate: '2025-02-01', scheme: 'CORE', recurrence: 'RCUR' } });
    }
    const run = await sepaRun(5);
    const file = await download(t, laura, run.fileId);
    expect(await validatePain008(file.body)).toEqual({ valid: true, errors: [] });
    const txs = xml.parse(file.body).Document.CstmrDrctDbtInitn.PmtInf.flatMap((p: any) => p.DrctDbtTxInf);
    for (const [c, iban, , name] of holders) {
      const tx = txs.find((x: any) => x.DrctDbtTx.MndtRltdInf.MndtId === `${c.mandate.reference}-B`);
      expect([tx.DbtrAcct.Id.IBAN, tx.Dbtr.Nm]).toEqual([iban, name]);
    }
  });
});

describe('status reports rejecting a whole file or block', () => {
  it('returns every collection of a file the bank rejected as a whole (GrpSts RJCT, no transaction listed), with the group reason', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'REVJ', 1);
    const run = await sepaRun(6);
    expect(run.collections.length).toBeGreaterThan(0);
    expect((await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.openTotal).toBe('0.00');
    const report = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>REV-GRP-RJCT</MsgId><CreDtTm>${plusDays(1)}T08:00:00</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${run.messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>
</CstmrPmtStsRpt></Document>`;
    const r = (await laura.ok(IMPORT, { name: 'rejected.xml', b: b64(report) })).importSepaReturns;
    expect([r.returned, r.alreadyReturned]).toEqual([run.collections.length, 0]);
    expect(new Set(r.returns.map((x: any) => x.reasonCode))).toEqual(new Set(['FF01']));
    expect(r.returns.map((x: any) => x.endToEndId).sort()).toEqual(run.collections.map((c: any) => c.endToEndId).sort());
    expect((await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.openTotal).toBe(A.receipts[0].gross);
  });

  it('returns the collections of a rejected payment-information block (PmtInfSts RJCT) only; an unknown block is NOT_FOUND and nothing is written', async () => {
    const rec = await clientWithMandate(giulia, marco, laura, 'REVP', 1);
    const once = await clientWithMandate(giulia, marco, laura, 'REVO', 1, { recurrence: 'OOFF' });
    const run = await sepaRun(7);
    const blocks = xml.parse((await download(t, laura, run.fileId)).body).Document.CstmrDrctDbtInitn.PmtInf;
    const e2eOf = (clientId: string) => run.collections.find((c: any) => c.clientId === clientId).endToEndId;
    const block = blocks.find((p: any) => p.DrctDbtTxInf.some((x: any) => x.PmtId.EndToEndId === e2eOf(once.clientId)));
    expect(block.PmtTpInf.SeqTp).toBe('OOFF');
    const report = (id: string, pmtInfId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${plusDays(1)}T08:00:00</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${run.messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${pmtInfId}</OrgnlPmtInfId><PmtInfSts>RJCT</PmtInfSts><StsRsnInf><Rsn><Cd>MD01</Cd></Rsn></StsRsnInf></OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;
    const before = await moneySnapshot(t, 'ROSSI');
    const unknown = await laura.gql(IMPORT, { name: 'rejected.xml', b: b64(report('REV-BLK-0', `${run.messageId}-99`)) });
    expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['NOT_FOUND', ['OrgnlPmtInfAndSts[0].OrgnlPmtInfId:not_found']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);

    const r = (await laura.ok(IMPORT, { name: 'rejected.xml', b: b64(report('REV-BLK-1', block.PmtInfId)) })).importSepaReturns;
    expect(r.returns.map((x: any) => [x.endToEndId, x.reasonCode]).sort()).toEqual(block.DrctDbtTxInf.map((x: any) => [x.PmtId.EndToEndId, 'MD01']).sort());
    expect((await laura.ok(ACCOUNT, { id: once.clientId })).clientAccount.openTotal).toBe(once.receipts[0].gross);
    // the recurring client's collection is in another block: it stands
    expect(r.returns.map((x: any) => x.endToEndId)).not.toContain(e2eOf(rec.clientId));
    expect((await laura.ok(ACCOUNT, { id: rec.clientId })).clientAccount.openTotal).toBe('0.00');
  });
});

describe('status reports: message id and dates', () => {
  let run: Record<string, any>;
  let A: Awaited<ReturnType<typeof clientWithMandate>>;
  beforeAll(async () => {
    A = await clientWithMandate(giulia, marco, laura, 'REVD', 1);
    run = await sepaRun(8);
  });
  const e2e = () => run.collections.find((c: any) => c.clientId === A.clientId).endToEndId;

  it('refuses a message id longer than 35 characters (ISO Max35Text) naming GrpHdr.MsgId, by GraphQL and the route; nothing written', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const rows = await bankRows();
    const long = pain002(`STS-${'L'.repeat(40)}`, run.messageId, [{ e2e: e2e(), code: 'AC04' }]);
    const g = await laura.gql(IMPORT, { name: 'long.xml', b: b64(long) });
    expect([codeOf(g), fieldsOf(g)]).toEqual(['BAD_USER_INPUT', ['GrpHdr.MsgId:too_long']]);
    const r = await post(laura, 'returns', long);
    expect([r.status, routeFields(r)]).toEqual([400, ['GrpHdr.MsgId:too_long']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect(await bankRows()).toBe(rows);
  });

  it('refuses a return the bank dates outside the books (2099) naming the booking date; nothing written; the same return dated today is booked', async () => {
    const camt = (id: string, date: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${plusDays(0)}T08:00:00</CreDtTm></GrpHdr>
  <Ntfctn><Id>N1</Id><Ntry><Amt Ccy="EUR">${A.receipts[0].gross}</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${date}</Dt></BookgDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>${e2e()}</EndToEndId></Refs><RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>`;
    const before = await moneySnapshot(t, 'ROSSI');
    const far = await laura.gql(IMPORT, { name: 'far.xml', b: b64(camt('REV-NTF-FAR', '2099-12-31')) });
    expect([codeOf(far), fieldsOf(far)]).toEqual(['BAD_USER_INPUT', ['Ntfctn[0].Ntry[0].BookgDt.Dt:out_of_range']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    const payDate = run.collections.find((c: any) => c.clientId === A.clientId).collectionDate;
    const ok = (await laura.ok(IMPORT, { name: 'ok.xml', b: b64(camt('REV-NTF-OK', payDate)) })).importSepaReturns;
    expect(ok.returns).toEqual([expect.objectContaining({ endToEndId: e2e(), reasonCode: 'MD06' })]);
    const ret = (await laura.ok(`{ sepaReturns { endToEndId returnDate } }`)).sepaReturns.find((x: any) => x.endToEndId === e2e());
    expect(ret.returnDate).toBe(payDate);
  });
});

describe('the receipts a run collects', () => {
  it('never collects a receipt due years ahead: with dueTo 9999-12-31 the run takes what is due by the books\' last day (a year after today), no payment is booked in 2029', async () => {
    const P = await rossiPolicy(giulia, marco, 'REVF', { coverStart: '2029-01-01', coverEnd: '2029-12-31', issueDate: '2026-01-10' });
    const receipt = (await laura.ok(ISSUE, { id: P.installments[0].id })).issuePremiumReceipt;
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id } } }`, { id: P.clientId })).client;
    await laura.ok(CREATE_MANDATE, { input: { clientId: P.clientId, bankAccountId: card.bankAccounts[0].id, reference: 'MND-REVF-1', signatureDate: '2025-02-01', scheme: 'CORE', recurrence: 'RCUR' } });
    const started = (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(9), dueTo: '9999-12-31' } })).startSepaRun;
    expect(started.dueTo).toBe(lastBusinessDate(plusDays(0)));
    const run = await waitForSepaRun(laura, started.id);
    expect(run.status).toBe('DONE');
    expect(run.collections.map((c: any) => c.receiptId)).not.toContain(receipt.id);
    expect(run.collections.filter((c: any) => c.collectionDate > started.dueTo)).toEqual([]);
    const account = (await laura.ok(ACCOUNT, { id: P.clientId })).clientAccount;
    expect([account.openItems.map((o: any) => o.dueDate), account.payments]).toEqual([['2029-01-01'], []]);
  });
});
