import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { apiPaths, withQuery } from '@/shared/contract/paths'

/** A run's log is polled this often while the server may still add lines (api-contract §6). */
export const LOG_POLL_MS = 2_000
/** Lines per log request, and requests per fetch: a long log arrives in slices of 2,000 lines ("Load more"). */
export const LOG_PAGE_LINES = 500
const LOG_PAGES_PER_FETCH = 4
/** The viewer keeps at most this many lines in memory and says how many older ones it dropped (api-contract §6). */
export const MAX_LOG_LINES = 10_000

/** A run's log as read so far: `nextToken` continues it; `caughtUp` = the last read reached the current end. */
export type LogTail = { events: LogEvent[]; nextToken: string | null; dropped: number; caughtUp: boolean }

/** One page of `GET /v1/module-runs/{runId}/logs`, oldest first, continuing at `nextToken`. */
export const readLogPage = (runId: string, nextToken: string | undefined, limit: number, signal?: AbortSignal) =>
  http(withQuery(apiPaths.moduleRunLogs(runId), { order: 'asc', limit, nextToken }), LogPage, { signal })

/**
 * Continues a log from where `previous` stopped (the tail of api-contract §6): never re-reads a line. A finished log
 * read to its end (`nextToken: null`) is returned as is; so is one that gained nothing (no re-render).
 */
export async function readLogTail(runId: string, previous: LogTail | undefined, signal: AbortSignal): Promise<LogTail> {
  if (previous && previous.nextToken === null) return previous
  let events = previous?.events ?? []
  let nextToken = previous?.nextToken ?? undefined
  let caughtUp = false
  let added = 0
  for (let i = 0; i < LOG_PAGES_PER_FETCH && !caughtUp; i++) {
    const page = await readLogPage(runId, nextToken, LOG_PAGE_LINES, signal)
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

/** Every line of a run's log, for the download: pages of 1,000 until the end (or the current end of a running run). */
export async function readWholeLog(
  runId: string,
  onProgress: (linesRead: number) => void,
  signal: AbortSignal,
): Promise<LogEvent[]> {
  const events: LogEvent[] = []
  let nextToken: string | undefined
  for (;;) {
    const page = await readLogPage(runId, nextToken, 1000, signal)
    events.push(...page.events)
    onProgress(events.length)
    if (page.nextToken === null || page.events.length < 1000) return events
    nextToken = page.nextToken
  }
}
