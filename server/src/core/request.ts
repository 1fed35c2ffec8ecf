import type { Request, Response } from 'express';
import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { OperationTypeNode, getOperationAST, parse } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import { RequestContext, type SessionTransport } from './context.js';
import { applyOpening, staffOpening } from '../modules/base/auth/session.service.js';
import { beginWith } from '../db/begin-with.js';
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

/** Document texts already read, with whether they run a query (a handful of distinct documents per client). */
const queryDocuments = new Map<string, boolean>();

/**
 * Whether the request's body runs a GraphQL query — not a mutation, nor anything it cannot tell (a
 * document that does not parse, a GET, an operation it cannot find): those keep a read-write
 * transaction, and Apollo answers them as before.
 */
export function runsQuery(req: Request): boolean {
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  if (req.method !== 'POST' || typeof body?.query !== 'string') return false;
  const name = typeof body.operationName === 'string' ? body.operationName : null;
  const key = `${name ?? ''}\n${body.query}`;
  let query = queryDocuments.get(key);
  if (query === undefined) {
    try {
      query = getOperationAST(parse(body.query, { noLocation: true }), name)?.operation === OperationTypeNode.QUERY;
    } catch {
      query = false;
    }
    if (queryDocuments.size >= 1000) queryDocuments.clear();
    queryDocuments.set(key, query);
  }
  return query;
}

export async function createRequestContext(orm: MikroORM, config: Config, req: Request, res: Response): Promise<RequestContext> {
  const em = orm.em.fork();
  // BEGIN and the opening statement (session, scope, rights) in one round trip; a query's
  // transaction read-only after it
  const opening = staffOpening(tokenOf(req));
  const readOnly = runsQuery(req);
  const [row] = await beginWith(em, opening.statement, { readOnly });
  const ctx = new RequestContext(orm, em, config, cookieTransport(config, res), req.ip ?? null, req.get('user-agent') ?? null);
  ctx.readOnlyTransaction = readOnly;
  endsWithResponse(em, res);
  try {
    applyOpening(ctx, opening, row);
  } catch (error) {
    await em.rollback();
    throw error;
  }
  return ctx;
}

/** The entities (by name) a request changed and did not flush: what a flush would write. */
function changedEntities(em: EntityManager): string[] {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  return uow.getChangeSets().map((c) => c.name);
}

/** Commits a read-only request's transaction without waiting: the entity manager leaves it at once (no flush). */
function endReadOnly(em: EntityManager): void {
  const trx = em.getTransactionContext<Knex.Transaction>();
  em.resetTransactionContext();
  if (!trx) return;
  void trx.commit();
  em.config.getLogger().logQuery({ query: 'commit', level: 'info' });
  trx.executionPromise.catch((error: unknown) => console.error('read-only commit failed', error));
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
        if (ctx.readOnlyTransaction) {
          // A query: PostgreSQL refused any write after the opening statement, so the answer does not
          // wait for the COMMIT, which only makes the opening's touch of the session durable. The
          // connection goes back to the pool once it is done; a failure is only logged.
          const changed = changedEntities(em);
          if (changed.length) {
            // entities a query changed were never written: told, not dropped in silence
            await em.rollback();
            console.error('a query changed entities', changed);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [new AppError('INTERNAL', 'The request could not be completed.').toJSON()];
            }
            return;
          }
          endReadOnly(em);
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
