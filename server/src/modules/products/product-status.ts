import type { Right } from '@agency/shared';
import { ProductVersionStatus as S } from './product.enums.js';

/**
 * The life cycle of a product version as data (PR-1): who may make each move, which moves need a
 * reason, and which need four eyes (the mover must not be the version's author). Anything else is
 * CONFLICT naming the allowed moves; a move without its right is FORBIDDEN.
 */
export interface ProductTransition {
  from: S;
  to: S;
  right: Right;
  reasonRequired: boolean;
  fourEyes: boolean;
}

const t = (from: S, to: S, right: Right, opts: { reason?: boolean; fourEyes?: boolean } = {}): ProductTransition => ({
  from,
  to,
  right,
  reasonRequired: !!opts.reason,
  fourEyes: !!opts.fourEyes,
});

export const PRODUCT_TRANSITIONS: readonly ProductTransition[] = [
  t(S.DRAFT, S.SUBMITTED, 'products:edit'),
  t(S.SUBMITTED, S.APPROVED, 'products:approve', { fourEyes: true }),
  t(S.SUBMITTED, S.DRAFT, 'products:approve', { reason: true }), // rejection
  t(S.APPROVED, S.TEST, 'products:edit'),
  t(S.TEST, S.PUBLISHED, 'products:approve'),
  t(S.TEST, S.DRAFT, 'products:edit', { reason: true }), // back to the designer after a failed test
  t(S.PUBLISHED, S.RETIRED, 'products:edit', { reason: true }),
];

export function transitionsFrom(from: S): ProductTransition[] {
  return PRODUCT_TRANSITIONS.filter((x) => x.from === from);
}

/** Versions in these statuses can be quoted by staff (test: marked TEST). */
export const QUOTABLE: readonly S[] = [S.TEST, S.PUBLISHED];
/** A product has at most one version in these statuses (work in progress). */
export const IN_PROGRESS: readonly S[] = [S.DRAFT, S.SUBMITTED, S.APPROVED, S.TEST];
