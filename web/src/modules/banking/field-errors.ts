import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { reasonText } from '../../forms/server-errors';
import { fieldErrors } from '../../graphql/errors';

/** The server's field errors of the banking forms in the user's language, by field name. */
export function bankingFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fieldErrors(error)) {
    const name = f.field.replace(/^input\./, '');
    if (!(name in out)) out[name] = t(`banking.fieldReason.${f.reason}`, { defaultValue: reasonText(t, f) });
  }
  return out;
}
