/** The one enum of error codes found in `extensions.code` of every GraphQL error. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  /** A query over a limit (depth, aliases, directives, tokens, cost): `extensions.limit` and `extensions.max` say which. */
  'QUERY_LIMIT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field error: which input field is wrong, and a machine-readable reason the UI translates. */
export interface FieldError {
  field: string;
  reason: string;
  message: string;
}
