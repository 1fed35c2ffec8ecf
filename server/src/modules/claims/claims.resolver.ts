import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Claim } from './claim.entity.js';
import { ClaimStatus } from './claim.enums.js';
import { ClaimFilterInput, ClaimInput, ClaimMoneyInput } from './claim.inputs.js';
import { ClaimPage, ClaimStatusTransition, ClaimsDashboard } from './claim.types.js';
import { CLAIM_STATUS_TRANSITIONS, reasonRequired } from './claim-status.js';
import { getClaim, listClaims } from './claim.service.js';
import { deleteClaim, moveClaim, reportClaim, updateClaim } from './claim-write.service.js';
import { addClaimPayment, setClaimReserve } from './claim-money.service.js';
import { claimsDashboard } from './claim-dashboard.service.js';

/** Claims (CLM-1): list, one claim, report, change, workflow, reserves and payments, dashboard. */
@Resolver()
export class ClaimsResolver {
  @Query(() => ClaimPage, { description: 'The claim list, newest report first.' })
  claims(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ClaimFilterInput, { nullable: true }) filter: ClaimFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<ClaimPage> {
    return listClaims(ctx, filter ?? {}, first, offset);
  }

  @Query(() => Claim)
  claim(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Claim> {
    return getClaim(ctx, id);
  }

  @Query(() => [ClaimStatusTransition], { description: 'The claim workflow (data, the same the server enforces).' })
  claimStatusTransitions(): ClaimStatusTransition[] {
    return Object.entries(CLAIM_STATUS_TRANSITIONS).map(([from, to]) => ({
      from: from as ClaimStatus,
      to: [...to],
      reasonRequiredFor: to.filter((t) => reasonRequired(from as ClaimStatus, t)),
    }));
  }

  @Query(() => ClaimsDashboard, { description: 'Open claims by status and age, reserves, claims per line of business.' })
  claimsDashboard(@Ctx() ctx: RequestContext): Promise<ClaimsDashboard> {
    return claimsDashboard(ctx);
  }

  @Mutation(() => Claim, { description: 'Reports a claim (status reported).' })
  reportClaim(@Ctx() ctx: RequestContext, @Arg('input', () => ClaimInput) input: ClaimInput): Promise<Claim> {
    return reportClaim(ctx, input);
  }

  @Mutation(() => Claim, { description: 'Changes the data of a claim; parties, when given, replace the old ones.' })
  updateClaim(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ClaimInput) input: ClaimInput): Promise<Claim> {
    return updateClaim(ctx, id, input);
  }

  @Mutation(() => Claim, { description: 'Moves a claim in its workflow; CONFLICT (extensions.allowed) for a move not allowed; reopening needs a reason.' })
  moveClaim(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ClaimStatus) status: ClaimStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<Claim> {
    return moveClaim(ctx, id, status, reason);
  }

  @Mutation(() => Claim, { description: 'Sets the reserve to a new amount (not below what is paid).' })
  setClaimReserve(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ClaimMoneyInput) input: ClaimMoneyInput): Promise<Claim> {
    return setClaimReserve(ctx, id, input);
  }

  @Mutation(() => Claim, { description: 'Records a payment (within the outstanding reserve).' })
  addClaimPayment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ClaimMoneyInput) input: ClaimMoneyInput): Promise<Claim> {
    return addClaimPayment(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a claim reported by mistake (still reported, no money, no documents).' })
  deleteClaim(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteClaim(ctx, id);
  }
}
