import type { Right } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';

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
 *    - export: the module's data about the client for the GDPR export.
 *
 * All hooks run in the request's transaction with its context: company scope and audit apply.
 */
export interface LegalHold {
  /** Machine-readable reason, e.g. `documents`, `complaints`, `policies`. */
  reason: string;
  count: number;
  message: string;
}

export interface ClientExtension {
  key: string;
  legalHolds?(ctx: RequestContext, clientId: string): Promise<LegalHold[]>;
  remove?(ctx: RequestContext, clientId: string): Promise<void>;
  merge?(ctx: RequestContext, fromId: string, toId: string): Promise<void>;
  erase?(ctx: RequestContext, clientId: string): Promise<Record<string, number>>;
  export?(ctx: RequestContext, clientId: string): Promise<Record<string, unknown>>;
}

export interface ClientPanelTab {
  key: string;
  title: string;
  /** Shown only to users holding this right. */
  right: Right;
  order: number;
  /** Counts for a batch of clients (one query for a list, no N+1). */
  count?(ctx: RequestContext, clientIds: readonly string[]): Promise<number[]>;
}

const extensions = new Map<string, ClientExtension>();
const tabs = new Map<string, ClientPanelTab>();

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
 * A panel tab's counts for a batch of cards in one grouped statement (row-level security scopes it
 * to the active company): the rows of `table` per `client_id`, optionally under `where` (SQL over the
 * table, no parameters). `table` and `where` are the calling module's constants, never user input.
 */
export async function countRowsByClient(ctx: RequestContext, table: string, ids: readonly string[], where = 'true'): Promise<number[]> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  if (!ids.length) return [];
  const rows = await ctx.em.execute<Array<{ client_id: string; n: number }>>(
    `select client_id, count(*)::int as n from ${table} where company_id = ? and client_id = any(?::uuid[]) and (${where}) group by client_id`,
    [ctx.requireCompany(), `{${ids.join(',')}}`],
  );
  const map = new Map(rows.map((r) => [r.client_id, r.n]));
  return ids.map((id) => map.get(id) ?? 0);
}
