import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { CREDIT, ISSUE, START_RUN } from './billing-helpers.js';
import { CLOSE, POST, REVERSE, accountsOf, booksSnapshot, type Account } from './ledger-helpers.js';
import { MATCH, RECORD, REMIT, clientWithReceipts, codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';

/**
 * The dates the money modules book by, as the accountant types them (one check for payments, journal
 * entries, reversals, closed months, receipts, credit notes, billing runs and remittances): a real day
 * — no year 0, which PostgreSQL cannot store — from 2000-01-01 to a year after the company's today,
 * each refusal BAD_USER_INPUT naming its field, nothing written; and a credit note is no receipt.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent
let A: Record<string, Account>;
let R: Awaited<ReturnType<typeof clientWithReceipts>>;
let remittanceId: string;

const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time)
const monthStart = `${today.slice(0, 7)}-01`;
// a year after today: the last day accepted (29 February → 28 February); the day after it is refused
const lastDay = today.slice(4) === '-02-29' ? `${Number(today.slice(0, 4)) + 1}-02-28` : `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const afterLast = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const CANCEL_ON = `mutation($id: ID!, $reason: String!, $date: String) { cancelRemittance(id: $id, reason: $reason, entryDate: $date) { id cancelEntryId } }`;
const RUNS = `{ billingRuns(first: 100) { id status issueDate } }`;

const refused = (r: GqlResult) => [codeOf(r), fieldsOf(r)];
const messageOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields?.[0]?.message ?? '';
const entry = (entryDate: string) => ({ entryDate, description: 'Controllo date', lines: [{ accountId: A.cash.id, debit: '1.00' }, { accountId: A.equity.id, credit: '1.00' }] });
const snapshot = async () => `${await moneySnapshot(t, 'ROSSI')}\n${await booksSnapshot(t, 'ROSSI')}`;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, giulia, marco] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent)]);
  A = await accountsOf(laura);
  // a client of a new insurer: two receipts issued (the other installments wait), the first collected and remitted
  R = await clientWithReceipts(giulia, marco, laura, 'DATE', 2, '12');
  const p = (await laura.ok(RECORD, { input: { clientId: R.clientId, method: 'BANK_TRANSFER', paymentDate: today, amount: R.receipts[0].gross } })).recordPayment;
  await laura.ok(MATCH, { id: p.id, a: [{ receiptId: R.receipts[0].id, amount: R.receipts[0].gross }] });
  remittanceId = (await laura.ok(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today } })).createRemittance.id;
});
afterAll(async () => t?.stop());

describe('dates the database cannot store (year 0)', () => {
  it('refuses year 0000 in every date naming the field (invalid_date), not "a value has the wrong format"; nothing written', async () => {
    const before = await snapshot();
    const manual = (await laura.ok(POST, { input: entry(today) })).postJournalEntry;
    const afterPost = await snapshot();
    const Y0 = '0000-06-15';
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [RECORD, { input: { clientId: R.clientId, method: 'CASH', paymentDate: Y0, amount: '5.00' } }, ['paymentDate:invalid_date']],
      [POST, { input: entry(Y0) }, ['entryDate:invalid_date']],
      [REVERSE, { id: manual.id, reason: 'Errore', date: Y0 }, ['entryDate:invalid_date']],
      [ISSUE, { id: R.installments[2].id, date: Y0 }, ['issueDate:invalid_date']],
      [CREDIT, { id: R.receipts[1].id, reason: 'Storno', date: Y0 }, ['issueDate:invalid_date']],
      [START_RUN, { input: { dueFrom: '2040-01-01', dueTo: '2040-06-30', issueDate: Y0 } }, ['issueDate:invalid_date']],
      [REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: Y0, periodTo: today } }, ['periodFrom:invalid_date']],
      [REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today, remitDate: Y0 } }, ['remitDate:invalid_date']],
      [CANCEL_ON, { id: remittanceId, reason: 'Errore', date: Y0 }, ['entryDate:invalid_date']],
      [CLOSE, { m: '0000-01' }, ['month:invalid_month']],
    ];
    // every case answered, then compared at once: a failure lists each date that was not refused as it should be
    const answers: unknown[] = [];
    for (const [query, variables] of cases) answers.push([JSON.stringify(variables), ...refused(await laura.gql(query, variables))]);
    expect(answers).toEqual(cases.map(([, variables, expected]) => [JSON.stringify(variables), 'BAD_USER_INPUT', expected]));
    expect(await snapshot()).toBe(afterPost);
    expect(before).not.toBe(afterPost);
  });
});

describe('dates outside the books\' window (2000-01-01 to a year after today)', () => {
  it('refuses 1900, 1999 and dates more than a year ahead (out_of_range, with the window in the message); nothing written, no billing run queued', async () => {
    const manual = (await laura.ok(POST, { input: entry(today) })).postJournalEntry;
    const runs = (await laura.ok(RUNS)).billingRuns;
    const before = await snapshot();
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [RECORD, { input: { clientId: R.clientId, method: 'CASH', paymentDate: '1900-01-01', amount: '5.00' } }, ['paymentDate:out_of_range']],
      [RECORD, { input: { clientId: R.clientId, method: 'CASH', paymentDate: '9999-12-31', amount: '5.00' } }, ['paymentDate:out_of_range']],
      [POST, { input: entry('1900-01-01') }, ['entryDate:out_of_range']],
      [POST, { input: entry('9999-12-31') }, ['entryDate:out_of_range']],
      [POST, { input: entry(afterLast) }, ['entryDate:out_of_range']],
      [REVERSE, { id: manual.id, reason: 'Errore', date: '9999-12-31' }, ['entryDate:out_of_range']],
      [ISSUE, { id: R.installments[2].id, date: '1999-12-31' }, ['issueDate:out_of_range']],
      [ISSUE, { id: R.installments[2].id, date: '3000-01-01' }, ['issueDate:out_of_range']],
      [CREDIT, { id: R.receipts[1].id, reason: 'Storno', date: '1999-12-31' }, ['issueDate:out_of_range']],
      [CREDIT, { id: R.receipts[1].id, reason: 'Storno', date: '3000-01-01' }, ['issueDate:out_of_range']],
      [START_RUN, { input: { dueFrom: '2040-01-01', dueTo: '2040-06-30', issueDate: '1999-12-31' } }, ['issueDate:out_of_range']],
      [START_RUN, { input: { dueFrom: '2040-01-01', dueTo: '2040-06-30', issueDate: '3000-01-01' } }, ['issueDate:out_of_range']],
      [REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today, remitDate: '2999-12-31' } }, ['remitDate:out_of_range']],
      [REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: '1900-01-01', periodTo: today } }, ['periodFrom:out_of_range']],
      [CANCEL_ON, { id: remittanceId, reason: 'Errore', date: '2999-12-31' }, ['entryDate:out_of_range']],
      [CLOSE, { m: '1900-01' }, ['month:out_of_range']],
    ];
    const answers: unknown[] = [];
    const window = `2000-01-01 to ${lastDay}`;
    for (const [query, variables] of cases) {
      const r = await laura.gql(query, variables);
      answers.push([JSON.stringify(variables), ...refused(r), query === CLOSE || messageOf(r).includes(window)]);
    }
    expect(answers).toEqual(cases.map(([, variables, expected]) => [JSON.stringify(variables), 'BAD_USER_INPUT', expected, true]));
    expect(await snapshot()).toBe(before);
    expect((await laura.ok(RUNS)).billingRuns).toEqual(runs);
  });

  it('refuses a remittance dated before its period (before_period), and keeps the closed month and the other reasons', async () => {
    const before = await snapshot();
    const r = await laura.gql(REMIT, { input: { insurerId: R.refs.insurerId, periodFrom: monthStart, periodTo: today, remitDate: '2001-01-01' } });
    expect(refused(r)).toEqual(['BAD_USER_INPUT', ['remitDate:before_period']]);
    // the demo data close the month before this one: still period_closed, not out_of_range
    const previous = new Date(Date.parse(`${monthStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(refused(await laura.gql(POST, { input: entry(previous) }))).toEqual(['BAD_USER_INPUT', ['entryDate:period_closed']]);
    expect(refused(await laura.gql(CLOSE, { m: '2024-13' }))).toEqual(['BAD_USER_INPUT', ['month:invalid_month']]);
    expect(refused(await laura.gql(POST, { input: entry('2026-02-30') }))).toEqual(['BAD_USER_INPUT', ['entryDate:invalid_date']]);
    expect(await snapshot()).toBe(before);
  });

  it('accepts the window\'s first and last days', async () => {
    expect((await laura.ok(POST, { input: entry('2000-01-01') })).postJournalEntry.entryDate).toBe('2000-01-01');
    expect((await laura.ok(POST, { input: entry(lastDay) })).postJournalEntry.entryDate).toBe(lastDay);
  });
});

describe('a credit note of a credit note', () => {
  it('refuses a credit note as the receipt to cancel: BAD_USER_INPUT receiptId:not_a_receipt; nothing written', async () => {
    const note = (await laura.ok(CREDIT, { id: R.receipts[1].id, reason: 'Storno' })).issueCreditNote;
    expect(note.kind).toBe('CREDIT_NOTE');
    const before = await snapshot();
    const r = await laura.gql(CREDIT, { id: note.id, reason: 'Storno dello storno' });
    expect(refused(r)).toEqual(['BAD_USER_INPUT', ['receiptId:not_a_receipt']]);
    expect(await snapshot()).toBe(before);
  });

  it('does not report a fault of the database as "no such receipt"', async () => {
    const receipt = (await laura.ok(ISSUE, { id: R.installments[2].id })).issuePremiumReceipt;
    const role = decodeURIComponent(new URL(t.urls.appUrl).username);
    const su = await t.superuser();
    try {
      // the run-time role loses its right to read premium documents: reading the receipt fails
      await su.query(`revoke select on premium_document from ${role}`);
      const r = await laura.gql(CREDIT, { id: receipt.id, reason: 'Storno' });
      expect(codeOf(r)).toBe('INTERNAL');
      expect(fieldsOf(r)).toEqual([]);
    } finally {
      await su.query(`grant select on premium_document to ${role}`);
      await su.end();
    }
    expect((await laura.ok(CREDIT, { id: receipt.id, reason: 'Storno' })).issueCreditNote.kind).toBe('CREDIT_NOTE');
  });
});
