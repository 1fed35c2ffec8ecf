import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { PolicyInstallment } from './installment.entity.js';
import { Policy } from './policy.entity.js';
import type { PolicyFilterInput } from './policy.inputs.js';
import type { PolicyPage } from './policy.types.js';
import { policyPage, type PolicyListFields } from './policy-list.js';

/** A policy of the active company, or NOT_FOUND (also for another company's id: filter and RLS). */
export async function getPolicy(ctx: RequestContext, id: string): Promise<Policy> {
  ctx.requireCompany();
  const policy = isUuid(id) ? await ctx.em.findOne(Policy, { id }) : null;
  if (!policy) throw notFound('Policy');
  return policy;
}

/** The policy list, newest first; filters by client, insurer, line, statuses, number prefix (one statement, policy-list.ts). */
export async function listPolicies(ctx: RequestContext, filter: PolicyFilterInput, first: number, offset: number, fields?: PolicyListFields): Promise<PolicyPage> {
  ctx.requireCompany();
  const conditions: string[] = [];
  const params: unknown[] = [];
  // an id of another company (or not an id) matches nothing: the page is empty, never another company's rows
  const ref = (column: string, id: string | null | undefined) => {
    if (!id) return;
    conditions.push(`p.${column} = ?`);
    params.push(isUuid(id) ? id : '00000000-0000-0000-0000-000000000000');
  };
  ref('client_id', filter.clientId);
  ref('insurer_id', filter.insurerId);
  ref('line_id', filter.lineId);
  if (filter.statuses?.length) {
    conditions.push('p.status = any(?::text[])');
    params.push(`{${filter.statuses.join(',')}}`);
  }
  if (filter.number?.trim()) {
    conditions.push(`p.number like ? escape '\\'`);
    params.push(`${filter.number.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  return policyPage(ctx, {
    where: conditions.join(' and ') || 'true',
    params,
    everyPolicy: conditions.length === 0,
    order: 'p.created_at desc, p.id desc',
    limit: Math.min(Math.max(first, 1), 200),
    offset: Math.max(offset, 0),
    fields,
  });
}

export function installmentsOf(ctx: RequestContext, policyId: string): Promise<PolicyInstallment[]> {
  return ctx.em.find(PolicyInstallment, { policy: policyId }, { orderBy: { seq: 'asc' } });
}
