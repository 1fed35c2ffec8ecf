import { Router, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DOCUMENT_MAX_BYTES } from '@agency/shared';
import type { Config } from '../../config.js';
import type { RequestContext } from '../../core/context.js';
import { createRequestContext, requireStaffSession } from '../../core/request.js';
import { readFilePart, requireCsrfHeader } from '../../core/multipart.js';
import { attachmentHeaders, finishRequest as finish, sendRouteError } from '../../core/route-responses.js';
import { AppError, badField } from '../../core/errors.js';
import { commitToStores, documentStores, intactCopy, receive, removeFromStores, storageKeyOf, type DocumentStores, type Received } from './document.storage.js';
import { cleanFileName, downloadUrlOf, getDocument, recordDocument, sniffContentType, uploadTarget } from './documents.service.js';

/** Reads the one file part of a multipart body into store A's temporary folder. */
function readUpload(req: Request, stores: DocumentStores): Promise<{ fileName: string; received: Received }> {
  return readFilePart(req, DOCUMENT_MAX_BYTES, async (part, fileName) => ({ fileName: fileName || 'document', received: await receive(stores, part, DOCUMENT_MAX_BYTES) }));
}

/**
 * POST /files/documents?ownerType=client&ownerId=…&category=identity (multipart, one `file` part) and
 * GET /files/documents/:id. Same session as GraphQL (cookie or bearer), same request context: the
 * company scope, row-level security, the audit and the rights catalogue apply (edit to upload, view
 * to download). CSRF: a POST must carry `x-requested-with` or `apollo-require-preflight`, which a
 * cross-site form cannot send.
 */
export function documentRoutes(orm: MikroORM, config: Config): Router {
  const stores = documentStores(config);
  const router = Router();

  router.post('/files/documents', cookieParser(), async (req, res) => {
    try {
      requireCsrfHeader(req);
    } catch (error) {
      sendRouteError(res, error, 'document upload');
      return;
    }
    let ctx: RequestContext | undefined;
    let upload: { fileName: string; received: Received } | undefined;
    let key: string | undefined;
    try {
      const q = req.query as Record<string, string | undefined>;
      // Who, where and onto what, checked before a byte is stored — in a transaction closed again
      // before the file streams in: a slow upload holds no database connection.
      ctx = await createRequestContext(orm, config, req, res);
      requireStaffSession(ctx);
      await uploadTarget(ctx, q.ownerType, q.ownerId, q.category);
      const companyId = ctx.requireCompany();
      await finish(ctx, true);
      ctx = undefined;
      upload = await readUpload(req, stores);
      const { received } = upload;
      if (received.truncated) throw new AppError('BAD_USER_INPUT', `The file is larger than ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB.`, { fields: [{ field: 'file', reason: 'too_large', message: 'At most 20 MB' }] });
      if (received.size === 0) throw badField('file', 'empty', 'The file is empty.');
      const fileName = cleanFileName(upload.fileName);
      const contentType = sniffContentType(received.head, fileName);
      if (!contentType) throw badField('file', 'type_not_allowed', 'Accepted: PDF, JPEG, PNG, HEIC, DOCX (and the file name must match its content).');
      // Checked again in the transaction that records the file: the session may have ended, the
      // company changed or the client gone while the file was on its way.
      ctx = await createRequestContext(orm, config, req, res);
      requireStaffSession(ctx);
      if (ctx.companyId !== companyId) throw new AppError('CONFLICT', 'The active company changed during the upload; send the file again.');
      const target = await uploadTarget(ctx, q.ownerType, q.ownerId, q.category);
      const id = randomUUID();
      key = storageKeyOf(companyId, id);
      await commitToStores(stores, received.tmpFile, key);
      const doc = recordDocument(ctx, id, target, { fileName, contentType, size: received.size, sha256: received.sha256, key });
      await finish(ctx, true);
      res.status(201).json({ id: doc.id, fileName: doc.fileName, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, downloadUrl: downloadUrlOf(doc.id) });
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      if (upload) await rm(upload.received.tmpFile, { force: true });
      if (key) await removeFromStores(stores, key).catch(() => undefined);
      req.resume();
      sendRouteError(res, error, 'document route');
    }
  });

  router.get('/files/documents/:id', cookieParser(), async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await createRequestContext(orm, config, req, res);
      requireStaffSession(ctx);
      const doc = await getDocument(ctx, String(req.params.id), 'view');
      const file = await intactCopy(stores, doc.storageKey, doc.sha256);
      await finish(ctx, true);
      if (!file) throw new AppError('INTERNAL', 'Both copies of this document are damaged; an administrator must restore it.');
      attachmentHeaders(res, { contentType: doc.contentType, size: doc.sizeBytes, fileName: doc.fileName, sha256: doc.sha256 });
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (error) {
      if (ctx) await finish(ctx, false).catch(() => undefined);
      sendRouteError(res, error, 'document route');
    }
  });

  return router;
}
