import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorReason, retryAfterSeconds } from './errors';

/** Refusals that say why (the server's `reason`), and what the person can do about it. */
const FORBIDDEN_REASONS: Record<string, string> = {
  MFA_ENROLLMENT_REQUIRED: 'errors.mfaEnrollmentRequired',
  // an administrator changing a role or person with rights they do not hold (base module)
  HOLDS_RIGHTS_NOT_YOURS: 'errors.holdsRightsNotYours',
  // a change that would leave rights held by no active user
  LAST_HOLDER: 'errors.lastHolder',
};

/** A message for the person, from the error's code; never the server's technical text. */
export function errorText(t: TFunction, error: CombinedError | undefined | null): string {
  const code = errorCode(error);
  if (!code) return '';
  const reason = errorReason(error);
  if (code === 'FORBIDDEN' && reason && Object.hasOwn(FORBIDDEN_REASONS, reason)) return t(FORBIDDEN_REASONS[reason]);
  if (code === 'RATE_LIMITED') {
    const seconds = retryAfterSeconds(error);
    if (seconds !== undefined) return t('errors.rateLimitedFor', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return t(`errors.code.${code}`);
}

export function useErrorText(): (error: CombinedError | undefined | null) => string {
  const { t } = useTranslation();
  return useCallback((error) => errorText(t, error), [t]);
}
