import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, forbidden } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { ClientKind } from '../clients/client.enums.js';
import { LineOfBusiness } from '../policies/line-of-business.entity.js';
import { Vehicle } from '../policies/vehicles/vehicle.entity.js';
import { type AnswerLookup, checkAnswers } from './answers.js';
import type { Answer, AnswerInput } from './product-design.types.js';
import { Product, type ProductVersion } from './product.entity.js';
import { ProductVersionStatus as S } from './product.enums.js';
import { QUOTABLE } from './product-status.js';
import { type Breakdown, rate } from './rating.js';

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
export function assertRatable(ctx: RequestContext, v: ProductVersion, forOffer: boolean): void {
  if (v.status === S.RETIRED) throw conflict(`Version ${v.version} is retired; quote the published version.`, { status: v.status });
  if (QUOTABLE.includes(v.status)) return;
  if (forOffer) throw conflict(`Version ${v.version} is ${v.status}: offers are made on versions in test or published.`, { status: v.status });
  if (!ctx.can('products:edit')) throw forbidden('Previewing a version not yet in test needs the right products:edit.');
}

export async function rateVersion(ctx: RequestContext, v: ProductVersion, answers: Answer[]): Promise<Breakdown> {
  const product = await ctx.em.findOneOrFail(Product, { id: v.product.id });
  const line = await ctx.em.findOneOrFail(LineOfBusiness, { id: product.line.id });
  return rate(v.rating, v.questions, answers, line.defaultTaxRate, v.status !== S.PUBLISHED);
}
