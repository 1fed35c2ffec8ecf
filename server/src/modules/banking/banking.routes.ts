import { Router } from 'express';
import cookieParser from 'cookie-parser';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Right } from '@agency/shared';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { createRequestContext, requireStaffSession } from '../../core/request.js';
import { partInMemory, readFilePart, requireCsrfHeader } from '../../core/multipart.js';
import { attachmentHeaders, finishRequest, sendRouteError } from '../../core/route-responses.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { UUID } from '../ledger/ledger-sql.js';
import { RETURNS_MAX_BYTES, importReturns } from './returns.service.js';
import { STATEMENT_MAX_BYTES, importStatement } from './statement-import.service.js';

const CHUNK = 1024 * 1024;

/** Returns undo allocations and reverse payments: also what undoing an allocation needs (as `importSepaReturns`). */
const IMPORTS = {
  statements: { max: STATEMENT_MAX_BYTES, run: importStatement, rights: ['billing:create'] as Right[] },
  returns: { max: RETURNS_MAX_BYTES, run: importReturns, rights: ['billing:create', 'collections:edit'] as Right[] },
} as const;

function requireImporter(ctx: RequestContext, rights: readonly Right[]): void {
  requireStaffSession(ctx);
  const missing = rights.find((r) => !ctx.can(r));
  if (missing) throw forbidden(`Importing this bank file needs the right ${missing}.`);
}

/**
 * `POST /files/bank/statements` (camt.053 / camt.054 of credits) and `POST /files/bank/returns` (pain.002 /
 * camt.054 returns): the bank file as multipart (one `file` part), beyond GraphQL's 200 KB body, imported by
 * the same services as `importBankStatement` / `importSepaReturns` (all or nothing) and answered with the
 * same result as JSON. Same session, company scope and rights (billing:create; returns also collections:edit) as GraphQL; errors in
 * GraphQL's shape. CSRF: the POST must carry `x-requested-with` or `apollo-require-preflight`. Who may
 * import is checked before the file is read, and again in the transaction that imports it.
 */
export function bankImportRoutes(orm: MikroORM, config: Config): Router {
  const router = Router();
  router.post('/files/bank/:kind', cookieParser(), async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      requireCsrfHeader(req);
      const kind = Object.hasOwn(IMPORTS, String(req.params.kind)) ? IMPORTS[req.params.kind as keyof typeof IMPORTS] : null;
      if (!kind) throw notFound('Bank import');
      ctx = await createRequestContext(orm, config, req, res);
      requireImporter(ctx, kind.rights);
      const companyId = ctx.requireCompany();
      await finishRequest(ctx, true);
      ctx = undefined;
      const { fileName, bytes } = await readFilePart(req, kind.max, partInMemory(kind.max));
      ctx = await createRequestContext(orm, config, req, res);
      requireImporter(ctx, kind.rights);
      if (ctx.companyId !== companyId) throw new AppError('CONFLICT', 'The active company changed during the upload; send the file again.');
      const result = await kind.run(ctx, fileName, bytes);
      await finishRequest(ctx, true);
      ctx = undefined;
      res.status(200).json(result);
    } catch (error) {
      if (ctx) await finishRequest(ctx, false).catch(() => undefined);
      req.resume();
      sendRouteError(res, error, 'bank import route');
    }
  });
  return router;
}

/**
 * `GET /files/bank/<id>`: a bank file of the active company (right billing:export), streamed in
 * parts read from the database one at a time. A direct-debit file is offered only once its run is done (it has
 * passed the XSD and every collection is booked). Another company's id: 404 NOT_FOUND.
 */
export function bankingRoutes(orm: MikroORM, config: Config): Router {
  const router = Router();
  router.get('/files/bank/:id', cookieParser(), async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await createRequestContext(orm, config, req, res);
      requireStaffSession(ctx);
      if (!ctx.can('billing:export')) throw forbidden('Downloading bank files needs the right billing:export.');
      const id = String(req.params.id);
      const companyId = ctx.requireCompany();
      const [f] = UUID.test(id)
        ? await ctx.em.execute<Array<{ file_name: string; size_bytes: number; sha256: string; kind: string; part_count: number; run_status: string | null }>>(
            `select f.file_name, f.size_bytes, f.sha256, f.kind, f.part_count, (select r.status from bank_run r where r.company_id = f.company_id and r.file_id = f.id) as run_status
               from bank_file f where f.company_id = ? and f.id = ?`,
            [companyId, id],
          )
        : [];
      if (!f) throw notFound('Bank file');
      if (f.kind === 'pain.008' && f.run_status !== 'done') throw new AppError('CONFLICT', 'The run is not done yet.');
      attachmentHeaders(res, { contentType: 'application/xml; charset=utf-8', size: f.size_bytes, fileName: f.file_name, sha256: f.sha256 });
      // a file stored in parts (a written pain.008, migration 0041) part by part; one kept whole in 1 MB slices
      const read = (k: number) =>
        f.part_count > 0
          ? ctx!.em.execute<Array<{ b: Buffer }>>(`select bytes as b from bank_file_part where company_id = ? and file_id = ? and seq = ?`, [companyId, id, k])
          : ctx!.em.execute<Array<{ b: Buffer }>>(`select substring(content from ? for ?) as b from bank_file where company_id = ? and id = ?`, [k * CHUNK + 1, CHUNK, companyId, id]);
      const count = f.part_count > 0 ? f.part_count : Math.ceil(f.size_bytes / CHUNK);
      for (let k = 0; k < count; k++) {
        const [part] = await read(k);
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
