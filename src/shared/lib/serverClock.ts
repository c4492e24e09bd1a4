/**
 * The server's notion of "now", learnt from the `Date` header of API responses. Expiry and "N minutes ago" are judged
 * against it, so a wrong laptop clock (or the demo's own clock, which starts on 2026-01-15) does not mislead the user.
 */
let offsetMs = 0

/** Called by the http client with each response's `Date` header. */
export function observeServerDate(header: string | null): void {
  if (!header) return
  const serverMs = Date.parse(header)
  if (!Number.isNaN(serverMs)) offsetMs = serverMs - Date.now()
}

/** Epoch milliseconds on the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs
}

/** A client timestamp (e.g. when a query's data arrived) on the server's clock. */
export function toServerTime(clientMs: number): number {
  return clientMs + offsetMs
}
