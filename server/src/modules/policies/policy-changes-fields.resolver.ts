import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { User } from '../base/users/user.entity.js';
import { ClientAddress } from '../clients/address.entity.js';
import { Client } from '../clients/client.entity.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';
import { PolicyVersionChange, PolicyVersionTerms } from './policy-changes.types.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';
import { PolicyVersion } from './policy-version.entity.js';
import { renewalChain } from './renewal.service.js';
import { companyToday } from '../../core/company-calendar.js';

/** Statuses that take a policy out of the active portfolio whatever its cover. */
const ARCHIVED_STATUSES: readonly PolicyStatus[] = [PolicyStatus.CANCELLED, PolicyStatus.DORMANT];

/** Rows of a child table of a policy, batched per request (one query for a page of policies). */
function childrenOf<T extends { policy: { id: string } }>(ctx: RequestContext, key: string, load: (ids: readonly string[]) => Promise<T[]>, policyId: string): Promise<T[]> {
  return ctx.loaders
    .custom<T[]>(key, async (ids) => {
      const rows = await load(ids);
      return ids.map((id) => rows.filter((r) => r.policy.id === id));
    })
    .load(policyId);
}

@Resolver(() => Policy)
export class PolicyChangesFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Active (not archived): the cover has not ended and the policy is neither cancelled nor dormant.' })
  async active(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<boolean> {
    return p.coverEnd >= (await companyToday(ctx)) && !ARCHIVED_STATUSES.includes(p.status);
  }

  @FieldResolver(() => [PolicyVersion], { description: 'Every version, oldest first: 1 as issued, then one per endorsement.' })
  versions(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<PolicyVersion[]> {
    return childrenOf(ctx, 'policy.versions', (ids) => ctx.em.find(PolicyVersion, { policy: { $in: [...ids] } }, { orderBy: { version: 'asc' } }), p.id);
  }

  @FieldResolver(() => [PolicyInsuredPerson])
  insuredPersons(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<PolicyInsuredPerson[]> {
    return childrenOf(ctx, 'policy.insuredPersons', (ids) => ctx.em.find(PolicyInsuredPerson, { policy: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), p.id);
  }

  @FieldResolver(() => [PolicyInsuredObject], { description: 'Insured objects, removed ones included (removedOn set).' })
  insuredObjects(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<PolicyInsuredObject[]> {
    return childrenOf(ctx, 'policy.insuredObjects', (ids) => ctx.em.find(PolicyInsuredObject, { policy: { $in: [...ids] } }, { orderBy: { addedOn: 'asc', createdAt: 'asc', id: 'asc' } }), p.id);
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy this one renews (the previous period).' })
  async previous(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    return p.previous ? ctx.loaders.byId(Policy).load(p.previous.id) : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy renewing this one (the next period).' })
  renewedBy(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    return ctx.loaders
      .custom<Policy | null>('policy.renewedBy', async (ids) => {
        const rows = await ctx.em.find(Policy, { previous: { $in: [...ids] } });
        return ids.map((id) => rows.find((r) => r.previous?.id === id) ?? null);
      })
      .load(p.id);
  }

  @FieldResolver(() => [Policy], { description: 'The renewal chain this policy belongs to, first period first (itself included).' })
  renewalChain(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return renewalChain(ctx, p);
  }
}

@Resolver(() => PolicyVersion)
export class PolicyVersionFieldsResolver {
  @FieldResolver(() => [PolicyVersionChange])
  changes(@Root() v: PolicyVersion): PolicyVersionChange[] {
    return v.changes;
  }

  @FieldResolver(() => PolicyVersionTerms)
  terms(@Root() v: PolicyVersion): PolicyVersionTerms {
    return v.terms as PolicyVersionTerms;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who recorded the version (null: the platform, e.g. a tacit renewal).' })
  async createdByName(@Root() v: PolicyVersion, @Ctx() ctx: RequestContext): Promise<string | null> {
    return v.createdBy ? ((await ctx.loaders.byId(User).load(v.createdBy))?.displayName ?? null) : null;
  }
}

@Resolver(() => PolicyInsuredPerson)
export class PolicyInsuredPersonFieldsResolver {
  @FieldResolver(() => Client)
  async client(@Root() r: PolicyInsuredPerson, @Ctx() ctx: RequestContext): Promise<Client> {
    return (await ctx.loaders.byId(Client).load(r.client.id))!;
  }
}

@Resolver(() => PolicyInsuredObject)
export class PolicyInsuredObjectFieldsResolver {
  @FieldResolver(() => ClientAddress, { nullable: true, description: 'kind address: the address on the card (null once removed from the card).' })
  async address(@Root() r: PolicyInsuredObject, @Ctx() ctx: RequestContext): Promise<ClientAddress | null> {
    return r.address ? ctx.loaders.byId(ClientAddress).load(r.address.id) : null;
  }
}
