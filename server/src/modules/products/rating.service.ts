import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { ClientKind } from '../clients/client.enums.js';
import { LineOfBusiness } from '../policies/line-of-business.entity.js';
import { Vehicle } from '../policies/vehicles/vehicle.entity.js';
import { type AnswerLookup, checkAnswers } from './answers.js';
import type { Answer, AnswerInput } from './product-design.types.js';
import { Product, type ProductVersion } from './product.entity.js';
import { ProductVersionStatus as S } from './product.enums.js';
import { QUOTABLE } from './product-status.js';
import { type Breakdown, rateCompiled } from './rating.js';
import { type CompiledVersion, compiledVersions } from './rating-cache.js';
import { type VersionFacts, versionDesign, versionFacts } from './rating-facts.js';
import { isUuid } from '../clients/client.service.js';

/** Rating a quote (PR-2): answers checked on the server, then the version's rules; non-published versions are TEST. */

export function answerLookup(ctx: RequestContext): AnswerLookup {
  return {
    async vehicle(id) {
      const v = await ctx.em.findOne(Vehicle, { id }, { fields: ['id', 'plateDisplay'] });
      return v?.plateDisplay ?? null;
    },
    async person(id) {
      const c = await ctx.em.findOne(Client, { id, kind: ClientKind.PERSON, erasedAt: null }, { fields: ['id', 'displayName'] });
      return c?.displayName ?? null;
    },
  };
}

/** The answers checked against the version's questionnaire (BAD_USER_INPUT naming `answers.<question>`). */
export async function validAnswers(ctx: RequestContext, v: ProductVersion, input: AnswerInput[]): Promise<Answer[]> {
  const { issues, answers } = await checkAnswers(v.questions, input, answerLookup(ctx));
  if (issues.length) throw badInput(issues);
  return answers;
}

/**
 * Which versions a person may rate: test and published ones with products:view; drafts and versions
 * waiting for approval only as the designer's preview (products:edit). A retired version is CONFLICT.
 */
export function assertRatable(ctx: RequestContext, v: Pick<ProductVersion, 'status' | 'version'>, forOffer: boolean): void {
  if (v.status === S.RETIRED) throw conflict(`Version ${v.version} is retired; quote the published version.`, { status: v.status });
  if (QUOTABLE.includes(v.status)) return;
  if (forOffer) throw conflict(`Version ${v.version} is ${v.status}: offers are made on versions in test or published.`, { status: v.status });
  if (!ctx.can('products:edit')) throw forbidden('Previewing a version not yet in test needs the right products:edit.');
}

export async function rateVersion(ctx: RequestContext, v: ProductVersion, answers: Answer[]): Promise<Breakdown> {
  const product = await ctx.em.findOneOrFail(Product, { id: v.product.id });
  const line = await ctx.em.findOneOrFail(LineOfBusiness, { id: product.line.id });
  const compiled = v.status === S.PUBLISHED ? await compiledVersions.published(v.id, async () => v) : compiledVersions.compile(v.id, v.questions, v.rating);
  return rateCompiled(compiled.rules, compiled.questions, answers, line.defaultTaxRate, v.status !== S.PUBLISHED);
}

/** A version's questions and compiled rules: a published version's from the cache (compiled once), any other's compiled now. */
export async function compiledVersion(ctx: RequestContext, f: VersionFacts): Promise<CompiledVersion> {
  if (f.status === S.PUBLISHED) return compiledVersions.published(f.id, () => versionDesign(ctx, f.id));
  const d = await versionDesign(ctx, f.id);
  return compiledVersions.compile(f.id, d.questions, d.rating);
}

/**
 * Rates answers on a version (the staff's rateQuote): NOT_FOUND for another company's version,
 * the version's status checked (assertRatable), the answers checked (BAD_USER_INPUT), then rated.
 * One statement for the version's facts; the design of a published version comes compiled from the cache.
 */
export async function quoteVersion(ctx: RequestContext, versionId: string, input: AnswerInput[]): Promise<{ answers: Answer[]; breakdown: Breakdown }> {
  ctx.requireCompany();
  const f = isUuid(versionId) ? await versionFacts(ctx, versionId) : null;
  if (!f) throw notFound('Product version');
  assertRatable(ctx, f, false);
  const v = await compiledVersion(ctx, f);
  const { issues, answers } = await checkAnswers(v.questions, input, answerLookup(ctx));
  if (issues.length) throw badInput(issues);
  return { answers, breakdown: rateCompiled(v.rules, v.questions, answers, f.taxRate, f.status !== S.PUBLISHED) };
}
