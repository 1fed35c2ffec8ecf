import type { ClientCardQuery, ClientSummaryFragment } from '../../../gql/graphql';

/** The whole card as the client panel reads it. */
export type ClientCard = ClientCardQuery['client'];
export type ClientSummary = ClientSummaryFragment;

/** GraphQL enum values are the shared (lower-case) values in capitals: `residence` ↔ `RESIDENCE`. */
export function toApiEnum<T extends string>(value: string): T {
  return value.toUpperCase() as T;
}

export function fromApiEnum(value: string): string {
  return value.toLowerCase();
}

/** '' → null, trimmed: what the API takes for an empty optional field. */
export function orNull(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return v ? v : null;
}

/** null → '': what a form input holds for an empty field. */
export function orEmpty(value: string | null | undefined): string {
  return value ?? '';
}

/** Where a client's panel lives. */
export function clientPath(id: string, tab?: string): string {
  return tab ? `/clients/${id}?tab=${encodeURIComponent(tab)}` : `/clients/${id}`;
}
