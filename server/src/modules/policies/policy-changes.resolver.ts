import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { endorsePolicy } from './endorsement.service.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';
import { addInsuredObject, addInsuredPerson, removeInsuredPerson } from './insured.service.js';
import { EndorsementInput, InsuredObjectInput, InsuredPersonInput, RenewalsFilterInput, RenewPolicyInput } from './policy-changes.inputs.js';
import { Policy } from './policy.entity.js';
import { PolicyPage } from './policy.types.js';
import { renewalsDue, renewPolicy } from './renewal.service.js';
import { policyListFields } from './policy-list.js';

/** Policies II (issue #9 §2–§4): endorsements, renewals, insured persons and objects. */
@Resolver()
export class PolicyChangesResolver {
  @Mutation(() => Policy, { description: 'Records an endorsement: a new version of the policy; the schedule is rewritten from the effective date, paid installments untouched.' })
  endorsePolicy(@Ctx() ctx: RequestContext, @Arg('policyId', () => ID) policyId: string, @Arg('input', () => EndorsementInput) input: EndorsementInput): Promise<Policy> {
    return endorsePolicy(ctx, policyId, input);
  }

  @Query(() => PolicyPage, { description: 'Policies in force whose cover ends within 30, 60 or 90 days and that are not renewed yet, soonest first.' })
  renewalsDue(
    @Ctx() ctx: RequestContext,
    @Arg('days', () => Int) days: number,
    @Arg('filter', () => RenewalsFilterInput, { nullable: true }) filter: RenewalsFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PolicyPage> {
    return renewalsDue(ctx, days, filter ?? {}, first, offset, undefined, policyListFields(info));
  }

  @Mutation(() => Policy, { description: "Creates the next period's policy linked to this one (CONFLICT when it is already renewed)." })
  renewPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID) policyId: string,
    @Arg('input', () => RenewPolicyInput, { nullable: true }) input: RenewPolicyInput | null,
  ): Promise<Policy> {
    return renewPolicy(ctx, policyId, input ?? {});
  }

  @Mutation(() => PolicyInsuredPerson, { description: 'Adds a client of the company to a policy as insured person, driver or beneficiary.' })
  addInsuredPerson(@Ctx() ctx: RequestContext, @Arg('policyId', () => ID) policyId: string, @Arg('input', () => InsuredPersonInput) input: InsuredPersonInput): Promise<PolicyInsuredPerson> {
    return addInsuredPerson(ctx, policyId, input);
  }

  @Mutation(() => Boolean)
  removeInsuredPerson(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removeInsuredPerson(ctx, id);
  }

  @Mutation(() => PolicyInsuredObject, { description: 'Adds an object insured from the cover start (changes during the term: endorsePolicy).' })
  addInsuredObject(@Ctx() ctx: RequestContext, @Arg('policyId', () => ID) policyId: string, @Arg('input', () => InsuredObjectInput) input: InsuredObjectInput): Promise<PolicyInsuredObject> {
    return addInsuredObject(ctx, policyId, input);
  }
}
