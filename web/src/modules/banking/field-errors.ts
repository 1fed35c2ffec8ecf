import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translatedFieldErrors } from '../../graphql/errors';

/** The server's field errors of the banking forms in the user's language, by field name. */
export function bankingFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, 'banking.fieldReason');
}

/** The same for the creditor data: the creditor account's own reasons first (an IBAN outside SEPA: nothing can be collected into it). */
export function bankingSettingsFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, ['banking.settingsReason', 'banking.fieldReason']);
}
