import type { TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';

/** Shared pieces of the endorsements, renewals and insured-objects tests (issue #9 §2–§4). */
export const VERSIONS = `versions { version kind effectiveDate reason createdByName changes { field before after } terms { premiumNet premiumTaxes premiumGross insuredSum objects { kind description insuredSum } } }`;
export const SCHEDULE = `installments { seq dueDate periodStart periodEnd net taxes gross paid }`;
export const ENDORSE = `mutation($id: ID!, $input: EndorsementInput!) { endorsePolicy(policyId: $id, input: $input) {
  id premiumNet premiumTaxes premiumGross insuredSum ${SCHEDULE} ${VERSIONS}
  insuredObjects { id kind description insuredSum addedOn removedOn address { id } } } }`;
export const RENEW = `mutation($id: ID!, $input: RenewPolicyInput) { renewPolicy(policyId: $id, input: $input) {
  id number status coverStart coverEnd premiumNet premiumTaxes premiumGross paymentFrequency tacitRenewal active
  client { id } insurer { id } line { id } previous { id number } renewedBy { id } renewalChain { id } ${SCHEDULE} ${VERSIONS} } }`;

/** All rows of the policies module's tables in a company, hashed (superuser): "nothing changed" checks. */
export async function policyTablesSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['policy', 'policy_installment', 'policy_version', 'policy_insured_person', 'policy_insured_object']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}

/** Billing marks installments paid (not an operation of this module yet): superuser, outside the app. */
export async function markPaid(t: TestPlatform, policyId: string, seqs: number[]): Promise<void> {
  const su = await t.superuser();
  try {
    await su.query(`update policy_installment set paid_at = now() where policy_id = $1 and seq = any($2::int[])`, [policyId, seqs]);
  } finally {
    await su.end();
  }
}

/** An ISO date `days` from today on ROSSI's calendar (Italian time; VDBERG's Amsterdam has the same days), as the server counts. */
export function fromToday(days: number): string {
  return dayIn(ROME, days);
}
