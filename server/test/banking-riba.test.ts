import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROME, dayIn } from './calendar.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ENTRY } from './billing-helpers.js';
import { codeOf, fieldsOf } from './payments-helpers.js';
import { RibaCbiWriter, cbiText, italianBankCodes } from '../src/modules/banking/riba-cbi.js';
import { validateRibaFile } from '../src/modules/banking/riba-cbi-validator.js';
import {
  DEBTOR_IBAN,
  GET_RIBA,
  OUTCOME,
  PRESENT,
  RIBA_FILE,
  RIBA_SETTINGS,
  ROSSI_RIBA,
  SET_DEBTOR,
  START_RIBA,
  at,
  records,
  ribaClient,
  waitForRibaRun,
} from './banking-riba-helpers.js';
import { italianPerson } from './clients-helpers.js';
import { asRossiClerk } from './banking-helpers.js';

/**
 * RiBa (issue #14 §4): the accountant sets the SIA code and account, marks clients as paying by RiBa,
 * runs a RiBa job and downloads the CBI file laid out exactly as the CBI record layout says; bad input is
 * refused naming the field with nothing saved, another company's runs and files are NOT_FOUND, rights
 * are checked; presented / paid / unpaid post balanced entries and an unpaid RiBa reopens its receipt.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;

const DUE_TO = '2099-12-31';
const ALFA = {
  kind: 'ENTITY',
  legalName: 'Società Àlfa Perù',
  legalForm: 'S.r.l.',
  vatNumber: '00743110157',
  addresses: [{ kind: 'BILLING', line1: 'Via Città di Castello 7', postalCode: '20121', city: 'Milano', province: 'MI' }],
  bankAccounts: [{ iban: DEBTOR_IBAN, holder: 'Società Àlfa Perù' }],
};
const fileText = async (c: GqlClient, runId: string) => Buffer.from((await c.ok(RIBA_FILE, { id: runId })).ribaFile.base64, 'base64').toString('latin1');

beforeAll(async () => {
  process.env.BILLING_BATCH_SIZE = '2';
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
});
afterAll(async () => {
  delete process.env.BILLING_BATCH_SIZE;
  await t?.stop();
});

describe('RiBa bank codes and transliteration', () => {
  it('reads ABI, CAB and account from an Italian IBAN and nothing from a foreign one', () => {
    expect(italianBankCodes('IT60 X054 2811 1010 0000 0123 456')).toEqual({ abi: '05428', cab: '11101', account: '000000123456' });
    expect(italianBankCodes(DEBTOR_IBAN)).toEqual({ abi: '03069', cab: '09606', account: '100000063225' });
    expect(italianBankCodes('DE89370400440532013000')).toBeNull();
  });

  it('transliterates accented names and addresses to plain ASCII ("Società Àlfa Perù" → "Societa Alfa Peru")', () => {
    expect(cbiText('Società Àlfa Perù')).toBe('Societa Alfa Peru');
    expect(cbiText("Łódź Straße 5/A — D'Annunzio")).toBe('Lodz Strasse 5 A D Annunzio');
  });
});

describe('RiBa demo data', () => {
  it("has ROSSI's RiBa run sent to the bank, with one receipt unpaid (open again, on the unpaid tile)", async () => {
    const runs = (await laura.ok(`{ ribaRuns { id status presentedAt } }`)).ribaRuns;
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('DONE');
    expect(runs[0].presentedAt).not.toBeNull();
    const items = (await laura.ok(GET_RIBA, { id: runs[0].id })).ribaRun.items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.map((i: any) => i.state)).toEqual(['UNPAID', ...items.slice(1).map(() => 'PAID')]);
    expect(items[0].openAmount).toBe(items[0].amount);
    for (const i of items.slice(1)) expect(i.openAmount).toBe('0.00');
    expect((await laura.ok(`{ ribaUnpaidByMonth { count amount } }`)).ribaUnpaidByMonth).toEqual([{ count: 1, amount: items[0].amount }]);
    expect(validateRibaFile(await fileText(laura, runs[0].id)).valid).toBe(true);
  });
});

describe('RiBa settings and debtors', () => {
  it('refuses a run while the SIA code is missing, naming the field, and refuses bad settings naming each field; nothing saved', async () => {
    // the demo data set ROSSI's RiBa data: without them
    const su = await t.superuser();
    try {
      await su.query(`delete from riba_settings where company_id = (select id from company where code = 'ROSSI')`);
    } finally {
      await su.end();
    }
    const none = await laura.gql(START_RIBA, { input: { dueTo: DUE_TO } });
    expect([codeOf(none), fieldsOf(none)]).toEqual(['BAD_USER_INPUT', ['siaCode:not_set']]);
    const bad = await laura.gql(RIBA_SETTINGS, { input: { siaCode: '', iban: 'DE89370400440532013000', unpaidFee: '-2', taxId: 'x' } });
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['iban:not_italian', 'siaCode:required', 'taxId:invalid', 'unpaidFee:negative']]);
    expect((await laura.ok(`{ ribaSettings { siaCode iban } }`)).ribaSettings).toEqual({ siaCode: null, iban: null });
    const saved = (await laura.ok(RIBA_SETTINGS, { input: ROSSI_RIBA })).setRibaSettings;
    expect(saved).toMatchObject({ siaCode: 'A1B2C', abi: '05428', cab: '11101', account: '000000123456', unpaidFee: '6.50' });
  });

  it("refuses a RiBa debtor whose bank account is not Italian or missing, naming bankAccountId; another company's client is NOT_FOUND", async () => {
    const dutch = await ribaClient(giulia, marco, laura, 'RBNL', 0, italianPerson({ bankAccounts: [{ iban: 'NL91ABNA0417164300', holder: 'X' }] }), false);
    const r = await laura.gql(SET_DEBTOR, { c: dutch.clientId, b: dutch.bankAccountId });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['bankAccountId:not_italian']]);
    const none = await laura.gql(SET_DEBTOR, { c: dutch.clientId, b: null });
    expect([codeOf(none), fieldsOf(none)]).toEqual(['BAD_USER_INPUT', ['bankAccountId:required']]);
    expect((await laura.ok(`query($c: ID) { ribaDebtors(clientId: $c) { id } }`, { c: dutch.clientId })).ribaDebtors).toEqual([]);
    const other = await pieter.gql(SET_DEBTOR, { c: dutch.clientId, b: dutch.bankAccountId });
    expect([codeOf(other), fieldsOf(other)]).toEqual(['NOT_FOUND', ['clientId:not_found']]);
  });
});

describe('a RiBa run', () => {
  let alfa: Awaited<ReturnType<typeof ribaClient>>;
  let bruno: Awaited<ReturnType<typeof ribaClient>>;
  let run: Record<string, any>;
  let text: string;

  beforeAll(async () => {
    await laura.ok(RIBA_SETTINGS, { input: ROSSI_RIBA });
    alfa = await ribaClient(giulia, marco, laura, 'RBAL', 2, ALFA);
    bruno = await ribaClient(giulia, marco, laura, 'RBBR', 1);
    const started = (await laura.ok(START_RIBA, { input: { dueTo: DUE_TO } })).startRibaRun;
    expect(started).toMatchObject({ status: 'QUEUED', startedByName: 'Laura Conti', hasFile: false });
    run = await waitForRibaRun(laura, started.id);
    text = await fileText(laura, run.id);
  });

  it('issues the due receipts of RiBa clients, with ABI and CAB from the debtor IBAN', () => {
    expect(run).toMatchObject({ status: 'DONE', percent: 100, error: null, hasFile: true });
    const mine = run.items.filter((i: any) => [alfa.clientId, bruno.clientId].includes(i.clientId));
    expect(mine).toHaveLength(3);
    // each issues what its receipt has open
    const gross = new Map([...alfa.receipts, ...bruno.receipts].map((r) => [r.id, r.gross]));
    for (const i of mine) expect(i).toMatchObject({ state: 'ISSUED', amount: gross.get(i.receiptId) });
    expect(mine.find((i: any) => i.clientId === alfa.clientId)).toMatchObject({ abi: '03069', cab: '09606' });
    expect(mine.find((i: any) => i.clientId === bruno.clientId)).toMatchObject({ abi: '05428', cab: '11101' });
    expect(run.items.map((i: any) => i.progressive)).toEqual(run.items.map((_: any, k: number) => k + 1));
  });

  it('writes every record 120 characters + CR LF, in the order IB, 14 20 30 40 50 51 70 per receipt, EF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const recs = records(text);
    for (const r of recs) expect(r).toHaveLength(120);
    expect(text.split('\r\n').slice(0, -1).join('\r\n') + '\r\n').toBe(text);
    const n = run.items.length;
    expect(recs.map((r) => at(r, 2, 2))).toEqual(['IB', ...Array.from({ length: n }, () => ['14', '20', '30', '40', '50', '51', '70']).flat(), 'EF']);
    for (let k = 0; k < n; k++) for (let j = 0; j < 7; j++) expect(at(recs[1 + k * 7 + j], 4, 7)).toBe(String(k + 1).padStart(7, '0'));
    expect(/^[\x20-\x7e\r\n]*$/.test(text)).toBe(true);
    expect(validateRibaFile(text)).toMatchObject({ valid: true, errors: [], receipts: n });
  });

  it('closes with EF: the count of receipts, the total of the amounts in cents and 7 × receipts + 2 records; IB and EF agree', () => {
    const recs = records(text);
    const ib = recs[0];
    const ef = recs[recs.length - 1];
    const n = run.items.length;
    const cents = run.items.reduce((s: number, i: any) => s + Math.round(Number(i.amount) * 100), 0);
    expect(at(ef, 46, 7)).toBe(String(n).padStart(7, '0'));
    expect(at(ef, 53, 15)).toBe(String(cents).padStart(15, '0'));
    expect(at(ef, 68, 15)).toBe('0'.repeat(15));
    expect(at(ef, 83, 7)).toBe(String(7 * n + 2).padStart(7, '0'));
    expect(recs).toHaveLength(7 * n + 2);
    expect(at(ef, 4, 42)).toBe(at(ib, 4, 42));
    expect([at(ib, 4, 5), at(ib, 9, 5), at(ib, 20, 20).trim(), at(ib, 114, 1)]).toEqual(['A1B2C', '05428', run.supportName, 'E']);
    expect(run.totalAmount).toBe((cents / 100).toFixed(2));
  });

  it("lays out a receipt's records field by field: amount in cents, bank codes, transliterated debtor name and address", () => {
    const recs = records(text);
    const item = run.items.find((i: any) => i.clientId === alfa.clientId);
    const g = recs.slice(1 + (item.progressive - 1) * 7, 1 + item.progressive * 7);
    const r14 = g[0];
    expect(at(r14, 23, 6)).toBe(`${item.dueDate.slice(8, 10)}${item.dueDate.slice(5, 7)}${item.dueDate.slice(2, 4)}`);
    expect([at(r14, 29, 5), at(r14, 34, 13), at(r14, 47, 1)]).toEqual(['30000', String(Math.round(Number(item.amount) * 100)).padStart(13, '0'), '-']);
    expect([at(r14, 48, 5), at(r14, 53, 5), at(r14, 58, 12), at(r14, 70, 5), at(r14, 75, 5)]).toEqual(['05428', '11101', '000000123456', '03069', '09606']);
    expect([at(r14, 92, 5), at(r14, 97, 1), at(r14, 120, 1)]).toEqual(['A1B2C', '4', 'E']);
    expect(at(g[1], 11, 24)).toBe('Rossi Assicurazioni S.r.l.'.slice(0, 24));
    expect(at(g[1], 35, 24).trim()).toBe('Via Roma 1');
    expect(at(g[2], 11, 30)).toMatch(/^Societa Alfa Peru/);
    expect(at(g[2], 71, 16).trim()).toMatch(/00743110157$/);
    expect([at(g[3], 11, 30).trim(), at(g[3], 41, 5), at(g[3], 46, 23).trim(), at(g[3], 69, 2)]).toEqual(['Via Citta di Castello 7', '20121', 'Milano', 'MI']);
    expect(at(g[4], 11, 40)).toMatch(/^PREMIO Q 20\d\d\/\d+ POLIZZA RBAL-CASA-1/);
    expect(at(g[5], 11, 10)).toMatch(/^[0-9]{10}$/);
  });

  it('refuses with the same validator a file whose EF total, count or record length is wrong', () => {
    const recs = records(text);
    const ef = recs[recs.length - 1];
    const wrongTotal = [...recs.slice(0, -1), ef.slice(0, 52) + '000000000000001' + ef.slice(67)].join('\r\n') + '\r\n';
    expect(validateRibaFile(wrongTotal).errors.join(' ')).toMatch(/EF total/);
    const wrongCount = [...recs.slice(0, -1), ef.slice(0, 82) + '0000099' + ef.slice(89)].join('\r\n') + '\r\n';
    expect(validateRibaFile(wrongCount).errors.join(' ')).toMatch(/EF records/);
    const short = [recs[0].slice(0, 119), ...recs.slice(1)].join('\r\n') + '\r\n';
    expect(validateRibaFile(short).errors[0]).toMatch(/line 1: 119 characters/);
    const swapped = [recs[0], recs[2], recs[1], ...recs.slice(3)].join('\r\n') + '\r\n';
    expect(validateRibaFile(swapped).valid).toBe(false);
  });

  it('puts a receipt in one standing RiBa only: a second run leaves the issued receipts out', async () => {
    const second = await waitForRibaRun(laura, (await laura.ok(START_RIBA, { input: { dueTo: DUE_TO } })).startRibaRun.id);
    expect(second.items.filter((i: any) => [alfa.clientId, bruno.clientId].includes(i.clientId))).toEqual([]);
  });

  it("refuses a run without create on billing and the file without export on billing (FORBIDDEN); another company's run and file are NOT_FOUND", async () => {
    expect(await marco.code(START_RIBA, { input: { dueTo: DUE_TO } })).toBe('FORBIDDEN');
    expect(await marco.code(RIBA_FILE, { id: run.id })).toBe('FORBIDDEN');
    expect(await marco.code(PRESENT, { id: run.id })).toBe('FORBIDDEN');
    expect(await pieter.code(GET_RIBA, { id: run.id })).toBe('NOT_FOUND');
    expect(await pieter.code(RIBA_FILE, { id: run.id })).toBe('NOT_FOUND');
    expect(await pieter.code(PRESENT, { id: run.id })).toBe('NOT_FOUND');
    const item = run.items[0];
    const r = await pieter.gql(OUTCOME, { ids: [item.id], o: 'UNPAID' });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['NOT_FOUND', ['itemIds[0]:not_found']]);
    // a Dutch agency issues no RiBa
    const nl = await pieter.gql(START_RIBA, { input: { dueTo: DUE_TO } });
    expect([codeOf(nl), fieldsOf(nl)]).toEqual(['BAD_USER_INPUT', ['company:not_italian']]);
  });

  it('needs what the payments module asks for the same work: presenting and "paid" record payments (collections:create), "unpaid" undoes one (collections:edit) — FORBIDDEN without, nothing changes', async () => {
    const item = run.items[0];
    const outcome = async (clerk: GqlClient, o: string) => {
      const r = await clerk.gql(OUTCOME, { ids: [item.id], o });
      return [codeOf(r), codeOf(r) === 'FORBIDDEN' ? r.errors?.[0]?.message : fieldsOf(r)];
    };
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'billing:export'], async (clerk) => {
      expect((await clerk.ok(GET_RIBA, { id: run.id })).ribaRun.id).toBe(run.id);
      expect(await clerk.code(PRESENT, { id: run.id })).toBe('FORBIDDEN');
      expect(await outcome(clerk, 'PAID')).toEqual(['FORBIDDEN', 'You need the right collections:create.']);
      expect(await outcome(clerk, 'UNPAID')).toEqual(['FORBIDDEN', 'You need the right collections:edit.']);
    });
    // recording without undoing, and undoing without recording: each outcome asks for its own right
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'collections:view', 'collections:create'], async (clerk) => {
      expect(await outcome(clerk, 'UNPAID')).toEqual(['FORBIDDEN', 'You need the right collections:edit.']);
      // past the rights, the service's own check: this RiBa is not presented yet
      expect(await outcome(clerk, 'PAID')).toEqual(['BAD_USER_INPUT', ['itemIds[0]:not_presented']]);
    });
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'collections:view', 'collections:edit'], async (clerk) => {
      expect(await clerk.code(PRESENT, { id: run.id })).toBe('FORBIDDEN');
      expect(await outcome(clerk, 'PAID')).toEqual(['FORBIDDEN', 'You need the right collections:create.']);
      expect(await outcome(clerk, 'UNPAID')).toEqual(['BAD_USER_INPUT', ['itemIds[0]:not_presented']]);
    });
    const now = (await laura.ok(GET_RIBA, { id: run.id })).ribaRun;
    expect(now.presentedAt).toBeNull();
    expect(now.items.find((i: any) => i.id === item.id).state).toBe('ISSUED');
  });

  it('presents, then posts paid and unpaid balanced; an unpaid RiBa reopens its receipt with the fee charged; nothing half-saved on a bad request', async () => {
    const notYet = await laura.gql(OUTCOME, { ids: [run.items[0].id], o: 'PAID' });
    expect([codeOf(notYet), fieldsOf(notYet)]).toEqual(['BAD_USER_INPUT', ['itemIds[0]:not_presented']]);
    // the dates the RiBa is booked by are dates of the books: not before 2000, not beyond a year ahead
    for (const [date, reason] of [['9999-12-31', 'out_of_range'], ['1999-12-31', 'out_of_range'], ['0000-01-01', 'invalid_date']]) {
      const bad = await laura.gql(PRESENT, { id: run.id, date });
      expect([codeOf(bad), fieldsOf(bad)], date).toEqual(['BAD_USER_INPUT', [`date:${reason}`]]);
    }
    expect((await laura.ok(GET_RIBA, { id: run.id })).ribaRun.presentedAt).toBeNull();
    const presented = (await laura.ok(PRESENT, { id: run.id })).presentRibaRun;
    expect(presented.presentedAt).not.toBeNull();
    const mine = presented.items.filter((i: any) => [alfa.clientId, bruno.clientId].includes(i.clientId));
    for (const i of mine) expect(i).toMatchObject({ state: 'PRESENTED', openAmount: '0.00' });
    expect(await laura.code(PRESENT, { id: run.id })).toBe('CONFLICT');
    const [a1, a2] = mine.filter((i: any) => i.clientId === alfa.clientId);
    const b1 = mine.find((i: any) => i.clientId === bruno.clientId);

    const far = await laura.gql(OUTCOME, { ids: [a1.id], o: 'UNPAID', date: '2999-12-31' });
    expect([codeOf(far), fieldsOf(far)]).toEqual(['BAD_USER_INPUT', ['date:out_of_range']]);
    // one unknown id in a bulk request: nothing is written
    const half = await laura.gql(OUTCOME, { ids: [a1.id, '00000000-0000-4000-8000-000000000000'], o: 'UNPAID' });
    expect([codeOf(half), fieldsOf(half)]).toEqual(['NOT_FOUND', ['itemIds[1]:not_found']]);
    expect((await laura.ok(GET_RIBA, { id: run.id })).ribaRun.items.find((i: any) => i.id === a1.id).state).toBe('PRESENTED');

    const paid = (await laura.ok(OUTCOME, { ids: [a2.id, b1.id], o: 'PAID' })).setRibaOutcome;
    expect(paid.map((i: any) => [i.state, i.openAmount])).toEqual([
      ['PAID', '0.00'],
      ['PAID', '0.00'],
    ]);
    const unpaid = (await laura.ok(OUTCOME, { ids: [a1.id], o: 'UNPAID' })).setRibaOutcome;
    expect(unpaid[0]).toMatchObject({ state: 'UNPAID', fee: '6.50', openAmount: a1.amount });
    expect(await laura.code(OUTCOME, { ids: [a1.id], o: 'PAID' })).toBe('BAD_USER_INPUT');

    // the client's account: the receipt is open again, and the fee is charged
    const account = (await laura.ok(`query($id: ID!) { clientAccount(clientId: $id) { openTotal balance openItems { receiptId openAmount } } }`, { id: alfa.clientId })).clientAccount;
    expect(account.openItems.map((o: any) => [o.receiptId, o.openAmount])).toEqual([[a1.receiptId, a1.amount]]);
    expect(account.balance).toBe(((Math.round(Number(a1.amount) * 100) + 650) / 100).toFixed(2));

    // every entry written balances; the RiBa-in-collection account is back to zero for this client's paid and unpaid items
    const su = await t.superuser();
    try {
      const entries = await su.query(
        `select e.id, e.source, sum(l.debit) as d, sum(l.credit) as c from journal_entry e join journal_line l on l.company_id = e.company_id and l.entry_id = e.id
          where e.id in (select p.entry_id from riba_item i join payment p on p.id = i.payment_id where i.id = any($1::uuid[])
                         union select paid_entry_id from riba_item where id = any($1::uuid[]) union select reversal_entry_id from riba_item where id = any($1::uuid[])
                         union select fee_entry_id from riba_item where id = any($1::uuid[]))
          group by e.id, e.source`,
        [[a1.id, a2.id, b1.id]],
      );
      expect(entries.rows.map((r: any) => r.source).sort()).toEqual(['bank_return', 'payment', 'payment', 'payment', 'payment', 'payment', 'reversal']);
      for (const r of entries.rows) expect(r.d).toBe(r.c);
      const inCollection = await su.query(
        `select coalesce(sum(l.debit - l.credit), 0)::text as bal from journal_line l join ledger_account a on a.id = l.account_id
          where a.role = 'riba_in_collection' and l.entry_id in (select p.entry_id from riba_item i join payment p on p.id = i.payment_id where i.id = any($1::uuid[])
                         union select paid_entry_id from riba_item where id = any($1::uuid[]) union select reversal_entry_id from riba_item where id = any($1::uuid[]))`,
        [[a1.id, a2.id, b1.id]],
      );
      expect(inCollection.rows[0].bal).toBe('0.00');
      const audits = await su.query(`select after->>'state' as s from audit_event where entity_type = 'RibaItem' and entity_id = $1 order by seq`, [a1.id]);
      expect(audits.rows.map((r: any) => r.s)).toEqual(['presented', 'unpaid']);
    } finally {
      await su.end();
    }
    const reversal = (await laura.ok(ENTRY, { id: await entryOfUnpaid(a1.id) })).journalEntry;
    expect(reversal.source).toBe('REVERSAL');
    // the tile counts it in the company's month (Italian time), beside the demo run's unpaid RiBa, which
    // the demo data date on the company's own calendar too: two this month
    const month = (await laura.ok(`{ ribaUnpaidByMonth { month count amount } }`)).ribaUnpaidByMonth[0];
    expect(month).toMatchObject({ month: dayIn(ROME).slice(0, 7), count: 2 });

    // the unpaid receipt is due again: the next run issues it
    const again = await waitForRibaRun(laura, (await laura.ok(START_RIBA, { input: { dueTo: DUE_TO } })).startRibaRun.id);
    expect(again.items.filter((i: any) => i.clientId === alfa.clientId).map((i: any) => i.receiptId)).toEqual([a1.receiptId]);

    // receipts issued by RiBa are evidence: the card cannot be deleted permanently
    const holds = (await giulia.ok(`query($id: ID!) { client(id: $id) { legalHolds { reason count } } }`, { id: alfa.clientId })).client.legalHolds;
    expect(holds).toContainEqual({ reason: 'riba_items', count: 3 });
  });
});

async function entryOfUnpaid(itemId: string): Promise<string> {
  const su = await t.superuser();
  try {
    return (await su.query(`select reversal_entry_id from riba_item where id = $1`, [itemId])).rows[0].reversal_entry_id;
  } finally {
    await su.end();
  }
}

describe('the CBI writer', () => {
  it('refuses a SIA code that is not 5 letters or digits and an amount that does not fit 13 digits', () => {
    expect(() => new RibaCbiWriter({ siaCode: 'AB', creditor: { abi: '05428', cab: '11101', account: '000000123456' }, creationDate: '2026-01-15', supportName: 'X', creditorName: 'Y' })).toThrow(/SIA/);
    const w = new RibaCbiWriter({ siaCode: 'A1B2C', creditor: { abi: '05428', cab: '11101', account: '000000123456' }, creationDate: '2026-01-15', supportName: 'X', creditorName: 'Y' });
    const base = { dueDate: '2026-02-28', debtor: { abi: '03069', cab: '09606' }, debtorCode: 'C1', debtorName: 'N', debtorTaxId: null, street: null, postCode: null, town: null, province: null, reference1: 'R', reference2: '', receiptNumber: 1 };
    expect(() => w.receipt({ ...base, amountCents: 10n ** 13n })).toThrow(/does not fit/);
  });

  it("writes the debtor's and the creditor's tax ids as CBI takes them: a partita IVA as its 11 digits (no IT prefix), a codice fiscale as it is", () => {
    const w = new RibaCbiWriter({ siaCode: 'A1B2C', creditor: { abi: '05428', cab: '11101', account: '000000123456' }, creationDate: '2026-01-15', supportName: 'X', creditorName: 'Y', creditorTaxId: 'IT 12345678901' });
    w.begin();
    const base = { dueDate: '2026-02-28', debtor: { abi: '03069', cab: '09606' }, debtorCode: 'C1', debtorName: 'N', street: null, postCode: null, town: null, province: null, reference1: 'R', reference2: '', receiptNumber: 1, amountCents: 12_345n };
    const records = (debtorTaxId: string) => w.receipt({ ...base, debtorTaxId }).split(/\r?\n/).filter(Boolean);
    const company = records('it01234567890');
    const r30 = company.find((r) => r.slice(1, 3) === '30')!;
    expect(r30.slice(70, 86)).toBe('01234567890     ');
    expect(company.find((r) => r.slice(1, 3) === '20')!.slice(82, 106).trimEnd()).toBe('12345678901');
    expect(company.find((r) => r.slice(1, 3) === '50')!.slice(100, 116).trimEnd()).toBe('12345678901');
    const person = records('RSSMRA80A01H501U').find((r) => r.slice(1, 3) === '30')!;
    expect(person.slice(70, 86)).toBe('RSSMRA80A01H501U');
    for (const r of [...company]) expect(r).toHaveLength(120);
  });
});
