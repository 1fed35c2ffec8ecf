import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { literalArgumentError } from './literal-arguments.js';
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

/** The extension graphql-armor's refusals are marked with (app.ts): which limit, and its value. */
export const QUERY_LIMIT_EXTENSION = 'queryLimit';

/** A database error the client's input can cause, as one of our codes with a message without SQL. */
interface DatabaseRefusal {
  code: ErrorCode;
  message: string;
}

/**
 * PostgreSQL's error classes that bad input can reach (SQLSTATE, PostgreSQL appendix A), each as a
 * clean answer. Anything else from the database (a broken deployment, a bug) stays INTERNAL.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  if (!(error instanceof DriverException)) return null;
  if (error instanceof UniqueConstraintViolationException) return { code: 'CONFLICT', message: 'This record already exists.' };
  if (error instanceof ForeignKeyConstraintViolationException) return { code: 'NOT_FOUND', message: 'A referenced record does not exist.' };
  if (error instanceof NotNullConstraintViolationException) return { code: 'BAD_USER_INPUT', message: 'A required value is missing.' };
  const sqlState = String((error as { code?: unknown; sqlState?: unknown }).sqlState ?? error.code ?? '');
  if (/row-level security/.test(error.message)) return { code: 'FORBIDDEN', message: 'You are not allowed to do this.' };
  // 22: data exception — a value of the wrong form or size, an unstorable character, a bad number
  if (sqlState.startsWith('22')) return { code: 'BAD_USER_INPUT', message: 'A value has the wrong format.' };
  // 23: integrity constraint violation — check constraints are rules on values; the rest clash with data
  if (sqlState === '23514') return { code: 'BAD_USER_INPUT', message: 'A value is not allowed.' };
  if (sqlState === '23502') return { code: 'BAD_USER_INPUT', message: 'A required value is missing.' };
  if (sqlState === '23503') return { code: 'NOT_FOUND', message: 'A referenced record does not exist.' };
  if (sqlState.startsWith('23')) return { code: 'CONFLICT', message: 'This conflicts with existing data.' };
  // 40: transaction rollback (serialization failure, deadlock) — a concurrent change; trying again helps
  if (sqlState.startsWith('40')) return { code: 'CONFLICT', message: 'The data was changed at the same time. Try again.' };
  // 54: program limit exceeded (e.g. a value too large for an index)
  if (sqlState.startsWith('54')) return { code: 'BAD_USER_INPUT', message: 'A value is too large.' };
  return null;
}

/**
 * What leaves the server: a known code, a message for the user, the path. Database errors that bad
 * input can cause become BAD_USER_INPUT / CONFLICT / NOT_FOUND / FORBIDDEN without their SQL; anything
 * unknown is INTERNAL with a generic message in every mode (the detail, which may hold SQL and its
 * values, goes to the server log only). In production no stack trace or suggestion is sent.
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof DriverException) console.error('database error:', original.message);
    const refusal = databaseRefusal(original);
    if (refusal) return { message: refusal.message, path: formatted.path, extensions: { code: refusal.code } };
    if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL') {
      const { stacktrace: _s, ...rest } = formatted.extensions ?? {};
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: production ? { ...rest, code } : formatted.extensions };
    }
    const queryLimit = formatted.extensions?.[QUERY_LIMIT_EXTENSION] as { limit: string; max: number } | undefined;
    if (queryLimit) {
      // graphql-armor's refusal: no parse or syntax error, but a limit; its message names the limit and its value.
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'QUERY_LIMIT', limit: queryLimit.limit, max: queryLimit.max } };
    }
    const literal = code === 'GRAPHQL_VALIDATION_FAILED' ? literalArgumentError(error) : null;
    if (literal) {
      return { message: literal.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', reason: code, fields: [literal.field] } };
    }
    if (code && APOLLO_CODES[code]) {
      const message = production ? formatted.message.replace(/ (Did you mean .*|\[Suggestion hidden\])\?$/, '') : formatted.message;
      return { message, locations: formatted.locations, extensions: { code: APOLLO_CODES[code], reason: code } };
    }
    console.error('internal error', original);
    return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
  };
}
