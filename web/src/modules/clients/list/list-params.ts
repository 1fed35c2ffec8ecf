import type { SortingState } from '@tanstack/react-table';
import type { ClientFilterInput, ClientKind, ClientSort, ClientStatus } from '../../../gql/graphql';

/**
 * The list's filters, order and page, kept in the address so that "back", a reload or a shared link
 * return to the same rows.
 */
export interface ListParams {
  statuses: string[];
  kind: string;
  /** Part of a name, tax code or VAT number. */
  text: string;
  /** Residence city, starting with. */
  city: string;
  /** Created between these days (YYYY-MM-DD), both included; '' for open. */
  from: string;
  to: string;
  includeHidden: boolean;
  sort: string;
  page: number;
  size: number;
}

export const PAGE_SIZES = ['25', '50', '100', '200'];
const SORTS = ['name_asc', 'name_desc', 'newest', 'oldest'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day `YYYY-MM-DD` from the address, or '' (2024-02-30 is none). */
function day(v: string | null): string {
  const time = v && ISO_DAY.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v ? v : '';
}

/** A created-between range that ends before it starts: the end is not sent (the field says why). */
export const rangeInverted = (v: Pick<ListParams, 'from' | 'to'>) => !!v.from && !!v.to && v.from > v.to;

export function readParams(p: URLSearchParams): ListParams {
  const size = Number(p.get('size'));
  const page = Number(p.get('page'));
  const sort = p.get('sort') ?? '';
  return {
    statuses: (p.get('status') ?? '').split(',').filter((s) => ['prospect', 'active', 'hidden'].includes(s)),
    kind: ['person', 'entity'].includes(p.get('kind') ?? '') ? p.get('kind')! : '',
    text: (p.get('q') ?? '').slice(0, 100),
    city: (p.get('city') ?? '').slice(0, 100),
    from: day(p.get('from')),
    to: day(p.get('to')),
    includeHidden: p.get('hidden') === '1',
    sort: SORTS.includes(sort) ? sort : 'name_asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: PAGE_SIZES.includes(String(size)) ? size : 50,
  };
}

export function writeParams(v: ListParams): URLSearchParams {
  const p = new URLSearchParams();
  if (v.statuses.length) p.set('status', v.statuses.join(','));
  if (v.kind) p.set('kind', v.kind);
  if (v.text.trim()) p.set('q', v.text.trim());
  if (v.city.trim()) p.set('city', v.city.trim());
  if (v.from) p.set('from', v.from);
  if (v.to) p.set('to', v.to);
  if (v.includeHidden) p.set('hidden', '1');
  if (v.sort !== 'name_asc') p.set('sort', v.sort);
  if (v.page > 1) p.set('page', String(v.page));
  if (v.size !== 50) p.set('size', String(v.size));
  return p;
}

export function toFilter(v: ListParams): ClientFilterInput {
  return {
    statuses: v.statuses.length ? v.statuses.map((s) => s.toUpperCase() as ClientStatus) : null,
    kind: v.kind ? (v.kind.toUpperCase() as ClientKind) : null,
    includeHidden: v.includeHidden,
    sort: v.sort.toUpperCase() as ClientSort,
    text: v.text.trim() || null,
    city: v.city.trim() || null,
    createdFrom: v.from || null,
    createdTo: v.to && !rangeInverted(v) ? v.to : null,
  };
}

/** The table's sorting state from the server order, and back. */
export function sortingOf(sort: string): SortingState {
  if (sort === 'name_desc') return [{ id: 'name', desc: true }];
  if (sort === 'newest') return [{ id: 'createdAt', desc: true }];
  if (sort === 'oldest') return [{ id: 'createdAt', desc: false }];
  return [{ id: 'name', desc: false }];
}

export function sortOf(sorting: SortingState): string {
  const first = sorting[0];
  if (!first) return 'name_asc';
  if (first.id === 'createdAt') return first.desc ? 'newest' : 'oldest';
  return first.desc ? 'name_desc' : 'name_asc';
}
