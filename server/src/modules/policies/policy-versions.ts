import type { RequestContext } from '../../core/context.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import type { PolicyVersionKind } from './policy-changes.enums.js';
import type { Policy } from './policy.entity.js';
import { PolicyVersion, type VersionChange, type VersionTerms } from './policy-version.entity.js';

/**
 * The versions of a policy (issue #9 §3): version 1 as issued (createPolicy, a renewal, migration 0013
 * for policies that existed before), then one per endorsement. Rows are only ever inserted — the
 * database refuses UPDATE and DELETE on policy_version.
 */

/** The objects insured on `day` (added on or before it, not removed by then). */
export function objectsOn(objects: PolicyInsuredObject[], day: string): PolicyInsuredObject[] {
  return objects.filter((o) => o.addedOn <= day && (!o.removedOn || o.removedOn > day));
}

export function termsOf(policy: Policy, objects: PolicyInsuredObject[]): VersionTerms {
  return {
    premiumNet: policy.premiumNet,
    premiumTaxes: policy.premiumTaxes,
    premiumGross: policy.premiumGross,
    insuredSum: policy.insuredSum ?? null,
    coverStart: policy.coverStart,
    coverEnd: policy.coverEnd,
    paymentFrequency: policy.paymentFrequency,
    objects: objects.map((o) => ({ id: o.id, kind: o.kind, description: o.description, insuredSum: o.insuredSum ?? null })),
  };
}

export async function latestVersion(ctx: RequestContext, policyId: string): Promise<PolicyVersion | null> {
  return ctx.em.findOne(PolicyVersion, { policy: policyId }, { orderBy: { version: 'desc' } });
}

/** Appends the next version with the policy's terms as they are now (objects insured on its effective date). */
export async function recordVersion(
  ctx: RequestContext,
  policy: Policy,
  v: { kind: PolicyVersionKind; effectiveDate: string; reason: string | null; changes: VersionChange[] },
): Promise<PolicyVersion> {
  await ctx.em.flush();
  const [last, objects] = await Promise.all([
    latestVersion(ctx, policy.id),
    ctx.em.find(PolicyInsuredObject, { policy: policy.id }, { orderBy: { addedOn: 'asc', createdAt: 'asc', id: 'asc' } }),
  ]);
  const version = ctx.em.create(PolicyVersion, {
    company: policy.company,
    policy,
    version: (last?.version ?? 0) + 1,
    kind: v.kind,
    effectiveDate: v.effectiveDate,
    reason: v.reason,
    changes: v.changes,
    terms: termsOf(policy, objectsOn(objects, v.effectiveDate)),
    createdBy: ctx.user?.id ?? null,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  return version;
}
