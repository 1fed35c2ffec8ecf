import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { clientWithReceipts, codeOf, fieldsOf } from './payments-helpers.js';
import { rossiPolicy, ISSUE } from './billing-helpers.js';
import { AMEND_MANDATE, CREATE_MANDATE, GET_MANDATE, ROSSI_CREDITOR, SETTINGS, START_SEPA, clientWithMandate, download, plusDays, waitForSepaRun, xml } from './banking-helpers.js';
import { START_RIBA, ROSSI_RIBA, RIBA_SETTINGS, SET_DEBTOR, waitForRibaRun } from './banking-riba-helpers.js';
import { validatePain008 } from '../src/modules/banking/xsd-validate.js';
import { lastBusinessDate } from '../src/modules/ledger/business-date.js';
import { addDays, addMonths } from '../src/modules/policies/installments.js';

/**
 * Input checks of the banking module, as ROSSI's accountant (Laura) and agent (Marco):
 *  1. a mandate on an account outside the SEPA countries (BR, TR) is refused naming the account, the
 *     amended IBAN or the card's IBAN (`not_sepa_country`); the card may still hold the account;
 *  2. a mandate on a bank in a non-EEA SEPA country (GB, CH, SM…) needs the debtor's BIC (`bic:required`);
 *     the pain.008 names the debtor bank by it;
 *  3. a mandate not collected for 36 months after its last collection (or its signature, never used) has
 *     expired: it reads EXPIRED, and a run leaves its receipts out and reports them;
 *  4. a revocation date is a date of the books (up to a year after today) and not before the signature;
 *  5. a RiBa run takes the receipts due by the books' last day at most, as the SEPA run;
 *  6. the company's own creditor account is in a SEPA country.
 * A run's total at start counts what its batches will collect: not the receipts they leave out (expired
 * mandate, account outside SEPA, BIC missing), one receipt of a one-off mandate, and the receipts a
 * collection of the same run renews the mandate for. Refused input saves nothing.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent

const SET_ACCOUNTS = `mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { id bankAccounts { id iban bic } } }`;
const MANDATES = `query($c: ID) { sepaMandates(clientId: $c) { id reference iban bic status expiresOn } }`;
const REVOKE = `mutation($id: ID!, $reason: String!, $on: String) { revokeSepaMandate(id: $id, reason: $reason, revokedOn: $on) { id status revokedOn } }`;
const SKIPPED = `query($id: ID!) { sepaRun(id: $id) { id status skipped total collections(first: 500) { clientId receiptId mandateReference }
  skippedReceipts(first: 500) { receiptId clientId mandateReference reason lastUsedOn expiresOn collectionDate openAmount } } }`;

const BR = 'BR1800360305000010009795493C1';
const TR = 'TR330006100519786457841326';
const GB = 'GB29NWBK60161331926819';
const CH = 'CH9300762011623852957';
const SM = 'SM86U0322509800000000270100';

/** Mandate rows of a client, read outside the app (superuser): "nothing saved" checks. */
async function mandateRows(clientId: string): Promise<number> {
  const su = await t.superuser();
  try {
    return Number((await su.query(`select count(*) as n from sepa_mandate where client_id = $1`, [clientId])).rows[0].n);
  } finally {
    await su.end();
  }
}

/** A ROSSI client with `n` receipts whose card holds exactly these bank accounts. */
async function clientWithAccounts(code: string, n: number, accounts: Array<Record<string, unknown>>) {
  const P = await clientWithReceipts(giulia, marco, laura, code, n);
  const card = (await marco.ok(SET_ACCOUNTS, { id: P.clientId, b: accounts })).setClientBankAccounts;
  return { ...P, accounts: card.bankAccounts as Array<{ id: string; iban: string; bic: string | null }> };
}

const mandateInput = (clientId: string, bankAccountId: string, reference: string, signatureDate = '2025-02-01') => ({ clientId, bankAccountId, reference, signatureDate, scheme: 'CORE', recurrence: 'RCUR' });

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '2';
  t = await startTestPlatform();
  [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  await t?.stop();
});

describe('1. a mandate only on an account in a SEPA country', () => {
  it("lets the agent keep a Brazilian or Turkish account on the card, but the accountant's mandate on it is refused naming the account (not_sepa_country); nothing saved", async () => {
    const A = await clientWithAccounts('SNSA', 0, [
      { iban: BR, holder: 'Conta Brasil' },
      { iban: TR, holder: 'Hesap Türkiye' },
    ]);
    expect(A.accounts.map((a) => a.iban)).toEqual([BR, TR]);
    for (const [i, account] of A.accounts.entries()) {
      const r = await laura.gql(CREATE_MANDATE, { input: mandateInput(A.clientId, account.id, `MND-SNSA-${i}`) });
      expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['bankAccountId:not_sepa_country']]);
    }
    expect((await laura.ok(MANDATES, { c: A.clientId })).sepaMandates).toEqual([]);
    expect(await mandateRows(A.clientId)).toBe(0);
  });

  it('refuses an amendment to a Brazilian IBAN naming iban; the mandate keeps its account and has no amendment', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'SNSB', 0);
    const r = await laura.gql(AMEND_MANDATE, { id: A.mandate.id, input: { iban: BR, bic: 'BRASBRRJXXX' } });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['iban:not_sepa_country']]);
    const m = (await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate;
    expect([m.iban, m.bic, m.amendments]).toEqual([A.mandate.iban, A.mandate.bic, []]);
  });

  it("refuses the card's own mandate reference on a Turkish account naming bankAccounts.0.iban; the card keeps its accounts", async () => {
    const A = await clientWithAccounts('SNSC', 0, [{ iban: 'IT60X0542811101000000123456', holder: 'Conto Italia' }]);
    const r = await marco.gql(SET_ACCOUNTS, { id: A.clientId, b: [{ iban: TR, holder: 'Hesap', sepaMandateRef: 'M-TR-1', sepaMandateDate: '2025-02-01' }] });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['bankAccounts.0.iban:not_sepa_country']]);
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { iban sepaMandateRef } } }`, { id: A.clientId })).client;
    expect(card.bankAccounts).toEqual([{ iban: 'IT60X0542811101000000123456', sepaMandateRef: null }]);
  });
});

describe('2. the debtor BIC of a bank in a non-EEA SEPA country', () => {
  it('refuses a mandate on a British, Swiss or San Marino account without BIC (bic:required) and takes it with one; nothing saved when refused', async () => {
    const A = await clientWithAccounts('SBIC', 0, [
      { iban: GB, holder: 'UK account' },
      { iban: CH, holder: 'Konto Schweiz' },
      { iban: SM, holder: 'Conto San Marino' },
      { iban: 'DE89370400440532013000', holder: 'Konto Deutschland' },
    ]);
    for (const [i, account] of A.accounts.slice(0, 3).entries()) {
      const r = await laura.gql(CREATE_MANDATE, { input: mandateInput(A.clientId, account.id, `MND-SBIC-${i}`) });
      expect([codeOf(r), fieldsOf(r)], account.iban).toEqual(['BAD_USER_INPUT', ['bic:required']]);
    }
    expect(await mandateRows(A.clientId)).toBe(0);
    // an EEA bank needs none
    const de = (await laura.ok(CREATE_MANDATE, { input: mandateInput(A.clientId, A.accounts[3].id, 'MND-SBIC-DE') })).createSepaMandate;
    expect([de.iban, de.bic]).toEqual(['DE89370400440532013000', null]);
    // with the BIC on the card's account the mandate is made and copies it
    const card = (await marco.ok(SET_ACCOUNTS, { id: A.clientId, b: A.accounts.map((a, i) => ({ id: a.id, iban: a.iban, holder: 'Holder', bic: i === 0 ? 'NWBKGB2L' : null })) })).setClientBankAccounts;
    const gb = (await laura.ok(CREATE_MANDATE, { input: mandateInput(A.clientId, card.bankAccounts[0].id, 'MND-SBIC-GB') })).createSepaMandate;
    expect([gb.iban, gb.bic]).toEqual([GB, 'NWBKGB2L']);
  });

  it('takes a mandate on a bank of a country admitted to SEPA lately (Albania, Moldova, Montenegro, North Macedonia, Serbia) with its BIC, refuses it without (bic:required)', async () => {
    const admitted = ['AL47212110090000000235698741', 'MD24AG000225100013104168', 'ME25505000012345678951', 'MK07250120000058984', 'RS35260005601001611379'];
    const A = await clientWithAccounts('SBIN', 0, admitted.map((iban) => ({ iban, holder: `Account ${iban.slice(0, 2)}` })));
    for (const [i, account] of A.accounts.entries()) {
      const r = await laura.gql(CREATE_MANDATE, { input: mandateInput(A.clientId, account.id, `MND-SBIN-${i}`) });
      expect([account.iban, codeOf(r), fieldsOf(r)]).toEqual([account.iban, 'BAD_USER_INPUT', ['bic:required']]);
    }
    expect(await mandateRows(A.clientId)).toBe(0);
    const bics = ['STANALTRXXX', 'AGRNMD2XXXX', 'CKBCMEPGXXX', 'KOBSMK2XXXX', 'AIKBRS22XXX'];
    const card = (await marco.ok(SET_ACCOUNTS, { id: A.clientId, b: A.accounts.map((a, i) => ({ id: a.id, iban: a.iban, holder: 'Holder', bic: bics[i] })) })).setClientBankAccounts;
    for (const [i, account] of card.bankAccounts.entries()) {
      const m = (await laura.ok(CREATE_MANDATE, { input: mandateInput(A.clientId, account.id, `MND-SBIN-${i}`) })).createSepaMandate;
      expect([m.iban, m.bic]).toEqual([admitted[i], bics[i]]);
    }
  });

  it('refuses an amendment to a Swiss IBAN without BIC naming bic, takes it with the BIC', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'SBIA', 0);
    const r = await laura.gql(AMEND_MANDATE, { id: A.mandate.id, input: { iban: CH } });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['bic:required']]);
    expect((await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate.amendments).toEqual([]);
    const ok = (await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { iban: CH, bic: 'UBSWCHZH80A' } })).amendSepaMandate;
    expect([ok.iban, ok.bic]).toEqual([CH, 'UBSWCHZH80A']);
    // and a later amendment of the reference alone keeps it
    expect((await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { reference: 'MND-SBIA-2' } })).amendSepaMandate.bic).toBe('UBSWCHZH80A');
  });

  it("refuses the card's mandate reference on a British account without BIC naming bankAccounts.0.bic", async () => {
    const A = await clientWithAccounts('SBIK', 0, [{ iban: GB, holder: 'UK account' }]);
    const r = await marco.gql(SET_ACCOUNTS, { id: A.clientId, b: [{ id: A.accounts[0].id, iban: GB, holder: 'UK account', sepaMandateRef: 'M-GB-1', sepaMandateDate: '2025-02-01' }] });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['bankAccounts.0.bic:required']]);
    await marco.ok(SET_ACCOUNTS, { id: A.clientId, b: [{ id: A.accounts[0].id, iban: GB, holder: 'UK account', bic: 'NWBKGB2L', sepaMandateRef: 'M-GB-1', sepaMandateDate: '2025-02-01' }] });
  });

  it('writes the debtor BIC of a Swiss mandate in the pain.008 (DbtrAgt/FinInstnId/BICFI), XSD-valid', async () => {
    const A = await clientWithAccounts('SBIR', 1, [{ iban: CH, holder: 'Konto Schweiz', bic: 'UBSWCHZH80A' }]);
    await laura.ok(CREATE_MANDATE, { input: mandateInput(A.clientId, A.accounts[0].id, 'MND-SBIR-1') });
    const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun.id);
    expect([run.status, run.error]).toEqual(['DONE', null]);
    const file = await download(t, laura, run.fileId);
    expect(await validatePain008(file.body)).toEqual({ valid: true, errors: [] });
    const tx = xml
      .parse(file.body)
      .Document.CstmrDrctDbtInitn.PmtInf.flatMap((p: any) => p.DrctDbtTxInf)
      .find((x: any) => x.DrctDbtTx.MndtRltdInf.MndtId === 'MND-SBIR-1');
    expect([tx.DbtrAcct.Id.IBAN, tx.DbtrAgt.FinInstnId]).toEqual([CH, { BICFI: 'UBSWCHZH80A' }]);
  });
});

describe('3. a mandate expires 36 months after its last collection', () => {
  const threeYearsBefore = (d: string) => `${Number(d.slice(0, 4)) - 3}${d.slice(4)}`;

  it('reads EXPIRED when never collected for 36 months after its signature; a run leaves its receipts out and reports them, the receipts stay open; the boundary day is still collected', async () => {
    let collectionDate = plusDays(10);
    if (collectionDate.endsWith('-02-29')) collectionDate = plusDays(11);
    const old = await clientWithReceipts(giulia, marco, laura, 'SEXA', 2);
    const edge = await clientWithReceipts(giulia, marco, laura, 'SEXB', 1);
    const late = await clientWithReceipts(giulia, marco, laura, 'SEXC', 1);
    const account = async (clientId: string) => (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id } } }`, { id: clientId })).client.bankAccounts[0].id;
    const mOld = (await laura.ok(CREATE_MANDATE, { input: mandateInput(old.clientId, await account(old.clientId), 'MND-SEXA-1', '2022-06-01') })).createSepaMandate;
    // signed exactly 36 months before the collection date: still valid that day; one day earlier: expired by then
    await laura.ok(CREATE_MANDATE, { input: mandateInput(edge.clientId, await account(edge.clientId), 'MND-SEXB-1', threeYearsBefore(collectionDate)) });
    const lateSigned = addDays(threeYearsBefore(collectionDate), -1);
    const mLate = (await laura.ok(CREATE_MANDATE, { input: mandateInput(late.clientId, await account(late.clientId), 'MND-SEXC-1', lateSigned) })).createSepaMandate;

    const listed = (await laura.ok(MANDATES, { c: old.clientId })).sepaMandates;
    expect(listed).toEqual([expect.objectContaining({ id: mOld.id, status: 'EXPIRED', expiresOn: '2025-06-01' })]);
    // valid today, expired by the collection date
    expect((await laura.ok(MANDATES, { c: late.clientId })).sepaMandates[0]).toMatchObject({ id: mLate.id, status: 'ACTIVE', expiresOn: addDays(collectionDate, -1) });
    // an expired mandate is not amended
    expect(await laura.code(AMEND_MANDATE, { id: mOld.id, input: { reference: 'MND-SEXA-2' } })).toBe('CONFLICT');

    const started = (await laura.ok(START_SEPA, { input: { collectionDate, dueTo: plusDays(0) } })).startSepaRun;
    await waitForSepaRun(laura, started.id);
    const run = (await laura.ok(SKIPPED, { id: started.id })).sepaRun;
    expect(run.status).toBe('DONE');
    const collected = run.collections.map((c: any) => c.clientId);
    expect(collected).toContain(edge.clientId);
    expect(collected).not.toContain(old.clientId);
    expect(collected).not.toContain(late.clientId);
    const mine = run.skippedReceipts.filter((s: any) => [old.clientId, late.clientId, edge.clientId].includes(s.clientId));
    expect(mine.map((s: any) => [s.mandateReference, s.reason, s.lastUsedOn, s.expiresOn, s.collectionDate]).sort()).toEqual([
      ['MND-SEXA-1', 'MANDATE_EXPIRED', '2022-06-01', '2025-06-01', collectionDate],
      ['MND-SEXA-1', 'MANDATE_EXPIRED', '2022-06-01', '2025-06-01', collectionDate],
      ['MND-SEXC-1', 'MANDATE_EXPIRED', lateSigned, addDays(collectionDate, -1), collectionDate],
    ]);
    expect(mine.map((s: any) => s.receiptId).sort()).toEqual([...old.receipts, ...late.receipts].map((r) => r.id).sort());
    expect(run.skipped).toBe(run.skippedReceipts.length);
    // nothing collected nor booked: the receipts are open as before
    for (const [c, n] of [[old, 2], [late, 1]] as const) {
      const account = (await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal payments { id } } }`, { id: c.clientId })).clientAccount;
      expect(account.payments).toEqual([]);
      expect(Number(account.openTotal)).toBeCloseTo(c.receipts.slice(0, n).reduce((s, r) => s + Number(r.gross), 0), 2);
    }
  });

  it('counts 36 months from the last collection, not from the signature: a mandate signed long ago and collected lately is collected again', async () => {
    const P = await rossiPolicy(giulia, marco, 'SEXR');
    const first = (await laura.ok(ISSUE, { id: P.installments[0].id })).issuePremiumReceipt;
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id } } }`, { id: P.clientId })).client;
    const m = (await laura.ok(CREATE_MANDATE, { input: mandateInput(P.clientId, card.bankAccounts[0].id, 'MND-SEXR-1', '2025-02-01') })).createSepaMandate;
    const one = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(3), dueTo: plusDays(0) } })).startSepaRun.id);
    expect(one.collections.filter((c: any) => c.clientId === P.clientId).map((c: any) => c.receiptId)).toEqual([first.id]);
    // the signature now lies years back (a mandate taken over from an older system): its collection keeps it alive
    const su = await t.superuser();
    try {
      await su.query(`update sepa_mandate set signature_date = '2019-03-01' where id = $1`, [m.id]);
    } finally {
      await su.end();
    }
    expect((await laura.ok(GET_MANDATE, { id: m.id })).sepaMandate.status).toBe('ACTIVE');
    expect((await laura.ok(MANDATES, { c: P.clientId })).sepaMandates[0].expiresOn).toBe(threeYearsAfter(plusDays(3)));
    const second = (await laura.ok(ISSUE, { id: P.installments[1].id })).issuePremiumReceipt;
    const two = (await laura.ok(SKIPPED, { id: (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(4), dueTo: plusDays(0) } })).startSepaRun.id })).sepaRun;
    const done = await waitForSepaRun(laura, two.id);
    expect(done.collections.filter((c: any) => c.clientId === P.clientId).map((c: any) => [c.receiptId, c.sequenceType])).toEqual([[second.id, 'RCUR']]);
  });

  it('leaves out and reports a receipt whose stored mandate is on an account outside SEPA or on a British bank without BIC (mandates stored before these checks)', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'SEXL', 1);
    const B = await clientWithMandate(giulia, marco, laura, 'SEXM', 1);
    const su = await t.superuser();
    try {
      await su.query(`update sepa_mandate set iban = $2, bic = 'BRASBRRJXXX' where id = $1`, [A.mandate.id, BR]);
      await su.query(`update sepa_mandate set iban = $2, bic = null where id = $1`, [B.mandate.id, GB]);
    } finally {
      await su.end();
    }
    const started = (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(6), dueTo: plusDays(0) } })).startSepaRun;
    await waitForSepaRun(laura, started.id);
    const run = (await laura.ok(SKIPPED, { id: started.id })).sepaRun;
    expect(run.collections.filter((c: any) => [A.clientId, B.clientId].includes(c.clientId))).toEqual([]);
    expect(run.skippedReceipts.filter((s: any) => [A.clientId, B.clientId].includes(s.clientId)).map((s: any) => [s.mandateReference, s.receiptId, s.reason]).sort()).toEqual([
      ['MND-SEXL-1', A.receipts[0].id, 'NOT_SEPA_COUNTRY'],
      ['MND-SEXM-1', B.receipts[0].id, 'BIC_MISSING'],
    ]);
    // the total counted at start leaves them out as the run does: it is what the run collected
    expect(run.status).toBe('DONE');
    expect([started.total, run.collections.length]).toEqual([run.total, run.total]);
  });

  it("counts at start what the run collects: a receipt its mandate's earlier collection in the run keeps alive, one receipt of a one-off mandate; receipts of a mandate expired by the first stay left out", async () => {
    let due = plusDays(10);
    if (due.endsWith('-02-29')) due = plusDays(11);
    const future = async (code: string) => {
      const P = await rossiPolicy(giulia, marco, code, { coverStart: due, coverEnd: addDays(addMonths(due, 12), -1), issueDate: plusDays(0) });
      const receipts = [];
      for (const i of P.installments.slice(0, 2)) receipts.push((await laura.ok(ISSUE, { id: i.id })).issuePremiumReceipt);
      const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id } } }`, { id: P.clientId })).client;
      return { ...P, receipts, bankAccountId: card.bankAccounts[0].id as string };
    };
    // renewed: valid up to the first receipt's collection date, which keeps it alive for the second (3 months later)
    const R = await future('SEXN');
    const [due1, due2] = R.installments.slice(0, 2).map((i) => i.dueDate);
    expect([due1 === due, due2 > due1]).toEqual([true, true]);
    await laura.ok(CREATE_MANDATE, { input: mandateInput(R.clientId, R.bankAccountId, 'MND-SEXN-1', threeYearsBefore(due1)) });
    // expired by the first receipt's collection date: the second is left out too (nothing collected renews it)
    const E = await future('SEXO');
    const lapsed = addDays(threeYearsBefore(due1), -1);
    await laura.ok(CREATE_MANDATE, { input: mandateInput(E.clientId, E.bankAccountId, 'MND-SEXO-1', lapsed) });
    // a one-off mandate with two due receipts: one collected
    const O = await clientWithMandate(giulia, marco, laura, 'SEXP', 2, { recurrence: 'OOFF' });

    const started = (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: due2 } })).startSepaRun;
    await waitForSepaRun(laura, started.id);
    const run = (await laura.ok(SKIPPED, { id: started.id })).sepaRun;
    expect(run.status).toBe('DONE');
    const mine = (c: { clientId: string }) => [R.clientId, E.clientId, O.clientId].includes(c.clientId);
    expect(run.collections.filter(mine).map((c: any) => [c.mandateReference, c.receiptId]).sort()).toEqual(
      [
        ['MND-SEXN-1', R.receipts[0].id],
        ['MND-SEXN-1', R.receipts[1].id],
        ['MND-SEXP-1', O.receipts[0].id],
      ].sort(),
    );
    expect(run.skippedReceipts.filter(mine).map((s: any) => [s.mandateReference, s.receiptId, s.reason, s.lastUsedOn]).sort()).toEqual(
      E.receipts.map((r) => ['MND-SEXO-1', r.id, 'MANDATE_EXPIRED', lapsed]).sort(),
    );
    // the total at start is what the run collected (the progress reads it)
    expect([started.total, run.collections.length]).toEqual([run.total, run.total]);
    // the mandate now lasts 36 months from its latest collection
    expect((await laura.ok(MANDATES, { c: R.clientId })).sepaMandates[0]).toMatchObject({ status: 'ACTIVE', expiresOn: threeYearsAfter(due2) });
  });
});

const threeYearsAfter = (d: string) => `${Number(d.slice(0, 4)) + 3}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`;

describe('4. the revocation date', () => {
  it('refuses a revocation dated beyond the books (2150, or a day after the last), not a date, or before the signature, naming revokedOn; the mandate stays active', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'SRVK', 0);
    const cases: Array<[string, string]> = [
      ['2150-01-01', 'revokedOn:out_of_range'],
      [addDays(lastBusinessDate(plusDays(0)), 1), 'revokedOn:out_of_range'],
      ['2026-02-30', 'revokedOn:invalid_date'],
      ['2025-01-31', 'revokedOn:before_signature'],
    ];
    for (const [on, field] of cases) {
      const r = await laura.gql(REVOKE, { id: A.mandate.id, reason: 'Debtor asked', on });
      expect([on, codeOf(r), fieldsOf(r)]).toEqual([on, 'BAD_USER_INPUT', [field]]);
    }
    expect((await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate).toMatchObject({ status: 'ACTIVE', revokedOn: null });
    // the books' last day, and today, are taken
    const B = await clientWithMandate(giulia, marco, laura, 'SRVL', 0);
    expect((await laura.ok(REVOKE, { id: A.mandate.id, reason: 'Debtor asked', on: lastBusinessDate(plusDays(0)) })).revokeSepaMandate).toMatchObject({ status: 'REVOKED', revokedOn: lastBusinessDate(plusDays(0)) });
    expect((await laura.ok(REVOKE, { id: B.mandate.id, reason: 'Debtor asked', on: plusDays(0) })).revokeSepaMandate).toMatchObject({ status: 'REVOKED', revokedOn: plusDays(0) });
  });
});

describe('5. the RiBa run takes receipts due within a year, as the SEPA run', () => {
  it('reads a dueTo of 9999-12-31 as the books\' last day, keeps that date, and leaves a receipt due in 2029 out; a dueTo that is no date is refused naming it', async () => {
    await laura.ok(RIBA_SETTINGS, { input: ROSSI_RIBA });
    const P = await rossiPolicy(giulia, marco, 'RBFAR', { coverStart: '2029-01-01', coverEnd: '2029-12-31', issueDate: '2026-01-10' });
    const receipt = (await laura.ok(ISSUE, { id: P.installments[0].id })).issuePremiumReceipt;
    const card = (await marco.ok(`query($id: ID!) { client(id: $id) { bankAccounts { id } } }`, { id: P.clientId })).client;
    await laura.ok(SET_DEBTOR, { c: P.clientId, b: card.bankAccounts[0].id });

    const bad = await laura.gql(START_RIBA, { input: { dueTo: '2026-13-01' } });
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['dueTo:invalid_date']]);

    const started = (await laura.ok(START_RIBA, { input: { dueTo: '9999-12-31' } })).startRibaRun;
    expect(started.dueTo).toBe(lastBusinessDate(plusDays(0)));
    const run = await waitForRibaRun(laura, started.id);
    expect(run.status).toBe('DONE');
    expect(run.items.map((i: any) => i.receiptId)).not.toContain(receipt.id);
    expect(run.items.filter((i: any) => i.dueDate > started.dueTo)).toEqual([]);
  });
});

describe("6. the company's creditor account is in a SEPA country", () => {
  it('refuses a creditor IBAN outside SEPA naming creditorIban (not_sepa_country), saves nothing; takes one of a country admitted lately', async () => {
    for (const iban of [BR, TR]) {
      const r = await laura.gql(SETTINGS, { input: { ...ROSSI_CREDITOR, creditorIban: iban } });
      expect([iban, codeOf(r), fieldsOf(r)]).toEqual([iban, 'BAD_USER_INPUT', ['creditorIban:not_sepa_country']]);
    }
    // checked with the other fields: every fault named at once
    const both = await giulia.gql(SETTINGS, { input: { ...ROSSI_CREDITOR, creditorIban: BR, creditorName: '' } });
    expect(fieldsOf(both).sort()).toEqual(['creditorIban:not_sepa_country', 'creditorName:required']);
    expect((await laura.ok(`{ bankingSettings { creditorIban } }`)).bankingSettings.creditorIban).toBe(ROSSI_CREDITOR.creditorIban);
    // Serbia is a SEPA country (outside the EEA); then back to the Italian account
    const rs = (await giulia.ok(SETTINGS, { input: { ...ROSSI_CREDITOR, creditorIban: 'RS35260005601001611379', creditorBic: 'AIKBRS22XXX' } })).setBankingSettings;
    expect(rs.creditorIban).toBe('RS35260005601001611379');
    expect((await laura.ok(SETTINGS, { input: ROSSI_CREDITOR })).setBankingSettings.creditorIban).toBe(ROSSI_CREDITOR.creditorIban);
  });
});
