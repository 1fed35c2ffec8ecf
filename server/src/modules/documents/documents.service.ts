import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type ModuleName, type Right } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badField, forbidden, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { StoredDocument } from './document.entity.js';

/**
 * Owners of documents: a module registers its owner type (`client` now; `policy`, `claim` later),
 * which module's rights guard it, and how to find the owner (and its client) in the active company.
 */
export interface DocumentOwner {
  module: ModuleName;
  /** The owner's client id, or null when the owner does not exist in the active company. */
  clientIdOf(ctx: RequestContext, ownerId: string): Promise<string | null>;
}

const owners = new Map<string, DocumentOwner>();
const referenceClearers: Array<(ctx: RequestContext, documentId: string) => Promise<void>> = [];

/** Rows of other modules that point at a document (an identity document's scan) let go of it before it is deleted. */
export function onDocumentDelete(clear: (ctx: RequestContext, documentId: string) => Promise<void>): void {
  referenceClearers.push(clear);
}

export function registerDocumentOwner(type: string, owner: DocumentOwner): void {
  owners.set(type, owner);
}

export function ownerOf(type: string): DocumentOwner {
  const owner = owners.get(type);
  if (!owner) throw badField('ownerType', 'unknown', `Documents can be attached to: ${[...owners.keys()].join(', ')}.`);
  return owner;
}

/**
 * What a user does with a document, each guarded by the owner module's right of that name: `view`
 * (list, read, download), `edit` (upload), `delete` (permanent deletion, BASE-4: never part of `edit`).
 */
export type DocumentAction = 'view' | 'edit' | 'delete';

export function requireRight(ctx: RequestContext, owner: DocumentOwner, action: DocumentAction): void {
  const right = `${owner.module}:${action}` as Right;
  if (!ctx.can(right)) throw forbidden(`You need the right ${right}.`);
}

/** Whether the user may read documents of this owner type (the owner module's view right); false for an unknown type. */
export function mayViewOwner(ctx: RequestContext, ownerType: string): boolean {
  const owner = owners.get(ownerType);
  return !!owner && ctx.can(`${owner.module}:view` as Right);
}

/** The owner types whose documents the user may read (see mayViewOwner). */
export function viewableOwnerTypes(ctx: RequestContext): string[] {
  return [...owners.keys()].filter((type) => mayViewOwner(ctx, type));
}

export const downloadUrlOf = (id: string) => `/files/documents/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A document of the active company the user may see (or change, or delete), else NOT_FOUND (also for
 * another company's id: tenancy hides it before any right is checked) / FORBIDDEN.
 */
export async function getDocument(ctx: RequestContext, id: string, action: DocumentAction): Promise<StoredDocument> {
  ctx.requireCompany();
  if (!UUID.test(id)) throw notFound('Document');
  const doc = await ctx.em.findOne(StoredDocument, { id });
  if (!doc) throw notFound('Document');
  requireRight(ctx, ownerOf(doc.ownerType), action);
  return doc;
}

export interface UploadTarget {
  ownerType: string;
  ownerId: string;
  clientId: string;
  category: string;
}

/** Checks where an upload goes before its body is read: owner type, right, owner in this company, category. */
export async function uploadTarget(ctx: RequestContext, ownerType: string | undefined, ownerId: string | undefined, category: string | undefined): Promise<UploadTarget> {
  ctx.requireCompany();
  const owner = ownerOf(ownerType ?? '');
  requireRight(ctx, owner, 'edit');
  if (!ownerId || !UUID.test(ownerId)) throw notFound('Owner');
  const clientId = await owner.clientIdOf(ctx, ownerId);
  if (!clientId) throw notFound('Owner');
  if (!category || !(DOCUMENT_CATEGORIES as readonly string[]).includes(category)) {
    throw badField('category', 'unknown', `One of: ${DOCUMENT_CATEGORIES.join(', ')}.`);
  }
  return { ownerType: ownerType!, ownerId, clientId, category };
}

/**
 * The file's real type from its first bytes (never the browser's word): PDF, JPEG, PNG, HEIC, DOCX
 * (a ZIP named .docx). Null when the type is not accepted or does not match the file name.
 */
export function sniffContentType(head: Buffer, fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  let type: string | null = null;
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') type = 'application/pdf';
  else if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) type = 'image/jpeg';
  else if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) type = 'image/png';
  else if (head.subarray(4, 8).toString('latin1') === 'ftyp' && /^(heic|heix|hevc|hevx|mif1|msf1)$/.test(head.subarray(8, 12).toString('latin1'))) type = 'image/heic';
  else if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && ext === 'docx') {
    type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  if (!type || !DOCUMENT_TYPES[type].extensions.includes(ext)) return null;
  return type;
}

const FILE_NAME_MAX = 200;

/**
 * The name a file is kept and downloaded under: no folders, no control or reserved characters, at
 * most 200 characters. A longer name is shortened before its extension, which stays (the type check
 * reads it), counted in characters, never halving one.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'document';
  // eslint-disable-next-line no-control-regex
  const chars = Array.from(base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_'));
  if (chars.length <= FILE_NAME_MAX) return chars.join('') || 'document';
  const dot = chars.lastIndexOf('.');
  const ext = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  return [...chars.slice(0, FILE_NAME_MAX - ext.length), ...ext].join('');
}

export function recordDocument(ctx: RequestContext, id: string, target: UploadTarget, file: { fileName: string; contentType: string; size: number; sha256: string; key: string }): StoredDocument {
  return ctx.em.create(StoredDocument, {
    id,
    company: ctx.em.getReference(Company, ctx.requireCompany()),
    ownerType: target.ownerType,
    ownerId: target.ownerId,
    clientId: target.clientId,
    category: target.category,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.size,
    sha256: file.sha256,
    storageKey: file.key,
    uploadedById: ctx.user?.id ?? null,
    createdAt: new Date(),
  });
}

/**
 * Deletes a document's record for good (audited by the flush): needs the owner module's `delete` right
 * (clients:delete, policies:delete, claims:delete), not its `edit`. Its files stay until `docs:verify`
 * collects unreferenced files: a rolled-back request can never lose a file that is still referenced.
 */
export async function deleteDocument(ctx: RequestContext, id: string): Promise<boolean> {
  const doc = await getDocument(ctx, id, 'delete');
  for (const clear of referenceClearers) await clear(ctx, doc.id);
  await ctx.em.flush();
  ctx.em.remove(doc);
  await ctx.em.flush();
  return true;
}

/**
 * A policy or a claim moved to another client takes the documents it owns along (they name the owner's
 * client, see recordDocument): each one's `clientId` is set, audited row by row by the caller's flush.
 */
export async function moveOwnedDocuments(ctx: RequestContext, ownerType: string, ownerId: string, clientId: string): Promise<void> {
  for (const d of await ctx.em.find(StoredDocument, { ownerType, ownerId })) d.clientId = clientId;
}

export async function listDocuments(ctx: RequestContext, ownerType: string, ownerId: string): Promise<StoredDocument[]> {
  ctx.requireCompany();
  const owner = ownerOf(ownerType);
  requireRight(ctx, owner, 'view');
  if (!UUID.test(ownerId) || !(await owner.clientIdOf(ctx, ownerId))) throw notFound('Owner');
  return ctx.em.find(StoredDocument, { ownerType, ownerId }, { orderBy: { createdAt: 'desc' } });
}
