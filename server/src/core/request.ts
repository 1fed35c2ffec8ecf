import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import { RequestContext, type SessionTransport } from './context.js';
import { resolveSession } from '../modules/base/auth/session.service.js';
import { AppError, unauthenticated } from './errors.js';

export const SESSION_COOKIE = 'sid';

/**
 * Requests whose client went away before the answer: rolled back, never committed. The close
 * handler only marks them; the rollback happens where the request's transaction ends anyway (the
 * transaction plugin, or the context's own failure path), after the request's last query — never
 * beside a query or a commit still running on the same connection ("Transaction query already
 * complete"), and never leaving the request's remaining queries to run outside their transaction.
 */
const abandoned = new WeakSet<object>();

function cookieTransport(config: Config, res: Response): SessionTransport {
  // In production always Secure: the platform runs behind a TLS-terminating proxy, whatever PUBLIC_URL says.
  const secure = config.env === 'production' || config.publicUrl.startsWith('https://');
  return {
    setSessionCookie(token, expiresAt) {
      res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: expiresAt });
    },
    clearSessionCookie() {
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
    },
  };
}

export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] || undefined;
}

/** A request's transaction ends with its response: marked abandoned when the client left early (see `abandoned`). */
export function endsWithResponse(em: EntityManager, res: Response): void {
  res.on('close', () => {
    if (!res.writableFinished) {
      abandoned.add(em);
      return;
    }
    // The answer is out, so the transaction plugin has run if the operation ran at all. A transaction
    // still open belongs to a request refused before any operation (e.g. a batch): nothing else uses it.
    if (em.isInTransaction()) void em.rollback().catch(() => undefined);
  });
}

/**
 * One request = one entity manager fork = one database transaction, opened here and closed by the
 * transaction plugin: committed when the operation succeeded, rolled back on any error (nothing
 * half-saved). A response that ends without either (client gone) is rolled back on close.
 */
/**
 * The HTTP routes beside GraphQL (file uploads and downloads): a signed-in staff session that may work,
 * as GraphQL's shield requires (an enrolment in two-factor authentication still due is FORBIDDEN).
 */
export function requireStaffSession(ctx: RequestContext): void {
  if (!ctx.signedIn) throw unauthenticated();
  if (ctx.mfaEnrollmentRequired) throw new AppError('FORBIDDEN', 'Set up two-factor authentication first.', { reason: 'MFA_ENROLLMENT_REQUIRED' });
}

export async function createRequestContext(orm: MikroORM, config: Config, req: Request, res: Response): Promise<RequestContext> {
  const em = orm.em.fork();
  await em.begin();
  const ctx = new RequestContext(orm, em, config, cookieTransport(config, res), req.ip ?? null, req.get('user-agent') ?? null);
  endsWithResponse(em, res);
  try {
    await resolveSession(ctx, tokenOf(req));
  } catch (error) {
    await em.rollback();
    throw error;
  }
  return ctx;
}

export const transactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx, response, errors, operation }) {
        const em = ctx.em;
        if (!em.isInTransaction()) return;
        if (errors?.length || abandoned.has(em)) {
          await em.rollback();
          return;
        }
        try {
          // Mutations flush what services left unflushed; queries change nothing (no change-set walk over every row read).
          if (operation?.operation === 'mutation') await em.flush();
          await em.commit();
        } catch (error) {
          if (em.isInTransaction()) await em.rollback();
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [new AppError('INTERNAL', 'The change could not be saved.').toJSON()];
          }
          console.error('commit failed', error);
        }
      },
    };
  },
};
