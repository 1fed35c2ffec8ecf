import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import * as card from './portal-card.service.js';
import { PortalCard, PortalCardChangeInput, PortalChangeResult } from './portal-card.types.js';

/** The client area (PO-2, PO-3): the card's data areas and the account's password (portal schema only). */
@Resolver()
export class PortalCardResolver {
  @Query(() => PortalCard)
  portalCard(@Ctx() ctx: PortalRequestContext, @Arg('clientId', () => ID) clientId: string): Promise<PortalCard> {
    return card.portalCard(ctx, clientId);
  }

  @Mutation(() => [PortalChangeResult], { description: 'Applied at once or queued for the agency\'s review, as the agency decided.' })
  async portalChangeCard(
    @Ctx() ctx: PortalRequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('input', () => PortalCardChangeInput) input: PortalCardChangeInput,
  ): Promise<PortalChangeResult[]> {
    const changes = await card.submitCardChange(ctx, clientId, input);
    return changes.map((c) => ({ id: c.id, area: c.area, status: c.status }));
  }

  @Mutation(() => Boolean, { description: 'Other portal sessions of the account end.' })
  portalChangePassword(
    @Ctx() ctx: PortalRequestContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return card.changePortalPassword(ctx, currentPassword, newPassword);
  }
}
