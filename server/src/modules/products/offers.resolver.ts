import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { QuoteRequestStatus } from './product.enums.js';
import { OfferInput, OfferPolicyInput, QuoteRequestInput } from './product.inputs.js';
import { acceptOffer, createOffer, getOffer, issuePolicyFromOffer, listOffers } from './offer.service.js';
import { OfferDocument } from './product.types.js';
import { offerPdf } from './offer-pdf.js';
import { answerQuoteRequest, assignQuoteRequest, createQuoteRequest, getQuoteRequest, listQuoteRequests } from './quote-request.service.js';

/** Offers on clients (CL-4) and quote requests for staff. */
@Resolver()
export class OffersResolver {
  @Query(() => [ProductOffer], { description: 'Offers, newest first (at most 200); optionally of one client.' })
  offers(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { nullable: true }) clientId: string | null): Promise<ProductOffer[]> {
    return listOffers(ctx, clientId);
  }

  @Query(() => ProductOffer)
  offer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ProductOffer> {
    return getOffer(ctx, id);
  }

  @Query(() => OfferDocument, { description: 'The offer as a PDF in the client\'s language.' })
  offerPdf(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<OfferDocument> {
    return offerPdf(ctx, id);
  }

  @Mutation(() => ProductOffer, { description: 'Rates the answers and saves the result on a client as an offer (versions in test: a TEST offer).' })
  createOffer(@Ctx() ctx: RequestContext, @Arg('input', () => OfferInput) input: OfferInput): Promise<ProductOffer> {
    return createOffer(ctx, input);
  }

  @Mutation(() => ProductOffer, { description: 'The client accepts a valid offer: it becomes an application (TEST offers: CONFLICT).' })
  acceptOffer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ProductOffer> {
    return acceptOffer(ctx, id);
  }

  @Mutation(() => ProductOffer, { description: 'An application becomes a policy through the policies module (TEST offers: CONFLICT).' })
  issuePolicyFromOffer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => OfferPolicyInput) input: OfferPolicyInput): Promise<ProductOffer> {
    return issuePolicyFromOffer(ctx, id, input);
  }

  @Query(() => [QuoteRequest], { description: 'The queue of quote requests, oldest first.' })
  quoteRequests(@Ctx() ctx: RequestContext, @Arg('statuses', () => [QuoteRequestStatus], { nullable: true }) statuses: QuoteRequestStatus[] | null): Promise<QuoteRequest[]> {
    return listQuoteRequests(ctx, statuses);
  }

  @Query(() => QuoteRequest)
  quoteRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<QuoteRequest> {
    return getQuoteRequest(ctx, id);
  }

  @Mutation(() => QuoteRequest, { description: 'Records a request for a quote on a product\'s published version (answers checked).' })
  createQuoteRequest(@Ctx() ctx: RequestContext, @Arg('input', () => QuoteRequestInput) input: QuoteRequestInput): Promise<QuoteRequest> {
    return createQuoteRequest(ctx, input);
  }

  @Mutation(() => QuoteRequest)
  assignQuoteRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('handlerId', () => ID) handlerId: string): Promise<QuoteRequest> {
    return assignQuoteRequest(ctx, id, handlerId);
  }

  @Mutation(() => QuoteRequest, { description: 'Answers a waiting request with offers made for it; the requester is e-mailed.' })
  answerQuoteRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('offerIds', () => [ID]) offerIds: string[]): Promise<QuoteRequest> {
    return answerQuoteRequest(ctx, id, offerIds);
  }
}
