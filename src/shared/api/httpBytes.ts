import { withCallPolicy } from './http'
import { sendBytes, type BytesAnswer } from './transportBytes'

export type { BytesAnswer } from './transportBytes'

type BytesOptions = {
  signal?: AbortSignal
  /** Only these bytes (inclusive), sent as `Range: bytes=start-end`. */
  range?: { start: number; end: number }
  /** Never read more of the body than this, even from a server that ignores `Range`. */
  maxBytes?: number
  timeoutMs?: number
  /** The `Accept` to send (any type when absent): a module's `hostFetch` forwards its own (module-ui-contract §5). */
  accept?: string
}

/**
 * A GET of raw bytes (an artifact's content, api-contract §9.1) under the same rules as `http()`: the Bearer token and
 * request id, the error envelope read into an `ApiError`, retries of 5xx and dropped connections, the 429 wait, and
 * the 401 refresh and sign-in over the page, sent only under the identity that asked.
 */
export function httpBytes(path: string, options: BytesOptions = {}): Promise<BytesAnswer> {
  return withCallPolicy(path, { signal: options.signal }, () => sendBytes(path, options))
}
