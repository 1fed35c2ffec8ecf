import type { RequestContext } from '../../core/context.js';
import type { ProductQuestion, RatingRules } from './product-design.types.js';
import type { ProductVersionStatus } from './product.enums.js';

/**
 * What a quote needs from the database besides the (cached) design, in one statement each (issue #10,
 * "Speed"): the version's status and number, its product and the line's tax rate — read on every
 * quote, never cached. Raw SQL (listed in core/tenant-bypass.ts): the active company in the WHERE and
 * in every join, and row-level security applies too, so another company's id finds nothing.
 */
export interface VersionFacts {
  id: string;
  version: number;
  status: ProductVersionStatus;
  productId: string;
  taxRate: string;
}

interface FactsRow {
  id: string;
  version: number;
  status: ProductVersionStatus;
  product_id: string;
  tax_rate: string;
  currency: string;
  locale: string;
}

const FACTS = `
  select v.id, v.version, v.status, v.product_id, l.default_tax_rate::text as tax_rate, c.currency, c.locale
    from product_version v
    join product p on p.company_id = v.company_id and p.id = v.product_id
    join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
    join company c on c.id = v.company_id`;

const facts = (r: FactsRow): VersionFacts => ({ id: r.id, version: Number(r.version), status: r.status, productId: r.product_id, taxRate: r.tax_rate });

/** The version `id` of the active company (the caller checked it is a uuid), or null. */
export async function versionFacts(ctx: RequestContext, id: string): Promise<VersionFacts | null> {
  const [r] = await ctx.em.execute<FactsRow[]>(`${FACTS} where v.company_id = ? and v.id = ?`, [ctx.requireCompany(), id]);
  return r ? facts(r) : null;
}

/** The published version of the active company's product `productId` (a uuid), with the company's currency and language, or null. */
export async function publishedFacts(ctx: RequestContext, productId: string): Promise<(VersionFacts & { currency: string; locale: string }) | null> {
  const [r] = await ctx.em.execute<FactsRow[]>(`${FACTS} where v.company_id = ? and v.product_id = ? and v.status = 'published'`, [ctx.requireCompany(), productId]);
  return r ? { ...facts(r), currency: r.currency.trim(), locale: r.locale } : null;
}

/** A version's design (questions and rules), of the active company. */
export async function versionDesign(ctx: RequestContext, id: string): Promise<{ questions: ProductQuestion[]; rating: RatingRules }> {
  const [r] = await ctx.em.execute<Array<{ questions: ProductQuestion[]; rating: RatingRules }>>(
    `select v.questions, v.rating from product_version v where v.company_id = ? and v.id = ?`,
    [ctx.requireCompany(), id],
  );
  if (!r) throw new Error(`product version ${id} vanished`);
  return r;
}
