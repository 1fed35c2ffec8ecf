import type { GqlClient, TestPlatform } from './harness.js';

/** Shared pieces of the policies tests: the policy fragment and a valid input. */
export const POLICY = `
  id number status foreignBusiness coverStart coverEnd issueDate premiumNet premiumTaxes premiumGross paymentFrequency producerId notes allowedStatuses
  client { id displayName } insurer { id code name } line { id code name }
  installments { seq dueDate periodStart periodEnd net taxes gross paid }
`;
export const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${POLICY} } }`;
export const UPDATE_POLICY = `mutation($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { ${POLICY} } }`;
export const SET_STATUS = `mutation($id: ID!, $s: PolicyStatus!) { setPolicyStatus(id: $id, status: $s) { id status allowedStatuses } }`;

let n = 0;
export function policyInput(refs: { clientId: string; insurerId: string; lineId: string }, overrides: Record<string, unknown> = {}) {
  n++;
  return {
    number: `POL-${Date.now()}-${n}`,
    ...refs,
    status: 'POLICY',
    coverStart: '2026-01-01',
    coverEnd: '2026-12-31',
    issueDate: '2025-12-20',
    premiumNet: '1000.00',
    premiumTaxes: '222.50',
    premiumGross: '1222.50',
    paymentFrequency: 'QUARTERLY',
    ...overrides,
  };
}

/** An insurer created by an administrator, and the company's lines by code. */
export async function referenceData(admin: GqlClient, code: string): Promise<{ insurerId: string; lines: Record<string, string> }> {
  const ins = await admin.ok(`mutation($i: InsurerInput!) { createInsurer(input: $i) { id } }`, { i: { name: `Insurer ${code}`, code, taxId: '00409920584', agencyCode: 'AG-1' } });
  const lines = await admin.ok(`{ linesOfBusiness { id code } }`);
  return { insurerId: ins.createInsurer.id, lines: Object.fromEntries(lines.linesOfBusiness.map((l: { id: string; code: string }) => [l.code.toLowerCase(), l.id])) };
}

/** A hash of a company's policies module rows (superuser, outside the app): "nothing changed" checks. */
export async function policiesSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['insurer', 'line_of_business', 'policy', 'policy_installment']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}
