import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';
import { CreatePolicyInput, PolicyFilterInput, PolicyInput } from './policy.inputs.js';
import { PolicyPage, PolicyStatusTransition } from './policy.types.js';
import { POLICY_STATUS_TRANSITIONS } from './policy-status.js';
import { getPolicy, listPolicies } from './policy.service.js';
import { policyListFields } from './policy-list.js';
import { createPolicy, setPolicyStatus, updatePolicy } from './policy-write.service.js';

/** Policies (PL-1): list, one policy, create, change, status. */
@Resolver()
export class PoliciesResolver {
  @Query(() => PolicyPage, { description: 'The policy list, newest first.' })
  policies(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PolicyFilterInput, { nullable: true }) filter: PolicyFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PolicyPage> {
    return listPolicies(ctx, filter ?? {}, first, offset, policyListFields(info));
  }

  @Query(() => Policy)
  policy(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Policy> {
    return getPolicy(ctx, id);
  }

  @Query(() => [PolicyStatusTransition], { description: 'The allowed status transitions (data, the same the server enforces).' })
  policyStatusTransitions(): PolicyStatusTransition[] {
    return Object.entries(POLICY_STATUS_TRANSITIONS).map(([from, to]) => ({ from: from as PolicyStatus, to: [...to] }));
  }

  @Mutation(() => Policy, { description: 'Creates a policy and its installment schedule.' })
  createPolicy(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePolicyInput) input: CreatePolicyInput): Promise<Policy> {
    return createPolicy(ctx, input);
  }

  @Mutation(() => Policy, { description: 'Changes a policy; the unpaid installments are generated again, paid ones are kept.' })
  updatePolicy(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => PolicyInput) input: PolicyInput): Promise<Policy> {
    return updatePolicy(ctx, id, input);
  }

  @Mutation(() => Policy, { description: 'Moves a policy to another status; CONFLICT (extensions.allowed) when the transition is not allowed.' })
  setPolicyStatus(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('status', () => PolicyStatus) status: PolicyStatus): Promise<Policy> {
    return setPolicyStatus(ctx, id, status);
  }
}
