import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { ModulePage } from '@/shared/contract/modules'
import { ModuleRun, ModuleRunPage, ResultEnvelope } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'

export type ModuleRunListParams = { page?: number; limit?: number; status?: string; moduleId?: string; order?: 'asc' | 'desc' }

/** A run still queued or running: its status, list row and log are polled. */
export const isActiveRun = (status: string) => status === 'queued' || status === 'running'

/** While a visible run is active, the list and the run are refetched this often; the log every 2 s (api-contract §6). */
export const RUN_POLL_MS = 3_000
export const LOG_POLL_MS = 2_000
/** Lines per log request, and requests per fetch: a long log arrives in slices of 2,000 lines ("Load more"). */
export const LOG_PAGE_LINES = 500
const LOG_PAGES_PER_FETCH = 4
/** The viewer keeps at most this many lines in memory and says how many older ones it dropped (api-contract §6). */
export const MAX_LOG_LINES = 10_000

/** A run's log as read so far: `nextToken` continues it; `caughtUp` = the last read reached the current end. */
export type LogTail = { events: LogEvent[]; nextToken: string | null; dropped: number; caughtUp: boolean }

const logPage = (runId: string, nextToken: string | undefined, limit: number, signal: AbortSignal) =>
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
    const page = await logPage(runId, nextToken, LOG_PAGE_LINES, signal)
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
    const page = await logPage(runId, nextToken, 1000, signal)
    events.push(...page.events)
    onProgress(events.length)
    if (page.nextToken === null || page.events.length < 1000) return events
    nextToken = page.nextToken
  }
}

/**
 * Query factories for module runs (api-contract §6). Keys: ['module-runs', 'list', params],
 * ['module-runs', 'detail', runId] with its 'result' and 'logs' below it, and ['module-runs', 'module-options'];
 * ['module-runs'] invalidates them all.
 */
export const moduleRunQueries = {
  all: () => ['module-runs'] as const,
  lists: () => [...moduleRunQueries.all(), 'list'] as const,
  list: (params: ModuleRunListParams) =>
    queryOptions({
      queryKey: [...moduleRunQueries.lists(), params],
      queryFn: ({ signal }) => http(withQuery(apiPaths.moduleRuns(), params), ModuleRunPage, { signal }),
      placeholderData: keepPreviousData,
      // Only a page with an active run on it is polled; a finished page costs nothing.
      refetchInterval: (query) => (query.state.data?.items.some((run) => isActiveRun(run.status)) ? RUN_POLL_MS : false),
    }),
  detail: (runId: string) =>
    queryOptions({
      queryKey: [...moduleRunQueries.all(), 'detail', runId],
      queryFn: ({ signal }) => http(apiPaths.moduleRun(runId), ModuleRun, { signal }),
      refetchInterval: (query) => (query.state.data && !isActiveRun(query.state.data.status) ? false : RUN_POLL_MS),
    }),
  /** The result envelope; only asked for once the run has finished (before that the server answers 409). */
  result: (runId: string) =>
    queryOptions({
      queryKey: [...moduleRunQueries.all(), 'detail', runId, 'result'],
      queryFn: ({ signal }) => http(apiPaths.moduleRunResult(runId), ResultEnvelope, { signal }),
      staleTime: Infinity,
    }),
  /**
   * The log, read incrementally: each fetch continues from the cached `nextToken`. Polled while the server may still
   * add lines (a token) and the last read reached the end; a long backlog is read on "Load more" instead.
   */
  logs: (runId: string) =>
    queryOptions({
      queryKey: [...moduleRunQueries.all(), 'detail', runId, 'logs'],
      queryFn: ({ client, queryKey, signal }) => readLogTail(runId, client.getQueryData<LogTail>(queryKey), signal),
      structuralSharing: false,
      staleTime: 0,
      refetchInterval: (query) => {
        const tail = query.state.data
        return tail && tail.nextToken !== null && tail.caughtUp ? LOG_POLL_MS : false
      },
    }),
  /** Modules for the list's module filter (the catalog's first 100 is every module a filter needs). */
  moduleOptions: () =>
    queryOptions({
      queryKey: [...moduleRunQueries.all(), 'module-options'],
      queryFn: ({ signal }) => http(withQuery(apiPaths.modules(), { limit: 100 }), ModulePage, { signal }),
      select: (page) =>
        page.items
          .map((module) => ({ value: module.id, label: module.displayName ?? module.moduleName }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      staleTime: 5 * 60_000,
    }),
}
