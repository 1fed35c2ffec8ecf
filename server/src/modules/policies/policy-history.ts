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
 * The policy page's History: the audit subject `policy` (modules/base/audit/audit-subjects.ts), so
 * every audit row of a policy, its installments and its documents names the policy by its number,
 * and one policy's rows can be selected. Right: policies:view.
 */
const INSTALLMENT = 'PolicyInstallment';
const DOCUMENT = 'StoredDocument';

function policyIdOf(row: AuditRowData): string | null {
  if (row.entityType === 'Policy') return row.entityId ?? null;
  const after = asRecord(row.after);
  const before = asRecord(row.before);
  if (row.entityType === INSTALLMENT) {
    const id = after.policy ?? before.policy;
    return typeof id === 'string' ? id : null;
  }
  if (row.entityType === DOCUMENT) {
    const data = row.after ? after : before;
    return data.ownerType === 'policy' && typeof data.ownerId === 'string' ? data.ownerId : null;
  }
  return null;
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
        { entityType: INSTALLMENT, after: { policy: id } },
        { entityType: INSTALLMENT, before: { policy: id } },
        { entityType: DOCUMENT, after: { ownerType: 'policy', ownerId: id } },
        { entityType: DOCUMENT, before: { ownerType: 'policy', ownerId: id } },
      ],
    }) as FilterQuery<AuditEvent>,
});

@Resolver()
export class PolicyHistoryResolver {
  @Query(() => AuditEventPage, { description: "One policy's audit trail, newest first (NOT_FOUND for another company's policy)." })
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
