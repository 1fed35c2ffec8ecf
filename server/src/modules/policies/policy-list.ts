import type { GraphQLResolveInfo } from 'graphql';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context.js';
import { attach, attached, columnsFor, mapRow, prefixedColumns, requestedFields } from '../../core/list-rows.js';
import { Client } from '../clients/client.entity.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { Policy } from './policy.entity.js';
import { prepared } from '../../db/prepared.js';

/**
 * Policy lists in one statement each (the list page, the renewals list, the client card's tabs): the
 * page of policies with their client, insurer and line, and the total — plain rows, not managed
 * entities (core/list-rows.ts), so that a page of 50 costs one round trip and nothing at the request's
 * flush. The relations travel attached to each row; `Policy.client`, `.insurer` and `.line` use them
 * and fall back to their DataLoader for a policy read otherwise.
 *
 * `where` is SQL over the policy alias `p` with `?` parameters; row-level security scopes every
 * statement to the active company, and the company condition is also explicit, for the indexes.
 */
export interface PolicyListQuery {
  where: string;
  params: unknown[];
  order: string;
  limit: number;
  offset: number;
  /** Window the page per client (the client card's tabs for a batch of clients). */
  perClient?: boolean;
  /**
   * `where` holds no condition but the company's: the total is the company's tally of policies
   * (row_tally, migration 0044), kept as policies are written, instead of a count of every policy.
   */
  everyPolicy?: boolean;
  /** Only the columns these fields need (a list page's query); every column without. */
  fields?: PolicyListFields;
}

/** The fields a list query asks of its policies and of their client, insurer and line. */
export interface PolicyListFields {
  policy: ReadonlySet<string>;
  client: ReadonlySet<string>;
  insurer: ReadonlySet<string>;
  line: ReadonlySet<string>;
}

/** The fields asked under `items` of a page (`policies`, `renewalsDue`). */
export function policyListFields(info: GraphQLResolveInfo): PolicyListFields {
  return {
    policy: requestedFields(info, ['items']),
    client: requestedFields(info, ['items', 'client']),
    insurer: requestedFields(info, ['items', 'insurer']),
    line: requestedFields(info, ['items', 'line']),
  };
}

const RELATIONS = ['client', 'insurer', 'line'];
const REFERENCES = ['client_id', 'insurer_id', 'line_id', 'previous_id'];

/** The policy's columns to select from alias `x`: those `fields` need (with its references and row number), or all. */
function policyColumns(em: EntityManager, fields: ReadonlySet<string> | undefined): string {
  const columns = fields ? columnsFor(em, Policy, fields, RELATIONS) : '*';
  return columns === '*' ? 'x.*' : [...new Set([...columns, ...REFERENCES, 'x_n'])].map((c) => `x.${c}`).join(', ');
}

/** A relation's columns named with `prefix` (`mapRow(em, entity, row, prefix)`): those `fields` need, or all. */
function relationColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix: string, fields: ReadonlySet<string> | undefined): string {
  const columns = fields ? columnsFor(em, entity, fields, []) : '*';
  return columns === '*' ? prefixedColumns(em, entity, alias, prefix) : columns.map((c) => `${alias}.${c} as ${prefix}${c}`).join(', ');
}

export async function policyRows(ctx: RequestContext, q: PolicyListQuery): Promise<Array<{ policy: Policy | null; total: number; clientId: string | null }>> {
  const companyId = ctx.requireCompany();
  const em = ctx.em;
  const where = `p.company_id = ? and (${q.where})`;
  const partition = q.perClient ? 'partition by p.client_id ' : '';
  // the totals come with the rows: a window count per client, or one count for the whole list (the
  // company's tally when nothing is filtered). A page's keys are found first, so that its offset walks
  // the list's index only; then their rows are read. The keys are MATERIALIZED: left to inline them, the
  // planner put their scan inside a nested loop over a small company's policies (once per policy).
  const rows = await prepared(em).execute<Record<string, unknown>>(
    q.perClient
      ? `select x.*, ${prefixedColumns(em, Client, 'c', 'c_')}, ${prefixedColumns(em, Insurer, 'i', 'i_')}, ${prefixedColumns(em, LineOfBusiness, 'l', 'l_')}
           from (select p.*, row_number() over (${partition}order by ${q.order}) as x_n, count(*) over (${partition}) as x_total
                   from policy p where ${where}) x
           join client c on c.company_id = x.company_id and c.id = x.client_id
           join insurer i on i.company_id = x.company_id and i.id = x.insurer_id
           join line_of_business l on l.company_id = x.company_id and l.id = x.line_id
          where x.x_n > ? and x.x_n <= ?
          order by x.client_id, x.x_n`
      : `with total as (${q.everyPolicy ? `select coalesce(sum(t.n), 0)::int as n from row_tally t where t.company_id = ? and t.subject = 'policy'` : `select count(*)::int as n from policy p where ${where}`}),
              keys as materialized (select p.id, row_number() over (order by ${q.order}) as x_n from policy p where ${where} order by ${q.order} limit ? offset ?),
              page as (select p.*, k.x_n from keys k join policy p on p.company_id = ? and p.id = k.id)
         select t.n as x_total, ${policyColumns(em, q.fields?.policy)}, ${relationColumns(em, Client, 'c', 'c_', q.fields?.client)},
                ${relationColumns(em, Insurer, 'i', 'i_', q.fields?.insurer)}, ${relationColumns(em, LineOfBusiness, 'l', 'l_', q.fields?.line)}
           from total t
           left join page x on true
           left join client c on c.company_id = x.company_id and c.id = x.client_id
           left join insurer i on i.company_id = x.company_id and i.id = x.insurer_id
           left join line_of_business l on l.company_id = x.company_id and l.id = x.line_id
          order by x.x_n`,
    q.perClient
      ? [companyId, ...q.params, q.offset, q.offset + q.limit]
      : [companyId, ...(q.everyPolicy ? [] : q.params), companyId, ...q.params, q.limit, q.offset, companyId],
  );
  return rows.map((row) => {
    // the foreign keys become references as the entity has them (`policy.client.id`), as own
    // properties: the entity prototype's relation accessors need a managed entity
    const policy = mapRow(em, Policy, row) as (Policy & Record<string, unknown>) | null;
    if (policy) {
      // the foreign keys become references as the entity has them (`policy.client.id`), as plain own
      // properties (list-rows.ts: rowPrototype)
      policy.client = (row.client_id ? { id: row.client_id } : null) as never;
      policy.insurer = (row.insurer_id ? { id: row.insurer_id } : null) as never;
      policy.line = (row.line_id ? { id: row.line_id } : null) as never;
      policy.previous = (row.previous_id ? { id: row.previous_id } : null) as never;
      attach(policy, {
        client: mapRow(em, Client, row, 'c_'),
        insurer: mapRow(em, Insurer, row, 'i_'),
        line: mapRow(em, LineOfBusiness, row, 'l_'),
      });
    }
    return { policy, total: Number(row.x_total ?? 0), clientId: (row.client_id as string | undefined) ?? null };
  });
}

/** A page of policies and the total (the list page, the renewals list). */
export async function policyPage(ctx: RequestContext, q: Omit<PolicyListQuery, 'perClient'>): Promise<{ items: Policy[]; total: number }> {
  const rows = await policyRows(ctx, q);
  return { items: rows.flatMap((r) => (r.policy ? [r.policy] : [])), total: rows[0]?.total ?? 0 };
}

/** The relation read with a list row, or null when the policy was read otherwise. */
export function attachedRelation<T>(policy: Policy, key: 'client' | 'insurer' | 'line'): T | null {
  const a = attached<T>(policy, key);
  return a.found ? a.value : null;
}
