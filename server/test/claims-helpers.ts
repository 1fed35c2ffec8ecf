import type { GqlClient, TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient } from './clients-helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';

/** Shared pieces of the claims tests: the claim fragment, operations, a valid input, a snapshot. */
export const DAAN = 'daan.visser@vandenberg-verzekeringen.example'; // VDBERG claims handler

export const CLAIM = `
  id status lossDate lossTime lossPlace description insurerClaimNumber handlerId handlerName allowedStatuses
  client { id } policy { id number }
  parties { seq name role insurerName plate }
  history { fromStatus toStatus reason changedByName }
  money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }
  totals { reserveCurrent paidTotal outstandingReserve }
`;
export const REPORT = `mutation($input: ClaimInput!) { reportClaim(input: $input) { ${CLAIM} } }`;
export const UPDATE = `mutation($id: ID!, $input: ClaimInput!) { updateClaim(id: $id, input: $input) { ${CLAIM} } }`;
export const MOVE = `mutation($id: ID!, $s: ClaimStatus!, $r: String) { moveClaim(id: $id, status: $s, reason: $r) { id status allowedStatuses history { fromStatus toStatus reason } } }`;
export const RESERVE = `mutation($id: ID!, $input: ClaimMoneyInput!) { setClaimReserve(id: $id, input: $input) { id money { seq kind amount reserveAfter paidAfter outstandingAfter } totals { reserveCurrent paidTotal outstandingReserve } } }`;
export const PAY = `mutation($id: ID!, $input: ClaimMoneyInput!) { addClaimPayment(id: $id, input: $input) { id money { seq kind amount payee reserveAfter paidAfter outstandingAfter } totals { reserveCurrent paidTotal outstandingReserve } } }`;
export const DELETE = `mutation($id: ID!) { deleteClaim(id: $id) }`;

export function claimInput(clientId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId,
    lossDate: '2026-03-14',
    lossTime: '08:45',
    lossPlace: 'Amsterdam, Stadhouderskade x Ferdinand Bolstraat',
    description: 'Rear-ended at a red light; rear bumper and tailgate damaged.',
    ...overrides,
  };
}

/** VDBERG: a client with a motor and a home policy, another client, and the claims handler's id. */
export async function vdbergSetup(pieter: GqlClient, sanne: GqlClient, daan: GqlClient, code: string) {
  const refs = await referenceData(pieter, code);
  const clientId = (await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true)).id;
  const otherId = (await createClient(sanne, { ...DUTCH_PERSON, firstName: 'Kees', taxCode: '111222333' }, true)).id;
  const motor = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.lines.motor_liability }, { number: `${code}-AUTO-1` }) })).createPolicy;
  const home = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.lines.home }, { number: `${code}-HOME-1` }) })).createPolicy;
  const daanId = (await daan.ok(`{ me { user { id } } }`)).me.user.id as string;
  return { refs, clientId, otherId, motorId: motor.id as string, homeId: home.id as string, daanId };
}

/** A hash of a company's claims rows (superuser, outside the app): "nothing changed" checks. */
export async function claimsSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['claim', 'claim_party', 'claim_status_change', 'claim_money']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}
