import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { PolicyInstallment } from './installment.entity.js';
import { Policy } from './policy.entity.js';
import type { PolicyFilterInput } from './policy.inputs.js';
import type { PolicyPage } from './policy.types.js';

/** A policy of the active company, or NOT_FOUND (also for another company's id: filter and RLS). */
export async function getPolicy(ctx: RequestContext, id: string): Promise<Policy> {
  ctx.requireCompany();
  const policy = isUuid(id) ? await ctx.em.findOne(Policy, { id }) : null;
  if (!policy) throw notFound('Policy');
  return policy;
}

/** The policy list, newest first; filters by client, insurer, line, statuses, number prefix. */
export async function listPolicies(ctx: RequestContext, filter: PolicyFilterInput, first: number, offset: number): Promise<PolicyPage> {
  ctx.requireCompany();
  const where: Record<string, unknown> = {};
  // an id of another company (or not an id) matches nothing: the page is empty, never another company's rows
  const ref = (id: string | null | undefined) => (id ? (isUuid(id) ? id : '00000000-0000-0000-0000-000000000000') : undefined);
  if (filter.clientId) where.client = ref(filter.clientId);
  if (filter.insurerId) where.insurer = ref(filter.insurerId);
  if (filter.lineId) where.line = ref(filter.lineId);
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  if (filter.number?.trim()) where.number = { $like: `${filter.number.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
  const [items, total] = await ctx.em.findAndCount(Policy, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: Math.min(Math.max(first, 1), 200),
    offset: Math.max(offset, 0),
  });
  return { items, total };
}

export function installmentsOf(ctx: RequestContext, policyId: string): Promise<PolicyInstallment[]> {
  return ctx.em.find(PolicyInstallment, { policy: policyId }, { orderBy: { seq: 'asc' } });
}
