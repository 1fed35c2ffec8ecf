import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { Config } from '../../config.js';

/**
 * DR-1: every document is written to two separate stores (folders: in production two mounts on
 * different disks or sites; DOCUMENT_STORE_A / DOCUMENT_STORE_B) and its SHA-256 kept in the
 * database, so either copy can be verified and restored from the other.
 */
export interface DocumentStores {
  a: string;
  b: string;
}

export function documentStores(config: Config, env: NodeJS.ProcessEnv = process.env): DocumentStores {
  return {
    a: path.resolve(env.DOCUMENT_STORE_A || path.join(config.dataDir, 'documents', 'store-a')),
    b: path.resolve(env.DOCUMENT_STORE_B || path.join(config.dataDir, 'documents', 'store-b')),
  };
}

export const storageKeyOf = (companyId: string, documentId: string) => `${companyId}/${documentId.slice(0, 2)}/${documentId}`;

export function pathIn(store: string, key: string): string {
  const full = path.resolve(store, key);
  if (!full.startsWith(path.resolve(store) + path.sep)) throw new Error('storage key outside its store');
  return full;
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await open(file, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export interface Received {
  tmpFile: string;
  sha256: string;
  size: number;
  head: Buffer;
  truncated: boolean;
}

/** Streams an upload into store A's temporary folder, hashing it and keeping its first bytes for sniffing. */
export async function receive(stores: DocumentStores, source: Readable, maxBytes: number): Promise<Received> {
  const tmpDir = path.join(stores.a, '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  const tmpFile = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let truncated = false;
  source.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (head.length < 64) head = Buffer.concat([head, chunk.subarray(0, 64 - head.length)]);
    hash.update(chunk);
  });
  source.on('limit', () => {
    truncated = true;
  });
  await pipeline(source, createWriteStream(tmpFile));
  if (size > maxBytes) truncated = true;
  return { tmpFile, sha256: hash.digest('hex'), size, head, truncated };
}

/** Moves a received file into store A and copies it to store B, each written, synced and renamed into place. */
export async function commitToStores(stores: DocumentStores, tmpFile: string, key: string): Promise<void> {
  const a = pathIn(stores.a, key);
  const b = pathIn(stores.b, key);
  mkdirSync(path.dirname(a), { recursive: true });
  mkdirSync(path.dirname(b), { recursive: true });
  const tmpB = path.join(path.dirname(b), `.${path.basename(b)}.${randomUUID()}.tmp`);
  await copyFile(tmpFile, tmpB);
  await fsyncFile(tmpB);
  await fsyncFile(tmpFile);
  await rename(tmpB, b);
  await rename(tmpFile, a);
}

export async function removeFromStores(stores: DocumentStores, key: string): Promise<void> {
  await rm(pathIn(stores.a, key), { force: true });
  await rm(pathIn(stores.b, key), { force: true });
}

export async function sha256Of(file: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(file), hash);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** Copies a good file over a missing or damaged one (written aside, synced, renamed). */
export async function restoreCopy(from: string, to: string): Promise<void> {
  mkdirSync(path.dirname(to), { recursive: true });
  const tmp = path.join(path.dirname(to), `.${path.basename(to)}.${randomUUID()}.tmp`);
  await copyFile(from, tmp);
  await fsyncFile(tmp);
  await rename(tmp, to);
}

/** The first copy whose content matches the checksum: A, else B; null when both are lost. */
export async function intactCopy(stores: DocumentStores, key: string, sha256: string): Promise<string | null> {
  for (const store of [stores.a, stores.b]) {
    const file = pathIn(store, key);
    if ((await sha256Of(file)) === sha256) return file;
  }
  return null;
}

export async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}
