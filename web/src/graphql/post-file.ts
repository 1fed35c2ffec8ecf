/**
 * A file sent to one of the server's file routes (`/files/documents`, `/files/bank/…`): multipart with
 * one `file` part, the session cookie, and the `x-requested-with` header the server requires against
 * cross-site posts. The answer's status and JSON (null when it has none), or the network failure.
 */
export type PostFileResult = { status: number; ok: boolean; json: unknown } | { networkError: Error };

export async function postFile(url: string, file: File): Promise<PostFileResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { 'x-requested-with': 'agency-web' } });
  } catch (e) {
    return { networkError: e instanceof Error ? e : new Error(String(e)) };
  }
  return { status: res.status, ok: res.ok, json: await res.json().catch(() => null) };
}
