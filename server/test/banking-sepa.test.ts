import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf, fieldsOf } from './payments-helpers.js';
import { checkCreditorId } from '../src/modules/banking/creditor-id.js';
import { validatePain008 } from '../src/modules/banking/xsd-validate.js';
import {
  AMEND_MANDATE,
  CREATE_MANDATE,
  GET_MANDATE,
  GET_SEPA,
  MANDATE_PDF,
  REVOKE_MANDATE,
  ROSSI_CREDITOR,
  SETTINGS,
  START_SEPA,
  clientWithMandate,
  download,
  plusDays,
  waitForSepaRun,
  xml,
} from './banking-helpers.js';
import { pdfText } from './pdf-text.helpers.js';

/**
 * SEPA mandates and direct-debit runs (issue #14 §1–§2): the accountant sets the creditor identifier,
 * records mandates, runs a collection and downloads a pain.008.001.08 that the XSD accepts; bad input
 * is refused naming the field, another company's records are NOT_FOUND, and the rights are checked.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '2';
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  await t?.stop();
});

describe('the creditor identifier', () => {
  it('accepts identifiers whose ISO 7064 mod 97-10 check digits match (DE, IT, NL samples) and refuses altered ones', () => {
    // DE98ZZZ09999999999: the Bundesbank's published test id; IT66ZZZA1B2C3D4E5F6G7H8: the EPC's Italian example
    for (const ok of ['DE98ZZZ09999999999', 'IT66ZZZA1B2C3D4E5F6G7H8', 'NL69ZZZ123456780000', 'de98 zzz 0999 9999 999']) expect(checkCreditorId(ok).ok, ok).toBe(true);
    // the business code (positions 5-7) is not part of the check
    expect(checkCreditorId('DE98ABC09999999999').ok).toBe(true);
    for (const bad of ['DE97ZZZ09999999999', 'IT66ZZZA1B2C3D4E5F6G7H9', 'NL96ZZZ123456780000']) expect(checkCreditorId(bad)).toMatchObject({ ok: false, reason: 'creditor_id_check' });
    expect(checkCreditorId('DE98')).toMatchObject({ ok: false, reason: 'creditor_id_format' });
    expect(checkCreditorId('')).toMatchObject({ ok: false, reason: 'required' });
  });

  it('refuses a creditor id that does not validate and a bad IBAN, naming the fields, and saves nothing', async () => {
    const r = await laura.gql(SETTINGS, { input: { ...ROSSI_CREDITOR, creditorId: 'IT67ZZZA1B2C3D4E5F6G7H8', creditorIban: 'IT61X0542811101000000123456', creditorName: 'Changed' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['creditorIban:iban_invalid', 'creditorId:creditor_id_check']);
    // the demo data's creditor data stay as they were
    expect((await laura.ok(`{ bankingSettings { creditorId creditorIban } }`)).bankingSettings).toEqual({ creditorId: 'IT66ZZZA1B2C3D4E5F6G7H8', creditorIban: 'IT60X0542811101000000123456' });
    const saved = (await laura.ok(SETTINGS, { input: { ...ROSSI_CREDITOR, returnFee: '4.50' } })).setBankingSettings;
    expect(saved).toMatchObject({ creditorId: 'IT66ZZZA1B2C3D4E5F6G7H8', returnFee: '4.50' });
  });
});

describe('mandates', () => {
  it('refuses a mandate without signature date, with a bad reference or a reference already used, naming the field; nothing saved', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MBAD', 0);
    const base = { clientId: A.clientId, bankAccountId: A.bankAccountId, reference: 'MND-NEW-1', scheme: 'CORE', recurrence: 'RCUR' };
    const noDate = await laura.gql(CREATE_MANDATE, { input: base });
    expect([codeOf(noDate), fieldsOf(noDate)]).toEqual(['BAD_USER_INPUT', ['signatureDate:required']]);
    const badRef = await laura.gql(CREATE_MANDATE, { input: { ...base, reference: 'MND/ä', signatureDate: '2030-01-01' } });
    expect(fieldsOf(badRef)).toEqual(['reference:invalid_characters', 'signatureDate:in_future']);
    const taken = await laura.gql(CREATE_MANDATE, { input: { ...base, reference: 'mnd-mbad-1', signatureDate: '2025-01-01' } });
    expect(fieldsOf(taken)).toEqual(['reference:duplicate']);
    expect((await laura.ok(`query($c: ID) { sepaMandates(clientId: $c) { id } }`, { c: A.clientId })).sepaMandates).toHaveLength(1);
  });

  it("refuses an amendment with an IBAN that does not validate, naming the field; keeps the history of account and reference amendments", async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MAMD', 0);
    const bad = await laura.gql(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'IT60X0542811101000000123457' } });
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['iban:iban_invalid']]);
    const amended = (await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'DE89 3704 0044 0532 0130 00' } })).amendSepaMandate;
    expect(amended.iban).toBe('DE89370400440532013000');
    const again = (await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { reference: 'MND-MAMD-2' } })).amendSepaMandate;
    expect(again.amendments.map((a: any) => [a.kind, a.oldValue, a.newValue, a.reported])).toEqual([
      ['account', 'IT60X0542811101000000123456', 'DE89370400440532013000', false],
      ['reference', 'MND-MAMD-1', 'MND-MAMD-2', false],
    ]);
  });

  it("answers NOT_FOUND for another company's mandate and refuses another company's client, naming the field", async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MISO', 0);
    expect(await pieter.code(GET_MANDATE, { id: A.mandate.id })).toBe('NOT_FOUND');
    expect(await pieter.code(REVOKE_MANDATE, { id: A.mandate.id, reason: 'x' })).toBe('NOT_FOUND');
    const r = await pieter.gql(CREATE_MANDATE, { input: { clientId: A.clientId, bankAccountId: A.bankAccountId, reference: 'X-1', signatureDate: '2025-01-01' } });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['NOT_FOUND', ['clientId:not_found']]);
    expect((await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate.status).toBe('ACTIVE');
  });

  it("prints the mandate form in the client's language with the creditor identifier", async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MPDF', 0);
    const pdf = (await laura.ok(MANDATE_PDF, { id: A.mandate.id })).sepaMandatePdf;
    const text = await pdfText(Buffer.from(pdf.base64, 'base64'));
    expect(text).toContain('Mandato per addebito diretto SEPA');
    expect(text).toContain('IT66ZZZA1B2C3D4E5F6G7H8');
    expect(text).toContain('MND-MPDF-1');
  });
});

describe('a SEPA direct-debit run', () => {
  beforeAll(async () => {
    await laura.ok(SETTINGS, { input: { ...ROSSI_CREDITOR, returnFee: '4.50' } });
  });

  it('writes an XSD-valid pain.008.001.08 grouped per date, sequence type (FRST, RCUR, OOFF) and scheme (CORE, B2B), with counts and sums at both levels', async () => {
    const core = await clientWithMandate(giulia, marco, laura, 'SDDA', 2);
    const once = await clientWithMandate(giulia, marco, laura, 'SDDB', 1, { recurrence: 'OOFF' });
    const b2b = await clientWithMandate(giulia, marco, laura, 'SDDC', 1, { scheme: 'B2B' });
    const date = plusDays(5);
    const started = (await laura.ok(START_SEPA, { input: { collectionDate: date, dueTo: plusDays(0) } })).startSepaRun;
    expect(started).toMatchObject({ status: 'QUEUED', startedByName: 'Laura Conti', fileId: null });
    const run = await waitForSepaRun(laura, started.id);
    expect(run).toMatchObject({ status: 'DONE', percent: 100, error: null });
    const mine = run.collections.filter((c: any) => [core.clientId, once.clientId, b2b.clientId].includes(c.clientId));
    expect(mine.map((c: any) => [c.mandateReference, c.sequenceType, c.scheme, c.status]).sort()).toEqual([
      ['MND-SDDA-1', 'FRST', 'CORE', 'PRESENTED'],
      ['MND-SDDA-1', 'RCUR', 'CORE', 'PRESENTED'],
      ['MND-SDDB-1', 'OOFF', 'CORE', 'PRESENTED'],
      ['MND-SDDC-1', 'FRST', 'B2B', 'PRESENTED'],
    ]);
    // each collects what its receipt has open
    const receipts = new Map([...core.receipts, ...once.receipts, ...b2b.receipts].map((r) => [r.id, r.gross]));
    for (const c of mine) expect(c.amount).toBe(receipts.get(c.receiptId));
    // end-to-end ids name the receipts
    for (const c of mine) expect(c.endToEndId).toBe(`Q${c.receiptNumber.slice(2).replace('/', '-')}-1`);

    const file = await download(t, laura, run.fileId);
    expect(file.status).toBe(200);
    expect(await validatePain008(file.body)).toEqual({ valid: true, errors: [] });
    const doc = xml.parse(file.body).Document.CstmrDrctDbtInitn;
    expect(doc.GrpHdr.MsgId).toBe(run.messageId);
    expect(Number(doc.GrpHdr.NbOfTxs)).toBe(run.total);
    expect(doc.GrpHdr.CtrlSum).toBe(run.controlSum);
    const groups = doc.PmtInf.map((p: any) => ({ key: `${p.ReqdColltnDt} ${p.PmtTpInf.SeqTp} ${p.PmtTpInf.LclInstrm.Cd}`, n: Number(p.NbOfTxs), sum: p.CtrlSum, txs: p.DrctDbtTxInf }));
    expect(new Set(groups.map((g: any) => g.key)).size).toBe(groups.length);
    expect(groups.map((g: any) => g.key)).toEqual(expect.arrayContaining([`${date} FRST CORE`, `${date} RCUR CORE`, `${date} OOFF CORE`, `${date} FRST B2B`]));
    let total = 0;
    for (const g of groups) {
      expect(g.txs).toHaveLength(g.n);
      const cents = g.txs.reduce((s: number, x: any) => s + Math.round(Number(x.InstdAmt['#text']) * 100), 0);
      expect((cents / 100).toFixed(2)).toBe(g.sum);
      total += g.n;
    }
    expect(total).toBe(run.total);
    const tx = groups.flatMap((g: any) => g.txs).find((x: any) => x.DrctDbtTx.MndtRltdInf.MndtId === 'MND-SDDA-1');
    expect(tx.Dbtr.PstlAdr).toEqual({ StrtNm: 'Via Toledo 10', PstCd: '80134', TwnNm: 'Napoli', CtrySubDvsn: 'NA', Ctry: 'IT' });
    expect(tx.DrctDbtTx.MndtRltdInf.DtOfSgntr).toBe('2025-02-01');

    // a receipt is in one standing run only; the OOFF mandate is used up
    const second = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: date, dueTo: plusDays(0) } })).startSepaRun.id);
    expect(second.collections.filter((c: any) => [core.clientId, once.clientId, b2b.clientId].includes(c.clientId))).toEqual([]);
    // the collections are booked: the receipts have nothing open
    const account = (await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal } }`, { id: core.clientId })).clientAccount;
    expect(account.openTotal).toBe('0.00');
  });

  it('reports an amended mandate with AmdmntInd, the original reference and SMNDA, and marks the amendment reported', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'SDDM', 1);
    await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'DE89370400440532013000', reference: 'MND-SDDM-2' } });
    const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(6), dueTo: plusDays(0) } })).startSepaRun.id);
    const file = await download(t, laura, run.fileId);
    expect((await validatePain008(file.body)).valid).toBe(true);
    const tx = xml
      .parse(file.body)
      .Document.CstmrDrctDbtInitn.PmtInf.flatMap((p: any) => p.DrctDbtTxInf)
      .find((x: any) => x.DrctDbtTx.MndtRltdInf.MndtId === 'MND-SDDM-2');
    expect(tx.DrctDbtTx.MndtRltdInf).toMatchObject({ AmdmntInd: 'true', AmdmntInfDtls: { OrgnlMndtId: 'MND-SDDM-1', OrgnlDbtrAcct: { Id: { Othr: { Id: 'SMNDA' } } } } });
    expect(tx.DbtrAcct.Id.IBAN).toBe('DE89370400440532013000');
    expect((await laura.ok(GET_MANDATE, { id: A.mandate.id })).sepaMandate.amendments.every((a: any) => a.reported)).toBe(true);
  });

  it('refuses with the same validator a deliberately broken file, and a run whose file fails the XSD offers no file and releases its receipts', async () => {
    const sample = await import('node:fs').then((fs) => fs.readFileSync('/work/shared/standards/sepa/samples/pain.008.001.08-python-sepaxml-frst-rcur.xml', 'utf8'));
    expect((await validatePain008(sample)).valid).toBe(true);
    const broken = sample.replace('<SeqTp>FRST</SeqTp>', '<SeqTp>FIRST</SeqTp>').replace(/<CtrlSum>[^<]*<\/CtrlSum>/, '');
    const refused = await validatePain008(broken);
    expect(refused.valid).toBe(false);
    expect(refused.errors.join(' ')).toMatch(/SeqTp|CtrlSum|NbOfTxs/);

    const A = await clientWithMandate(giulia, marco, laura, 'SDDX', 1);
    const su = await t.superuser();
    try {
      // a creditor account the schema refuses (lower case), past the database's own check
      await su.query(`alter table banking_settings drop constraint banking_settings_creditor_iban_check`);
      await su.query(`update banking_settings set creditor_iban = 'it60x0542811101000000123456' where company_id = (select id from company where code = 'ROSSI')`);
      const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(7), dueTo: plusDays(0) } })).startSepaRun.id);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/pain\.008\.001\.08 schema/);
      expect([run.fileId, run.collections]).toEqual([null, []]);
      expect((await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal } }`, { id: A.clientId })).clientAccount.openTotal).toBe('305.64');
    } finally {
      await su.query(`update banking_settings set creditor_iban = 'IT60X0542811101000000123456' where company_id = (select id from company where code = 'ROSSI')`);
      await su.end();
    }
  });

  it("refuses a run without create on billing and a download without export on billing (FORBIDDEN); another company's run and file are NOT_FOUND", async () => {
    expect(await marco.code(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).toBe('FORBIDDEN');
    const runs = (await laura.ok(`{ sepaRuns { id fileId status } }`)).sepaRuns.filter((r: any) => r.fileId);
    expect(runs.length).toBeGreaterThan(0);
    expect((await download(t, marco, runs[0].fileId)).status).toBe(403);
    expect((await download(t, marco, runs[0].fileId)).json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await pieter.code(GET_SEPA, { id: runs[0].id })).toBe('NOT_FOUND');
    const other = await download(t, pieter, runs[0].fileId);
    expect([other.status, other.json.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('refuses a run with a bad collection date naming the field, and without the creditor identifier set', async () => {
    const r = await laura.gql(START_SEPA, { input: { collectionDate: plusDays(0), dueTo: '2026-02-30' } });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['collectionDate:not_after_today', 'dueTo:invalid_date']]);
    // the collections are booked on their date: a date of the books, not beyond a year ahead
    const far = await laura.gql(START_SEPA, { input: { collectionDate: '9999-12-31', dueTo: plusDays(0) } });
    expect([codeOf(far), fieldsOf(far)]).toEqual(['BAD_USER_INPUT', ['collectionDate:out_of_range']]);
    const p = await pieter.gql(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } });
    expect([codeOf(p), fieldsOf(p)]).toEqual(['BAD_USER_INPUT', ['creditorId:not_set']]);
  });
});
