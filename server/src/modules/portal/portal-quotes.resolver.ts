import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import * as quotes from './portal-quotes.service.js';
import { PortalQuoteProduct, PortalQuoteRequestInput, PortalQuoteRequestView } from './portal-quotes.types.js';

/** Quote requests from the client area (issue #12 item 5, PO-4; portal schema only). */
@Resolver()
export class PortalQuotesResolver {
  @Query(() => [PortalQuoteProduct], { description: "The agency's published products a client may ask a quote for, with their questionnaires." })
  portalQuoteProducts(@Ctx() ctx: PortalRequestContext, @Arg('lang', () => String, { nullable: true }) lang: string | null): Promise<PortalQuoteProduct[]> {
    return quotes.portalQuoteProducts(ctx, lang);
  }

  @Query(() => [PortalQuoteRequestView], { description: "The quote requests of the clients the user's grants cover, newest first, with the offers made." })
  portalQuoteRequests(@Ctx() ctx: PortalRequestContext, @Arg('lang', () => String, { nullable: true }) lang: string | null): Promise<PortalQuoteRequestView[]> {
    return quotes.portalQuoteRequests(ctx, lang);
  }

  @Mutation(() => PortalQuoteRequestView, { description: 'Ask for a quote for a client the grants cover (NOT_FOUND otherwise); the request reaches the agency.' })
  portalRequestQuote(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalQuoteRequestInput) input: PortalQuoteRequestInput): Promise<PortalQuoteRequestView> {
    return quotes.requestQuote(ctx, input);
  }
}
