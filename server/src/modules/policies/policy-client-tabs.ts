import { Arg, Ctx, Field, Int, ObjectType, Resolver, FieldResolver, Root, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { badField, forbidden } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { registerClientPanelTab } from '../clients/client-extensions.js';
import { PolicyPage } from './policy.types.js';
import { policyRows } from './policy-list.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * The client card's policy tabs (CL-4): active, archived and foreign policies. One rule sorts a
 * policy into exactly one tab:
 * - FOREIGN: issued by another intermediary (`foreignBusiness`), whatever its cover;
 * - ACTIVE: own business, not cancelled, cover ending today or later (cover in the future included);
 * - ARCHIVED: own business whose cover has ended, or cancelled.
 * Counts and pages are batched per request (one query for a page of clients, no N+1).
 */
export enum ClientPolicyScope {
  ACTIVE = 'active',
  ARCHIVED = 'archived',
  FOREIGN = 'foreign',
}
registerEnumType(ClientPolicyScope, { name: 'ClientPolicyScope', description: 'Which of the client card\'s policy tabs.' });

/** Today as YYYY-MM-DD (the day the cover is compared with). */
/** The rule above as SQL over the policy alias `p`, one condition per scope; `?` is today. */
const SCOPE_SQL: Record<ClientPolicyScope, string> = {
  [ClientPolicyScope.FOREIGN]: 'p.foreign_business',
  [ClientPolicyScope.ACTIVE]: `not p.foreign_business and p.status <> 'cancelled' and p.cover_end >= ?::date`,
  [ClientPolicyScope.ARCHIVED]: `not p.foreign_business and (p.status = 'cancelled' or p.cover_end < ?::date)`,
};
const scopeParams = (scope: ClientPolicyScope, day: string) => (scope === ClientPolicyScope.FOREIGN ? [] : [day]);

type Counts = Record<ClientPolicyScope, number>;

/** The three tab counts of a batch of clients, in one grouped query per request. */
function tabCounts(ctx: RequestContext, clientId: string): Promise<Counts> {
  return ctx.loaders
    .custom<Counts>('client.policyTabCounts', async (ids) => {
      const day = await companyToday(ctx);
      const rows = await ctx.em.execute<Array<{ client_id: string; active: number; archived: number; foreign: number }>>(
        `select p.client_id, count(*) filter (where ${SCOPE_SQL.active})::int as active, count(*) filter (where ${SCOPE_SQL.archived})::int as archived,
                count(*) filter (where ${SCOPE_SQL.foreign})::int as "foreign"
           from policy p where p.company_id = ? and p.client_id = any(?::uuid[]) group by p.client_id`,
        [day, day, ctx.requireCompany(), `{${ids.join(',')}}`],
      );
      const map = new Map(rows.map((r) => [r.client_id, { active: r.active, archived: r.archived, foreign: r.foreign }]));
      return ids.map((id) => map.get(id) ?? { active: 0, archived: 0, foreign: 0 });
    })
    .load(clientId);
}

const countsFor = (scope: ClientPolicyScope) => async (ctx: RequestContext, ids: readonly string[]) => Promise.all(ids.map(async (id) => (await tabCounts(ctx, id))[scope]));

registerClientPanelTab({ key: 'activePolicies', title: 'Active policies', right: 'policies:view', order: 100, count: countsFor(ClientPolicyScope.ACTIVE) });
registerClientPanelTab({ key: 'archivedPolicies', title: 'Archived policies', right: 'policies:view', order: 110, count: countsFor(ClientPolicyScope.ARCHIVED) });
registerClientPanelTab({ key: 'foreignPolicies', title: 'Foreign policies', right: 'policies:view', order: 120, count: countsFor(ClientPolicyScope.FOREIGN) });

@ObjectType({ description: "The number of a client's policies in each tab." })
export class ClientPolicyCounts {
  @Field(() => Int) active!: number;
  @Field(() => Int) archived!: number;
  @Field(() => Int) foreign!: number;
}

/** Fields on Client for its policy tabs; they need policies:view (FORBIDDEN otherwise). */
@Resolver(() => Client)
export class PolicyClientTabsResolver {
  @FieldResolver(() => PolicyPage, { description: "The client's policies of one tab (CL-4): by cover start, newest first. Needs policies:view." })
  policies(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Arg('scope', () => ClientPolicyScope) scope: ClientPolicyScope,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<PolicyPage> {
    if (!ctx.can('policies:view')) throw forbidden();
    if (first < 1 || first > 200) throw badField('first', 'out_of_range', 'Between 1 and 200.');
    if (offset < 0) throw badField('offset', 'out_of_range', 'Zero or more.');
    const [limit, skip] = [first, offset];
    return ctx.loaders
      .custom<PolicyPage>(`client.policies.${scope}.${limit}.${skip}`, async (ids) => {
        const rows = await policyRows(ctx, {
          where: `p.client_id = any(?::uuid[]) and ${SCOPE_SQL[scope]}`,
          params: [`{${ids.join(',')}}`, ...scopeParams(scope, await companyToday(ctx))],
          order: 'p.cover_start desc, p.number asc, p.id asc',
          limit,
          offset: skip,
          perClient: true,
        });
        const pages = new Map<string, PolicyPage>();
        for (const r of rows) {
          const page = pages.get(r.clientId!) ?? { items: [], total: r.total };
          if (r.policy) page.items.push(r.policy);
          pages.set(r.clientId!, page);
        }
        // a client with fewer policies than the offset has no row: its total is counted separately
        const missing = ids.filter((id) => !pages.has(id));
        const counts = missing.length ? await Promise.all(missing.map((id) => tabCounts(ctx, id))) : [];
        missing.forEach((id, k) => pages.set(id, { items: [], total: counts[k][scope] }));
        return ids.map((id) => pages.get(id)!);
      })
      .load(client.id);
  }

  @FieldResolver(() => ClientPolicyCounts, { description: "How many of the client's policies are in each tab. Needs policies:view." })
  async policyCounts(@Root() client: Client, @Ctx() ctx: RequestContext): Promise<ClientPolicyCounts> {
    if (!ctx.can('policies:view')) throw forbidden();
    return tabCounts(ctx, client.id);
  }
}
