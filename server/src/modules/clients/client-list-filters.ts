import { badField } from '../../core/errors.js';
import type { ClientFilter } from './client-list.service.js';

/** One condition of the list statement with its parameters, in order. */
export interface ListCondition {
  sql: string;
  params: unknown[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` calendar day (2024-02-30 is none), or BAD_USER_INPUT naming `field`. */
function day(value: string, field: string): string {
  const v = value.trim();
  const time = ISO_DAY.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== v) throw badField(field, 'invalid_date', 'A calendar date (YYYY-MM-DD).');
  return v;
}

/** `%` and `_` typed by the user are meant literally in a LIKE pattern. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The list page's column filters (issue #8 §3) as SQL conditions on the `client` row: free text (name,
 * tax code, VAT number; case- and accent-insensitive, as the database's app_search_norm compares
 * names), residence city (starts with), created between two days (inclusive; days in UTC, the
 * database session's zone). Checked before anything is read: a bad day or an inverted range is
 * BAD_USER_INPUT naming the argument. Row-level security and the explicit company condition of the
 * list statement still scope every row.
 */
export function listConditions(filter: ClientFilter): ListCondition[] {
  const out: ListCondition[] = [];
  const text = filter.text?.trim().replace(/\s+/g, ' ') ?? '';
  if (text.length > 100) throw badField('filter.text', 'too_long', 'At most 100 characters.');
  const city = filter.city?.trim().replace(/\s+/g, ' ') ?? '';
  if (city.length > 100) throw badField('filter.city', 'too_long', 'At most 100 characters.');
  const from = filter.createdFrom ? day(filter.createdFrom, 'filter.createdFrom') : null;
  const to = filter.createdTo ? day(filter.createdTo, 'filter.createdTo') : null;
  if (from && to && from > to) throw badField('filter.createdTo', 'before_start', 'Not before createdFrom.');

  if (text) {
    const pattern = `%${likeLiteral(text)}%`;
    out.push({
      sql: `(app_search_norm(display_name) like '%' || app_search_norm(?) || '%' escape '\\' or upper(coalesce(tax_code, '')) like upper(?) escape '\\' or upper(coalesce(vat_number, '')) like upper(?) escape '\\')`,
      params: [likeLiteral(text), pattern, pattern],
    });
  }
  if (city) {
    out.push({
      sql: `exists (select 1 from client_address r where r.company_id = c.company_id and r.client_id = c.id and r.kind = 'residence' and app_search_norm(r.city) like app_search_norm(?) || '%' escape '\\')`,
      params: [likeLiteral(city)],
    });
  }
  if (from) out.push({ sql: `created_at >= ?::date`, params: [from] });
  if (to) out.push({ sql: `created_at < ?::date + 1`, params: [to] });
  return out;
}
