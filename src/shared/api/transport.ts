import { z } from '@/shared/contract/zod'
import { API_BASE } from '@/shared/contract/apiBase'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import { observeServerDate } from '@/shared/lib/serverClock'
import { ApiError, isNotSupportedStatus } from './ApiError'
import type { HandedExchange } from './earlySession'
import { normalizeErrorBody } from './errorEnvelope'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export type SendOptions = {
  method?: Method
  body?: unknown
  signal?: AbortSignal
  idempotencyKey?: string
  /** false for login/refresh, which carry no Bearer token. */
  auth?: boolean
  timeoutMs?: number
  /** Status and content type of the answer, for a caller that passes them on (the module host's hostFetch). */
  onResponse?: (meta: { status: number; contentType: string }) => void
  /**
   * An exchange asked for before the console's code ran (`earlySession.ts`): an attempt that gets one reads its answer
   * instead of sending; null means send.
   */
  handed?: () => HandedExchange | null
}

/** Headers of the last failed response that the retry policy reads. */
export type AttemptFailure = ApiError & { retryAfter?: string | null }

const DEFAULT_TIMEOUT_MS = 30_000

/** `{ success, data }` → data; `{ success: false, error }` → the error (api-contract §2.2). */
export function unwrap(body: unknown): { ok: true; data: unknown } | { ok: false; error: unknown } {
  if (body && typeof body === 'object' && !Array.isArray(body) && 'success' in body) {
    const wrapped = body as { success: unknown; data?: unknown; error?: unknown }
    if (wrapped.success === false) return { ok: false, error: wrapped }
    if ('data' in wrapped) return { ok: true, data: wrapped.data }
  }
  return { ok: true, data: body }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('')
}

/** Combines the caller's abort signal with a timeout, telling the two apart afterwards. */
function withTimeout(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = () => controller.abort()
  if (signal?.aborted) controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}

/** A response already asked for, given up on when `signal` aborts (the caller's abort or the timeout). */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason)
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** What one attempt sent and got back, before its body is judged. */
type Exchange<B> = { response: Response; body: B; requestId: string; endpoint: string; method: Method }

/**
 * One attempt of one call: the only `fetch` of the console. Sends the contract's headers (a fresh `X-Request-Id`, the
 * Bearer token, a devkit's key on writes), reads the body with `read` inside the timeout, and turns a dropped
 * connection or a timeout into an `ApiError`.
 */
export async function exchange<B>(
  path: string,
  options: SendOptions,
  accept: Record<string, string>,
  read: (response: Response) => Promise<B>,
): Promise<Exchange<B>> {
  const method = options.method ?? 'GET'
  const handed = options.handed?.() ?? null
  const requestId = handed?.requestId ?? crypto.randomUUID()
  const headers: Record<string, string> = { ...accept, 'X-Request-Id': requestId }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
  const { accessToken: token, devkit } = sessionSnapshot()
  if (options.auth !== false && token) headers.Authorization = `Bearer ${token}`
  // A devkit API checks its key on writes only (issue 13); reads never carry it.
  if (options.auth !== false && devkit?.apiKey && method !== 'GET') headers['X-API-Key'] = devkit.apiKey
  const endpoint = path.split('?')[0]!

  const timeout = withTimeout(options.signal, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  let response: Response
  let body: B
  try {
    response = await (handed
      ? untilAborted(handed.response, timeout.signal)
      : fetch(`${API_BASE}${path}`, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: timeout.signal,
        }))
    body = await read(response)
  } catch (error) {
    if (options.signal?.aborted) throw error
    const timedOut = timeout.timedOut()
    throw new ApiError({
      status: 0,
      code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
      message: timedOut ? 'The server did not answer in time.' : 'The server could not be reached. Check your connection.',
      requestId,
      endpoint,
    })
  } finally {
    timeout.dispose()
  }
  options.onResponse?.({ status: response.status, contentType: response.headers.get('Content-Type') ?? '' })
  observeServerDate(response.headers.get('Date'))
  return { response, body, requestId, endpoint, method }
}

/** The request id the server echoed: ours, or the devkit API's own X-Correlation-ID (issue 13). */
const echoedIdOf = (response: Response, requestId: string) =>
  response.headers.get('X-Request-Id') ?? response.headers.get('X-Correlation-ID') ?? requestId

/**
 * The body as text, read through a Blob. Read with `response.text()`, a 13.8 MB answer arriving at once (the `long`
 * scenario's home page, 100,000-character fields: issue 12) held the main thread in tasks of 258–337 ms; read through a
 * Blob, the longest was 57 ms, and ordinary answers are no slower (docs/decisions/021).
 */
async function readText(response: Response): Promise<string> {
  return (await response.blob()).text()
}

/** Above this many characters an answer's parsing and schema check each get a task of their own. */
const LARGE_BODY_CHARS = 1_000_000

/** Resolves in a new task: a message, which no background-tab throttling delays as it does timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

export function parseJson(text: string): { isJson: boolean; body: unknown } {
  if (!text.trim()) return { isJson: true, body: undefined }
  try {
    return { isJson: true, body: JSON.parse(text) }
  } catch {
    return { isJson: false, body: undefined }
  }
}

/** An error answer (any of the envelopes of api-contract §2.3) as the `ApiError` the retry policy reads. */
export function failureOf(exchanged: Exchange<unknown>, errorBody: unknown): AttemptFailure {
  const { response, method, endpoint } = exchanged
  const normalized = normalizeErrorBody(errorBody, response.status, response.statusText)
  // A 405/501 says what the server lacks, not what went wrong: name the call (api-contract §2.2).
  const notSupported = isNotSupportedStatus(response.status)
  const error = new ApiError({
    status: response.ok ? 400 : response.status,
    code: notSupported ? 'NOT_SUPPORTED' : normalized.code,
    message: notSupported ? `This API does not offer ${method} ${endpoint}.` : normalized.message,
    requestId: normalized.requestId ?? echoedIdOf(response, exchanged.requestId),
    details: normalized.details,
    endpoint,
  }) as AttemptFailure
  error.retryAfter = response.headers.get('Retry-After')
  return error
}

/**
 * One attempt of a JSON call: turns every error shape into an `ApiError`, and parses the body with the endpoint's
 * schema (a mismatch is `INVALID_RESPONSE`, with the field path).
 */
export async function send<S extends z.core.$ZodType>(path: string, schema: S, options: SendOptions = {}): Promise<z.output<S>> {
  const exchanged = await exchange(path, options, { Accept: 'application/json' }, readText)
  const { response, endpoint } = exchanged
  const echoedId = echoedIdOf(response, exchanged.requestId)
  // A multi-megabyte answer is decoded, parsed and checked in three tasks, not one (issue 12: no task over 200 ms).
  const large = exchanged.body.length > LARGE_BODY_CHARS
  if (large) await nextTask()
  const { isJson, body } = parseJson(exchanged.body)
  if (large) await nextTask()
  const unwrapped = unwrap(body)
  if (!response.ok || !unwrapped.ok) throw failureOf(exchanged, unwrapped.ok ? body : unwrapped.error)
  if (!isJson) {
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: 'The server answered with something that is not JSON.',
      requestId: echoedId,
      endpoint,
    })
  }
  const parsed = z.safeParse(schema, unwrapped.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const fieldPath = issue ? issuePath(issue.path) || '(body)' : '(body)'
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: `The server answered in an unexpected shape: ${fieldPath} — ${issue?.message ?? 'invalid'}.`,
      requestId: echoedId,
      fieldPath,
      endpoint,
    })
  }
  return parsed.data
}
