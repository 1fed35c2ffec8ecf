import type { GqlClient } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';

/** Shared pieces of the billing tests. */

/** The SQLSTATE and constraint of a refused statement (null when it succeeds). */
export const refusal = (p: Promise<unknown>) => p.then(() => null, (e: Error & { code?: string; constraint?: string }) => [e.code, e.constraint]);
export const DOC = `id kind series year number displayNumber issueDate clientId clientName policyNumber insurerName lineName installmentId dueDate periodStart periodEnd
  net taxes gross commission commissionRate entryId runId locale reason creditsId creditsNumber creditedById creditedByNumber`;
export const ISSUE = `mutation($id: ID!, $date: String) { issuePremiumReceipt(installmentId: $id, issueDate: $date) { ${DOC} } }`;
export const CREDIT = `mutation($id: ID!, $reason: String!, $date: String) { issueCreditNote(receiptId: $id, reason: $reason, issueDate: $date) { ${DOC} } }`;
export const DOCS = `query($f: PremiumDocumentFilter, $first: Int) { premiumDocuments(filter: $f, first: $first) { total items { ${DOC} } } }`;
export const ENTRY = `query($id: ID!) { journalEntry(id: $id) { id source reversesId reversedById total lines { lineNo debit credit clientId insurerId account { role } } } }`;
export const RATE = `mutation($i: ID!, $l: ID!, $r: Decimal!) { setCommissionRate(insurerId: $i, lineId: $l, rate: $r) { rate } }`;
export const RUN = `id dueFrom dueTo issueDate status total processed issued percent error startedByName`;
export const START_RUN = `mutation($input: BillingRunInput!) { startBillingRun(input: $input) { ${RUN} } }`;
export const GET_RUN = `query($id: ID!) { billingRun(id: $id) { ${RUN} } }`;
export const RESUME_RUN = `mutation($id: ID!) { resumeBillingRun(id: $id) { ${RUN} } }`;

/** ROSSI: an insurer, a client (with an e-mail) and a policy with the given frequency; returns its installments. */
export async function rossiPolicy(giulia: GqlClient, marco: GqlClient, code: string, overrides: Record<string, unknown> = {}) {
  const refs = await referenceData(giulia, code);
  const clientId = (await createClient(marco, italianPerson())).id as string;
  const policy = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.lines.home }, { number: `${code}-CASA-1`, ...overrides }) })).createPolicy;
  const installments = (await marco.ok(`query($id: ID!) { policy(id: $id) { installments { id seq dueDate net taxes gross } } }`, { id: policy.id })).policy.installments as Array<{ id: string; seq: number; dueDate: string; net: string; taxes: string; gross: string }>;
  return { refs, clientId, policyId: policy.id as string, installments };
}

/** Waits until a billing run is done or failed (the page polls the same query). */
export async function waitForRun(c: GqlClient, id: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = (await c.ok(GET_RUN, { id })).billingRun;
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
