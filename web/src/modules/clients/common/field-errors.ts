import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { FormErrors } from '@mantine/form';
import type { FieldIssue } from '@agency/shared';
import { reasonText } from '../../../forms/server-errors';
import { translateValidation, validationKey } from '../../../forms/validation';
import { fieldErrors } from '../../../graphql/errors';
import { i18n } from '../../../i18n';

/** zod's own codes say little ("too_small"); their message says more ("Required", "At most 100 characters"). */
const GENERIC_REASONS = new Set(['too_small', 'too_big', 'invalid_string', 'invalid_type', 'invalid', 'custom', 'invalid_enum_value']);

/** One field issue in the user's language: by its specific reason, else by its message, else generic. */
export function issueText(t: TFunction, issue: FieldIssue): string {
  // naming conventions (activity code schemes, name prefixes): their own namespace
  if (i18n.exists(`naming.reason.${issue.reason}`)) return t(`naming.reason.${issue.reason}`, { defaultValue: issue.message });
  if (!GENERIC_REASONS.has(issue.reason) && i18n.exists(`validation.reason.${issue.reason}`)) return t(`validation.reason.${issue.reason}`);
  if (validationKey(issue.message).key !== 'validation.invalid') return translateValidation(t, issue.message);
  return reasonText(t, issue);
}

/**
 * Maps a field path of the API (`bankAccounts.0.iban`) to the form's (`bank.iban`), or null when the
 * form has no such field (the error is then shown above the form).
 */
export type PathMap = (apiPath: string) => string | null;

export const samePath: PathMap = (path) => path;

/** Strips a prefix: `family.members.0.name` → `members.0.name`. */
export const withoutPrefix =
  (prefix: string): PathMap =>
  (path) =>
    path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path === prefix ? null : path;

/** Issues of the shared validators, in the user's language, on the form's fields (first issue per field wins). */
export function issuesToErrors(t: TFunction, issues: readonly FieldIssue[], map: PathMap = samePath): { errors: FormErrors; unplaced: FieldIssue[] } {
  const errors: FormErrors = {};
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const path = map(issue.field);
    if (path === null) unplaced.push(issue);
    else if (!(path in errors)) errors[path] = issueText(t, issue);
  }
  return { errors, unplaced };
}

interface FormLike {
  setErrors(errors: FormErrors): void;
}

/**
 * Puts the server's field errors (BAD_USER_INPUT `extensions.fields`) on the form's fields; what was
 * typed stays. Returns the issues the form could not place (shown by the caller), or null when the
 * error had no field errors at all.
 */
export function placeServerErrors(form: FormLike, error: CombinedError | undefined, t: TFunction, map: PathMap = samePath, known?: (path: string) => boolean): FieldIssue[] | null {
  const fields = fieldErrors(error);
  if (!fields.length) return null;
  const { errors, unplaced } = issuesToErrors(t, fields, (p) => {
    const path = map(p);
    return path !== null && (!known || known(path)) ? path : null;
  });
  form.setErrors(errors);
  return unplaced;
}
