import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import * as grants from './portal-grant.service.js';
import { grantViews } from './portal-grant.views.js';
import { PortalGrantInput, PortalGrantMember, PortalGrantView, PortalViewAsTicket } from './portal-staff.types.js';
import { startViewAs } from './portal-view-as.service.js';

const memberView = (m: { id: string; email: string; portalUserId?: string | null; invitedAt?: Date | null; linkedAt?: Date | null }): PortalGrantMember => ({
  id: m.id,
  email: m.email,
  linked: !!m.portalUserId,
  invitedAt: m.invitedAt ?? null,
  linkedAt: m.linkedAt ?? null,
});

/** Staff manage the portal's access grants (module `portal`; staff schema). */
@Resolver()
export class PortalGrantsResolver {
  @Query(() => [PortalGrantView])
  async portalGrants(@Ctx() ctx: RequestContext): Promise<PortalGrantView[]> {
    return grantViews(ctx, await grants.grantsOfCompany(ctx));
  }

  @Query(() => PortalGrantView)
  async portalGrant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PortalGrantView> {
    const [view] = await grantViews(ctx, [await grants.grantOf(ctx, id)]);
    return view;
  }

  @Mutation(() => PortalGrantView)
  async createPortalGrant(@Ctx() ctx: RequestContext, @Arg('input', () => PortalGrantInput) input: PortalGrantInput): Promise<PortalGrantView> {
    const [view] = await grantViews(ctx, [await grants.createGrant(ctx, input)]);
    return view;
  }

  @Mutation(() => PortalGrantView)
  async updatePortalGrant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => PortalGrantInput) input: PortalGrantInput): Promise<PortalGrantView> {
    const [view] = await grantViews(ctx, [await grants.updateGrant(ctx, id, input)]);
    return view;
  }

  @Mutation(() => PortalGrantMember, { description: 'A known portal account is linked at once; an unknown address is invited (one-time link, 7 days).' })
  async addPortalGrantUser(@Ctx() ctx: RequestContext, @Arg('grantId', () => ID) grantId: string, @Arg('email', () => String) email: string): Promise<PortalGrantMember> {
    return memberView(await grants.addGrantUser(ctx, grantId, email));
  }

  @Mutation(() => PortalGrantMember, { description: 'Sends the invitation again; earlier links stop working.' })
  async resendPortalInvitation(@Ctx() ctx: RequestContext, @Arg('grantUserId', () => ID) grantUserId: string): Promise<PortalGrantMember> {
    return memberView(await grants.resendInvitation(ctx, grantUserId));
  }

  @Mutation(() => Boolean)
  removePortalGrantUser(@Ctx() ctx: RequestContext, @Arg('grantUserId', () => ID) grantUserId: string): Promise<boolean> {
    return grants.removeGrantUser(ctx, grantUserId);
  }

  @Mutation(() => PortalViewAsTicket, { description: 'View the portal as this user (PO-8): read-only, 30 minutes, audited.' })
  portalViewAs(@Ctx() ctx: RequestContext, @Arg('grantUserId', () => ID) grantUserId: string): Promise<PortalViewAsTicket> {
    return startViewAs(ctx, grantUserId);
  }
}
