import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { attach, columnsFor, mapRow } from '../../core/list-rows.js';
import { prepared } from '../../db/prepared.js';
import { Client } from './client.entity.js';
import { ClientAddress } from './address.entity.js';
import { ClientKind, ClientSort, ClientStatus } from './client.enums.js';
import { companySortCollation } from './client-sort.js';
import { listConditions } from './client-list-filters.js';

export interface ClientFilter {
  statuses?: ClientStatus[] | null;
  kind?: ClientKind | null;
  includeHidden?: boolean | null;
  sort?: ClientSort | null;
  /** Column filters of the list page: see client-list-filters.ts. */
  text?: string | null;
  city?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
}

/** Relations the list statement reads with the rows (attached, see core/list-rows). */
const ATTACHABLE = ['preferredEmail', 'preferredPhone', 'residence'];

/**
 * A statement's client rows as the lists serve them (the list page, the global search): the select
 * items over client alias `p` (its columns unprefixed; `x_` and `a_` are no client column prefixes),
 * the joins of the preferred e-mail and phone and of the residence, and the row's mapping to an
 * unmanaged Client with those relations attached. With `fields` (what the query asks of the clients)
 * only those columns are read and only those relations joined; every column without.
 */
export function clientRowParts(ctx: RequestContext, fields?: ReadonlySet<string>): { select: string; joins: string; client(row: Record<string, unknown>): Client | null } {
  const want = (field: string) => !fields || fields.has(field);
  const columns = fields ? columnsFor(ctx.em, Client, fields, ATTACHABLE) : '*';
  const select = [
    columns === '*' ? 'p.*' : columns.map((c) => `p.${c}`).join(', '),
    ...(want('preferredEmail') ? ['e.value as x_email'] : []),
    ...(want('preferredPhone') ? ['ph.value as x_phone'] : []),
    ...(want('residence')
      ? [`a.id as a_id, a.kind as a_kind, a.label as a_label, a.line1 as a_line1, a.line2 as a_line2, a.postal_code as a_postal_code,
          a.city as a_city, a.province as a_province, a.country as a_country, a.position as a_position`]
      : []),
  ].join(', ');
  const joins = [
    want('preferredEmail') ? preferredContactJoin('email', 'e', 'p') : '',
    want('preferredPhone') ? preferredContactJoin('phone', 'ph', 'p') : '',
    want('residence') ? `left join lateral (select * from client_address d where d.company_id = p.company_id and d.client_id = p.id and d.kind = 'residence' order by d.position limit 1) a on true` : '',
  ].join('\n');
  return {
    select,
    joins,
    client(row) {
      const client = mapRow(ctx.em, Client, row);
      if (!client) return null; // an outer join that found no card
      attach(client, {
        ...(want('preferredEmail') ? { preferredEmail: row.x_email ?? null } : {}),
        ...(want('preferredPhone') ? { preferredPhone: row.x_phone ?? null } : {}),
        ...(want('residence') ? { residence: mapRow(ctx.em, ClientAddress, row, 'a_', { client_id: row.id }) } : {}),
      });
      return client;
    },
  };
}

/** SQL: the preferred contact of `kind` of the client row `client`, joined as `alias` (its `value`). */
export function preferredContactJoin(kind: 'email' | 'phone', alias: string, client: string): string {
  return `left join lateral (select value from client_contact k where k.company_id = ${client}.company_id and k.client_id = ${client}.id and k.kind = '${kind}' and k.preferred limit 1) ${alias} on true`;
}

/** Names in the company's ICU collation (client-sort.ts), never in byte order. */
const ORDER: Record<ClientSort, (collation: string) => string> = {
  [ClientSort.NAME_ASC]: (collation) => `display_name collate ${collation} asc, id asc`,
  [ClientSort.NAME_DESC]: (collation) => `display_name collate ${collation} desc, id desc`,
  [ClientSort.NEWEST]: () => 'created_at desc, id desc',
  [ClientSort.OLDEST]: () => 'created_at asc, id asc',
};

/**
 * The staff list page (CL-5: hidden cards only when asked), in one statement: the total, the page of
 * cards, and for each its preferred e-mail and phone and its residence — what the list shows, without
 * a query per relation or an entity per row. Row-level security scopes it to the active company;
 * the company condition is also explicit, for the indexes. With `fields` (the fields the query asks of
 * the items) only those columns are read and only those relations joined.
 */
export async function listClients(ctx: RequestContext, filter: ClientFilter, first: number, offset: number, fields?: ReadonlySet<string>): Promise<{ items: Client[]; total: number }> {
  const companyId = ctx.requireCompany();
  if (first < 1 || first > 200) throw badField('first', 'out_of_range', 'Between 1 and 200.');
  if (offset < 0) throw badField('offset', 'out_of_range', 'Zero or more.');
  const statuses = filter.statuses?.length
    ? filter.statuses
    : filter.includeHidden
      ? [ClientStatus.PROSPECT, ClientStatus.ACTIVE, ClientStatus.HIDDEN]
      : [ClientStatus.PROSPECT, ClientStatus.ACTIVE];
  const conditions = listConditions(filter);
  const where = `company_id = ? and status = any(?::text[])${filter.kind ? ' and kind = ?' : ''}${conditions.map((c) => ` and ${c.sql}`).join('')}`;
  // an array parameter as a PostgreSQL array literal (the query layer would spread a JS array into a list)
  const params = [companyId, `{${statuses.join(',')}}`, ...(filter.kind ? [filter.kind] : []), ...conditions.flatMap((c) => c.params)];
  const order = ORDER[filter.sort ?? ClientSort.NAME_ASC](await companySortCollation(ctx));
  const rowParts = clientRowParts(ctx, fields);
  // a named prepared statement: planned once per connection and field selection (db/prepared.ts)
  const rows = await prepared(ctx.em).execute<Record<string, unknown>>(
    `with total as (select count(*)::int as n from client c where ${where}),
          page as (select c.*, row_number() over (order by ${order}) as x_n from client c where ${where} order by ${order} limit ? offset ?)
     select t.n as x_total, ${rowParts.select}
       from total t
       left join page p on true
       ${rowParts.joins}
      order by p.x_n`,
    [...params, ...params, first, offset],
  );
  const total = Number(rows[0]?.x_total ?? 0);
  const items: Client[] = [];
  for (const row of rows) {
    const client = rowParts.client(row);
    if (client) items.push(client); // no card: the total's row when the page is past the end
  }
  return { items, total };
}
