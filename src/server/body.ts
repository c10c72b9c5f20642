/** The largest body a receiver reads: 64 KB (a result payload is a few KB; an envelope a little more). */
export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; received: number };

/**
 * Reads a request's body, stopping as soon as it passes `limit` bytes (the rest is never read).
 * A declared `Content-Length` over the limit is refused before reading; a smaller one is not
 * trusted: the bytes are counted as they arrive.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, tooLarge: true, received: 0 };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true, received };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
