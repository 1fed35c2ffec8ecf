import type { RequestContext } from '../../core/context.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { Product, ProductVersion } from './product.entity.js';
import { OfferStatus, ProductVersionStatus, QuoteRequestStatus } from './product.enums.js';
import type { ProductsDashboard } from './product.types.js';
import { addDays } from './offer.service.js';

/** Monday of the week of a date, YYYY-MM-DD (UTC). */
export function weekOf(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  return addDays(d.toISOString().slice(0, 10), -day);
}

/** The products module's key figures: versions by status, offers per product per week (8 weeks), conversion, requests waiting. */
export async function productsDashboard(ctx: RequestContext, now = new Date()): Promise<ProductsDashboard> {
  ctx.requireCompany();
  const since = new Date(`${addDays(weekOf(now), -7 * 7)}T00:00:00Z`);
  const [versions, products, offers, recent, requestsWaiting] = await Promise.all([
    ctx.em.find(ProductVersion, {}, { fields: ['status'] }),
    ctx.em.find(Product, {}, { fields: ['code'] }),
    ctx.em.find(ProductOffer, { test: false }, { fields: ['status'] }),
    ctx.em.find(ProductOffer, { test: false, createdAt: { $gte: since } }, { fields: ['version', 'createdAt'], populate: ['version'] }),
    ctx.em.count(QuoteRequest, { status: QuoteRequestStatus.WAITING }),
  ]);
  const byStatus = Object.values(ProductVersionStatus).map((status) => ({ status, count: versions.filter((v) => v.status === status).length }));
  const code = new Map(products.map((p) => [p.id, p.code]));
  const weeks = new Map<string, { productCode: string; week: string; quotes: number }>();
  for (const o of recent) {
    const productCode = code.get(o.version.getEntity().product.id) ?? '?';
    const week = weekOf(o.createdAt);
    const k = `${productCode}|${week}`;
    const row = weeks.get(k) ?? { productCode, week, quotes: 0 };
    row.quotes++;
    weeks.set(k, row);
  }
  const converted = offers.filter((o) => o.status === OfferStatus.POLICY).length;
  const rate = offers.length ? ((BigInt(converted) * 10000n + BigInt(offers.length) / 2n) / BigInt(offers.length)) : 0n;
  return {
    byStatus,
    quotesPerWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week) || a.productCode.localeCompare(b.productCode)),
    offers: offers.length,
    converted,
    conversionRate: `${rate / 100n}.${String(rate % 100n).padStart(2, '0')}`,
    requestsWaiting,
  };
}
