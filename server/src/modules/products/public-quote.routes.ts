import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { RequestContext } from '../../core/context.js';
import { AppError, notFound, rateLimited } from '../../core/errors.js';
import { sendRouteError } from '../../core/route-responses.js';
import { findPublicSite, type PublicSite } from './public-quote.site.js';
import { publicForm, publicRate, publicRequest } from './public-quote.service.js';

/**
 * The public endpoint of the embeddable quote form (PR-3), apart from the staff GraphQL schema:
 *
 *   GET  /public/quote/:key/form?lang=it   the published products' questionnaires and the consent text
 *   POST /public/quote/:key/rate           { productId, answers, lang } → premium and breakdown
 *   POST /public/quote/:key/request        { productId, answers, lang, firstName, lastName, email, consent, consentVersion }
 *
 * No session, no staff data. Per request: a limit per IP address (429 RATE_LIMITED with Retry-After;
 * a request for a quote has its own, lower limit), the website found by its key (404 otherwise), the
 * browser's Origin one of the website's origins (403 FORBIDDEN, reason ORIGIN, and no CORS headers
 * otherwise), then the company entered (row-level security) and the operation run in one
 * transaction, committed only for a request that succeeded. Errors have GraphQL's shape:
 * `{ errors: [{ message, extensions: { code, fields? } }] }`.
 */

const NO_TRANSPORT = { setSessionCookie: () => undefined, clearSessionCookie: () => undefined };

function allowOrigin(res: Response, origin: string): void {
  res.set('Access-Control-Allow-Origin', origin);
  res.set('Access-Control-Allow-Methods', 'GET, POST');
  res.set('Access-Control-Allow-Headers', 'content-type');
  res.set('Access-Control-Max-Age', '600');
}

async function consume(limiter: RateLimiterMemory, ip: string): Promise<void> {
  try {
    await limiter.consume(ip);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimited('Too many requests from your address. Try again in a moment.', Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
    throw e;
  }
}

type Operation = (ctx: RequestContext, site: PublicSite, req: Request) => Promise<unknown>;

export function publicQuoteRoutes(orm: MikroORM, config: Config): Router {
  const perIp = new RateLimiterMemory({ points: config.publicQuoteRateLimit, duration: 60 });
  const requestsPerIp = new RateLimiterMemory({ points: config.publicQuoteRequestLimit, duration: 60 * 60 });
  const router = Router();

  const handle =
    (op: Operation | null, options: { write?: boolean; request?: boolean } = {}) =>
    async (req: Request, res: Response): Promise<void> => {
      res.set('Cache-Control', 'no-store');
      res.vary('Origin');
      const origin = req.get('origin') ?? null;
      const ip = req.ip ?? 'unknown';
      try {
        try {
          await consume(perIp, ip);
          if (options.request) await consume(requestsPerIp, ip);
        } catch (e) {
          // the refusal carries no data: readable by the page that asked, so the visitor is told
          if (origin) res.set('Access-Control-Allow-Origin', origin);
          throw e;
        }
        const em = orm.em.fork();
        await em.begin();
        try {
          const ctx = new RequestContext(orm, em, config, NO_TRANSPORT, req.ip ?? null, req.get('user-agent') ?? null);
          ctx.channel = 'public';
          const site = await findPublicSite(ctx, String(req.params.key ?? ''));
          if (!site) throw notFound('Quote form');
          if (!origin || !site.origins.includes(origin)) throw new AppError('FORBIDDEN', 'This website may not use the quote form.', { reason: 'ORIGIN' });
          allowOrigin(res, origin);
          await ctx.applyScope(site.companyId);
          const result = op ? await op(ctx, site, req) : null;
          if (options.write) {
            await em.flush();
            await em.commit();
          } else await em.rollback();
          if (op) res.json(result);
          else res.status(204).end();
        } finally {
          if (em.isInTransaction()) await em.rollback();
        }
      } catch (error) {
        sendRouteError(res, error, 'public quote request');
      }
    };

  const json = express.json({ limit: '50kb' });
  const body = (req: Request) => (req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  router.options('/public/quote/:key/:operation', handle(null));
  router.get('/public/quote/:key/form', handle((ctx, site, req) => publicForm(ctx, site, req.query.lang)));
  router.post('/public/quote/:key/rate', json, handle((ctx, _site, req) => publicRate(ctx, body(req))));
  router.post('/public/quote/:key/request', json, handle((ctx, site, req) => publicRequest(ctx, site, body(req)), { write: true, request: true }));
  // a body that is not JSON, or too large: the same error shape
  router.use('/public/quote', (error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) console.error('public quote request failed', error);
    res.status(status).json({ errors: [{ message: error.type === 'entity.too.large' ? 'The request is too large.' : 'The request is not valid JSON.', extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL' } }] });
  });
  return router;
}
