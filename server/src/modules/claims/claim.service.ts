import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { Claim } from './claim.entity.js';
import type { ClaimFilterInput } from './claim.inputs.js';
import type { ClaimPage } from './claim.types.js';

/** A claim of the active company, or NOT_FOUND (another company's id included). `forUpdate` locks its row. */
export async function getClaim(ctx: RequestContext, id: string, forUpdate = false): Promise<Claim> {
  ctx.requireCompany();
  const claim = isUuid(id) ? await ctx.em.findOne(Claim, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!claim) throw notFound('Claim');
  return claim;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The claim list, newest report first; filters by client, policy, handler, statuses. */
export async function listClaims(ctx: RequestContext, filter: ClaimFilterInput, first: number, offset: number): Promise<ClaimPage> {
  ctx.requireCompany();
  const where: Record<string, unknown> = {};
  // an id of another company (or not an id) matches nothing
  const ref = (id: string) => (isUuid(id) ? id : NO_ID);
  if (filter.clientId) where.client = ref(filter.clientId);
  if (filter.policyId) where.policy = ref(filter.policyId);
  if (filter.handlerId) where.handlerId = ref(filter.handlerId);
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  const [items, total] = await ctx.em.findAndCount(Claim, where, {
    orderBy: { reportedAt: 'desc', id: 'desc' },
    limit: Math.min(Math.max(first, 1), 200),
    offset: Math.max(offset, 0),
  });
  return { items, total };
}
