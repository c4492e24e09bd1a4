import type { z } from '@/shared/contract/zod'
import { networkActions } from '@/shared/stores/networkStore'
import { sameIdentity, sessionSnapshot } from '@/shared/stores/sessionStore'
import { ApiError } from './ApiError'
import { identityChangedError, refreshSession, waitForReauth } from './session'
import { send, type AttemptFailure, type SendOptions } from './transport'

export type HttpOptions = Omit<SendOptions, 'idempotencyKey'> & {
  /** Required on writes: one key per user action, reused on every retry of it (api-contract §2.1). */
  idempotencyKey?: string
}

/** Backoff of GET retries on 5xx and network errors: 0.5 s, 1 s, 2 s, ±20 % jitter (api-contract §2.4). */
export const RETRY_DELAYS_MS = [500, 1000, 2000] as const
const MAX_RETRY_AFTER_MS = 60_000

let sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true })
  })

/** Tests replace the waiting so that backoff and Retry-After cost no time. */
export function setHttpSleep(fn: typeof sleep): void {
  sleep = fn
}

const jitter = (ms: number) => Math.round(ms * (0.8 + Math.random() * 0.4))

/** `Retry-After` in seconds or as an HTTP date, capped at 60 s. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number {
  if (!header) return 1000
  const seconds = Number(header)
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now
  return Math.min(Math.max(Number.isFinite(ms) ? ms : 1000, 0), MAX_RETRY_AFTER_MS)
}

/** A devkit's 401: the API key it needs on writes is missing or not the one it was started with. */
function apiKeyRefused(error: ApiError): ApiError {
  const hasKey = !!sessionSnapshot().devkit?.apiKey
  return new ApiError({
    status: error.status,
    code: 'API_KEY_REFUSED',
    message: `${hasKey ? 'The devkit API refused the API key' : 'The devkit API needs an API key for this'} (${error.message.replace(/\.$/, '')}). Enter the DEVKIT_API_KEY the stub was started with.`,
    requestId: error.requestId,
    details: error.details,
    endpoint: error.endpoint,
  })
}

/** A 401 that a new sign-in did not cure: said as such, with the server's own words and request id. */
function refusedAfterSignIn(error: ApiError): ApiError {
  return new ApiError({
    status: error.status,
    code: 'REFUSED_AFTER_SIGN_IN',
    message: `The server refused this call again after you signed in (${error.message.replace(/\.$/, '')}). Your sign-in is fine: this call may need access you no longer have. Ask an administrator of your organization, or try again later.`,
    requestId: error.requestId,
    details: error.details,
    endpoint: error.endpoint,
  })
}

/** A fresh key for a user action that writes. */
export const newIdempotencyKey = (): string => crypto.randomUUID()

/**
 * The console's one way to call the API. GETs retry on 5xx and network errors with backoff; a write retries only with
 * its own idempotency key; 429 waits for `Retry-After` (the shell shows the countdown) and retries once; 401 refreshes
 * once (single flight) and, if that fails, waits for the user to sign in again over the page, then replays the call; a
 * 401 after that sign-in fails the call, explained, instead of asking again.
 * A call is only ever sent under the identity that made it: once somebody else (or another organization) holds the
 * session, its retries and replays stop with `SESSION_CHANGED`.
 */
export function http<S extends z.core.$ZodType>(path: string, schema: S, options: HttpOptions = {}): Promise<z.output<S>> {
  return withCallPolicy(path, options, () => send(path, schema, options))
}

/**
 * The policy of `http()` around any kind of attempt (a JSON call, a read of bytes): retries, the 429 wait, the 401
 * refresh and sign-in over the page, and the identity check before every attempt.
 */
export async function withCallPolicy<T>(path: string, options: HttpOptions, attempt: () => Promise<T>): Promise<T> {
  const method = options.method ?? 'GET'
  const isRead = method === 'GET'
  if (!isRead && !options.idempotencyKey && options.auth !== false) {
    throw new Error(`http(): ${method} ${path} needs an idempotency key`)
  }
  let transientRetries = 0
  let rateLimitRetried = false
  let refreshed = false
  let signedInAgain = false
  const signed = options.auth !== false
  const owner = signed ? sessionSnapshot().identity : null
  const endpoint = path.split('?')[0]!
  for (;;) {
    if (owner && !sameIdentity(owner, sessionSnapshot().identity)) {
      throw identityChangedError(owner, sessionSnapshot().identity, endpoint)
    }
    try {
      return await attempt()
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught
      const error = caught as AttemptFailure
      // A devkit API has no sign-in to renew: its 401 is about the API key, and no dialog can fix it.
      if (error.status === 401 && signed && sessionSnapshot().devkit) throw apiKeyRefused(error)
      if (error.status === 401 && signed) {
        // Tokens fresh from a sign-in made for this very call cannot have expired: the server refuses the call whatever
        // the token (a grant taken away, a proxy in the way). Asking the user to sign in again would only loop.
        if (signedInAgain) throw refusedAfterSignIn(error)
        if (!refreshed) {
          refreshed = true
          if (await refreshSession()) continue
        }
        await waitForReauth({ owner: owner ?? sessionSnapshot().identity, method, endpoint })
        signedInAgain = true
        continue
      }
      if (error.status === 429 && !rateLimitRetried) {
        rateLimitRetried = true
        const wait = retryAfterMs(error.retryAfter)
        networkActions().rateLimited(Date.now() + wait)
        try {
          await sleep(wait, options.signal)
        } finally {
          networkActions().rateLimitEnded()
        }
        continue
      }
      // A write may be retried automatically only because the same idempotency key makes the retry harmless.
      const retryable =
        (error.status >= 500 || error.code === 'NETWORK_ERROR') &&
        error.code !== 'NOT_SUPPORTED' &&
        (isRead || !!options.idempotencyKey)
      if (retryable && transientRetries < RETRY_DELAYS_MS.length) {
        await sleep(jitter(RETRY_DELAYS_MS[transientRetries]!), options.signal)
        transientRetries += 1
        continue
      }
      throw error
    }
  }
}
