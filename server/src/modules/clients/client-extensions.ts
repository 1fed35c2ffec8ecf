import type { Right } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { prepared } from '../../db/prepared.js';

/**
 * How other modules plug into the client card without editing this module.
 *
 * 1. Fields and tabs of the client panel (CL-4): a module adds fields to the GraphQL `Client` type
 *    with its own resolver class in its own folder, listed in modules/index.ts:
 *
 *        @Resolver(() => Client)
 *        export class PolicyClientFields {
 *          @FieldResolver(() => [Policy])
 *          activePolicies(@Root() client: Client, @Ctx() ctx: RequestContext) { ... a DataLoader ... }
 *        }
 *
 *    and announces a tab with `registerClientPanelTab` so the web can show it (`Client.panelTabs`
 *    lists the tabs the user's rights allow, with their counts).
 *
 * 2. The life cycle of a card (CL-5, CL-7): `registerClientExtension` with any of
 *    - legalHolds: what the law keeps that refers to the client; a permanent delete is refused
 *      (CONFLICT) while any hold exists;
 *    - remove: rows to delete with a card added by mistake (when there is no hold);
 *    - merge: move the module's rows from one card to another;
 *    - erase: GDPR erasure of the module's personal data (keep what the law keeps);
 *    - keptDocuments: documents of the card's own that the module's records point at (a consent's
 *      signed scan), which an erasure keeps whatever their category;
 *    - export: the module's data about the client for the GDPR export.
 *
 * 3. Search terms (CL-6): a module writes its terms to app_search.client_term under a source of its
 *    own (policy numbers: 'policy', plates: 'vehicle'), and says with `registerSearchSource` how a
 *    hit found by such a term shows what matched (the policy number, the plate) and who may see it.
 *
 * All hooks run in the request's transaction with its context: company scope and audit apply.
 */
export interface LegalHold {
  /** Machine-readable reason, e.g. `documents`, `complaints`, `policies`. */
  reason: string;
  count: number;
  message: string;
  /** The right needed to see this hold on the card (a module's own records); others see only that something else holds it. */
  right?: Right;
}

export interface ClientExtension {
  key: string;
  legalHolds?(ctx: RequestContext, clientId: string): Promise<LegalHold[]>;
  remove?(ctx: RequestContext, clientId: string): Promise<void>;
  merge?(ctx: RequestContext, fromId: string, toId: string): Promise<void>;
  erase?(ctx: RequestContext, clientId: string): Promise<Record<string, number>>;
  keptDocuments?(ctx: RequestContext, clientId: string): Promise<string[]>;
  export?(ctx: RequestContext, clientId: string): Promise<Record<string, unknown>>;
}

export interface ClientPanelTab {
  key: string;
  title: string;
  /** Shown only to users holding this right. */
  right: Right;
  order: number;
  /**
   * The count as rows of a table per `client_id` (optionally under `where`, SQL over that table's
   * columns, no parameters): every tab counted this way is read in ONE statement for the card
   * (`clientTabCounts`). `table` and `where` are the module's constants, never user input.
   */
  countRows?: { table: string; where?: string };
  /** Counts for a batch of clients (one query for a list, no N+1), when a table count cannot say it. */
  count?(ctx: RequestContext, clientIds: readonly string[]): Promise<number[]>;
}

/**
 * How a search hit shows the row whose term found it: `text` is an SQL expression over that row of
 * `table` (alias `m`, looked up by the term's source_id and the company), e.g. `m.plate`. `table` and
 * `text` are the module's constants, never user input. Shown only to users holding `right`.
 */
export interface SearchSource {
  source: string;
  right: Right;
  table: string;
  text: string;
}

const extensions = new Map<string, ClientExtension>();
const tabs = new Map<string, ClientPanelTab>();
const searchSources = new Map<string, SearchSource>();

export function registerSearchSource(source: SearchSource): void {
  if (!/^[a-z_]+$/.test(source.table) || !/^[a-z_]+$/.test(source.source)) throw new Error(`not a table or source name: ${source.table} / ${source.source}`);
  searchSources.set(source.source, source);
}

export function registeredSearchSources(): SearchSource[] {
  return [...searchSources.values()];
}

export function registerClientExtension(extension: ClientExtension): void {
  extensions.set(extension.key, extension);
}

export function clientExtensions(): ClientExtension[] {
  return [...extensions.values()];
}

export function registerClientPanelTab(tab: ClientPanelTab): void {
  tabs.set(tab.key, tab);
}

export function clientPanelTabs(): ClientPanelTab[] {
  return [...tabs.values()].sort((a, b) => a.order - b.order);
}

/**
 * The `countRows` counts of `tabs` for a batch of cards, in one statement (row-level security scopes
 * it to the active company): a row per card, a column per tab.
 */
export async function clientTabCounts(ctx: RequestContext, tabs: ClientPanelTab[], ids: readonly string[]): Promise<Array<Record<string, number>>> {
  const counted = tabs.filter((t) => t.countRows);
  if (!counted.length || !ids.length) return ids.map(() => ({}));
  const columns = counted.map((t, i) => {
    const { table, where } = t.countRows!;
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
    return `(select count(*)::int from ${table} t where t.company_id = c.company_id and t.client_id = c.id${where ? ` and (${where})` : ''}) as n${i}`;
  });
  const rows = await prepared(ctx.em).execute<Record<string, unknown>>(
    `select c.id, ${columns.join(', ')} from client c where c.company_id = ? and c.id = any(?::uuid[])`,
    [ctx.requireCompany(), `{${ids.join(',')}}`],
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.map((id) => Object.fromEntries(counted.map((t, i) => [t.key, Number(byId.get(id)?.[`n${i}`] ?? 0)])));
}
