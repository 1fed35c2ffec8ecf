import type { PolicyFilterInput, PolicyStatus } from '../../../gql/graphql';
import { POLICY_STATUSES } from '../common/policy-types';

/** The policy list's filters and page, kept in the address (back, reload and shared links keep them). */
export interface PolicyListParams {
  statuses: string[];
  insurer: string;
  line: string;
  /** The policy number, starting with. */
  text: string;
  page: number;
}

export const PAGE_SIZE = 50;
const UUID = /^[0-9a-f-]{36}$/i;

export function readPolicyParams(p: URLSearchParams): PolicyListParams {
  const page = Number(p.get('page'));
  return {
    statuses: (p.get('status') ?? '').split(',').filter((s) => (POLICY_STATUSES as readonly string[]).includes(s.toUpperCase())),
    insurer: UUID.test(p.get('insurer') ?? '') ? p.get('insurer')! : '',
    line: UUID.test(p.get('line') ?? '') ? p.get('line')! : '',
    text: (p.get('q') ?? '').slice(0, 100),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writePolicyParams(v: PolicyListParams): URLSearchParams {
  const p = new URLSearchParams();
  if (v.statuses.length) p.set('status', v.statuses.join(','));
  if (v.insurer) p.set('insurer', v.insurer);
  if (v.line) p.set('line', v.line);
  if (v.text.trim()) p.set('q', v.text.trim());
  if (v.page > 1) p.set('page', String(v.page));
  return p;
}

export function toPolicyFilter(v: PolicyListParams): PolicyFilterInput {
  return {
    statuses: v.statuses.length ? v.statuses.map((s) => s.toUpperCase() as PolicyStatus) : null,
    insurerId: v.insurer || null,
    lineId: v.line || null,
    number: v.text.trim() || null,
  };
}
