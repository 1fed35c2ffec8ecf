import { notFound } from '../../core/errors.js';
import { reportClaim } from '../claims/claim-write.service.js';
import type { PortalRequestContext } from './portal-context.js';
import { mayReportClaim, portalClaim } from './portal-home.service.js';
import type { PortalClaimInput, PortalClaimView } from './portal.types.js';

/**
 * A client reports a claim (PO-7), with or without naming a contract, through the claims module's own
 * `reportClaim` (its checks, its workflow, its audit rows in channel portal). Only for a client a grant
 * of the user covers with claims included, and only a contract that grant shares; NOT_FOUND otherwise.
 */
export async function reportPortalClaim(ctx: PortalRequestContext, input: PortalClaimInput): Promise<PortalClaimView> {
  ctx.requireWritable();
  if (!(await mayReportClaim(ctx, input.clientId, input.policyId ?? null))) throw notFound(input.policyId ? 'Contract' : 'Client');
  const claim = await reportClaim(ctx, {
    clientId: input.clientId,
    policyId: input.policyId ?? null,
    lossDate: input.lossDate,
    lossTime: input.lossTime ?? null,
    lossPlace: input.lossPlace,
    description: input.description,
  });
  return portalClaim(ctx, claim.id);
}
