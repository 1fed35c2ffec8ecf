import { Router } from 'express';
import cookieParser from 'cookie-parser';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { createRequestContext } from '../../core/request.js';
import { attachmentHeaders, sendRouteError } from '../../core/route-responses.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { UUID } from '../ledger/ledger-sql.js';

const CHUNK = 1024 * 1024;

/**
 * `GET /files/bank/<id>`: a bank file of the active company (right billing:export), streamed in
 * chunks read from the database. A direct-debit file is offered only once its run is done (it has
 * passed the XSD and every collection is booked). Another company's id: 404 NOT_FOUND.
 */
export function bankingRoutes(orm: MikroORM, config: Config): Router {
  const router = Router();
  router.get('/files/bank/:id', cookieParser(), async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await createRequestContext(orm, config, req, res);
      if (!ctx.signedIn) throw unauthenticated();
      if (!ctx.can('billing:export')) throw forbidden('Downloading bank files needs the right billing:export.');
      const id = String(req.params.id);
      const companyId = ctx.requireCompany();
      const [f] = UUID.test(id)
        ? await ctx.em.execute<Array<{ file_name: string; size_bytes: number; sha256: string; kind: string; run_status: string | null }>>(
            `select f.file_name, f.size_bytes, f.sha256, f.kind, (select r.status from bank_run r where r.company_id = f.company_id and r.file_id = f.id) as run_status
               from bank_file f where f.company_id = ? and f.id = ?`,
            [companyId, id],
          )
        : [];
      if (!f) throw notFound('Bank file');
      if (f.kind === 'pain.008' && f.run_status !== 'done') throw new AppError('CONFLICT', 'The run is not done yet.');
      attachmentHeaders(res, { contentType: 'application/xml; charset=utf-8', size: f.size_bytes, fileName: f.file_name, sha256: f.sha256 });
      for (let at = 0; at < f.size_bytes; at += CHUNK) {
        const [part] = await ctx.em.execute<Array<{ b: Buffer }>>(`select substring(content from ? for ?) as b from bank_file where company_id = ? and id = ?`, [at + 1, CHUNK, companyId, id]);
        if (!res.write(part.b)) await new Promise((r) => res.once('drain', r));
      }
      if (ctx.em.isInTransaction()) await ctx.em.commit();
      res.end();
    } catch (error) {
      if (ctx?.em.isInTransaction()) await ctx.em.rollback().catch(() => undefined);
      sendRouteError(res, error, 'bank file route');
    }
  });
  return router;
}
