import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import type { PortalRequestContext } from './portal-context.js';
import * as messages from './portal-messages.service.js';
import { PortalStartThreadInput, PortalThreadView } from './portal-messages.types.js';

/** The client's message threads with the agency (portal schema). */
@Resolver()
export class PortalMessagesResolver {
  @Query(() => [PortalThreadView])
  portalThreads(@Ctx() ctx: PortalRequestContext): Promise<PortalThreadView[]> {
    return messages.portalThreads(ctx);
  }

  @Mutation(() => PortalThreadView)
  portalStartThread(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalStartThreadInput) input: PortalStartThreadInput): Promise<PortalThreadView> {
    return messages.startThread(ctx, input);
  }

  @Mutation(() => PortalThreadView)
  portalPostMessage(@Ctx() ctx: PortalRequestContext, @Arg('threadId', () => ID) threadId: string, @Arg('body', () => String) body: string): Promise<PortalThreadView> {
    return messages.postMessage(ctx, threadId, body);
  }
}

/** Staff read and answer a client's portal threads from the client card (staff schema). */
@Resolver()
export class PortalStaffMessagesResolver {
  @Query(() => [PortalThreadView])
  clientPortalThreads(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<PortalThreadView[]> {
    return messages.clientThreads(ctx, clientId);
  }

  @Mutation(() => PortalThreadView, { description: 'Staff start a thread with the client (portal:edit); the client reads it on the portal.' })
  startClientPortalThread(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('subject', () => String) subject: string,
    @Arg('body', () => String) body: string,
  ): Promise<PortalThreadView> {
    return messages.startClientThread(ctx, clientId, subject, body);
  }

  @Mutation(() => PortalThreadView)
  replyPortalThread(@Ctx() ctx: RequestContext, @Arg('threadId', () => ID) threadId: string, @Arg('body', () => String) body: string): Promise<PortalThreadView> {
    return messages.replyThread(ctx, threadId, body);
  }
}
