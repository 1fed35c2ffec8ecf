import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ACCOUNT, clientWithReceipts } from './payments-helpers.js';
import { RETURNS, ROSSI_CREDITOR, SETTINGS, START_SEPA, asRossiClerk, clientWithMandate, pain002, plusDays, waitForSepaRun } from './banking-helpers.js';
import { LINES, camt053, type Entry } from './banking-statements-helpers.js';

/**
 * Bank files imported as files (issue #14 §3 and §5): `POST /files/bank/statements` and
 * `POST /files/bank/returns` take the file as multipart, beyond GraphQL's 200 KB body, and import it with
 * the same services as the GraphQL mutations (all or nothing), with the same session, company scope and
 * right (billing:create).
 */
let t: TestPlatform;
let laura: GqlClient;
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;
const OURS = ROSSI_CREDITOR.creditorIban;
const VDBERG_IBAN = 'NL91ABNA0417164300';

async function post(c: GqlClient | null, kind: string, content: string | Buffer | null, opts: { fileName?: string; csrf?: boolean } = {}): Promise<{ status: number; json: any }> {
  const form = new FormData();
  if (content !== null) form.append('file', new Blob([new Uint8Array(Buffer.from(content))]), opts.fileName ?? 'bank.xml');
  const send = () => fetch(`${t.url}/files/bank/${kind}`, { method: 'POST', headers: { ...c?.authHeaders(), ...(opts.csrf === false ? {} : { 'x-requested-with': 'agency-web' }) }, body: form });
  // a connection reset before any answer (a kept-alive socket the server closed as the upload began, seen
  // on a loaded machine) is sent once more: nothing was answered, so the assertions still judge one answer
  const res = await send().catch((error: { cause?: { code?: string } }) => {
    if (error?.cause?.code === 'ECONNRESET') return send();
    throw error;
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

const codeOf = (r: { json: any }) => r.json?.errors?.[0]?.extensions?.code;
const fieldsOf = (r: { json: any }) => (r.json?.errors?.[0]?.extensions?.fields ?? []).map((f: any) => `${f.field}:${f.reason}`);

/** Statements, lines, bank files, returns and audit rows of a company (superuser): "nothing written" checks. */
async function rows(code: string): Promise<string> {
  const su = await t.superuser();
  try {
    const r = await su.query(
      `select (select count(*) from bank_statement where company_id = c.id) as s, (select count(*) from bank_transaction where company_id = c.id) as l,
              (select count(*) from bank_file where company_id = c.id and direction = 'in') as f, (select count(*) from bank_return where company_id = c.id) as r,
              (select count(*) from audit_event where company_id = c.id and entity_type in ('BankStatement', 'BankFile')) as a
         from company c where c.code = $1`,
      [code],
    );
    return Object.values(r.rows[0]).join('/');
  } finally {
    await su.end();
  }
}

/** A statement of `n` credit lines, each naming no receipt: about 700 bytes a line. */
function bigStatement(messageId: string, statementId: string, n: number, iban = OURS): string {
  const entries: Entry[] = Array.from({ length: n }, (_, i) => ({
    ref: `${statementId}-${i + 1}`,
    amount: `${(i % 900) + 10}.${String(i % 100).padStart(2, '0')}`,
    txs: [{ amount: '0', e2e: `E2E-${statementId}-${i + 1}`, remittance: `Bonifico ${i + 1} senza riferimento`, name: `Ordinante ${i + 1}`, iban: 'IT07X0542811101000000654321' }],
  }));
  return camt053({ messageId, statementId, iban, entries });
}

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
  await pieter.ok(SETTINGS, { input: { creditorId: 'DE98ZZZ09999999999', creditorName: 'Van den Berg', creditorIban: VDBERG_IBAN } });
});
afterAll(async () => {
  await t?.stop();
});

describe('POST /files/bank/statements', () => {
  it('imports a statement far above the GraphQL body limit (1,500 lines, about 1 MB), audited, and answers what importBankStatement answers', async () => {
    const file = bigStatement('CAMT-BIG-1', 'STMT-BIG-1', 1500);
    expect(file.length).toBeGreaterThan(900 * 1024);
    // GraphQL refuses a body this large
    const gql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...laura.authHeaders() },
      body: JSON.stringify({ query: 'mutation($n: String!, $b: String!) { importBankStatement(fileName: $n, base64: $b) { imported } }', variables: { n: 'big.xml', b: Buffer.from(file).toString('base64') } }),
    });
    expect(gql.status).toBe(413);

    const before = (await rows('ROSSI')).split('/').map(Number);
    const r = await post(laura, 'statements', file, { fileName: 'camt053-big.xml' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ imported: 1500, duplicates: 0, statements: [expect.objectContaining({ messageId: 'CAMT-BIG-1', statementRef: 'STMT-BIG-1', iban: OURS, lineCount: 1500, fileName: 'camt053-big.xml' })] });
    const after = (await rows('ROSSI')).split('/').map(Number);
    expect(after.map((x, i) => x - before[i])).toEqual([1, 1500, 0, 0, 1]);
    const lines = (await laura.ok(LINES, { s: r.json.statements[0].id })).bankTransactions;
    expect(lines.total).toBe(1500);

    // the audit row names the file and who imported it
    const su = await t.superuser();
    try {
      const a = await su.query(`select user_email, action, after from audit_event where entity_type = 'BankStatement' and entity_id = $1`, [r.json.statements[0].id]);
      expect(a.rows).toEqual([{ user_email: USERS.rossiAccountant, action: 'create', after: expect.objectContaining({ messageId: 'CAMT-BIG-1', statementRef: 'STMT-BIG-1', fileName: 'camt053-big.xml', lines: 1500 }) }]);
    } finally {
      await su.end();
    }
  });

  it('recognises the same file sent again: 409 CONFLICT, nothing written', async () => {
    const before = await rows('ROSSI');
    const again = await post(laura, 'statements', bigStatement('CAMT-BIG-1', 'STMT-BIG-1', 1500));
    expect([again.status, codeOf(again)]).toEqual([409, 'CONFLICT']);
    expect(await rows('ROSSI')).toBe(before);
  });

  it("refuses a file of the wrong format, a line with a bad amount, an account that is another company's, naming the field; nothing written", async () => {
    const before = await rows('ROSSI');
    const wrong = await post(laura, 'statements', pain002('STS-X', 'NOPE', []));
    expect([wrong.status, codeOf(wrong), fieldsOf(wrong)]).toEqual([400, 'BAD_USER_INPUT', ['file:wrong_format']]);
    const badAmount = await post(laura, 'statements', bigStatement('CAMT-BAD-A', 'S-BAD-A', 400).replace('<Amt Ccy="EUR">15.05</Amt>', '<Amt Ccy="EUR">15,05</Amt>'));
    expect([badAmount.status, codeOf(badAmount)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(fieldsOf(badAmount)[0]).toMatch(/^Stmt\[0\]\.Ntry\[5\]\.Amt:/);
    const theirs = await post(laura, 'statements', bigStatement('CAMT-BAD-V', 'S-BAD-V', 10, VDBERG_IBAN));
    expect([theirs.status, fieldsOf(theirs)]).toEqual([400, ['Stmt[0].Acct.Id.IBAN:unknown_account']]);
    // and the other way round: Van den Berg cannot import a statement of Rossi's account
    const intoOther = await post(pieter, 'statements', bigStatement('CAMT-BAD-R', 'S-BAD-R', 10, OURS));
    expect([intoOther.status, fieldsOf(intoOther)]).toEqual([400, ['Stmt[0].Acct.Id.IBAN:unknown_account']]);
    const empty = await post(laura, 'statements', '');
    expect([empty.status, fieldsOf(empty)]).toEqual([400, ['file:empty']]);
    const none = await post(laura, 'statements', null);
    expect([none.status, fieldsOf(none)]).toEqual([400, ['file:required']]);
    expect(await rows('ROSSI')).toBe(before);
  });

  it('refuses without a session (401), without billing:create (403), without the CSRF header (403), an unknown kind (404): the file is not read, nothing written', async () => {
    const before = await rows('ROSSI');
    const file = bigStatement('CAMT-NO-1', 'S-NO-1', 5);
    expect([(await post(null, 'statements', file)).status, codeOf(await post(null, 'statements', file))]).toEqual([401, 'UNAUTHENTICATED']);
    const agent = await post(marco, 'statements', file);
    expect([agent.status, codeOf(agent)]).toEqual([403, 'FORBIDDEN']);
    const csrf = await post(laura, 'statements', file, { csrf: false });
    expect([csrf.status, codeOf(csrf), csrf.json.errors[0].extensions.reason]).toEqual([403, 'FORBIDDEN', 'CSRF']);
    const unknown = await post(laura, 'anything', file);
    expect([unknown.status, codeOf(unknown)]).toEqual([404, 'NOT_FOUND']);
    const proto = await post(laura, 'constructor', file);
    expect([proto.status, codeOf(proto)]).toEqual([404, 'NOT_FOUND']);
    expect(await rows('ROSSI')).toBe(before);
  });

  it('refuses a file above 50 MB, naming the field, nothing written', async () => {
    const before = await rows('ROSSI');
    const big = await post(laura, 'statements', Buffer.alloc(50 * 1024 * 1024 + 10, 0x20));
    expect([big.status, fieldsOf(big)]).toEqual([400, ['file:too_large']]);
    expect(await rows('ROSSI')).toBe(before);
  });
});

describe('POST /files/bank/returns', () => {
  it('imports a pain.002 as a file: the rejected collection reopens its receipt; the same report again is 409 and changes nothing', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'UPLA', 1);
    await clientWithReceipts(giulia, marco, laura, 'UPLB', 1);
    const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(0) } })).startSepaRun.id);
    expect(run.status).toBe('DONE');
    const item = run.collections.find((c: any) => c.clientId === A.clientId);
    const openBefore = (await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.openItems.find((o: any) => o.receiptId === item.receiptId);
    expect(openBefore).toBeUndefined();

    const before = (await rows('ROSSI')).split('/').map(Number);
    const r = await post(laura, 'returns', pain002('STS-UPL-1', run.messageId, [{ e2e: item.endToEndId, code: 'AM04' }]), { fileName: 'pain002-upl.xml' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ messageId: 'STS-UPL-1', returned: 1, alreadyReturned: 0, returns: [expect.objectContaining({ receiptId: item.receiptId, reasonCode: 'AM04', openAmount: item.amount })] });
    const after = (await rows('ROSSI')).split('/').map(Number);
    expect(after.map((x, i) => x - before[i])).toEqual([0, 0, 1, 1, 1]);
    expect((await laura.ok(ACCOUNT, { id: A.clientId })).clientAccount.openItems.find((o: any) => o.receiptId === item.receiptId).openAmount).toBe(item.amount);
    expect((await laura.ok(RETURNS, { open: true })).sepaReturns.map((x: any) => x.fileName)).toContain('pain002-upl.xml');

    const again = await post(laura, 'returns', pain002('STS-UPL-1', run.messageId, [{ e2e: item.endToEndId, code: 'AM04' }]));
    expect([again.status, codeOf(again)]).toEqual([409, 'CONFLICT']);
    expect((await rows('ROSSI')).split('/').map(Number)).toEqual(after);
  });

  it("refuses another company's direct-debit file as not found and a statement sent as a status report, naming the field; nothing written", async () => {
    const before = await rows('VDBERG');
    const [run] = (await laura.ok(`{ sepaRuns { messageId } }`)).sepaRuns;
    const theirs = await post(pieter, 'returns', pain002('STS-V-1', run.messageId, []));
    expect([theirs.status, codeOf(theirs), fieldsOf(theirs)]).toEqual([404, 'NOT_FOUND', ['OrgnlGrpInfAndSts.OrgnlMsgId:not_found']]);
    const statement = await post(pieter, 'returns', bigStatement('CAMT-V-1', 'S-V-1', 3, VDBERG_IBAN));
    expect([statement.status, codeOf(statement), fieldsOf(statement)]).toEqual([400, 'BAD_USER_INPUT', ['file:wrong_format']]);
    const big = await post(pieter, 'returns', Buffer.alloc(20 * 1024 * 1024 + 10, 0x20));
    expect([big.status, fieldsOf(big)]).toEqual([400, ['file:too_large']]);
    expect(await rows('VDBERG')).toBe(before);
  });

  it('refuses a returns file to a billing clerk without collections:edit (it undoes payments, as undoPaymentAllocation): 403, nothing written; a statement stays theirs to import', async () => {
    const [run] = (await laura.ok(`{ sepaRuns { messageId collections { endToEndId } } }`)).sepaRuns.filter((r: any) => r.collections.length);
    const before = await rows('ROSSI');
    await asRossiClerk(t, giulia, ['billing:view', 'billing:create', 'collections:view', 'collections:create'], async (clerk) => {
      const r = await post(clerk, 'returns', pain002('STS-CLERK-1', run.messageId, [{ e2e: run.collections[0].endToEndId, code: 'AM04' }]));
      expect([r.status, codeOf(r), r.json?.errors?.[0]?.message]).toEqual([403, 'FORBIDDEN', 'Importing this bank file needs the right collections:edit.']);
      expect(await rows('ROSSI')).toBe(before);
      const statement = await post(clerk, 'statements', bigStatement('CAMT-CLERK-1', 'STMT-CLERK-1', 1));
      expect([statement.status, statement.json?.imported]).toEqual([200, 1]);
    });
  });
});
