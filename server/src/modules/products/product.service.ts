import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { Product, ProductVersion } from './product.entity.js';
import type { ProductVersionStatus } from './product.enums.js';

/** A product of the active company, or NOT_FOUND (another company's id included). */
export async function getProduct(ctx: RequestContext, id: string): Promise<Product> {
  ctx.requireCompany();
  const p = isUuid(id) ? await ctx.em.findOne(Product, { id }) : null;
  if (!p) throw notFound('Product');
  return p;
}

/** A product version of the active company, or NOT_FOUND. `forUpdate` locks its row. */
export async function getVersion(ctx: RequestContext, id: string, forUpdate = false): Promise<ProductVersion> {
  ctx.requireCompany();
  const v = isUuid(id) ? await ctx.em.findOne(ProductVersion, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!v) throw notFound('Product version');
  return v;
}

/** The products, by code; optionally only those with a version in one of `statuses`. */
export async function listProducts(ctx: RequestContext, statuses: ProductVersionStatus[] | null): Promise<Product[]> {
  ctx.requireCompany();
  if (!statuses?.length) return ctx.em.find(Product, {}, { orderBy: { code: 'asc' } });
  const versions = await ctx.em.find(ProductVersion, { status: { $in: statuses } }, { fields: ['product'] });
  const ids = [...new Set(versions.map((v) => v.product.id))];
  return ids.length ? ctx.em.find(Product, { id: { $in: ids } }, { orderBy: { code: 'asc' } }) : [];
}

export function versionsOf(ctx: RequestContext, productIds: readonly string[]): Promise<ProductVersion[]> {
  return ctx.em.find(ProductVersion, { product: { $in: [...productIds] } }, { orderBy: { version: 'asc' } });
}
