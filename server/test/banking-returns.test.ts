import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';
import { booksBalance } from './ledger-helpers.js';
import { IMPORT, RETURNS, ROSSI_CREDITOR, SETTINGS, START_SEPA, asRossiClerk, b64, clientWithMandate, pain002, plusDays, waitForSepaRun } from './banking-helpers.js';

/**
 * Returns and rejects (issue #14 §3): a pain.002 status report (or camt.054) names collections by their
 * end-to-end id; importing it reopens the receipts with the reason code, reverses the direct-debit
 * payment's entry, charges the return fee and lists them for follow-up — all or nothing, once.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;
const ENTRY = `query($id: ID!) { journalEntry(id: $id) { id source reversesId reversedById lines { debit credit clientId account { role } } } }`;
const ACCOUNT = `query($id: ID!) { clientAccount(clientId: $id) { openTotal balance openItems { receiptId openAmount } payments { id amount remaining method } } }`;

let run: Record<string, any>;
let A: Awaited<ReturnType<typeof clientWithMandate>>;
let B: Awaited<ReturnType<typeof clientWithMandate>>;

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: { ...ROSSI_CREDITOR, returnFee: '4.50' } });
  A = await clientWithMandate(giulia, marco, laura, 'RETA', 1);
  B = await clientWithMandate(giulia, marco, laura, 'RETB', 1);
  run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun.id);
  expect(run.status).toBe('DONE');
});
afterAll(async () => {
  await t?.stop();
});

const itemOf = (clientId: string) => run.collections.find((c: any) => c.clientId === clientId);

describe('the demo data', () => {
  it('has SEPA mandates, a SEPA run done with its validated file, and one return (MS02) charged with the return fee', async () => {
    const mandates = (await laura.ok(`{ sepaMandates { reference scheme recurrence collections } }`)).sepaMandates.filter((m: any) => m.reference.startsWith('ROSSI-SDD-'));
    expect(mandates.map((m: any) => [m.reference, m.scheme, m.recurrence]).sort()).toEqual([
      ['ROSSI-SDD-0001', 'CORE', 'RCUR'],
      ['ROSSI-SDD-0002', 'B2B', 'RCUR'],
      ['ROSSI-SDD-0003', 'CORE', 'OOFF'],
    ]);
    expect(mandates.every((m: any) => m.collections > 0)).toBe(true);
    const runs = (await laura.ok(`{ sepaRuns { id status fileId messageId } }`)).sepaRuns.filter((r: any) => r.id !== run.id);
    expect(runs).toEqual([expect.objectContaining({ status: 'DONE', fileId: expect.any(String) })]);
    const returns = (await laura.ok(RETURNS, {})).sepaReturns.filter((r: any) => r.reasonCode === 'MS02');
    expect(returns).toHaveLength(1);
    // (the run of this file's beforeAll presents a reopened receipt again: its open amount is not checked here)
    expect(returns[0].fee).toBe('3.50');
  });
});

describe('importing a status report', () => {
  it('refuses a file of the wrong format, a rejected transaction without a reason code and an unknown end-to-end id, naming the element; nothing half-imported', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const camt053 = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>S1</MsgId></GrpHdr></BkToCstmrStmt></Document>`;
    const wrong = await laura.gql(IMPORT, { name: 'statement.xml', b: b64(camt053) });
    expect([codeOf(wrong), fieldsOf(wrong)]).toEqual(['BAD_USER_INPUT', ['file:wrong_format']]);
    const notXml = await laura.gql(IMPORT, { name: 'x.xml', b: b64('<Document><CstmrPmtStsRpt>') });
    expect([codeOf(notXml), fieldsOf(notXml)]).toEqual(['BAD_USER_INPUT', ['file:not_xml']]);
    const noReason = await laura.gql(IMPORT, { name: 'r.xml', b: b64(pain002('STS-BAD-1', run.messageId, [{ e2e: itemOf(A.clientId).endToEndId, code: '' }])) });
    expect([codeOf(noReason), fieldsOf(noReason)]).toEqual(['BAD_USER_INPUT', ['OrgnlPmtInfAndSts[0].TxInfAndSts[0].StsRsnInf.Rsn.Cd:invalid_reason']]);
    // one good transaction and one unknown: neither is applied
    const unknown = await laura.gql(IMPORT, { name: 'r.xml', b: b64(pain002('STS-BAD-2', run.messageId, [{ e2e: itemOf(A.clientId).endToEndId, code: 'AC04' }, { e2e: 'Q2026-999-1', code: 'AM04' }])) });
    expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['NOT_FOUND', ['OrgnlPmtInfAndSts[0].TxInfAndSts[1].OrgnlEndToEndId:not_found']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });

  it("refuses a report naming another company's direct-debit file (NOT_FOUND on OrgnlMsgId) and writes nothing there", async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const r = await pieter.gql(IMPORT, { name: 'r.xml', b: b64(pain002('STS-VDB-1', run.messageId, [{ e2e: itemOf(A.clientId).endToEndId, code: 'AC04' }])) });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['NOT_FOUND', ['OrgnlGrpInfAndSts.OrgnlMsgId:not_found']]);
    expect(await marco.code(IMPORT, { name: 'r.xml', b: b64(pain002('STS-M-1', run.messageId, [])) })).toBe('FORBIDDEN');
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
  });

  it('needs what the payments module asks for the same work: a run books payments (collections:create), a returns file undoes them (collections:edit) — a billing clerk without is FORBIDDEN and nothing moves', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const runs = async () => (await laura.ok(`{ sepaRuns { id } }`)).sepaRuns.length;
    const runsBefore = await runs();
    const report = (id: string) => ({ name: 'r.xml', b: b64(pain002(id, run.messageId, [{ e2e: itemOf(B.clientId).endToEndId, code: 'AC04' }])) });
    const RESUME = `mutation($id: ID!) { resumeSepaRun(id: $id) { id } }`;
    // billing rights only: neither a run, nor its resumption, nor a returns file
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'billing:export'], async (clerk) => {
      const started = await clerk.gql(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } });
      expect([codeOf(started), started.errors?.[0]?.message]).toEqual(['FORBIDDEN', 'You need the right collections:create.']);
      expect(await clerk.code(RESUME, { id: run.id })).toBe('FORBIDDEN');
      expect(await clerk.code(IMPORT, report('STS-CLERK-1'))).toBe('FORBIDDEN');
    });
    // recording payments is not undoing them: a returns file still needs collections:edit
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'collections:view', 'collections:create'], async (clerk) => {
      const r = await clerk.gql(IMPORT, report('STS-CLERK-2'));
      expect([codeOf(r), r.errors?.[0]?.message]).toEqual(['FORBIDDEN', 'You need the right collections:edit.']);
    });
    expect(await runs()).toBe(runsBefore);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect((await laura.ok(RETURNS, {})).sepaReturns.map((x: any) => x.endToEndId)).not.toContain(itemOf(B.clientId).endToEndId);
  });

  it('reopens the returned receipt with its reason code, reverses the direct-debit posting and charges the return fee', async () => {
    const item = itemOf(A.clientId);
    expect((await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.openTotal).toBe('0.00');
    const paymentBefore = (await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.payments.find((p: any) => p.method === 'DIRECT_DEBIT');
    const payment = (await laura.ok(`query($id: ID!) { payment(id: $id) { entryId } }`, { id: paymentBefore.id })).payment;

    const result = (await laura.ok(IMPORT, { name: 'pain002-1.xml', b: b64(pain002('STS-2026-1', run.messageId, [{ e2e: item.endToEndId, code: 'AC04' }])) })).importSepaReturns;
    expect(result).toMatchObject({ messageId: 'STS-2026-1', returned: 1, alreadyReturned: 0 });
    expect(result.returns).toEqual([expect.objectContaining({ receiptId: item.receiptId, reasonCode: 'AC04', endToEndId: item.endToEndId, openAmount: item.amount, fee: '4.50' })]);

    // the receipt is open again, the payment has nothing left to allocate
    const account = (await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount;
    expect(account.openItems.find((o: any) => o.receiptId === item.receiptId).openAmount).toBe(item.amount);
    expect(account.payments.find((p: any) => p.id === paymentBefore.id).remaining).toBe('0.00');
    // the payment's entry is reversed
    const original = (await laura.ok(ENTRY, { id: payment.entryId })).journalEntry;
    expect(original.reversedById).toBe(result.returns[0].reversalEntryId);
    const reversal = (await laura.ok(ENTRY, { id: original.reversedById })).journalEntry;
    expect(reversal.lines.map((l: any) => [l.account.role, l.debit, l.credit])).toEqual(original.lines.map((l: any) => [l.account.role, l.credit, l.debit]));
    // the fee is on the client's receivable
    expect(account.balance).toBe((Number(item.amount) + 4.5).toFixed(2));
    // listed for follow-up; the other client's collection stands
    const open = (await laura.ok(RETURNS, { open: true })).sepaReturns.filter((r: any) => [A.clientId, B.clientId].includes(r.clientId));
    expect(open.map((r: any) => [r.receiptNumber, r.reasonCode, r.openAmount])).toEqual([[item.receiptNumber, 'AC04', item.amount]]);
    expect((await laura.ok(ACCOUNT, { id: B.clientId })).clientAccount.openTotal).toBe('0.00');
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });

  it('has no double effect when the same status report is imported twice, nor when another report returns the same collection', async () => {
    const before = await moneySnapshot(t, 'ROSSI');
    const again = await laura.gql(IMPORT, { name: 'pain002-1.xml', b: b64(pain002('STS-2026-1', run.messageId, [{ e2e: itemOf(A.clientId).endToEndId, code: 'AC04' }])) });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    const other = (await laura.ok(IMPORT, { name: 'pain002-2.xml', b: b64(pain002('STS-2026-2', run.messageId, [{ e2e: itemOf(A.clientId).endToEndId, code: 'MD01' }])) })).importSepaReturns;
    expect([other.returned, other.alreadyReturned]).toEqual([0, 1]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(before);
    expect((await laura.ok(RETURNS, {})).sepaReturns.filter((r: any) => r.clientId === A.clientId)).toHaveLength(1);
  });

  it('returns a collection notified by a camt.054 (reversed entry with RtrInf), by its end-to-end id', async () => {
    const item = itemOf(B.clientId);
    const camt = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>NTF-2026-1</MsgId><CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm></GrpHdr>
  <Ntfctn><Id>N1</Id><Ntry><Amt Ccy="EUR">${item.amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${plusDays(9)}</Dt></BookgDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>${item.endToEndId}</EndToEndId></Refs><RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>`;
    const r = (await laura.ok(IMPORT, { name: 'camt054.xml', b: b64(camt) })).importSepaReturns;
    expect(r.returns).toEqual([expect.objectContaining({ receiptId: item.receiptId, reasonCode: 'MD06', openAmount: item.amount })]);
    expect((await laura.ok(ACCOUNT, { id: B.clientId })).clientAccount.openTotal).toBe(item.amount);
  });
});
