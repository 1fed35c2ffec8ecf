import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import * as review from './portal-review.service.js';
import { syncModeOf } from './portal-card.service.js';
import { PortalChangeStatus, PortalReviewItem, PortalSyncMode } from './portal-review.types.js';

/** Staff review what clients entered on the portal (PO-3; staff schema). */
@Resolver()
export class PortalReviewResolver {
  @Query(() => PortalSyncMode)
  async portalSyncMode(@Ctx() ctx: RequestContext): Promise<PortalSyncMode> {
    return (await syncModeOf(ctx)) as PortalSyncMode;
  }

  @Mutation(() => PortalSyncMode)
  async setPortalSyncMode(@Ctx() ctx: RequestContext, @Arg('mode', () => PortalSyncMode) mode: PortalSyncMode): Promise<PortalSyncMode> {
    return (await review.setSyncMode(ctx, mode)) as PortalSyncMode;
  }

  @Query(() => [PortalReviewItem])
  portalChanges(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => PortalChangeStatus, { defaultValue: PortalChangeStatus.PENDING }) status: PortalChangeStatus,
  ): Promise<PortalReviewItem[]> {
    return review.reviewItems(ctx, status);
  }

  @Mutation(() => ID)
  async approvePortalChange(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return (await review.approveChange(ctx, id)).id;
  }

  @Mutation(() => ID)
  async rejectPortalChange(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('message', () => String) message: string): Promise<string> {
    return (await review.rejectChange(ctx, id, message)).id;
  }
}
