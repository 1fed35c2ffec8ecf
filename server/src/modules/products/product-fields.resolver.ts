import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { User } from '../base/users/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Insurer } from '../policies/insurer.entity.js';
import { LineOfBusiness } from '../policies/line-of-business.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { Product, ProductVersion, ProductVersionEvent } from './product.entity.js';
import { OfferState, ProductVersionStatus } from './product.enums.js';
import { RatingBreakdown } from './product.types.js';
import { offerState } from './offer.service.js';
import { QuoteWebsite } from './quote-website.entity.js';
import { transitionsFrom } from './product-status.js';
import { versionsOf } from './product.service.js';
import { isEditor } from './product-write.service.js';
import { companyToday } from '../../core/company-calendar.js';

const userName = async (ctx: RequestContext, id: string | null | undefined) => (id ? ((await ctx.loaders.byId(User).load(id))?.displayName ?? null) : null);

/** The related records of a product, batched per request. */
@Resolver(() => Product)
export class ProductFieldsResolver {
  @FieldResolver(() => LineOfBusiness)
  async line(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<LineOfBusiness> {
    return (await ctx.loaders.byId(LineOfBusiness).load(p.line.id))!;
  }

  @FieldResolver(() => Insurer)
  async insurer(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<Insurer> {
    return (await ctx.loaders.byId(Insurer).load(p.insurer.id))!;
  }

  @FieldResolver(() => [ProductVersion], { description: 'Every version, oldest first.' })
  versions(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<ProductVersion[]> {
    return ctx.loaders
      .custom<ProductVersion[]>('product.versions', async (ids) => {
        const rows = await versionsOf(ctx, ids);
        return ids.map((id) => rows.filter((r) => r.product.id === id));
      })
      .load(p.id);
  }

  @FieldResolver(() => ProductVersion, { description: 'The newest version.' })
  async latestVersion(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<ProductVersion> {
    const all = await this.versions(p, ctx);
    return all[all.length - 1];
  }

  @FieldResolver(() => ProductVersion, { nullable: true, description: 'The version offered now (null before the first publication).' })
  async publishedVersion(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<ProductVersion | null> {
    return (await this.versions(p, ctx)).find((v) => v.status === ProductVersionStatus.PUBLISHED) ?? null;
  }
}

@Resolver(() => ProductVersion)
export class ProductVersionFieldsResolver {
  @FieldResolver(() => Product)
  async product(@Root() v: ProductVersion, @Ctx() ctx: RequestContext): Promise<Product> {
    return (await ctx.loaders.byId(Product).load(v.product.id))!;
  }

  @FieldResolver(() => String, { nullable: true })
  authorName(@Root() v: ProductVersion, @Ctx() ctx: RequestContext): Promise<string | null> {
    return userName(ctx, v.authorId);
  }

  @FieldResolver(() => String, { nullable: true })
  approvedByName(@Root() v: ProductVersion, @Ctx() ctx: RequestContext): Promise<string | null> {
    return userName(ctx, v.approvedBy);
  }

  @FieldResolver(() => [ProductVersionStatus], { description: 'The moves this user may make now (rights and four eyes considered).' })
  allowedMoves(@Root() v: ProductVersion, @Ctx() ctx: RequestContext): ProductVersionStatus[] {
    return transitionsFrom(v.status)
      .filter((x) => ctx.can(x.right) && !(x.fourEyes && isEditor(v, ctx.user?.id)))
      .map((x) => x.to);
  }

  @FieldResolver(() => [ProductVersionEvent], { description: 'The life-cycle steps, oldest first.' })
  history(@Root() v: ProductVersion, @Ctx() ctx: RequestContext): Promise<ProductVersionEvent[]> {
    return ctx.loaders
      .custom<ProductVersionEvent[]>('productVersion.history', async (ids) => {
        const rows = await ctx.em.find(ProductVersionEvent, { version: { $in: [...ids] } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.version.id === id));
      })
      .load(v.id);
  }
}

@Resolver(() => ProductVersionEvent)
export class ProductVersionEventFieldsResolver {
  @FieldResolver(() => String, { nullable: true })
  changedByName(@Root() e: ProductVersionEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return userName(ctx, e.changedBy);
  }
}

@Resolver(() => ProductOffer)
export class OfferFieldsResolver {
  @FieldResolver(() => Client)
  async client(@Root() o: ProductOffer, @Ctx() ctx: RequestContext): Promise<Client> {
    return (await ctx.loaders.byId(Client).load(o.client.id))!;
  }

  @FieldResolver(() => ProductVersion, { description: 'The version the offer was rated with (kept when the product changes).' })
  async version(@Root() o: ProductOffer, @Ctx() ctx: RequestContext): Promise<ProductVersion> {
    return (await ctx.loaders.byId(ProductVersion).load(o.version.id))!;
  }

  @FieldResolver(() => OfferState)
  async state(@Root() o: ProductOffer, @Ctx() ctx: RequestContext): Promise<OfferState> {
    return offerState(o, await companyToday(ctx));
  }

  @FieldResolver(() => RatingBreakdown)
  breakdown(@Root() o: ProductOffer): RatingBreakdown {
    return o.breakdown;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy it became (null before, or without policies:view).' })
  async policy(@Root() o: ProductOffer, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    if (!o.policy || !ctx.can('policies:view')) return null;
    return ctx.loaders.byId(Policy).load(o.policy.id);
  }

  @FieldResolver(() => String, { nullable: true })
  requestId(@Root() o: ProductOffer): string | null {
    return o.request?.id ?? null;
  }
}

@Resolver(() => QuoteRequest)
export class QuoteRequestFieldsResolver {
  @FieldResolver(() => Product)
  async product(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<Product> {
    return (await ctx.loaders.byId(Product).load(r.product.id))!;
  }

  @FieldResolver(() => Client, { nullable: true })
  async client(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<Client | null> {
    return r.client ? ctx.loaders.byId(Client).load(r.client.id) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  handlerName(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<string | null> {
    return userName(ctx, r.handlerId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The website the request was sent from (embeddable form); null for staff\'s own requests.' })
  async websiteName(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<string | null> {
    return r.website ? ((await ctx.loaders.byId(QuoteWebsite).load(r.website.id))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The producer / sub-agent the request is attributed to.' })
  producerName(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<string | null> {
    return userName(ctx, r.producerId);
  }

  @FieldResolver(() => Boolean, { description: 'Sent by the client from the client portal (PO-4), for the card it is linked to.' })
  fromPortal(@Root() r: QuoteRequest): boolean {
    return !!r.portalUserId;
  }

  @FieldResolver(() => [ProductOffer], { description: 'The offers made for this request.' })
  offers(@Root() r: QuoteRequest, @Ctx() ctx: RequestContext): Promise<ProductOffer[]> {
    return ctx.em.find(ProductOffer, { request: r.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

/** The client card's Offers tab (CL-4): the client's offers, newest first (empty without products:view). */
@Resolver(() => Client)
export class ClientOffersResolver {
  @FieldResolver(() => [ProductOffer], { description: 'Offers (rating results) saved on this client, newest first.' })
  offers(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ProductOffer[]> {
    if (!ctx.can('products:view')) return Promise.resolve([]);
    return ctx.loaders
      .custom<ProductOffer[]>('client.offers', async (ids) => {
        const rows = await ctx.em.find(ProductOffer, { client: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
        return ids.map((id) => rows.filter((r) => r.client.id === id));
      })
      .load(c.id);
  }
}
