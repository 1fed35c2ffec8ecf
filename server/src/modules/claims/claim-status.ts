import { ClaimStatus as S } from './claim.enums.js';

/**
 * The claim workflow as data (CLM-1): reported → in review → settled or rejected → closed; a closed
 * claim may be reopened (back to in review) with a reason. Any other move is CONFLICT naming the
 * allowed targets.
 */
export const CLAIM_STATUS_TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.REPORTED]: [S.IN_REVIEW],
  [S.IN_REVIEW]: [S.SETTLED, S.REJECTED],
  [S.SETTLED]: [S.CLOSED],
  [S.REJECTED]: [S.CLOSED],
  [S.CLOSED]: [S.IN_REVIEW],
};

/** Moves that need a reason (reopening a closed claim). */
export function reasonRequired(from: S, to: S): boolean {
  return from === S.CLOSED && to === S.IN_REVIEW;
}

/** Statuses in which a claim is open (counted by the dashboard, money may move). */
export const OPEN_STATUSES: readonly S[] = [S.REPORTED, S.IN_REVIEW, S.SETTLED];

/** Reserves may be set while the claim is open; payments once it is being worked (in review or settled). */
export const RESERVE_STATUSES: readonly S[] = [S.REPORTED, S.IN_REVIEW, S.SETTLED];
export const PAYMENT_STATUSES: readonly S[] = [S.IN_REVIEW, S.SETTLED];

export function allowedClaimTransitions(from: S): readonly S[] {
  return CLAIM_STATUS_TRANSITIONS[from];
}
