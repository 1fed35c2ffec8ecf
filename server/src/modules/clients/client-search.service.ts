import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import type { Client } from './client.entity.js';
import { clientRowParts } from './client-list.service.js';
import { registeredSearchSources } from './client-extensions.js';

export interface SearchHit {
  client: Client;
  score: number;
  /** What found the card, when a module shows it (registerSearchSource): a contact, an address, a policy number, a plate. */
  matched: { source: string; sourceId: string; text: string } | null;
}

const PHONE_LIKE = /^[+\d][\d\s()./-]{4,}$/;
/** An IBAN as people write it: country, check digits, then groups of letters and digits ("IT60 X054 2811…"). */
const IBAN_LIKE = /^[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]){2,}$/;
// control characters never reach the database (client_search() also strips them)
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The search text as stored terms are: phone-like input becomes its digits (client_search() also
 * tries them without a trunk prefix 0); an IBAN loses its spaces (stored without them); anything
 * else is lowered and unaccented by the database.
 */
export function searchText(query: string): { text: string; phone: boolean } {
  const q = query.replace(CONTROL, ' ').trim().replace(/\s+/g, ' ');
  if (PHONE_LIKE.test(q) && (q.match(/\d/g)?.length ?? 0) >= 5) return { text: q.replace(/\D/g, ''), phone: true };
  if (IBAN_LIKE.test(q)) return { text: q.replace(/\s/g, ''), phone: false };
  return { text: q, phone: false };
}

/** How far "see all results" pages: offset + first stays within the first 1,100 hits. */
export const SEARCH_MAX_OFFSET = 1000;

/**
 * Global search (CL-6) over names, tax codes, VAT numbers, e-mails, phones, cities and IBANs — and
 * whatever other modules add to the search terms later (policy numbers, plates): prefix matches first,
 * then names with a typo or two letters swapped (every word at edit distance 1), then trigram
 * similarity and substrings; accent-tolerant, ranked, in the active company only, page by page.
 * The database function client_search() (migration 0003) scopes itself to app_current_company();
 * see there why the terms live outside row-level security. Raw SQL: listed in core/tenant-bypass.ts.
 */
export async function searchClients(ctx: RequestContext, query: string, first: number, includeHidden: boolean, offset = 0, fields?: ReadonlySet<string>): Promise<SearchHit[]> {
  const companyId = ctx.requireCompany();
  const { text } = searchText(query);
  if (text.length < 2) throw badField('query', 'too_short', 'At least 2 characters.');
  if (text.length > 100) throw badField('query', 'too_long', 'At most 100 characters.');
  if (first < 1 || first > 100) throw badField('first', 'out_of_range', 'Between 1 and 100.');
  if (offset < 0 || offset > SEARCH_MAX_OFFSET) throw badField('offset', 'out_of_range', `Between 0 and ${SEARCH_MAX_OFFSET}.`);
  // one statement: the ranked ids, their cards (the columns asked), preferred contacts, residence and what matched, as plain rows (core/list-rows)
  const rowParts = clientRowParts(ctx, fields);
  const rows = await ctx.em.execute<Array<Record<string, unknown>>>(
    `select s.score as x_score, s.source as x_source, s.source_id as x_source_id, ${matchedText(ctx)} as x_matched, ${rowParts.select}
       from client_search(?, ?, ?, ?) with ordinality as s(client_id, score, source, source_id, n)
       join client p on p.company_id = ? and p.id = s.client_id
       ${rowParts.joins}
      order by s.n`,
    [text, first, includeHidden, offset, companyId],
  );
  return rows.flatMap((row) => {
    const client = rowParts.client(row);
    if (!client) return [];
    const matched = row.x_matched == null ? null : { source: String(row.x_source), sourceId: String(row.x_source_id), text: String(row.x_matched) };
    return [{ client, score: Math.round(Number(row.x_score) * 1000) / 1000, matched }];
  });
}

/**
 * The text of the row that found each hit, for the sources registered by the modules whose right
 * the user holds (a plate only to who may see vehicles): one look-up by id per hit of the page, in
 * the same statement; row-level security applies as well.
 */
function matchedText(ctx: RequestContext): string {
  const cases = registeredSearchSources()
    .filter((s) => ctx.can(s.right))
    .map((s) => `when '${s.source}' then (select ${s.text} from ${s.table} m where m.company_id = p.company_id and m.id = s.source_id)`);
  return cases.length ? `case s.source ${cases.join(' ')} end` : 'null::text';
}
