import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { fieldErrors, reasonText } from '../graphql/errors';

/** A server reason in the user's language (lives with the other GraphQL error helpers). */
export { reasonText };

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
