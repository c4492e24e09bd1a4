import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { withQuery } from '@/shared/contract/paths'

/**
 * A log read the way api-contract §6 describes it, for any log endpoint of that shape (a module run's, a workflow
 * step's): oldest first along `nextToken`, polled while the server may still add lines, capped in memory.
 */

/** A log is polled this often while the server may still add lines (api-contract §6). */
export const LOG_POLL_MS = 2_000
/** Lines per log request, and requests per fetch: a long log arrives in slices of 2,000 lines ("Load more"). */
export const LOG_PAGE_LINES = 500
const LOG_PAGES_PER_FETCH = 4
/** The viewer keeps at most this many lines in memory and says how many older ones it dropped (api-contract §6). */
export const MAX_LOG_LINES = 10_000

/** A log as read so far: `nextToken` continues it; `caughtUp` = the last read reached the current end. */
export type LogTail = { events: LogEvent[]; nextToken: string | null; dropped: number; caughtUp: boolean }

/** One page of a log endpoint (`logPath`), oldest first, continuing at `nextToken`. */
export const readLogPageAt = (logPath: string, nextToken: string | undefined, limit: number, signal?: AbortSignal) =>
  http(withQuery(logPath, { order: 'asc', limit, nextToken }), LogPage, { signal })

/**
 * Continues a log from where `previous` stopped: never re-reads a line. A finished log read to its end
 * (`nextToken: null`) is returned as is; so is one that gained nothing (no re-render).
 */
export async function readLogTail(logPath: string, previous: LogTail | undefined, signal: AbortSignal): Promise<LogTail> {
  if (previous && previous.nextToken === null) return previous
  let events = previous?.events ?? []
  let nextToken = previous?.nextToken ?? undefined
  let caughtUp = false
  let added = 0
  for (let i = 0; i < LOG_PAGES_PER_FETCH && !caughtUp; i++) {
    const page = await readLogPageAt(logPath, nextToken, LOG_PAGE_LINES, signal)
    if (page.events.length) events = [...events, ...page.events]
    added += page.events.length
    caughtUp = page.nextToken === null || page.events.length < LOG_PAGE_LINES
    nextToken = page.nextToken ?? undefined
    if (page.nextToken === null) return trimmed({ events, nextToken: null, dropped: previous?.dropped ?? 0, caughtUp })
  }
  if (previous && added === 0 && previous.caughtUp === caughtUp && previous.nextToken === nextToken) return previous
  return trimmed({ events, nextToken: nextToken ?? null, dropped: previous?.dropped ?? 0, caughtUp })
}

function trimmed(tail: LogTail): LogTail {
  const excess = tail.events.length - MAX_LOG_LINES
  return excess > 0 ? { ...tail, events: tail.events.slice(excess), dropped: tail.dropped + excess } : tail
}

/**
 * When to read a log again: every 2 s while its source is still writing, the server says it may add lines, and the
 * last read reached the current end (a backlog is read on "Load more" instead, not by polling).
 */
export const logPollInterval = (tail: LogTail | undefined, sourceActive: boolean): number | false =>
  sourceActive && tail && tail.nextToken !== null && tail.caughtUp ? LOG_POLL_MS : false

/** Every line of a log, for the download: pages of 1,000 until the end (or the current end of a log still written). */
export async function readWholeLog(
  logPath: string,
  onProgress: (linesRead: number) => void,
  signal: AbortSignal,
): Promise<LogEvent[]> {
  const events: LogEvent[] = []
  let nextToken: string | undefined
  for (;;) {
    const page = await readLogPageAt(logPath, nextToken, 1000, signal)
    events.push(...page.events)
    onProgress(events.length)
    if (page.nextToken === null || page.events.length < 1000) return events
    nextToken = page.nextToken
  }
}
