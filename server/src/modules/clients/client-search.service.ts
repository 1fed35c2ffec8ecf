import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { Client } from './client.entity.js';

interface SearchRow {
  client_id: string;
  score: number;
}

export interface SearchHit {
  client: Client;
  score: number;
}

const PHONE_LIKE = /^[+\d][\d\s()./-]{4,}$/;

/**
 * The search text as stored terms are: phone-like input becomes its digits (client_search() also
 * tries them without a trunk prefix 0); anything else is lowered and unaccented by the database.
 */
export function searchText(query: string): { text: string; phone: boolean } {
  const q = query.trim().replace(/\s+/g, ' ');
  if (PHONE_LIKE.test(q) && (q.match(/\d/g)?.length ?? 0) >= 5) return { text: q.replace(/\D/g, ''), phone: true };
  return { text: q, phone: false };
}

/**
 * Global search (CL-6) over names, tax codes, VAT numbers, e-mails and phones — and whatever other
 * modules add to the search terms later (policy numbers, plates): typo- and accent-tolerant (trigram
 * word similarity on unaccented text) and substring matches, ranked, in the active company only.
 * The database function client_search() (migration 0003) scopes itself to app_current_company();
 * see there why the terms live outside row-level security. Raw SQL: listed in core/tenant-bypass.ts.
 */
export async function searchClientIds(ctx: RequestContext, query: string, first: number, includeHidden: boolean): Promise<Array<{ id: string; score: number }>> {
  ctx.requireCompany();
  const { text } = searchText(query);
  if (text.length < 2) throw badField('query', 'too_short', 'At least 2 characters.');
  if (text.length > 100) throw badField('query', 'too_long', 'At most 100 characters.');
  if (first < 1 || first > 100) throw badField('first', 'out_of_range', 'Between 1 and 100.');
  const rows = await ctx.em.execute<SearchRow[]>(`select client_id, score from client_search(?, ?, ?)`, [text, first, includeHidden]);
  return rows.map((r) => ({ id: r.client_id, score: Number(r.score) }));
}

export async function searchClients(ctx: RequestContext, query: string, first: number, includeHidden: boolean): Promise<SearchHit[]> {
  const ranked = await searchClientIds(ctx, query, first, includeHidden);
  if (!ranked.length) return [];
  const clients = await ctx.em.find(Client, { id: { $in: ranked.map((r) => r.id) } }, { disableIdentityMap: true });
  const byId = new Map(clients.map((c) => [c.id, c]));
  return ranked.filter((r) => byId.has(r.id)).map((r) => ({ client: byId.get(r.id)!, score: Math.round(r.score * 1000) / 1000 }));
}
