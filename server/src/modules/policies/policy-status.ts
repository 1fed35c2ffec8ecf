import { PolicyStatus as S } from './policy.enums.js';

/**
 * The allowed status transitions, as data (PL-1). A change not listed is refused with CONFLICT naming
 * the allowed targets. `cancelled` is final; reinstating a cancelled contract is a new policy.
 */
export const POLICY_STATUS_TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.REQUEST]: [S.OFFER, S.INFO, S.CANCELLED],
  [S.INFO]: [S.REQUEST, S.OFFER, S.CANCELLED],
  [S.OFFER]: [S.APPLICATION, S.POLICY, S.DORMANT, S.CANCELLED],
  [S.APPLICATION]: [S.POLICY, S.CANCELLED],
  [S.POLICY]: [S.OWN, S.BLOCKED, S.DORMANT, S.CANCELLED],
  [S.OWN]: [S.BLOCKED, S.DORMANT, S.CANCELLED],
  [S.FOREIGN]: [S.FOREIGN_PART, S.OWN, S.DORMANT, S.CANCELLED],
  [S.FOREIGN_PART]: [S.FOREIGN, S.OWN, S.DORMANT, S.CANCELLED],
  [S.BLOCKED]: [S.POLICY, S.OWN, S.CANCELLED],
  [S.DORMANT]: [S.POLICY, S.OWN, S.FOREIGN, S.CANCELLED],
  [S.CANCELLED]: [],
};

/** Statuses a policy may be created in (blocked, dormant and cancelled are reached, never started in). */
export const INITIAL_STATUSES: readonly S[] = [S.REQUEST, S.INFO, S.OFFER, S.APPLICATION, S.POLICY, S.OWN, S.FOREIGN, S.FOREIGN_PART];

export function allowedTransitions(from: S): readonly S[] {
  return POLICY_STATUS_TRANSITIONS[from];
}

/** Statuses of a contract in force: endorsed, renewed, lapsed by the job when the cover ends unrenewed. */
export const IN_FORCE: readonly S[] = [S.POLICY, S.OWN, S.FOREIGN, S.FOREIGN_PART];

/** What a lapsed policy becomes (POLICY_STATUS_TRANSITIONS allows it from every status in force). */
export const LAPSED_STATUS = S.DORMANT;
for (const s of IN_FORCE) if (!allowedTransitions(s).includes(LAPSED_STATUS)) throw new Error(`${s} → ${LAPSED_STATUS} must be allowed`);
