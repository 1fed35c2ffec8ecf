import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { User } from '../base/users/user.entity.js';
import { QuoteWebsite, QuoteWebsiteInput } from './quote-website.entity.js';
import { createQuoteWebsite, listQuoteWebsites, snippetOf, updateQuoteWebsite } from './quote-website.service.js';

/** The websites of the embeddable quote form (PR-3): staff list them (products:view) and manage them (products:edit). */
@Resolver(() => QuoteWebsite)
export class QuoteWebsitesResolver {
  @Query(() => [QuoteWebsite], { description: 'The websites where the embeddable quote form runs, by name.' })
  quoteWebsites(@Ctx() ctx: RequestContext): Promise<QuoteWebsite[]> {
    return listQuoteWebsites(ctx);
  }

  @Mutation(() => QuoteWebsite, { description: 'Adds a website of the quote form; its public key is made by the server.' })
  createQuoteWebsite(@Ctx() ctx: RequestContext, @Arg('input', () => QuoteWebsiteInput) input: QuoteWebsiteInput): Promise<QuoteWebsite> {
    return createQuoteWebsite(ctx, input);
  }

  @Mutation(() => QuoteWebsite, { description: 'Changes a website of the quote form (its key stays).' })
  updateQuoteWebsite(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => QuoteWebsiteInput) input: QuoteWebsiteInput): Promise<QuoteWebsite> {
    return updateQuoteWebsite(ctx, id, input);
  }

  @FieldResolver(() => String, { nullable: true })
  async producerName(@Root() w: QuoteWebsite, @Ctx() ctx: RequestContext): Promise<string | null> {
    return w.producerId ? ((await ctx.loaders.byId(User).load(w.producerId))?.displayName ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'The HTML to paste into the website.' })
  snippet(@Root() w: QuoteWebsite, @Ctx() ctx: RequestContext): string {
    return snippetOf(ctx.config.publicUrl, w);
  }
}
