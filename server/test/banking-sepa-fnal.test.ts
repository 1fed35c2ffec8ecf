import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf, fieldsOf } from './payments-helpers.js';
import { ISSUE } from './billing-helpers.js';
import { validatePain008 } from '../src/modules/banking/xsd-validate.js';
import { AMEND_MANDATE, GET_MANDATE, REVOKE_MANDATE, ROSSI_CREDITOR, SETTINGS, START_SEPA, clientWithMandate, download, plusDays, waitForSepaRun, xml } from './banking-helpers.js';

/**
 * A mandate's last collection (FNAL): the creditor or the debtor ends a recurring mandate; the next run
 * collects it once with sequence type FNAL in an XSD-valid pain.008, the mandate is then ended and no
 * later run collects it. Amendments (SMNDA, original reference) still travel with that collection.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

const LAST = `mutation($id: ID!, $by: MandateEndedBy) { setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy collections } }`;
const OPEN = `query($id: ID!) { clientAccount(clientId: $id) { openTotal openItems { receiptId } } }`;

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
});
afterAll(async () => t?.stop());

const runNow = async (days: number) => waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(days), dueTo: plusDays(400) } })).startSepaRun.id);

describe("a mandate's last collection (FNAL)", () => {
  it('collects a mandate marked for its last collection once with FNAL in an XSD-valid file (amendments still reported), then ends it: no later run collects it', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'FNLA', 1);
    // a series that never started has no last collection
    const early = await laura.gql(LAST, { id: A.mandate.id, by: 'DEBTOR' });
    expect([codeOf(early), fieldsOf(early)]).toEqual(['BAD_USER_INPUT', ['by:never_collected']]);
    expect((await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate).toMatchObject({ status: 'ACTIVE' });

    const first = await runNow(5);
    expect(first.status).toBe('DONE');
    expect(first.collections.filter((c: any) => c.clientId === A.clientId).map((c: any) => c.sequenceType)).toEqual(['FRST']);

    // two more receipts fall due; the debtor ends the mandate and changes the account first
    for (const i of A.installments.slice(1, 3)) await laura.ok(ISSUE, { id: i.id });
    await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'DE89370400440532013000' } });
    const marked = (await laura.ok(LAST, { id: A.mandate.id, by: 'DEBTOR' })).setSepaMandateLastCollection;
    expect(marked).toMatchObject({ status: 'ACTIVE', lastCollectionBy: 'DEBTOR' });

    const last = await runNow(6);
    expect(last.status).toBe('DONE');
    const mine = last.collections.filter((c: any) => c.clientId === A.clientId);
    expect(mine.map((c: any) => [c.mandateReference, c.sequenceType])).toEqual([['MND-FNLA-1', 'FNAL']]);
    const file = await download(t, laura, last.fileId);
    expect(file.status).toBe(200);
    expect(await validatePain008(file.body)).toEqual({ valid: true, errors: [] });
    const groups = xml.parse(file.body).Document.CstmrDrctDbtInitn.PmtInf;
    const fnal = groups.filter((p: any) => p.PmtTpInf.SeqTp === 'FNAL');
    expect(fnal).toHaveLength(1);
    expect(fnal[0].DrctDbtTxInf.map((x: any) => x.DrctDbtTx.MndtRltdInf.MndtId)).toEqual(['MND-FNLA-1']);
    expect(Number(fnal[0].NbOfTxs)).toBe(1);
    expect(fnal[0].DrctDbtTxInf[0].DrctDbtTx.MndtRltdInf).toMatchObject({ AmdmntInd: 'true', AmdmntInfDtls: { OrgnlDbtrAcct: { Id: { Othr: { Id: 'SMNDA' } } } } });
    expect(fnal[0].DrctDbtTxInf[0].DbtrAcct.Id.IBAN).toBe('DE89370400440532013000');

    // the mandate has ended; its amendment was reported; the other receipt stays open and no later run takes it
    const ended = (await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate;
    expect(ended.status).toBe('ENDED');
    expect(ended.amendments.every((a: any) => a.reported)).toBe(true);
    const openBefore = (await laura.ok(OPEN, { id: A.clientId })).clientAccount;
    expect(openBefore.openItems).toHaveLength(1);
    const after = await runNow(7);
    expect(after.collections.filter((c: any) => c.clientId === A.clientId)).toEqual([]);
    expect((await laura.ok(OPEN, { id: A.clientId })).clientAccount.openTotal).toBe(openBefore.openTotal);
    // an ended mandate is not marked, amended nor revoked again
    const again = await laura.gql(LAST, { id: A.mandate.id, by: null });
    expect([codeOf(again), again.errors?.[0].extensions?.status]).toEqual(['CONFLICT', 'ended']);
    expect(await laura.code(REVOKE_MANDATE, { id: A.mandate.id, reason: 'x' })).toBe('CONFLICT');
  });

  it('a mark taken back before the run leaves the mandate recurring (RCUR, still active)', async () => {
    const B = await clientWithMandate(giulia, marco, laura, 'FNLB', 1);
    await runNow(8);
    await laura.ok(ISSUE, { id: B.installments[1].id });
    expect((await laura.ok(LAST, { id: B.mandate.id, by: 'CREDITOR' })).setSepaMandateLastCollection.lastCollectionBy).toBe('CREDITOR');
    expect((await laura.ok(LAST, { id: B.mandate.id, by: null })).setSepaMandateLastCollection).toMatchObject({ lastCollectionBy: null, status: 'ACTIVE' });
    const run = await runNow(9);
    expect(run.collections.filter((c: any) => c.clientId === B.clientId).map((c: any) => c.sequenceType)).toEqual(['RCUR']);
    expect((await laura.ok(GET_MANDATE, { id: B.mandate.id })).sepaMandate.status).toBe('ACTIVE');
  });

  it("refuses the last-collection mark on a one-off mandate naming the field, without edit on billing (FORBIDDEN) and on another company's mandate (NOT_FOUND); nothing saved", async () => {
    const C = await clientWithMandate(giulia, marco, laura, 'FNLC', 0, { recurrence: 'OOFF' });
    const r = await laura.gql(LAST, { id: C.mandate.id, by: 'CREDITOR' });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['by:one_off']]);
    expect(await marco.code(LAST, { id: C.mandate.id, by: 'CREDITOR' })).toBe('FORBIDDEN');
    expect(await pieter.code(LAST, { id: C.mandate.id, by: 'CREDITOR' })).toBe('NOT_FOUND');
    expect((await laura.ok(`query($id: ID!) { sepaMandate(id: $id) { status lastCollectionBy } }`, { id: C.mandate.id })).sepaMandate).toEqual({ status: 'ACTIVE', lastCollectionBy: null });
  });
});
