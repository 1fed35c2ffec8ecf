import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { AnswerInput, ProductVersionInput } from './product-design.types.js';
import { Product, ProductVersion } from './product.entity.js';
import { ProductVersionStatus } from './product.enums.js';
import { CreateProductInput } from './product.inputs.js';
import { ProductTransitionInfo, ProductsDashboard, Quote } from './product.types.js';
import { getProduct, getVersion, listProducts } from './product.service.js';
import { createProduct, moveProductVersion, newProductVersion, updateProductVersion } from './product-write.service.js';
import { PRODUCT_TRANSITIONS } from './product-status.js';
import { quoteVersion } from './rating.service.js';
import { productsDashboard } from './products-dashboard.service.js';

/** Products (PR-1, PR-2): list, design, versions and their life cycle, rating a quote, dashboard. */
@Resolver()
export class ProductsResolver {
  @Query(() => [Product], { description: 'The products by code; `statuses`: only those with a version in one of them.' })
  products(@Ctx() ctx: RequestContext, @Arg('statuses', () => [ProductVersionStatus], { nullable: true }) statuses: ProductVersionStatus[] | null): Promise<Product[]> {
    return listProducts(ctx, statuses);
  }

  @Query(() => Product)
  product(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Product> {
    return getProduct(ctx, id);
  }

  @Query(() => ProductVersion)
  productVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ProductVersion> {
    return getVersion(ctx, id);
  }

  @Query(() => [ProductTransitionInfo], { description: 'The life cycle of a product version (data, the same the server enforces).' })
  productTransitions(): ProductTransitionInfo[] {
    return PRODUCT_TRANSITIONS.map((x) => ({ ...x }));
  }

  @Query(() => Quote, { description: 'Rates answers on a version: test and published versions (test → marked TEST); drafts as the designer\'s preview (products:edit).' })
  async rateQuote(@Ctx() ctx: RequestContext, @Arg('versionId', () => ID) versionId: string, @Arg('answers', () => [AnswerInput]) answers: AnswerInput[]): Promise<Quote> {
    return quoteVersion(ctx, versionId, answers);
  }

  @Query(() => ProductsDashboard, { description: 'Products by state, quotes per product per week, quote-to-policy conversion, requests waiting.' })
  productsDashboard(@Ctx() ctx: RequestContext): Promise<ProductsDashboard> {
    return productsDashboard(ctx);
  }

  @Mutation(() => Product, { description: 'Creates a product with its version 1 as a draft.' })
  createProduct(@Ctx() ctx: RequestContext, @Arg('input', () => CreateProductInput) input: CreateProductInput): Promise<Product> {
    return createProduct(ctx, input);
  }

  @Mutation(() => ProductVersion, { description: 'Changes a draft version\'s design; any other status is CONFLICT.' })
  updateProductVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ProductVersionInput) input: ProductVersionInput): Promise<ProductVersion> {
    return updateProductVersion(ctx, id, input);
  }

  @Mutation(() => ProductVersion, { description: 'A new draft version, a copy of the latest one (CONFLICT while another version is in progress).' })
  newProductVersion(@Ctx() ctx: RequestContext, @Arg('productId', () => ID) productId: string): Promise<ProductVersion> {
    return newProductVersion(ctx, productId);
  }

  @Mutation(() => ProductVersion, { description: 'Moves a version in its life cycle (productTransitions): CONFLICT for a move not allowed, FORBIDDEN without its right or for the author approving.' })
  moveProductVersion(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ProductVersionStatus) status: ProductVersionStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<ProductVersion> {
    return moveProductVersion(ctx, id, status, reason);
  }
}
