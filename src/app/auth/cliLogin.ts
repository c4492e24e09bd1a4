import type { TokenPair } from '@/shared/contract/auth'

/** A checked CLI handoff request (api-contract §11). */
export type CliLoginRequest = { redirectUri: URL; state: string; hostLabel: string }

const STATE_PATTERN = /^[A-Za-z0-9._~-]{8,512}$/

/**
 * Step 1 of the handoff: `redirect_uri` must be a loopback http URL with an explicit port 1024–65535, no credentials and
 * no fragment; `state` 8–512 URL-safe characters. Returns why not, in words a person can act on.
 */
export function checkCliLoginRequest(
  params: URLSearchParams,
): { ok: true; request: CliLoginRequest } | { ok: false; reason: string } {
  const raw = params.get('redirect_uri')
  const state = params.get('state')
  if (!raw) return { ok: false, reason: 'The request has no redirect_uri.' }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'The redirect_uri is not a valid URL.' }
  }
  if (url.protocol !== 'http:') return { ok: false, reason: 'The redirect_uri must use http: on this computer (loopback).' }
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
    return { ok: false, reason: `The redirect_uri points at ${url.hostname}, not at this computer (127.0.0.1 or localhost).` }
  const port = Number(url.port)
  if (!url.port || !Number.isInteger(port) || port < 1024 || port > 65535)
    return { ok: false, reason: 'The redirect_uri needs an explicit port between 1024 and 65535.' }
  if (url.username || url.password) return { ok: false, reason: 'The redirect_uri must not contain a user name or password.' }
  if (raw.includes('#')) return { ok: false, reason: 'The redirect_uri must not contain a fragment (#).' }
  if (!state) return { ok: false, reason: 'The request has no state.' }
  if (!STATE_PATTERN.test(state)) return { ok: false, reason: 'The state must be 8–512 URL-safe characters.' }
  return { ok: true, request: { redirectUri: url, state, hostLabel: `${url.hostname}:${url.port}` } }
}

/** Standard base64 (with padding) of the UTF-8 JSON. */
function base64Json(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  let binary = ''
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)))
  return btoa(binary)
}

/** Step 3: the redirect carrying `state` and the token payload, keeping the URI's own query. */
export function cliSuccessUrl(request: CliLoginRequest, tokens: TokenPair): string {
  const url = new URL(request.redirectUri)
  url.searchParams.set('state', request.state)
  url.searchParams.set('payload', base64Json(tokens))
  return url.toString()
}

/** Step 4: cancel or failure. */
export function cliErrorUrl(request: CliLoginRequest, code: 'access_denied' | 'login_failed'): string {
  const url = new URL(request.redirectUri)
  url.searchParams.set('state', request.state)
  url.searchParams.set('error', code)
  return url.toString()
}
