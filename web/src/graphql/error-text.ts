import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorReason, retryAfterSeconds } from './errors';

/** A message for the person, from the error's code; never the server's technical text. */
export function errorText(t: TFunction, error: CombinedError | undefined | null): string {
  const code = errorCode(error);
  if (!code) return '';
  if (code === 'FORBIDDEN' && errorReason(error) === 'MFA_ENROLLMENT_REQUIRED') return t('errors.mfaEnrollmentRequired');
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
