import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { User } from '../base/users/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from './claim.entity.js';
import { ClaimStatus } from './claim.enums.js';
import { type Running, runningTotals, totalsOf } from './claim-money.service.js';
import { allowedClaimTransitions } from './claim-status.js';
import { ClaimMoneyEntry, ClaimTotals } from './claim.types.js';

/** The related records of a claim, batched per request (one query per relation for a page of claims). */
@Resolver(() => Claim)
export class ClaimFieldsResolver {
  @FieldResolver(() => Client)
  async client(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<Client> {
    return (await ctx.loaders.byId(Client).load(c.client.id))!;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy (null without one, or without the right policies:view).' })
  async policy(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    if (!c.policy || !ctx.can('policies:view')) return null;
    return ctx.loaders.byId(Policy).load(c.policy.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The handler\'s name.' })
  async handlerName(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!c.handlerId) return null;
    return (await ctx.loaders.byId(User).load(c.handlerId))?.displayName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'HH:MM' })
  lossTime(@Root() c: Claim): string | null {
    return c.lossTime ? String(c.lossTime).slice(0, 5) : null;
  }

  @FieldResolver(() => [ClaimStatus], { description: 'The statuses this claim may move to now.' })
  allowedStatuses(@Root() c: Claim): ClaimStatus[] {
    return [...allowedClaimTransitions(c.status)];
  }

  @FieldResolver(() => [ClaimParty])
  parties(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<ClaimParty[]> {
    return ctx.loaders
      .custom<ClaimParty[]>('claim.parties', async (ids) => {
        const rows = await ctx.em.find(ClaimParty, { claim: { $in: [...ids] } }, { orderBy: { seq: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.claim.id === id));
      })
      .load(c.id);
  }

  @FieldResolver(() => [ClaimStatusChange], { description: 'The workflow steps, oldest first.' })
  history(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<ClaimStatusChange[]> {
    return ctx.loaders
      .custom<ClaimStatusChange[]>('claim.history', async (ids) => {
        const rows = await ctx.em.find(ClaimStatusChange, { claim: { $in: [...ids] } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.claim.id === id));
      })
      .load(c.id);
  }

  @FieldResolver(() => [ClaimMoneyEntry], { description: 'Reserves and payments in order, each with the running totals after it.' })
  async money(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<ClaimMoneyEntry[]> {
    return (await running(ctx, c.id)).entries;
  }

  @FieldResolver(() => ClaimTotals)
  async totals(@Root() c: Claim, @Ctx() ctx: RequestContext): Promise<ClaimTotals> {
    return totalsOf(await running(ctx, c.id));
  }
}

function running(ctx: RequestContext, claimId: string): Promise<Running> {
  return ctx.loaders
    .custom<Running>('claim.money', async (ids) => {
      const rows = await ctx.em.find(ClaimMoney, { claim: { $in: [...ids] } }, { orderBy: { seq: 'asc' } });
      return ids.map((id) => runningTotals(rows.filter((r) => r.claim.id === id)));
    })
    .load(claimId);
}

@Resolver(() => ClaimStatusChange)
export class ClaimStatusChangeFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who moved the claim.' })
  async changedByName(@Root() s: ClaimStatusChange, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!s.changedBy) return null;
    return (await ctx.loaders.byId(User).load(s.changedBy))?.displayName ?? null;
  }
}

/** Client.claims: the client panel tab "claims" (CL-4); empty without claims:view. */
@Resolver(() => Client)
export class ClientClaimsResolver {
  @FieldResolver(() => [Claim], { description: 'The claims of the client, newest report first (right claims:view; empty without it).' })
  claims(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    if (!ctx.can('claims:view')) return Promise.resolve([]);
    return ctx.loaders
      .custom<Claim[]>('client.claims', async (ids) => {
        const rows = await ctx.em.find(Claim, { client: { $in: [...ids] } }, { orderBy: { reportedAt: 'desc', id: 'desc' }, disableIdentityMap: true });
        return ids.map((id) => rows.filter((r) => r.client.id === id));
      })
      .load(client.id);
  }
}

/** Policy.claims: the claims made under a policy (claims:view; empty without it). */
@Resolver(() => Policy)
export class PolicyClaimsResolver {
  @FieldResolver(() => [Claim], { description: 'Claims under this policy (right claims:view; empty without it).' })
  claims(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    if (!ctx.can('claims:view')) return Promise.resolve([]);
    return ctx.loaders
      .custom<Claim[]>('policy.claims', async (ids) => {
        const rows = await ctx.em.find(Claim, { policy: { $in: [...ids] } }, { orderBy: { reportedAt: 'desc', id: 'desc' }, disableIdentityMap: true });
        return ids.map((id) => rows.filter((r) => r.policy?.id === id));
      })
      .load(p.id);
  }
}
