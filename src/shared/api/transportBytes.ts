/** The bytes side of the transport (issue 18): only the artifact preview loads it, so it stays out of the first load. */
import { exchange, failureOf, parseJson, unwrap, type SendOptions } from './transport'

/** Bytes of a file the API serves (an artifact's content), as far as a read asked for them. */
export type BytesAnswer = {
  bytes: Uint8Array<ArrayBuffer>
  status: number
  /** The answer's `Content-Type`, `''` when it has none. */
  contentType: string
  headers: Headers
}

/** Reads at most `limit` bytes of a body, then stops reading: a server that ignores `Range` still costs no more. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body || !Number.isFinite(limit)) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  while (length < limit) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    length += value.byteLength
  }
  if (length >= limit) void reader.cancel().catch(() => undefined)
  const bytes = new Uint8Array(Math.min(length, limit))
  let at = 0
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - at)
    bytes.set(part, at)
    at += part.byteLength
    if (at >= bytes.length) break
  }
  return bytes
}

/**
 * One attempt of a read of raw bytes (an artifact's content): the same headers, identity and error envelope as a JSON
 * call, with `Range` when asked and any `Accept`; an error answer is read as JSON (api-contract §2.3). `maxBytes` caps
 * what is read of a success, whatever the server sends.
 */
export async function sendBytes(
  path: string,
  options: SendOptions & { range?: { start: number; end: number }; maxBytes?: number; accept?: string } = {},
): Promise<BytesAnswer> {
  const accept: Record<string, string> = { Accept: options.accept ?? '*/*' }
  if (options.range) accept.Range = `bytes=${options.range.start}-${options.range.end}`
  const limit = options.maxBytes ?? Number.POSITIVE_INFINITY
  const exchanged = await exchange(path, options, accept, async (response) =>
    response.ok ? readAtMost(response, limit) : new TextEncoder().encode(await response.text()),
  )
  const { response } = exchanged
  // 416: a range past the end, which a file of 0 bytes answers to any range (its Content-Range says `*/0`).
  if (!response.ok && response.status !== 416) {
    const { body } = parseJson(new TextDecoder().decode(exchanged.body))
    const unwrapped = unwrap(body)
    throw failureOf(exchanged, unwrapped.ok ? body : unwrapped.error)
  }
  return {
    bytes: response.ok ? exchanged.body : new Uint8Array(0),
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    headers: response.headers,
  }
}
