import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from '../clients/client.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { StoredDocument } from '../documents/document.entity.js';
import { moveOwnedDocuments } from '../documents/documents.service.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from './claim.entity.js';
import { ClaimStatus } from './claim.enums.js';
import type { ClaimInput } from './claim.inputs.js';
import { allowedClaimTransitions, reasonRequired } from './claim-status.js';
import { type CheckedClaim, checkClaimInput } from './claim-validation.js';
import { getClaim } from './claim.service.js';

/** Report, change, move through the workflow and delete a claim (CLM-1). Every row change is audited. */

async function apply(ctx: RequestContext, claim: Claim, v: CheckedClaim): Promise<void> {
  claim.client = ctx.em.getReference(Client, v.clientId, { wrapped: true });
  claim.policy = v.policyId ? ctx.em.getReference(Policy, v.policyId, { wrapped: true }) : null;
  claim.lossDate = v.lossDate;
  claim.lossTime = v.lossTime;
  claim.lossPlace = v.lossPlace;
  claim.description = v.description;
  claim.insurerClaimNumber = v.insurerClaimNumber;
  claim.handlerId = v.handlerId;
  if (v.parties) {
    for (const old of await ctx.em.find(ClaimParty, { claim: claim.id })) ctx.em.remove(old);
    await ctx.em.flush();
    v.parties.forEach((p, i) => ctx.em.create(ClaimParty, { company: claim.company, claim, seq: i + 1, ...p }));
  }
}

function step(ctx: RequestContext, claim: Claim, from: ClaimStatus | null, to: ClaimStatus, reason: string | null): void {
  ctx.em.create(ClaimStatusChange, { company: claim.company, claim, fromStatus: from, toStatus: to, reason, changedBy: ctx.user?.id ?? null, changedAt: new Date() });
}

/** Staff report a claim (the portal will report through this same function); it starts as reported. */
export async function reportClaim(ctx: RequestContext, input: ClaimInput): Promise<Claim> {
  const company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  const { issues, value } = await checkClaimInput(ctx, input);
  if (issues.length) throw badInput(issues);
  const claim = new Claim();
  claim.company = company;
  claim.status = ClaimStatus.REPORTED;
  ctx.em.persist(claim);
  await apply(ctx, claim, value);
  step(ctx, claim, null, ClaimStatus.REPORTED, null);
  await ctx.em.flush();
  return claim;
}

export async function updateClaim(ctx: RequestContext, id: string, input: ClaimInput): Promise<Claim> {
  const claim = await getClaim(ctx, id, true);
  const { issues, value } = await checkClaimInput(ctx, input, claim.client.id);
  if (!issues.some((i) => i.field === 'lossDate') && value.lossDate !== claim.lossDate) {
    // reserves and payments are dated on or after the loss: the loss cannot move past the first of them
    const first = (await ctx.em.find(ClaimMoney, { claim: claim.id }, { fields: ['entryDate'], orderBy: { entryDate: 'asc' }, limit: 1 }))[0];
    if (first && value.lossDate > first.entryDate) {
      issues.push({ field: 'lossDate', reason: 'after_money_entries', message: `A reserve or payment of this claim is dated ${first.entryDate}; the loss cannot be later.` });
    }
  }
  if (issues.length) throw badInput(issues);
  const fromClientId = claim.client.id;
  await apply(ctx, claim, value);
  // moved to another client: its documents and photos follow it (audited row by row, like the claim)
  if (value.clientId !== fromClientId) {
    await moveOwnedDocuments(ctx, 'claim', claim.id, value.clientId);
  }
  await ctx.em.flush();
  return claim;
}

/**
 * A policy moved to another client (policies' updatePolicy): the claims made under it are the
 * policyholder's, so they follow it with their documents and photos (a claim's policy is always its
 * client's). Locked like every claim write; audited row by row by the caller's flush.
 */
export async function moveClaimsOfPolicy(ctx: RequestContext, policyId: string, clientId: string): Promise<void> {
  const claims = await ctx.em.find(Claim, { policy: policyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  for (const claim of claims) {
    if (claim.client.id === clientId) continue;
    claim.client = ctx.em.getReference(Client, clientId, { wrapped: true });
    await moveOwnedDocuments(ctx, 'claim', claim.id, clientId);
  }
}

/** Moves a claim along CLAIM_STATUS_TRANSITIONS (CONFLICT naming the allowed moves otherwise); reopening needs a reason. */
export async function moveClaim(ctx: RequestContext, id: string, status: ClaimStatus, reason: string | null): Promise<Claim> {
  const claim = await getClaim(ctx, id, true);
  const allowed = allowedClaimTransitions(claim.status);
  if (!allowed.includes(status)) {
    throw conflict(`A claim in status ${claim.status} cannot become ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}.`, {
      from: claim.status,
      to: status,
      allowed: [...allowed],
    });
  }
  const why = reason?.trim() || null;
  if (why && why.length > 1000) throw badField('reason', 'too_long', 'At most 1000 characters.');
  if (!why && reasonRequired(claim.status, status)) throw badField('reason', 'required', 'Reopening a closed claim needs a reason.');
  const from = claim.status;
  claim.status = status;
  claim.statusChangedAt = new Date();
  step(ctx, claim, from, status, why);
  await ctx.em.flush();
  return claim;
}

/** Deletes a claim reported by mistake: only while reported and without money entries (otherwise CONFLICT). */
export async function deleteClaim(ctx: RequestContext, id: string): Promise<boolean> {
  const claim = await getClaim(ctx, id, true);
  if (claim.status !== ClaimStatus.REPORTED) throw conflict('Only a claim still in status reported can be deleted; close it instead.', { status: claim.status });
  if (await ctx.em.count(ClaimMoney, { claim: claim.id })) throw conflict('A claim with reserves or payments cannot be deleted; close it instead.');
  if (await ctx.em.count(StoredDocument, { ownerType: 'claim', ownerId: claim.id })) throw conflict('A claim with documents cannot be deleted; close it instead.');
  for (const row of await ctx.em.find(ClaimParty, { claim: claim.id })) ctx.em.remove(row);
  for (const row of await ctx.em.find(ClaimStatusChange, { claim: claim.id })) ctx.em.remove(row);
  ctx.em.remove(claim);
  await ctx.em.flush();
  return true;
}
