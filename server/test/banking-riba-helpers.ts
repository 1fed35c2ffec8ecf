import type { GqlClient } from './harness.js';
import { ISSUE } from './billing-helpers.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';

/** Shared pieces of the RiBa tests (issue #14 §4). */
export const RIBA_SETTINGS = `mutation($input: RibaSettingsInput!) { setRibaSettings(input: $input) { siaCode iban abi cab account street town taxId unpaidFee } }`;
export const SET_DEBTOR = `mutation($c: ID!, $b: ID) { setRibaDebtor(clientId: $c, bankAccountId: $b) { id clientId clientName iban abi cab } }`;
export const RIBA_RUN = `id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error startedByName
  items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }`;
export const START_RIBA = `mutation($input: RibaRunInput!) { startRibaRun(input: $input) { ${RIBA_RUN} } }`;
export const GET_RIBA = `query($id: ID!) { ribaRun(id: $id) { ${RIBA_RUN} } }`;
export const RIBA_FILE = `query($id: ID!) { ribaFile(runId: $id) { fileName contentType sha256 base64 } }`;
export const PRESENT = `mutation($id: ID!, $date: String) { presentRibaRun(runId: $id, date: $date) { ${RIBA_RUN} } }`;
export const OUTCOME = `mutation($ids: [ID!]!, $o: RibaOutcome!, $date: String) { setRibaOutcome(itemIds: $ids, outcome: $o, date: $date) { id receiptId state stateDate fee openAmount amount } }`;

/** ROSSI's RiBa data: SIA code and an Italian account (ABI 05428, CAB 11101). */
export const ROSSI_RIBA = { siaCode: 'A1B2C', iban: 'IT60X0542811101000000123456', street: 'Via Roma 1', town: '20121 Milano MI', taxId: '12345678901', unpaidFee: '6.50' };

/** A debtor's Italian IBAN at ABI 03069, CAB 09606 (check digits computed). */
export const DEBTOR_IBAN = 'IT15X0306909606100000063225';

/**
 * A ROSSI client (`input` or an Italian person) with a quarterly policy and its first `n` receipts
 * issued (305.64 each); `riba`: marked as paying by RiBa from its first bank account.
 */
export async function ribaClient(giulia: GqlClient, marco: GqlClient, laura: GqlClient, code: string, n: number, input: Record<string, unknown> = italianPerson(), riba = true) {
  const refs = await referenceData(giulia, code);
  const client = await createClient(marco, input);
  const policy = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId: client.id, insurerId: refs.insurerId, lineId: refs.lines.home }, { number: `${code}-CASA-1` }) })).createPolicy;
  const installments = (await marco.ok(`query($id: ID!) { policy(id: $id) { installments { id seq dueDate gross } } }`, { id: policy.id })).policy.installments as Array<{ id: string; gross: string }>;
  const receipts: Array<{ id: string; displayNumber: string; gross: string; number: number }> = [];
  for (const i of installments.slice(0, n)) receipts.push((await laura.ok(ISSUE, { id: i.id })).issuePremiumReceipt);
  const bankAccountId = client.bankAccounts[0]?.id as string | undefined;
  const debtor = riba && bankAccountId ? (await laura.ok(SET_DEBTOR, { c: client.id, b: bankAccountId })).setRibaDebtor : null;
  return { clientId: client.id as string, displayName: client.displayName as string, policyId: policy.id as string, bankAccountId, receipts, debtor };
}

/** Waits until a RiBa run is done or failed (the page polls the same query). */
export async function waitForRibaRun(c: GqlClient, id: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = (await c.ok(GET_RIBA, { id })).ribaRun;
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`RiBa run ${id} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The 120-character records of a CBI file (without their CR LF). */
export const records = (text: string) => text.split('\r\n').slice(0, -1);
/** Characters `start`..`start+len-1` (1-based, as the layout document counts). */
export const at = (record: string, start: number, len: number) => record.slice(start - 1, start - 1 + len);
