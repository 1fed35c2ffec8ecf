import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { FieldError } from '@agency/shared';
import { fieldErrors } from '../graphql/errors';
import { i18n } from '../i18n';

/** A server reason (`extensions.fields[].reason`) in the user's language; the server's text if unknown. */
export function reasonText(t: TFunction, error: FieldError): string {
  for (const key of [`validation.reason.${error.reason}`, `validation.${error.reason}`]) {
    if (i18n.exists(key)) return t(key);
  }
  return t('validation.invalid');
}

interface FormLike {
  setFieldError(path: string, error: string): void;
}

/**
 * Puts each server field error on the form field it names (what was typed stays). `rename` maps the
 * server's field path to the form's (e.g. `input.email` → `email`). Returns whether any was placed.
 */
export function applyServerErrors(form: FormLike, error: CombinedError | undefined, t: TFunction, fields: readonly string[], rename: Record<string, string> = {}): boolean {
  let placed = false;
  for (const f of fieldErrors(error)) {
    const name = rename[f.field] ?? f.field.replace(/^input\./, '');
    if (fields.includes(name)) {
      form.setFieldError(name, reasonText(t, f));
      placed = true;
    }
  }
  return placed;
}
