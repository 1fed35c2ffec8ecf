import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, ERROR_CODES, type ErrorCode, type FieldError } from '@agency/shared';
import { postFile } from '../../../graphql/post-file';

export interface UploadedDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  downloadUrl: string;
}

export type UploadResult = { ok: true; document: UploadedDocument } | { ok: false; code: ErrorCode | 'NETWORK'; fields: FieldError[] };

export const ACCEPTED_EXTENSIONS = Object.values(DOCUMENT_TYPES).flatMap((t) => t.extensions);
/** For the file chooser's `accept`: types and extensions. */
export const ACCEPT = [...Object.keys(DOCUMENT_TYPES), ...ACCEPTED_EXTENSIONS.map((e) => `.${e}`)].join(',');

/** What the server would refuse anyway, said before sending: type (by extension) and size. */
export function checkFile(file: File): FieldError | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return { field: 'file', reason: 'type_not_allowed', message: 'Type not allowed' };
  if (file.size === 0) return { field: 'file', reason: 'empty', message: 'Empty' };
  if (file.size > DOCUMENT_MAX_BYTES) return { field: 'file', reason: 'too_large', message: 'Too large' };
  return null;
}

/**
 * Uploads a document of a client or a policy (DR-1): POST /files/documents (postFile), the owner and
 * category in the query; a refusal with its code and the fields it names.
 */
export async function uploadDocument(ownerType: 'client' | 'policy', ownerId: string, category: string, file: File): Promise<UploadResult> {
  const query = new URLSearchParams({ ownerType, ownerId, category });
  const r = await postFile(`/files/documents?${query}`, file);
  if ('networkError' in r) return { ok: false, code: 'NETWORK', fields: [] };
  const json = r.json as { id?: string; errors?: Array<{ extensions?: { code?: string; fields?: FieldError[] } }> } | null;
  if (r.ok && json?.id) return { ok: true, document: json as UploadedDocument };
  const ext = json?.errors?.[0]?.extensions;
  const code = (ERROR_CODES as readonly string[]).includes(ext?.code ?? '') ? (ext!.code as ErrorCode) : 'INTERNAL';
  return { ok: false, code, fields: Array.isArray(ext?.fields) ? ext.fields : [] };
}

/** Bytes in the user's units (KB, MB). */
export function formatSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value);
}
