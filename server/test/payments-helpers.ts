import type { GqlClient } from './harness.js';
import { ISSUE, RATE, rossiPolicy } from './billing-helpers.js';

/** Shared pieces of the payments, matching and remittance tests. */
export const PAYMENT = `id clientId clientName method paymentDate amount allocated remaining reference accountId accountCode entryId
  allocations { id receiptId receiptNumber amount active undoneAt undoneByName undoReason createdByName }`;
export const RECORD = `mutation($input: PaymentInput!) { recordPayment(input: $input) { ${PAYMENT} } }`;
export const MATCH = `mutation($id: ID!, $a: [AllocationInput!]!) { matchPayment(paymentId: $id, allocations: $a) { ${PAYMENT} } }`;
export const UNDO = `mutation($id: ID!, $reason: String!) { undoPaymentAllocation(allocationId: $id, reason: $reason) { ${PAYMENT} } }`;
export const GET_PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT} } }`;
export const SUGGEST = `query($id: ID!) { paymentSuggestions(paymentId: $id) { receiptId receiptNumber clientId openAmount score reasons } }`;
export const ACCOUNT = `query($id: ID!) { clientAccount(clientId: $id) { clientId openTotal creditTotal balance
  openItems { receiptId receiptNumber policyNumber dueDate gross allocated openAmount } payments { id amount allocated remaining method } } }`;
export const REMIT = `mutation($input: RemittanceInput!) { createRemittance(input: $input) { id insurerId insurerName periodFrom periodTo remitDate gross commission amount itemCount entryId cancelEntryId
  items { receiptId receiptNumber gross commission amount } } }`;
export const CANCEL_REMIT = `mutation($id: ID!, $reason: String!) { cancelRemittance(id: $id, reason: $reason) { id cancelEntryId cancelReason cancelledAt } }`;
export const STATEMENT_FILE = `query($id: ID!, $f: String!) { remittanceStatement(id: $id, format: $f) { fileName contentType base64 } }`;

export const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
export const codeOf = (r: { errors?: Array<{ extensions?: { code?: unknown } }> }) => r.errors?.[0]?.extensions?.code;

/** A ROSSI client with a quarterly policy (its own new insurer) whose first `n` installments are billed (receipts of 305.64 each). */
export async function clientWithReceipts(giulia: GqlClient, marco: GqlClient, laura: GqlClient, code: string, n: number, commissionRate?: string) {
  const P = await rossiPolicy(giulia, marco, code);
  if (commissionRate) await laura.ok(RATE, { i: P.refs.insurerId, l: P.refs.lines.home, r: commissionRate });
  const receipts: Array<{ id: string; displayNumber: string; gross: string; insurerName: string; commission: string }> = [];
  for (const i of P.installments.slice(0, n)) receipts.push((await laura.ok(ISSUE, { id: i.id })).issuePremiumReceipt);
  return { ...P, receipts };
}

/** A hash of a company's books, documents, payments, allocations and remittances (superuser): "nothing changed" checks. */
export async function moneySnapshot(t: import('./harness.js').TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['journal_entry', 'journal_line', 'premium_document', 'payment', 'payment_allocation', 'money_open_item', 'remittance', 'remittance_item']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}
