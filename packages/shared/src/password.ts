/**
 * Password policy (BASE-2), shared by server and web so both refuse the same passwords.
 * Following NIST SP 800-63B / OWASP: length matters more than composition rules; block passwords
 * built from the user's own identity and the most common passwords.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  'password1234', 'passwordpassword', '123456789012', 'qwertyuiopas', 'iloveyou1234', 'administrator',
  'welcome12345', 'letmein12345', 'changeme1234', 'password123!', 'qwerty123456', 'abcdefghijkl',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'too_few_kinds' | 'repeated';

export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push('too_common');
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) problems.push('contains_email');
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (kinds < 3) problems.push('too_few_kinds');
  if (/^(.)\1+$/.test(password) || new Set(password).size < 5) problems.push('repeated');
  return problems;
}

/** Sign-in lockout: this many failures in a row (passwords or second-factor codes) lock an account for this long. */
export const LOGIN_LOCK = { attempts: 5, minutes: 15 } as const;
