import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from '../clients/client.entity.js';
import { moveOwnedDocuments } from '../documents/documents.service.js';
import { policyMoved } from './policy-moves.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { writeSchedule } from './installment.service.js';
import { formatCents } from './money.js';
import { Policy } from './policy.entity.js';
import type { PolicyStatus } from './policy.enums.js';
import type { CreatePolicyInput, PolicyInput } from './policy.inputs.js';
import { allowedTransitions, INITIAL_STATUSES } from './policy-status.js';
import { type CheckedPolicy, checkPolicyInput } from './policy-validation.js';
import { getPolicy } from './policy.service.js';
import { PolicyVersionKind } from './policy-changes.enums.js';
import { recordVersion } from './policy-versions.js';
import type { VersionChange } from './policy-version.entity.js';
import { policyHasDocuments } from '../billing/billing-queries.service.js';

/** Create, change and move a policy through its statuses (PL-1); the schedule follows every change. */

function apply(ctx: RequestContext, policy: Policy, v: CheckedPolicy): void {
  policy.number = v.number;
  policy.client = ctx.em.getReference(Client, v.clientId, { wrapped: true });
  policy.insurer = ctx.em.getReference(Insurer, v.insurerId, { wrapped: true });
  policy.line = ctx.em.getReference(LineOfBusiness, v.lineId, { wrapped: true });
  policy.foreignBusiness = v.foreignBusiness;
  policy.coverStart = v.coverStart;
  policy.coverEnd = v.coverEnd;
  policy.issueDate = v.issueDate;
  policy.premiumNet = formatCents(v.net);
  policy.premiumTaxes = formatCents(v.taxes);
  policy.premiumGross = formatCents(v.gross);
  policy.paymentFrequency = v.paymentFrequency;
  policy.producerId = v.producerId;
  policy.notes = v.notes;
  if (v.tacitRenewal !== null) policy.tacitRenewal = v.tacitRenewal;
}

export async function createPolicy(ctx: RequestContext, input: CreatePolicyInput): Promise<Policy> {
  const company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  const { issues, value } = await checkPolicyInput(ctx, input);
  if (!INITIAL_STATUSES.includes(input.status)) {
    issues.push({ field: 'status', reason: 'not_initial', message: `A policy starts as one of: ${INITIAL_STATUSES.join(', ')}.` });
  }
  if (issues.length) throw badInput(issues);
  const policy = new Policy();
  policy.company = company;
  policy.status = input.status;
  apply(ctx, policy, value);
  ctx.em.persist(policy);
  await ctx.em.flush();
  await writeSchedule(ctx, policy);
  await recordVersion(ctx, policy, { kind: PolicyVersionKind.ISSUED, effectiveDate: policy.coverStart, reason: null, changes: [] });
  return policy;
}

export async function updatePolicy(ctx: RequestContext, id: string, input: PolicyInput): Promise<Policy> {
  const policy = await getPolicy(ctx, id);
  const { issues, value } = await checkPolicyInput(ctx, input, policy.id);
  if (issues.length) throw badInput(issues);
  await keepBilledParties(ctx, policy, value);
  const before = versionedTerms(policy);
  const fromClientId = policy.client.id;
  apply(ctx, policy, value);
  // moved to another client: its documents and what other modules keep under it (claims) follow it (audited row by row, like the policy)
  if (value.clientId !== fromClientId) {
    await moveOwnedDocuments(ctx, 'policy', policy.id, value.clientId);
    await policyMoved(ctx, policy.id, value.clientId);
  }
  await ctx.em.flush();
  await writeSchedule(ctx, policy);
  // A changed term is a correction: kept as a version, so the terms before it stay readable (§3).
  const after = versionedTerms(policy);
  const changes: VersionChange[] = VERSIONED.filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field], after: after[field] }));
  if (changes.length) await recordVersion(ctx, policy, { kind: PolicyVersionKind.CORRECTION, effectiveDate: policy.coverStart, reason: null, changes });
  return policy;
}

/**
 * A policy's receipts and credit notes name its client, insurer and line of business (the database's key
 * holds them to the policy's, migration 0045): once one is issued, those three stay as billed — a change
 * is refused on the field it names.
 */
async function keepBilledParties(ctx: RequestContext, policy: Policy, v: CheckedPolicy): Promise<void> {
  const changed = (
    [
      ['clientId', policy.client.id, v.clientId],
      ['insurerId', policy.insurer.id, v.insurerId],
      ['lineId', policy.line.id, v.lineId],
    ] as const
  ).filter(([, before, after]) => before !== after);
  if (!changed.length || !(await policyHasDocuments(ctx, policy.id))) return;
  throw badInput(changed.map(([field]) => ({ field, reason: 'billed', message: 'Receipts have been issued for this policy: its client, insurer and line of business stay as billed.' })));
}

/** The terms a version keeps that a plain edit can change. */
const VERSIONED = ['premiumNet', 'premiumTaxes', 'premiumGross', 'coverStart', 'coverEnd', 'paymentFrequency'] as const;

function versionedTerms(policy: Policy): Record<(typeof VERSIONED)[number], string> {
  return Object.fromEntries(VERSIONED.map((f) => [f, String(policy[f])])) as Record<(typeof VERSIONED)[number], string>;
}

/** Moves a policy to another status along POLICY_STATUS_TRANSITIONS; otherwise CONFLICT naming the allowed ones. */
export async function setPolicyStatus(ctx: RequestContext, id: string, status: PolicyStatus): Promise<Policy> {
  const policy = await getPolicy(ctx, id);
  if (!status) throw badField('status', 'required', 'A status is required.');
  if (status === policy.status) return policy;
  const allowed = allowedTransitions(policy.status);
  if (!allowed.includes(status)) {
    throw conflict(
      `A policy in status ${policy.status} cannot become ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final status)'}.`,
      { from: policy.status, to: status, allowed: [...allowed] },
    );
  }
  policy.status = status;
  await ctx.em.flush();
  return policy;
}
