import type { Request } from 'express';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { AppError, badField } from './errors.js';

/**
 * The HTTP routes beside GraphQL that take a file (documents, bank files): one `file` part of a
 * multipart body, and the same CSRF rule as GraphQL's (a cross-site form cannot send these headers).
 */

/** A POST must carry `x-requested-with` or `apollo-require-preflight` (FORBIDDEN, reason CSRF, otherwise). */
export function requireCsrfHeader(req: Request): void {
  if (!req.get('x-requested-with') && !req.get('apollo-require-preflight')) {
    throw new AppError('FORBIDDEN', 'Missing the x-requested-with header (CSRF protection).', { reason: 'CSRF' });
  }
}

/** The file part's stream as busboy gives it: `truncated` once more than the limit arrived. */
export type FilePart = Readable & { truncated?: boolean };

/**
 * Reads the one file part of the request's multipart body with `take` (which consumes the stream and
 * decides what a too-large or broken part means), at most `maxBytes` bytes, no other fields. Refused on
 * the field `file`: not multipart, no file part, a body that cannot be parsed. The outcome is judged
 * once busboy has read the whole body; `take`'s own failure is that outcome.
 */
export function readFilePart<T>(req: Request, maxBytes: number, take: (part: FilePart, fileName: string) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes, fields: 0, parts: 2 } });
    } catch {
      reject(badField('file', 'not_multipart', 'Send the file as multipart/form-data.'));
      return;
    }
    // settles only by value, so that a part failing before the body ends is never an unhandled rejection
    let taken: Promise<{ value: T } | { error: unknown }> | null = null;
    // `files: 1`: busboy emits no second file part (it drops it and emits 'filesLimit')
    bb.on('file', (_name, stream, info) => {
      taken = take(stream as FilePart, info.filename ?? '').then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    });
    bb.on('close', () => {
      if (!taken) reject(badField('file', 'required', 'No file in the request.'));
      else void taken.then((outcome) => ('error' in outcome ? reject(outcome.error) : resolve(outcome.value)));
    });
    bb.on('error', () => reject(badField('file', 'malformed', 'The upload could not be read.')));
    req.pipe(bb);
  });
}

/** `take` for a part read whole into memory (a file parsed whole): too large → `file` too_large, broken → malformed. */
export function partInMemory(maxBytes: number) {
  return (part: FilePart, fileName: string): Promise<{ fileName: string; bytes: Buffer }> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      part.on('data', (c: Buffer) => chunks.push(c));
      part.on('error', () => reject(badField('file', 'malformed', 'The upload could not be read.')));
      part.on('close', () =>
        part.truncated ? reject(badField('file', 'too_large', `At most ${maxBytes / 1024 / 1024} MB.`)) : resolve({ fileName, bytes: Buffer.concat(chunks) }),
      );
    });
}
