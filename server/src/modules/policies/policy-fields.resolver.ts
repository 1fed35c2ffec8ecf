import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Client } from '../clients/client.entity.js';
import { PolicyInstallment } from './installment.entity.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';
import { allowedTransitions } from './policy-status.js';
import { attachedRelation } from './policy-list.js';

/**
 * The related records of a policy: read with a list's rows (policy-list.ts), else batched per request (one query for a page of policies).
 * A relation read with the row is answered at once, not as a promise: a page of 50 policies then costs GraphQL no promise per relation.
 */
@Resolver(() => Policy)
export class PolicyFieldsResolver {
  @FieldResolver(() => Client, { description: 'The policyholder.' })
  client(@Root() p: Policy, @Ctx() ctx: RequestContext): Client | Promise<Client> {
    return attachedRelation<Client>(p, 'client') ?? (ctx.loaders.byId(Client).load(p.client.id) as Promise<Client>);
  }

  @FieldResolver(() => Insurer)
  insurer(@Root() p: Policy, @Ctx() ctx: RequestContext): Insurer | Promise<Insurer> {
    return attachedRelation<Insurer>(p, 'insurer') ?? (ctx.loaders.byId(Insurer).load(p.insurer.id) as Promise<Insurer>);
  }

  @FieldResolver(() => LineOfBusiness)
  line(@Root() p: Policy, @Ctx() ctx: RequestContext): LineOfBusiness | Promise<LineOfBusiness> {
    return attachedRelation<LineOfBusiness>(p, 'line') ?? (ctx.loaders.byId(LineOfBusiness).load(p.line.id) as Promise<LineOfBusiness>);
  }

  @FieldResolver(() => [PolicyStatus], { description: 'The statuses this policy may move to now.' })
  allowedStatuses(@Root() p: Policy): PolicyStatus[] {
    return [...allowedTransitions(p.status)];
  }

  @FieldResolver(() => [PolicyInstallment], { description: 'The installment schedule, in order.' })
  installments(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<PolicyInstallment[]> {
    return ctx.loaders
      .custom<PolicyInstallment[]>('policy.installments', async (ids) => {
        const rows = await ctx.em.find(PolicyInstallment, { policy: { $in: [...ids] } }, { orderBy: { seq: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.policy.id === id));
      })
      .load(p.id);
  }
}

@Resolver(() => PolicyInstallment)
export class PolicyInstallmentFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether billing marked the installment paid.' })
  paid(@Root() r: PolicyInstallment): boolean {
    return !!r.paidAt;
  }
}
