import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ACCOUNT, GET_PAYMENT, UNDO, clientWithReceipts, codeOf, fieldsOf, moneySnapshot } from './payments-helpers.js';
import { booksBalance } from './ledger-helpers.js';
import { IMPORT, ROSSI_CREDITOR, SETTINGS, START_SEPA, b64, clientWithMandate, pain002, plusDays, waitForSepaRun } from './banking-helpers.js';
import { BOOKED, BOOKED_AFTER, BOOKED_NEXT, CONFIRM, GET_LINE, GET_STATEMENT, IMPORT_STATEMENT, LINES, STATEMENTS, camt053, type Entry } from './banking-statements-helpers.js';

/**
 * Bank statements (issue #14 §5): a camt.053 is checked whole and imported once, each entry (each
 * transaction of a batched entry) a bank line; credit lines get proposals (end-to-end id of a SEPA
 * collection first, then receipt number, amount, client); the accountant confirms through the payments
 * module (a payment posted and allocated), splits over receipts, or settles a SEPA collection.
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;
let elena: GqlClient;
let A: Awaited<ReturnType<typeof clientWithMandate>>;
let C: Awaited<ReturnType<typeof clientWithReceipts>>;
let cIban: string;
let sepaRun: Record<string, any>;
let collection: { endToEndId: string; receiptId: string; amount: string; receiptNumber: string };
const VDBERG_IBAN = 'NL91ABNA0417164300';
const OURS = ROSSI_CREDITOR.creditorIban;

/** How many statements and lines a company has (superuser): "nothing written" checks. */
async function statementRows(code: string): Promise<string> {
  const su = await t.superuser();
  try {
    const r = await su.query(
      `select (select count(*) from bank_statement where company_id = c.id) as s, (select count(*) from bank_transaction where company_id = c.id) as l,
              (select count(*) from bank_transaction_proposal where company_id = c.id) as p from company c where c.code = $1`,
      [code],
    );
    return `${r.rows[0].s}/${r.rows[0].l}/${r.rows[0].p}`;
  } finally {
    await su.end();
  }
}

const cents = (s: string) => BigInt(s.replace('.', ''));
const sum = (...xs: string[]) => {
  const c = xs.reduce((a, x) => a + cents(x), 0n);
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
};
const imp = (c: GqlClient, xml: string, name = 'statement.xml') => c.gql(IMPORT_STATEMENT, { name, b: b64(xml) });

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter, elena] = await Promise.all([
    signedIn(t, USERS.rossiAccountant),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.vdbergAdmin),
    signedIn(t, USERS.both),
  ]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
  await pieter.ok(SETTINGS, { input: { creditorId: 'DE98ZZZ09999999999', creditorName: 'Van den Berg', creditorIban: VDBERG_IBAN } });
  A = await clientWithMandate(giulia, marco, laura, 'STMA', 1);
  C = await clientWithReceipts(giulia, marco, laura, 'STMC', 4);
  // C pays from an account of its own (the generated clients share one IBAN)
  cIban = 'IT07X0542811101000000654321';
  await marco.ok(`mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { id } }`, { id: C.clientId, b: [{ iban: cIban, holder: 'Cliente STMC' }] });
  const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun.id);
  expect(run.status).toBe('DONE');
  sepaRun = run;
  collection = run.collections.find((c: any) => c.clientId === A.clientId);
  expect(collection).toBeTruthy();
});
afterAll(async () => {
  await t?.stop();
});

describe('the demo data', () => {
  it('has an imported statement of the Italian company with lines matched and one left open', async () => {
    const demo = (await laura.ok(STATEMENTS)).bankStatements.find((s: any) => s.statementRef === 'DEMO-STMT-0001');
    expect(demo).toMatchObject({ kind: 'camt.053', iban: OURS, lineCount: 3, unmatchedCount: 1 });
    const lines = (await laura.ok(LINES, { s: demo.id })).bankTransactions.items;
    expect(lines.map((l: any) => l.state).sort()).toEqual(['MATCHED', 'MATCHED', 'UNMATCHED']);
    expect(lines.find((l: any) => l.state === 'UNMATCHED')).toMatchObject({ amount: '150.00', remittance: 'Bonifico senza riferimento' });
  });
});

describe('importing a camt.053 statement', () => {
  let statementId: string;
  const entries = (): Entry[] => [
    { ref: 'E-001', amount: '305.64', txs: [{ amount: '305.64', e2e: 'CT-STMC-1', remittance: `Premio ${C.receipts[0].displayNumber}`, name: 'Somebody Else', iban: cIban }] },
    // a batched entry: two transactions, each a line
    { ref: 'E-002', amount: '1000.10', txs: [{ amount: '999.99', remittance: 'Bonifico senza riferimento' }, { amount: '0.11', remittance: 'Arrotondamento' }] },
    { ref: 'E-003', amount: '42.00', dir: 'DBIT', booking: BOOKED_NEXT, value: BOOKED_AFTER },
  ];

  it('imports each entry and each transaction of a batched entry as a line with its exact amount, dates, end-to-end id, remittance and counterparty', async () => {
    const r = await imp(laura, camt053({ messageId: 'CAMT-1', statementId: 'STMT-2026-11-20', iban: OURS, entries: entries() }), 'camt053-1.xml');
    expect(r.errors).toBeUndefined();
    const result = r.data!.importBankStatement;
    expect([result.imported, result.duplicates]).toEqual([4, 0]);
    expect(result.statements).toEqual([expect.objectContaining({ kind: 'camt.053', messageId: 'CAMT-1', statementRef: 'STMT-2026-11-20', iban: OURS, lineCount: 4, unmatchedCount: 3, fileName: 'camt053-1.xml' })]);
    statementId = result.statements[0].id;
    const lines = (await laura.ok(LINES, { s: statementId })).bankTransactions;
    expect(lines.total).toBe(4);
    const byNo = [...lines.items].sort((a: any, b: any) => a.lineNo - b.lineNo || a.bankRef.localeCompare(b.bankRef));
    expect(byNo.map((l: any) => [l.bankRef, l.direction, l.amount, l.bookingDate, l.valueDate, l.endToEndId, l.remittance, l.counterpartyName, l.counterpartyIban])).toEqual([
      ['E-001', 'CRDT', '305.64', BOOKED, BOOKED, 'CT-STMC-1', `Premio ${C.receipts[0].displayNumber}`, 'Somebody Else', cIban],
      ['E-002/1', 'CRDT', '999.99', BOOKED, BOOKED, null, 'Bonifico senza riferimento', null, null],
      ['E-002/2', 'CRDT', '0.11', BOOKED, BOOKED, null, 'Arrotondamento', null, null],
      ['E-003', 'DBIT', '42.00', BOOKED_NEXT, BOOKED_AFTER, null, null, null, null],
    ]);
    expect(byNo.map((l: any) => l.state)).toEqual(['PROPOSED', 'UNMATCHED', 'UNMATCHED', 'UNMATCHED']);
  });

  it('recognises a statement imported twice (CONFLICT, no new line) and leaves out the lines an overlapping statement repeats, by the bank entry reference', async () => {
    const before = await statementRows('ROSSI');
    const again = await imp(laura, camt053({ messageId: 'CAMT-1', statementId: 'STMT-2026-11-20', iban: OURS, entries: entries() }));
    expect(codeOf(again)).toBe('CONFLICT');
    // the same statement id under a new message id is the same statement
    expect(codeOf(await imp(laura, camt053({ messageId: 'CAMT-1-RESENT', statementId: 'STMT-2026-11-20', iban: OURS, entries: entries() })))).toBe('CONFLICT');
    expect(await statementRows('ROSSI')).toBe(before);

    const overlapping = await imp(laura, camt053({ messageId: 'CAMT-2', statementId: 'STMT-2026-11-20-21', iban: OURS, to: BOOKED_NEXT, entries: [...entries(), { ref: 'E-004', amount: '12.00', booking: BOOKED_NEXT }] }));
    expect(overlapping.errors).toBeUndefined();
    expect([overlapping.data!.importBankStatement.imported, overlapping.data!.importBankStatement.duplicates]).toEqual([1, 4]);
    const lines = (await laura.ok(LINES, { s: overlapping.data!.importBankStatement.statements[0].id })).bankTransactions.items;
    expect(lines.map((l: any) => [l.bankRef, l.amount])).toEqual([['E-004', '12.00']]);
    expect((await laura.ok(LINES, { s: statementId })).bankTransactions.total).toBe(4);
  });

  it("keeps the lines of a bank numbering its entries per statement (NtryRef 1, 2… without AcctSvcrRef): the next statement's entry 1 is a new line, not a repeat", async () => {
    const day = (statementId: string, booking: string, amounts: string[]) =>
      camt053({ messageId: `MSG-${statementId}`, statementId, iban: OURS, from: booking, to: booking, entries: amounts.map((amount, i) => ({ ref: String(i + 1), entryRefOnly: true, amount, dir: 'DBIT' as const, booking })) });
    const first = await imp(laura, day('NUM-1', BOOKED, ['31.00', '32.00']));
    expect(first.errors).toBeUndefined();
    expect([first.data!.importBankStatement.imported, first.data!.importBankStatement.duplicates]).toEqual([2, 0]);
    const second = await imp(laura, day('NUM-2', BOOKED_NEXT, ['41.00', '42.00', '43.00']));
    expect(second.errors).toBeUndefined();
    expect([second.data!.importBankStatement.imported, second.data!.importBankStatement.duplicates]).toEqual([3, 0]);
    const lines = (await laura.ok(LINES, { s: second.data!.importBankStatement.statements[0].id })).bankTransactions.items;
    expect(lines.map((l: any) => [l.bankRef, l.amount])).toEqual([['NUM-2:1', '41.00'], ['NUM-2:2', '42.00'], ['NUM-2:3', '43.00']]);
  });

  it("refuses a file of the wrong format, an account that is not the company's (another company's included), a malformed amount or date, naming the field and entry; nothing written", async () => {
    const before = await statementRows('ROSSI');
    const money = await moneySnapshot(t, 'ROSSI');
    const pain002 = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>X</MsgId></GrpHdr></CstmrPmtStsRpt></Document>`;
    const wrong = await imp(laura, pain002);
    expect([codeOf(wrong), fieldsOf(wrong)]).toEqual(['BAD_USER_INPUT', ['file:wrong_format']]);
    const notXml = await imp(laura, '<Document><BkToCstmrStmt>');
    expect([codeOf(notXml), fieldsOf(notXml)]).toEqual(['BAD_USER_INPUT', ['file:not_xml']]);
    const theirs = await imp(laura, camt053({ messageId: 'CAMT-BAD-1', statementId: 'S-BAD-1', iban: VDBERG_IBAN, entries: [{ ref: 'B-1', amount: '10.00' }] }));
    expect([codeOf(theirs), fieldsOf(theirs)]).toEqual(['BAD_USER_INPUT', ['Stmt[0].Acct.Id.IBAN:unknown_account']]);
    const unknown = await imp(laura, camt053({ messageId: 'CAMT-BAD-2', statementId: 'S-BAD-2', iban: 'DE89370400440532013000', entries: [{ ref: 'B-1', amount: '10.00' }] }));
    expect(fieldsOf(unknown)).toEqual(['Stmt[0].Acct.Id.IBAN:unknown_account']);
    // good entries and one bad among them: none is imported
    const bad = await imp(
      laura,
      camt053({
        messageId: 'CAMT-BAD-3',
        statementId: 'S-BAD-3',
        iban: OURS,
        entries: [
          { ref: 'B-0', amount: '10.00' },
          { ref: 'B-1', amount: '12,50' },
          { ref: 'B-2', amount: '5.00', booking: '2026-13-01', value: '2026-11-01' },
          { ref: 'B-3', amount: '7.00', ccy: 'USD' },
          { ref: 'B-4', amount: '10.00', txs: [{ amount: '4.00' }, { amount: '5.00' }] },
          { ref: 'B-5', amount: '1.001' },
        ],
      }),
    );
    expect([codeOf(bad), fieldsOf(bad)]).toEqual([
      'BAD_USER_INPUT',
      ['Stmt[0].Ntry[1].Amt:not_a_decimal', 'Stmt[0].Ntry[2].BookgDt:invalid_date', 'Stmt[0].Ntry[3].Amt:currency', 'Stmt[0].Ntry[4].NtryDtls:sum_mismatch', 'Stmt[0].Ntry[5].Amt:not_a_decimal'],
    ]);
    expect(await statementRows('ROSSI')).toBe(before);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(money);
  });

  it("keeps another company's statements and lines NOT_FOUND, and lists only the company's own", async () => {
    const line = (await laura.ok(LINES, { s: statementId })).bankTransactions.items[0];
    expect(await pieter.code(GET_STATEMENT, { id: statementId })).toBe('NOT_FOUND');
    expect(await pieter.code(GET_LINE, { id: line.id })).toBe('NOT_FOUND');
    expect(await pieter.code(LINES, { s: statementId })).toBe('NOT_FOUND');
    const before = await statementRows('ROSSI');
    const r = await pieter.gql(CONFIRM, { id: line.id, a: [] });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['NOT_FOUND', ['transactionId:not_found']]);
    expect(await statementRows('ROSSI')).toBe(before);
    expect((await pieter.ok(STATEMENTS)).bankStatements).toEqual([]);
    expect((await pieter.ok(LINES, {})).bankTransactions.total).toBe(0);
  });

  it('needs view on billing to read, create on billing to import, and create on collections too to confirm — it records a payment (FORBIDDEN otherwise)', async () => {
    const line = (await laura.ok(LINES, { s: statementId })).bankTransactions.items[0];
    expect(await marco.code(STATEMENTS)).toBe('FORBIDDEN');
    expect(await marco.code(LINES, {})).toBe('FORBIDDEN');
    // elena is read-only in VDBERG: she reads, she does not import or confirm
    await elena.switchTo('VDBERG');
    expect((await elena.ok(STATEMENTS)).bankStatements).toEqual([]);
    expect(await elena.code(IMPORT_STATEMENT, { name: 's.xml', b: b64(camt053({ messageId: 'CAMT-E', statementId: 'S-E', iban: VDBERG_IBAN, entries: [{ ref: 'X', amount: '1.00' }] })) })).toBe('FORBIDDEN');
    expect(await elena.code(CONFIRM, { id: line.id, a: [] })).toBe('FORBIDDEN');
    expect(await marco.code(CONFIRM, { id: line.id, a: [] })).toBe('FORBIDDEN');
    // confirming records a payment: billing rights alone do not let a clerk record one
    const members = (await giulia.ok(`{ users { id role { id } user { email } } }`)).users as Array<{ id: string; role: { id: string }; user: { email: string } }>;
    const m = members.find((u) => u.user.email === USERS.rossiAgent)!;
    const clerks = (await giulia.ok(`mutation { createRole(input: { name: "Billing clerks", rights: ["billing:view", "billing:create"] }) { id } }`)).createRole.id;
    await giulia.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: m.id, r: clerks });
    try {
      expect((await marco.ok(LINES, { s: statementId })).bankTransactions.items.length).toBeGreaterThan(0);
      const refused = await marco.gql(CONFIRM, { id: line.id, a: [] });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await laura.ok(LINES, { s: statementId })).bankTransactions.items.find((l: { id: string }) => l.id === line.id)).toEqual(line);
    } finally {
      await giulia.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: m.id, r: m.role.id });
    }
  });
});

describe('matching bank lines', () => {
  let lines: any[];
  beforeAll(async () => {
    const r = await laura.ok(IMPORT_STATEMENT, {
      name: 'camt053-match.xml',
      b: b64(
        camt053({
          messageId: 'CAMT-M',
          statementId: 'STMT-M',
          iban: OURS,
          entries: [
            // the SEPA collection's credit, and a receipt number of another client in the text: the collection first
            { ref: 'M-1', amount: collection.amount, txs: [{ amount: collection.amount, e2e: collection.endToEndId, remittance: `SDD ${C.receipts[3].displayNumber}` }] },
            // by receipt number and the payer's IBAN
            { ref: 'M-2', amount: C.receipts[1].gross, txs: [{ amount: C.receipts[1].gross, remittance: `Pagamento premio ${C.receipts[1].displayNumber}`, iban: cIban, name: 'X' }] },
            // two receipts in one transfer: a split
            { ref: 'M-3', amount: sum(C.receipts[2].gross, C.receipts[3].gross), txs: [{ amount: sum(C.receipts[2].gross, C.receipts[3].gross), remittance: `Premi ${C.receipts[2].displayNumber} e ${C.receipts[3].displayNumber}`, iban: cIban }] },
            // nothing to match: stays open
            { ref: 'M-4', amount: '77.70', txs: [{ amount: '77.70', remittance: 'Rimborso spese', name: 'Nobody Known' }] },
          ],
        }),
      ),
    });
    lines = [...(await laura.ok(LINES, { s: r.importBankStatement.statements[0].id })).bankTransactions.items].sort((a: any, b: any) => a.lineNo - b.lineNo);
  });

  it('ranks proposals by end-to-end id first (the SEPA collection), then receipt number, amount and client', async () => {
    expect(lines.map((l) => l.state)).toEqual(['PROPOSED', 'PROPOSED', 'PROPOSED', 'UNMATCHED']);
    const [sepa, byNumber] = lines;
    expect(sepa.proposals.map((p: any) => [p.receiptId, p.reasons, p.collectionId !== null])).toEqual([
      [collection.receiptId, ['END_TO_END'], true],
      [C.receipts[3].id, ['RECEIPT_NUMBER'], false],
    ]);
    expect(sepa.proposals[0].score).toBeGreaterThan(sepa.proposals[1].score);
    // receipt number + amount + client first, then the client's other open receipts
    expect(byNumber.proposals[0]).toMatchObject({ receiptId: C.receipts[1].id, reasons: ['RECEIPT_NUMBER', 'AMOUNT', 'CLIENT'], score: 7 });
    expect(byNumber.proposals.slice(1).every((p: any) => p.clientId === C.clientId && p.score < 7)).toBe(true);
    expect(lines[3].proposals).toEqual([]);
  });

  it('recognises a line crediting a receipt already paid by SEPA collection as that collection’s settlement, not a second payment', async () => {
    const money = await moneySnapshot(t, 'ROSSI');
    // the receipt is paid by the collection: allocating the line to it again is refused
    const twice = await laura.gql(CONFIRM, { id: lines[0].id, a: [{ receiptId: collection.receiptId, amount: collection.amount }] });
    expect([codeOf(twice), fieldsOf(twice)]).toEqual(['BAD_USER_INPUT', ['allocations.0.amount:exceeds_open_amount']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(money);
    const settled = (await laura.ok(CONFIRM, { id: lines[0].id, a: [] })).confirmBankTransaction;
    expect([settled.state, settled.settlement]).toEqual(['MATCHED', true]);
    const payment = (await laura.ok(GET_PAYMENT, { id: settled.paymentId })).payment;
    expect([payment.method, payment.clientId, payment.amount]).toEqual(['DIRECT_DEBIT', A.clientId, collection.amount]);
    // nothing posted: the collection's payment was booked by the run
    expect(await moneySnapshot(t, 'ROSSI')).toBe(money);
  });

  it('a confirmed match creates a balanced posting and closes the receipt; the line cannot be confirmed twice', async () => {
    const receipt = C.receipts[1];
    const confirmed = (await laura.ok(CONFIRM, { id: lines[1].id, a: [{ receiptId: receipt.id, amount: receipt.gross }] })).confirmBankTransaction;
    expect(confirmed.state).toBe('MATCHED');
    const payment = (await laura.ok(GET_PAYMENT, { id: confirmed.paymentId })).payment;
    expect([payment.method, payment.clientId, payment.amount, payment.paymentDate, payment.remaining]).toEqual(['BANK_TRANSFER', C.clientId, receipt.gross, BOOKED, '0.00']);
    const entry = (await laura.ok(`query($id: ID!) { journalEntry(id: $id) { lines { debit credit account { role } } } }`, { id: payment.entryId })).journalEntry;
    expect(entry.lines.map((l: any) => [l.account.role, l.debit, l.credit])).toEqual([
      ['premium_account', receipt.gross, '0.00'],
      ['clients_receivable', '0.00', receipt.gross],
    ]);
    const account = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    expect(account.openItems.find((o: any) => o.receiptId === receipt.id)).toBeUndefined();
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);

    const money = await moneySnapshot(t, 'ROSSI');
    const again = await laura.gql(CONFIRM, { id: lines[1].id, a: [{ receiptId: C.receipts[0].id, amount: C.receipts[0].gross }] });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await moneySnapshot(t, 'ROSSI')).toBe(money);
  });

  it('splits one line over two receipts, refusing allocations beyond the line or of another company; undo goes through the payments module', async () => {
    const money = await moneySnapshot(t, 'ROSSI');
    const [r2, r3] = [C.receipts[2], C.receipts[3]];
    const over = await laura.gql(CONFIRM, { id: lines[2].id, a: [{ receiptId: r2.id, amount: r2.gross }, { receiptId: r3.id, amount: sum(r3.gross, '0.01') }] });
    expect([codeOf(over), fieldsOf(over)]).toEqual(['BAD_USER_INPUT', ['allocations:exceeds_line_amount']]);
    const malformed = await laura.gql(CONFIRM, { id: lines[2].id, a: [{ receiptId: C.receipts[2].id, amount: '-5' }] });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    const foreign = await laura.gql(CONFIRM, { id: lines[2].id, a: [{ receiptId: r2.id, amount: '1.00' }, { receiptId: '00000000-0000-4000-8000-000000000001', amount: '1.00' }] });
    expect([codeOf(foreign), fieldsOf(foreign)]).toEqual(['NOT_FOUND', ['allocations.1.receiptId:not_found']]);
    const nothing = await laura.gql(CONFIRM, { id: lines[3].id, a: [] });
    expect([codeOf(nothing), fieldsOf(nothing)]).toEqual(['BAD_USER_INPUT', ['allocations:required']]);
    expect(await moneySnapshot(t, 'ROSSI')).toBe(money);

    const split = (await laura.ok(CONFIRM, { id: lines[2].id, a: [{ receiptId: r2.id, amount: r2.gross }, { receiptId: r3.id, amount: r3.gross }] })).confirmBankTransaction;
    const payment = (await laura.ok(GET_PAYMENT, { id: split.paymentId })).payment;
    expect([payment.amount, payment.remaining]).toEqual([sum(r2.gross, r3.gross), '0.00']);
    expect(payment.allocations.map((a: any) => [a.receiptId, a.amount, a.active])).toEqual([
      [r2.id, r2.gross, true],
      [r3.id, r3.gross, true],
    ]);
    expect((await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount.openItems.map((o: any) => o.receiptId)).toEqual([C.receipts[0].id]);

    // undo one allocation with the payments module: the receipt is open again, the money stays the client's credit, the line stays booked
    await laura.ok(UNDO, { id: payment.allocations[1].id, reason: 'Wrong receipt' });
    const account = (await laura.ok(ACCOUNT, { id: C.clientId })).clientAccount;
    expect(account.openItems.map((o: any) => [o.receiptId, o.openAmount])).toEqual([
      [C.receipts[0].id, C.receipts[0].gross],
      [r3.id, r3.gross],
    ]);
    expect((await laura.ok(GET_LINE, { id: lines[2].id })).bankTransaction.state).toBe('MATCHED');
    const b = await booksBalance(t);
    expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
  });

  it('counts the credit lines left open on the dashboard tile', async () => {
    const tile = (await laura.ok(`{ bankLinesDashboard { unmatchedCount unmatchedAmount } }`)).bankLinesDashboard;
    // the demo statement's open line (150.00), the first statement's three open credits (305.64, 999.99, 0.11), the overlapping one's 12.00 and 77.70
    expect(tile).toEqual({ unmatchedCount: 6, unmatchedAmount: '1545.44' });
  });
});

describe('the direct-debit dashboard tile', () => {
  const DD = `{ directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } } }`;
  it('shows direct-debit volume and return rate per month by reason, from the runs and returns stored', async () => {
    const month = sepaRun.collections[0].collectionDate.slice(0, 7);
    const inMonth = sepaRun.collections.filter((c: any) => c.collectionDate.startsWith(month));
    const before = (await laura.ok(DD)).directDebitMonths.find((m: any) => m.month === month);
    expect(before.collections).toBeGreaterThanOrEqual(inMonth.length);
    const returned = inMonth.find((c: any) => c.clientId === A.clientId);
    await laura.ok(IMPORT, { name: 'p2.xml', b: b64(pain002('STS-DD-1', sepaRun.messageId, [{ e2e: returned.endToEndId, code: 'AM04' }])) });
    const after = (await laura.ok(DD)).directDebitMonths.find((m: any) => m.month === month);
    expect([after.collections, after.volume]).toEqual([before.collections, before.volume]);
    expect(after.returned).toBe(before.returned + 1);
    expect(after.returnRate).toBe(((100 * after.returned) / after.collections).toFixed(1));
    const count = (m: any) => m.reasons.find((r: any) => r.reasonCode === 'AM04')?.count ?? 0;
    expect(count(after)).toBe(count(before) + 1);
    expect(await marco.code(DD)).toBe('FORBIDDEN');
    expect((await pieter.ok(DD)).directDebitMonths).toEqual([]);
  });
});
