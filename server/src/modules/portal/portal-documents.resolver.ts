import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import * as documents from './portal-documents.service.js';
import { PortalDocument, PortalOffer } from './portal-documents.types.js';

/** Documents and offers shared with the user (issue #12 item 8; portal schema only). Downloads are HTTP routes, each audited. */
@Resolver()
export class PortalDocumentsResolver {
  @Query(() => [PortalDocument], { description: "A shared contract's documents; NOT_FOUND for a contract the user's grants do not share." })
  async portalContractDocuments(@Ctx() ctx: PortalRequestContext, @Arg('policyId', () => ID) policyId: string): Promise<PortalDocument[]> {
    return (await documents.contractDocuments(ctx, policyId)).map(documents.documentView);
  }

  @Query(() => [PortalOffer], { description: "The offers made to a client the user's grants cover; NOT_FOUND for any other client." })
  portalOffers(
    @Ctx() ctx: PortalRequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('lang', () => String, { nullable: true }) lang: string | null,
  ): Promise<PortalOffer[]> {
    return documents.portalOffers(ctx, clientId, lang);
  }
}
