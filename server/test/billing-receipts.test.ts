import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, UPDATE_POLICY, policiesSnapshot, policyInput, referenceData } from './policies-helpers.js';
import { booksBalance, booksSnapshot } from './ledger-helpers.js';
import { CREDIT, DOCS, ENTRY, ISSUE, RATE, rossiPolicy } from './billing-helpers.js';

/**
 * Premium billing (issue #13 §2, BI-1) as the accountant works it: a receipt from an installment,
 * posted to the ledger (client debit, insurer credit net of the agency's commission, commission
 * income); numbers without gaps per company, series and year even when issued at the same time; a
 * credit note as the only way to cancel; the PDF in the client's language and the e-mail through the
 * outbox; rights and other companies.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant: billing view/edit/create
let giulia: GqlClient; // ROSSI administrator
let marco: GqlClient; // ROSSI agent: no billing rights
let pieter: GqlClient; // VDBERG administrator
let elena: GqlClient; // ROSSI agent, VDBERG read-only
let P: Awaited<ReturnType<typeof rossiPolicy>>;

const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const YEAR = Number(today.slice(0, 4)); // receipts are numbered per year of their issue date
const issues = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
async function balanced() {
  const b = await booksBalance(t);
  expect([b.difference, b.unbalanced]).toEqual(['0.00', 0]);
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [laura, giulia, marco, pieter, elena] = await Promise.all([
    signedIn(t, USERS.rossiAccountant),
    signedIn(t, USERS.rossiAdmin),
    signedIn(t, USERS.rossiAgent),
    signedIn(t, USERS.vdbergAdmin),
    signedIn(t, USERS.both),
  ]);
  P = await rossiPolicy(giulia, marco, 'BILR');
  await laura.ok(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: '12' });
});
afterAll(async () => t?.stop());

describe('issuing a receipt', () => {
  it('issues the receipt of an installment with the next number and posts client debit, insurer credit net of commission and commission income', async () => {
    const first = P.installments[0];
    expect(first).toMatchObject({ net: '250.00', taxes: '55.64', gross: '305.64' });
    const before = (await laura.ok(DOCS, { f: { kind: 'RECEIPT', year: YEAR }, first: 1 })).premiumDocuments;
    const d = (await laura.ok(ISSUE, { id: first.id, date: today })).issuePremiumReceipt;
    const lastNumber = before.items[0]?.number ?? 0;
    expect(d).toMatchObject({
      kind: 'RECEIPT',
      series: 'Q',
      year: YEAR,
      number: lastNumber + 1,
      displayNumber: `Q ${YEAR}/${lastNumber + 1}`,
      issueDate: today,
      clientId: P.clientId,
      policyNumber: 'BILR-CASA-1',
      installmentId: first.id,
      dueDate: '2026-01-01',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      net: '250.00',
      taxes: '55.64',
      gross: '305.64',
      commissionRate: '12.00',
      commission: '30.00',
      locale: 'it',
      creditedById: null,
    });
    const e = (await laura.ok(ENTRY, { id: d.entryId })).journalEntry;
    expect(e.source).toBe('RECEIPT');
    expect(e.lines).toEqual([
      { lineNo: 1, debit: '305.64', credit: '0.00', clientId: P.clientId, insurerId: null, account: { role: 'clients_receivable' } },
      { lineNo: 2, debit: '0.00', credit: '275.64', clientId: null, insurerId: P.refs.insurerId, account: { role: 'insurers_payable' } },
      { lineNo: 3, debit: '0.00', credit: '30.00', clientId: null, insurerId: null, account: { role: 'commission_income' } },
    ]);
    await balanced();
  });

  it('bills an installment once: issuing it again is a CONFLICT naming the receipt, and nothing is numbered', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const r = await laura.gql(ISSUE, { id: P.installments[0].id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', receiptId: expect.any(String) });
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses a malformed issue date naming it, and an installment of another company as NOT_FOUND; nothing changes', async () => {
    const before = await booksSnapshot(t, 'ROSSI');
    const bad = await laura.gql(ISSUE, { id: P.installments[1].id, date: '2026-13-01' });
    expect([bad.errors?.[0]?.extensions?.code, issues(bad)]).toEqual(['BAD_USER_INPUT', ['issueDate:invalid_date']]);
    const other = await pieter.gql(ISSUE, { id: P.installments[1].id });
    expect([other.errors?.[0]?.extensions?.code, issues(other)]).toEqual(['NOT_FOUND', ['installmentId:not_found']]);
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses an issue date in a closed month', async () => {
    await laura.ok(`mutation { closeLedgerPeriod(month: "2025-06") { month } }`);
    const r = await laura.gql(ISSUE, { id: P.installments[1].id, date: '2025-06-30' });
    expect(issues(r)).toEqual(['issueDate:period_closed']);
  });
});

describe('gap-free numbering', () => {
  it('numbers receipts issued at the same time 1..N after the last one, without gaps or repeats, and bills a doubly-requested installment once', async () => {
    const M = await rossiPolicy(giulia, marco, 'BILM', { paymentFrequency: 'MONTHLY', premiumNet: '1200.00', premiumTaxes: '267.00', premiumGross: '1467.00', coverStart: '2026-01-01', coverEnd: '2026-12-31' });
    expect(M.installments).toHaveLength(12);
    const sessions = await Promise.all([laura, signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAccountant)]);
    const before = ((await laura.ok(DOCS, { f: { kind: 'RECEIPT', year: YEAR }, first: 1 })).premiumDocuments.items[0]?.number ?? 0) as number;
    // every installment once, and the first one a second time from another session
    const requests = [...M.installments.map((i, n) => sessions[n % sessions.length].gql(ISSUE, { id: i.id })), sessions[1].gql(ISSUE, { id: M.installments[0].id })];
    const results = await Promise.all(requests);
    const numbers = results.filter((r) => !r.errors).map((r) => r.data!.issuePremiumReceipt.number as number).sort((a, b) => a - b);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT']);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => before + 1 + i));
    expect(await countRows(t, 'premium_document', `policy_id = $1`, [M.policyId])).toBe(12);
    await balanced();
  });
});

describe('credit notes', () => {
  it('numbers credit notes issued at the same time without gaps or repeats (series NC), and credits a doubly-cancelled receipt once', async () => {
    const C = await rossiPolicy(giulia, marco, 'BILC', { paymentFrequency: 'MONTHLY', premiumNet: '600.00', premiumTaxes: '133.50', premiumGross: '733.50' });
    const receipts = [];
    for (const i of C.installments.slice(0, 6)) receipts.push((await laura.ok(ISSUE, { id: i.id })).issuePremiumReceipt);
    const su = await t.superuser();
    const last = async () => (await su.query(`select coalesce(max(number), 0)::int as n from premium_document where series = 'NC' and year = $1 and company_id = (select id from company where code = 'ROSSI')`, [Number(today.slice(0, 4))])).rows[0].n as number;
    const before = await last();
    const sessions = await Promise.all([laura, signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin)]);
    const results = await Promise.all([...receipts.map((r, n) => sessions[n % 3].gql(CREDIT, { id: r.id, reason: 'Storno' })), sessions[1].gql(CREDIT, { id: receipts[0].id, reason: 'Doppio' })]);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT']);
    const numbers = results.filter((r) => !r.errors).map((r) => r.data!.issueCreditNote.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => before + 1 + i));
    expect(await last()).toBe(before + 6);
    await su.end();
    await balanced();
  });

  it('cancels a receipt only by a credit note: its own number and the reversal of the receipt\'s entry; twice is a CONFLICT', async () => {
    const receipt = (await laura.ok(ISSUE, { id: P.installments[2].id })).issuePremiumReceipt;
    const note = (await laura.ok(CREDIT, { id: receipt.id, reason: 'Polizza annullata su richiesta del cliente' })).issueCreditNote;
    expect(note).toMatchObject({ kind: 'CREDIT_NOTE', series: 'NC', gross: receipt.gross, commission: receipt.commission, creditsId: receipt.id, creditsNumber: receipt.displayNumber, reason: 'Polizza annullata su richiesta del cliente' });
    const e = (await laura.ok(ENTRY, { id: note.entryId })).journalEntry;
    expect(e).toMatchObject({ source: 'CREDIT_NOTE', reversesId: receipt.entryId });
    expect(e.lines.map((l: { debit: string; credit: string; account: { role: string } }) => `${l.account.role}:${l.debit}/${l.credit}`)).toEqual([
      'clients_receivable:0.00/305.62',
      'insurers_payable:275.62/0.00',
      'commission_income:30.00/0.00',
    ]);
    const again = (await laura.ok(`query($id: ID!) { premiumDocument(id: $id) { creditedById creditedByNumber } }`, { id: receipt.id })).premiumDocument;
    expect(again).toEqual({ creditedById: note.id, creditedByNumber: note.displayNumber });
    expect(await laura.code(CREDIT, { id: receipt.id, reason: 'ancora' })).toBe('CONFLICT');
    expect(await laura.code(`mutation($id: ID!) { reverseJournalEntry(id: $id, reason: "x") { id } }`, { id: receipt.entryId })).toBe('CONFLICT');
    await balanced();
  });

  it('refuses a credit note without a reason or dated before its receipt, naming the field; nothing is numbered', async () => {
    const receipt = (await laura.ok(ISSUE, { id: P.installments[3].id, date: today })).issuePremiumReceipt;
    const before = await booksSnapshot(t, 'ROSSI');
    const r = await laura.gql(CREDIT, { id: receipt.id, reason: '  ', date: '2020-01-01' });
    expect([r.errors?.[0]?.extensions?.code, issues(r)]).toEqual(['BAD_USER_INPUT', ['issueDate:before_receipt', 'reason:required']]);
    expect(await booksSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('keeps issued documents unchangeable, even for the run-time role', async () => {
    const su = await t.superuser();
    const { rows } = await su.query(`select id from premium_document where policy_id = $1 limit 1`, [P.policyId]);
    await su.end();
    const { asRuntimeRole } = await import('./ledger-helpers.js');
    const err = await asRuntimeRole(t, 'ROSSI', (c) => c.query(`update premium_document set gross = 1 where id = $1`, [rows[0].id]).then(() => null, (e: Error) => e.message));
    expect(err).toMatch(/permission denied|append-only/);
  });
});

describe('the document for the client', () => {
  it("renders the receipt's PDF and e-mails it to the client through the outbox in the client's language", async () => {
    const d = (await laura.ok(DOCS, { f: { policyId: P.policyId, kind: 'RECEIPT' } })).premiumDocuments.items[0];
    const pdf = (await laura.ok(`query($id: ID!) { premiumDocumentPdf(id: $id) { fileName contentType base64 } }`, { id: d.id })).premiumDocumentPdf;
    expect(pdf.fileName).toBe(`${d.displayNumber.replace(/[ /]/g, '-')}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const to = (await laura.ok(`mutation($id: ID!) { sendPremiumDocument(id: $id) }`, { id: d.id })).sendPremiumDocument;
    expect(to).toMatch(/@example\.it$/);
    const su = await t.superuser();
    const { rows } = await su.query(`select subject, text_body as text, kind from outbox_message where to_address = $1 order by created_at desc limit 1`, [to]);
    await su.end();
    expect(rows[0]).toMatchObject({ subject: `Quietanza di premio ${d.displayNumber}`, kind: 'billing.receipt' });
    expect(rows[0].text).toContain('BILR-CASA-1');
    expect(rows[0].text).toContain('EUR 305,');
  });
});

describe('the schedule after billing', () => {
  it("keeps a billed installment when the policy's premium changes: the receipt keeps its installment, the other periods share the rest", async () => {
    const B = await rossiPolicy(giulia, marco, 'BILS');
    const receipt = (await laura.ok(ISSUE, { id: B.installments[0].id })).issuePremiumReceipt;
    const { status: _status, ...input } = policyInput({ clientId: B.clientId, insurerId: B.refs.insurerId, lineId: B.refs.lines.home }, { number: 'BILS-CASA-1', premiumNet: '1100.00', premiumTaxes: '222.50', premiumGross: '1322.50' }) as Record<string, unknown>;
    const updated = (await marco.ok(UPDATE_POLICY, { id: B.policyId, input })).updatePolicy;
    expect(updated.installments.map((i: { seq: number; net: string }) => `${i.seq}:${i.net}`)).toEqual(['1:250.00', '2:283.34', '3:283.33', '4:283.33']);
    const again = (await laura.ok(`query($id: ID!) { premiumDocument(id: $id) { installmentId net } }`, { id: receipt.id })).premiumDocument;
    expect(again).toEqual({ installmentId: B.installments[0].id, net: '250.00' });
  });
});

describe("a billed policy's parties", () => {
  it("refuses changing a billed policy's client, insurer or line on the fields named (BAD_USER_INPUT, reason billed), nothing changed; its other terms still change", async () => {
    const B = await rossiPolicy(giulia, marco, 'BILP');
    await laura.ok(ISSUE, { id: B.installments[0].id });
    const other = await referenceData(giulia, 'BILQ');
    const otherLine = Object.values(B.refs.lines).find((id) => id !== B.refs.lines.home);
    const otherClient = (await createClient(marco, italianPerson())).id as string;
    const { status: _status, ...input } = policyInput({ clientId: B.clientId, insurerId: B.refs.insurerId, lineId: B.refs.lines.home }, { number: 'BILP-CASA-1' }) as Record<string, unknown>;
    const before = await policiesSnapshot(t, 'ROSSI');
    const all = await marco.gql(UPDATE_POLICY, { id: B.policyId, input: { ...input, clientId: otherClient, insurerId: other.insurerId, lineId: otherLine } });
    expect([all.errors?.[0]?.extensions?.code, fieldsOf(all)]).toEqual(['BAD_USER_INPUT', ['clientId', 'insurerId', 'lineId']]);
    expect((all.errors?.[0]?.extensions?.fields as Array<{ reason: string }>).map((f) => f.reason)).toEqual(['billed', 'billed', 'billed']);
    const one = await marco.gql(UPDATE_POLICY, { id: B.policyId, input: { ...input, insurerId: other.insurerId } });
    expect([one.errors?.[0]?.extensions?.code, fieldsOf(one)]).toEqual(['BAD_USER_INPUT', ['insurerId']]);
    expect(await policiesSnapshot(t, 'ROSSI')).toBe(before);
    const noted = (await marco.ok(UPDATE_POLICY, { id: B.policyId, input: { ...input, notes: 'Billed, and still annotated' } })).updatePolicy;
    expect(noted.insurer.id).toBe(B.refs.insurerId);
    // a policy without receipts changes insurer as before
    const U = await rossiPolicy(giulia, marco, 'BILU');
    const { status: _s2, ...unbilled } = policyInput({ clientId: U.clientId, insurerId: other.insurerId, lineId: U.refs.lines.home }, { number: 'BILU-CASA-1' }) as Record<string, unknown>;
    expect((await marco.ok(UPDATE_POLICY, { id: U.policyId, input: unbilled })).updatePolicy.insurer.id).toBe(other.insurerId);
  });
});

describe('rights and other companies', () => {
  it('refuses billing to an agent without billing rights (FORBIDDEN) and issuing to a read-only user; the accountant can', async () => {
    expect(await marco.code(DOCS)).toBe('FORBIDDEN');
    expect(await marco.code(ISSUE, { id: P.installments[1].id })).toBe('FORBIDDEN');
    expect(await marco.code(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: '10' })).toBe('FORBIDDEN');
    await elena.switchTo('VDBERG');
    expect((await elena.ok(DOCS)).premiumDocuments.total).toBeGreaterThanOrEqual(0);
    expect(await elena.code(`mutation { startBillingRun(input: { dueFrom: "2026-01-01", dueTo: "2026-01-31" }) { id } }`)).toBe('FORBIDDEN');
    expect((await laura.ok(DOCS)).premiumDocuments.total).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for another company's receipts, credit notes and PDFs, and changes nothing", async () => {
    const d = (await laura.ok(DOCS, { f: { policyId: P.policyId, kind: 'RECEIPT' } })).premiumDocuments.items.find((x: { creditedById: string | null }) => !x.creditedById);
    const rossi = await booksSnapshot(t, 'ROSSI');
    const vdberg = await booksSnapshot(t, 'VDBERG');
    expect(await pieter.code(`query($id: ID!) { premiumDocument(id: $id) { id } }`, { id: d.id })).toBe('NOT_FOUND');
    expect(await pieter.code(`query($id: ID!) { premiumDocumentPdf(id: $id) { fileName } }`, { id: d.id })).toBe('NOT_FOUND');
    const r = await pieter.gql(CREDIT, { id: d.id, reason: 'x' });
    expect([r.errors?.[0]?.extensions?.code, issues(r)]).toEqual(['NOT_FOUND', ['receiptId:not_found']]);
    expect(await pieter.code(`mutation($id: ID!) { sendPremiumDocument(id: $id) }`, { id: d.id })).toBe('NOT_FOUND');
    expect((await pieter.ok(DOCS, { f: { policyId: P.policyId } })).premiumDocuments.total).toBe(0);
    expect([await booksSnapshot(t, 'ROSSI'), await booksSnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
  });

  it("refuses a commission rate for another company's insurer (NOT_FOUND naming it) and a bad rate (BAD_USER_INPUT naming it)", async () => {
    const r = await pieter.gql(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: '10' });
    expect([r.errors?.[0]?.extensions?.code, issues(r)]).toEqual(['NOT_FOUND', ['insurerId:not_found', 'lineId:not_found']]);
    const bad = await laura.gql(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: '100.5' });
    expect([bad.errors?.[0]?.extensions?.code, issues(bad)]).toEqual(['BAD_USER_INPUT', ['rate:not_a_rate']]);
  });

  it('does not bill a policy that is not in force', async () => {
    const refs = P.refs;
    const offer = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: P.clientId, insurerId: refs.insurerId, lineId: refs.lines.home }, { status: 'OFFER', number: 'BILR-OFF-1' }) })).createPolicy;
    const inst = (await marco.ok(`query($id: ID!) { policy(id: $id) { installments { id } } }`, { id: offer.id })).policy.installments[0];
    expect(await laura.code(ISSUE, { id: inst.id })).toBe('CONFLICT');
  });
});
