/**
 * The answers the HTML's early script asked for before the console's code loaded (`earlySession.classic.js`): the
 * session's refresh and `me`. A full load of a signed-in page would otherwise send them one after the other only once
 * the entry has evaluated, each answer waiting for a busy main thread (issue 16; decision 014, sixth pass). The console
 * takes each answer at most once and reads it as if it had asked itself (`SendOptions.handed`).
 */

/** An exchange already under way: the request id it was sent with and its response to come. */
export type HandedExchange = { requestId: string; response: Promise<Response> }

type EarlyMe = HandedExchange & { accessToken: string }

type EarlySession = {
  /** The refresh token the script spent; its answer belongs to a session holding that token. */
  refreshToken: string
  refresh: HandedExchange
  /** Sent with the refreshed access token; null when the refresh did not yield one. */
  me: Promise<EarlyMe | null>
}

declare global {
  interface Window {
    __hlaCompassEarlySession?: EarlySession
  }
}

let earlyMe: Promise<EarlyMe | null> | null = null

/**
 * The early refresh's answer, for a restore that spends `refreshToken`; null when there is none or it spent another
 * token. Taken once: a later refresh (the keep-alive, another tab's sign-in) always asks the server itself.
 */
export function takeEarlyRefresh(refreshToken: string): HandedExchange | null {
  const early = window.__hlaCompassEarlySession
  delete window.__hlaCompassEarlySession
  if (!early || early.refreshToken !== refreshToken) return null
  earlyMe = early.me
  return early.refresh
}

/**
 * The early `me` answer, when it was asked for with `accessToken` (the one the early refresh gave); null otherwise.
 * Taken once, like the refresh.
 */
export async function takeEarlyMe(accessToken: string | null): Promise<HandedExchange | null> {
  const pending = earlyMe
  earlyMe = null
  const early = pending ? await pending : null
  return early && accessToken && early.accessToken === accessToken ? early : null
}

/** One use of a handed exchange: the first attempt of a call reads it, a retry asks the server. */
export function handedOnce(exchange: HandedExchange | null): (() => HandedExchange | null) | undefined {
  if (!exchange) return undefined
  let unread: HandedExchange | null = exchange
  return () => {
    const next = unread
    unread = null
    return next
  }
}
