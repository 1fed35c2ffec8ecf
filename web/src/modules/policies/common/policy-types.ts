import type { PolicyDetailFragment, PolicySummaryFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';
import { formatMoney } from './money';

export type PolicySummary = PolicySummaryFragment;
export type PolicyDetail = PolicyDetailFragment;

export const policyPath = (id: string) => `/policies/${id}`;

export const POLICY_STATUSES = ['REQUEST', 'INFO', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'DORMANT', 'CANCELLED'] as const;
/** The statuses a new policy may start in (the server's INITIAL_STATUSES). */
export const INITIAL_STATUSES = ['REQUEST', 'INFO', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART'] as const;
export const FREQUENCIES = ['ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'MONTHLY', 'SINGLE'] as const;

/** Money of the active company (its currency) in the user's locale, from exact decimal strings. */
export function useMoney(): (value: string | null | undefined) => string {
  const format = useFormat();
  const session = useSession();
  const currency = session.me.company?.currency ?? 'EUR';
  return (value) => formatMoney(value, format.locale, currency);
}
