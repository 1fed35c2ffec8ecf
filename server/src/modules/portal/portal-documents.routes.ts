import { Router } from 'express';
import cookieParser from 'cookie-parser';
import { createReadStream } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { AppError, unauthenticated } from '../../core/errors.js';
import { attachmentHeaders, finishRequest as finish, sendRouteError } from '../../core/route-responses.js';
import { documentStores, intactCopy } from '../documents/document.storage.js';
import { createPortalRequestContext, type PortalRequestContext } from './portal-context.js';
import { auditDownload, sharedDocument, sharedOffer } from './portal-documents.service.js';
import { offerPdf } from '../products/offer-pdf.js';

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
      attachmentHeaders(res, { contentType: doc.contentType, size: doc.sizeBytes, fileName: doc.fileName, sha256: doc.sha256 });
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      sendRouteError(res, error, 'portal download');
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
      attachmentHeaders(res, { contentType: pdf.contentType, size: body.length, fileName: pdf.fileName });
      res.end(body);
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      sendRouteError(res, error, 'portal download');
    }
  });
  return router;
}
