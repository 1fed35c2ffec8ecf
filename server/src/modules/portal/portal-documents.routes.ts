import { Router, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { createReadStream } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { AppError, unauthenticated } from '../../core/errors.js';
import { documentStores, intactCopy } from '../documents/document.storage.js';
import { createPortalRequestContext, type PortalRequestContext } from './portal-context.js';
import { auditDownload, sharedDocument, sharedOffer } from './portal-documents.service.js';
import { offerPdf } from '../products/offer-pdf.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

function sendError(res: Response, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof GraphQLError && error.extensions?.code) {
    const code = String(error.extensions.code);
    res.status(STATUS[code] ?? 500).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  console.error('portal download failed', error);
  res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL' } }] });
}

async function finish(ctx: PortalRequestContext, ok: boolean): Promise<void> {
  if (!ctx.em.isInTransaction()) return;
  if (ok) {
    await ctx.em.flush();
    await ctx.em.commit();
  } else await ctx.em.rollback();
}

/**
 * GET /portal/files/documents/:id — a document shared with the portal user (item 8), streamed from an
 * intact copy of the two stores, with the portal's session (cookie `portal_sid` or bearer token) and
 * its scope; the download's audit row is committed before the first byte is sent.
 */
export function portalDocumentRoutes(orm: MikroORM, config: Config): Router {
  const stores = documentStores(config);
  const router = Router();
  router.get('/portal/files/documents/:id', cookieParser(), async (req, res) => {
    let ctx: PortalRequestContext | undefined;
    try {
      ctx = await createPortalRequestContext(orm, config, req, res);
      if (!ctx.portalSignedIn) throw unauthenticated();
      const doc = await sharedDocument(ctx, String(req.params.id));
      const file = await intactCopy(stores, doc.storageKey, doc.sha256);
      if (!file) throw new AppError('INTERNAL', 'Both copies of this document are damaged; the agency must restore it.');
      await auditDownload(ctx, 'StoredDocument', doc.id, { fileName: doc.fileName, category: doc.category, clientId: doc.clientId ?? null, ownerType: doc.ownerType, ownerId: doc.ownerId });
      await finish(ctx, true);
      res.setHeader('Content-Type', doc.contentType);
      res.setHeader('Content-Length', String(doc.sizeBytes));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Checksum-SHA256', doc.sha256);
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      sendError(res, error);
    }
  });
  /** GET /portal/files/offers/:id — an offer's PDF (rendered by the products module), audited like a document. */
  router.get('/portal/files/offers/:id', cookieParser(), async (req, res) => {
    let ctx: PortalRequestContext | undefined;
    try {
      ctx = await createPortalRequestContext(orm, config, req, res);
      if (!ctx.portalSignedIn) throw unauthenticated();
      const offer = await sharedOffer(ctx, String(req.params.id));
      const pdf = await offerPdf(ctx, offer.id);
      await auditDownload(ctx, 'ProductOffer', offer.id, { fileName: pdf.fileName, clientId: offer.client.id });
      await finish(ctx, true);
      const body = Buffer.from(pdf.base64, 'base64');
      res.setHeader('Content-Type', pdf.contentType);
      res.setHeader('Content-Length', String(body.length));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.end(body);
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      sendError(res, error);
    }
  });
  return router;
}
