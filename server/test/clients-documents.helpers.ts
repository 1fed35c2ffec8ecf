import type { GqlClient, TestPlatform } from './harness.js';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

export function baseUrl(t: TestPlatform): string {
  return t.url;
}

/** POST /files/documents as the person behind `c` (multipart, one file). */
export async function postDocument(
  t: TestPlatform,
  c: GqlClient,
  opts: { ownerId: string; ownerType?: string; category?: string; fileName?: string; content?: Buffer; csrf?: boolean },
): Promise<{ status: number; json: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(opts.content ?? PDF)]), opts.fileName ?? 'document.pdf');
  const q = new URLSearchParams({ ownerType: opts.ownerType ?? 'client', ownerId: opts.ownerId, category: opts.category ?? 'other' });
  const res = await fetch(`${t.url}/files/documents?${q}`, {
    method: 'POST',
    headers: { ...c.authHeaders(), ...(opts.csrf === false ? {} : { 'x-requested-with': 'agency-web' }) },
    body: form,
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

export async function uploadDocument(t: TestPlatform, c: GqlClient, opts: Parameters<typeof postDocument>[2]): Promise<{ id: string; sha256: string; sizeBytes: number }> {
  const r = await postDocument(t, c, opts);
  if (r.status !== 201) throw new Error(`upload failed ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json;
}

export async function download(t: TestPlatform, c: GqlClient, id: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(`${t.url}/files/documents/${id}`, { headers: c.authHeaders() });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}
