import { emailSchema, passwordProblems, PASSWORD_MESSAGES, type FieldError } from '@agency/shared';
import { badInput } from '../../core/errors.js';

/** The field problems of a display name (1–200 characters after trimming). */
export function nameProblems(value: string | null | undefined, field: string): FieldError[] {
  const v = (value ?? '').trim();
  if (!v) return [{ field, reason: 'required', message: 'Required.' }];
  if (v.length > 200) return [{ field, reason: 'too_long', message: 'At most 200 characters.' }];
  return [];
}

export function passwordFieldProblems(password: string, email: string, field: string): FieldError[] {
  return passwordProblems(password, email).map((p) => ({ field, reason: `password_${p}`, message: PASSWORD_MESSAGES[p] }));
}

export function checkPortalPassword(password: string, email: string, field: string): void {
  const problems = passwordFieldProblems(password, email, field);
  if (problems.length) throw badInput(problems);
}

/** A normalized e-mail address, or the field's problem. */
export function parseEmail(value: string, field: string): { email: string } | { problem: FieldError } {
  const parsed = emailSchema.safeParse(value);
  if (parsed.success) return { email: parsed.data };
  return { problem: { field, reason: 'invalid_email', message: parsed.error.issues[0]?.message ?? 'Not a valid e-mail address' } };
}
