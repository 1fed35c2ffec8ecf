import { GraphQLError } from 'graphql';
import type { ErrorCode, FieldError } from '@agency/shared';
import type { ZodError } from 'zod';

/** Every error a client sees carries one code of the shared enum in `extensions.code`. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'You must sign in.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const notFound = (entity: string) => new AppError('NOT_FOUND', `${entity} not found.`, { entity });
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', message, { retryAfterSeconds });

/** BAD_USER_INPUT naming each offending field and why. */
export function badInput(fields: FieldError[]): AppError {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new AppError('BAD_USER_INPUT', `Invalid input — ${summary}`, { fields });
}

export function badField(field: string, reason: string, message: string): AppError {
  return badInput([{ field, reason, message }]);
}

export function fromZod(error: ZodError, prefix = ''): AppError {
  return badInput(
    error.issues.map((i) => ({
      field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || prefix || 'input',
      reason: i.code === 'custom' ? String((i.params as { reason?: string } | undefined)?.reason ?? 'invalid') : i.code,
      message: i.message,
    })),
  );
}
