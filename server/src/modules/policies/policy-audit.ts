import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { AuditEventPage } from '../base/audit/audit.resolver.js';
import type { AuditEvent } from '../base/audit/audit-event.entity.js';
import { subjectTrail } from '../base/audit/audit.service.js';
import { asRecord, registerAuditSubject, type AuditRowData } from '../base/audit/audit-subjects.js';
import { Policy } from './policy.entity.js';
import { getPolicy } from './policy.service.js';

/**
 * The policy as an audit subject (BASE-7, issue #9 §7 "history"): the rows of the policy itself and
 * of its installments, versions, insured persons and objects (which name it in `policy`) and of the documents stored on it carry
 * `subject { type: "policy", displayName: <number> }`. Indexes on `after->>'policy'` and
 * `before->>'policy'`: migration 0013.
 */
const CHILDREN = ['PolicyInstallment', 'PolicyVersion', 'PolicyInsuredPerson', 'PolicyInsuredObject'];
/** Documents stored on a policy (the documents module's owner type `policy`). */
const DOCUMENT = 'StoredDocument';

function policyIdOf(row: AuditRowData): string | null {
  if (row.entityType === 'Policy') return row.entityId ?? null;
  if (row.entityType === DOCUMENT) {
    const data = asRecord(row.after ?? row.before);
    return data.ownerType === 'policy' && typeof data.ownerId === 'string' ? data.ownerId : null;
  }
  if (!CHILDREN.includes(row.entityType)) return null;
  const id = asRecord(row.after).policy ?? asRecord(row.before).policy;
  return typeof id === 'string' ? id : null;
}

registerAuditSubject({
  type: 'policy',
  right: 'policies:view',
  idOf: policyIdOf,
  async names(ctx, ids) {
    const rows = await ctx.em.find(Policy, { id: { $in: [...ids] } }, { fields: ['id', 'number'], disableIdentityMap: true });
    return new Map(rows.map((p) => [p.id, p.number]));
  },
  rowsOf: (id) =>
    ({
      $or: [
        { entityType: 'Policy', entityId: id },
        { entityType: { $in: CHILDREN }, after: { policy: id } },
        { entityType: { $in: CHILDREN }, before: { policy: id } },
        { entityType: DOCUMENT, after: { ownerType: 'policy', ownerId: id } },
        { entityType: DOCUMENT, before: { ownerType: 'policy', ownerId: id } },
      ],
    }) as FilterQuery<AuditEvent>,
});

@Resolver()
export class PolicyAuditResolver {
  @Query(() => AuditEventPage, { description: "One policy's audit trail (the policy, its installments, versions, insured persons and objects), newest first." })
  async policyAuditTrail(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID) policyId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventPage> {
    const policy = await getPolicy(ctx, policyId);
    return subjectTrail(ctx, 'policy', policy.id, first ?? 50, after);
  }
}
