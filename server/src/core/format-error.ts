import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERROR_CODES, type ErrorCode } from '@agency/shared';
import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
  DriverException,
} from '@mikro-orm/core';

/** Apollo's own codes, folded into the one enum. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/**
 * What leaves the server: a known code, a message for the user, the path. Database errors become
 * CONFLICT / NOT_FOUND without their SQL; anything unknown is INTERNAL with a generic message (the
 * detail goes to the server log). In production no stack trace, SQL or suggestion is sent.
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof DriverException) console.error('database error:', original.message);
    if (original instanceof UniqueConstraintViolationException) {
      return { message: 'This record already exists.', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return { message: 'A referenced record does not exist.', path: formatted.path, extensions: { code: 'NOT_FOUND' } };
    }
    if (original instanceof NotNullConstraintViolationException) {
      return { message: 'A required value is missing.', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof DriverException && /^22/.test(String(original.code ?? ''))) {
      // PostgreSQL's data exceptions (22xxx): a value of the wrong form or size, sent by the client.
      return { message: 'A value has the wrong format.', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof DriverException && /row-level security/.test(original.message)) {
      return { message: 'You are not allowed to do this.', path: formatted.path, extensions: { code: 'FORBIDDEN' } };
    }
    if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL') {
      const { stacktrace: _s, ...rest } = formatted.extensions ?? {};
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: production ? { ...rest, code } : formatted.extensions };
    }
    if (code && APOLLO_CODES[code]) {
      const message = production ? formatted.message.replace(/ (Did you mean .*|\[Suggestion hidden\])\?$/, '') : formatted.message;
      return { message, locations: formatted.locations, extensions: { code: APOLLO_CODES[code], reason: code } };
    }
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL' } };
    console.error('internal error', original);
    return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
  };
}
