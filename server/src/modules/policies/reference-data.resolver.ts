import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { InsurerInput, LineOfBusinessInput } from './policy.inputs.js';
import { createInsurer, deleteInsurer, listInsurers, listLines, updateInsurer, updateLine } from './reference-data.service.js';

/** Insurers and lines of business of the company (issue #9 §1). */
@Resolver()
export class PolicyReferenceDataResolver {
  @Query(() => [Insurer], { description: "The company's insurers, by name." })
  insurers(@Ctx() ctx: RequestContext): Promise<Insurer[]> {
    return listInsurers(ctx);
  }

  @Query(() => [LineOfBusiness], { description: "The company's ten lines of business (named for its country), by name." })
  linesOfBusiness(@Ctx() ctx: RequestContext): Promise<LineOfBusiness[]> {
    return listLines(ctx);
  }

  @Mutation(() => Insurer)
  createInsurer(@Ctx() ctx: RequestContext, @Arg('input', () => InsurerInput) input: InsurerInput): Promise<Insurer> {
    return createInsurer(ctx, input);
  }

  @Mutation(() => Insurer)
  updateInsurer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => InsurerInput) input: InsurerInput): Promise<Insurer> {
    return updateInsurer(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an insurer no policy refers to (CONFLICT otherwise).' })
  deleteInsurer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteInsurer(ctx, id);
  }

  @Mutation(() => LineOfBusiness, { description: 'Renames a line of business or changes its default tax rate.' })
  updateLineOfBusiness(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => LineOfBusinessInput) input: LineOfBusinessInput): Promise<LineOfBusiness> {
    return updateLine(ctx, id, input);
  }
}
