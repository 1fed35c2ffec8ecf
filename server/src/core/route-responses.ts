import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DriverException } from '@mikro-orm/core';
import { databaseRefusal } from './format-error.js';

/**
 * What the HTTP routes beside GraphQL (file downloads and uploads, the public quote form) answer,
 * in one place: errors in GraphQL's shape, the request's transaction ended, download headers.
 */

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Errors in the same shape as GraphQL's: `{ errors: [{ message, extensions: { code, fields? } }] }`,
 * with the HTTP status of the code (a rate limit also says when to retry); a database refusal that
 * input can cause as GraphQL answers it (format-error.ts `databaseRefusal`). Anything else is logged
 * under `label` and answered as INTERNAL, without its details. Once the body has started, the
 * connection is cut: a truncated download must not look complete.
 */
export function sendRouteError(res: Response, error: unknown, label: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof GraphQLError && error.extensions?.code) {
    const retry = error.extensions.retryAfterSeconds;
    if (typeof retry === 'number') res.set('Retry-After', String(retry));
    res.status(STATUS[String(error.extensions.code)] ?? 500).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  // a database refusal that input can cause (the same file sent twice at once: a unique key), as GraphQL answers it
  const refusal = databaseRefusal(error);
  if (refusal) {
    console.error(`${label}: database error:`, (error as DriverException).message);
    res.status(STATUS[refusal.code] ?? 500).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    return;
  }
  console.error(`${label} failed`, error);
  res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL' } }] });
}

/** Ends the request's transaction: flushed and committed when it succeeded, rolled back otherwise. */
export async function finishRequest(ctx: { em: EntityManager }, ok: boolean): Promise<void> {
  if (!ctx.em.isInTransaction()) return;
  if (ok) {
    await ctx.em.flush();
    await ctx.em.commit();
  } else await ctx.em.rollback();
}

/** Headers of a private file download: its type and size, saved under its name, never cached or sniffed. */
export function attachmentHeaders(res: Response, file: { contentType: string; size: number; fileName: string; sha256?: string }): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  if (file.sha256) res.setHeader('X-Checksum-SHA256', file.sha256);
}
