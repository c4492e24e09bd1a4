import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { maskLogNoise } from '@/shared/lib/diff/maskLogNoise'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { RerunPage } from '@/shared/contract/workflowReruns'
import {
  WorkflowRun,
  WorkflowRunPage,
  WorkflowRunStats,
  type WorkflowRunFilters,
  type WorkflowRunStatus,
} from '@/shared/contract/workflows'

/** The run list's request: every filter of api-contract §9, the sort and the cursor. */
export type WorkflowRunListParams = WorkflowRunFilters & { cursor?: string; limit?: number }

/** While a visible run is RUNNING the list is re-fetched this often (api-contract §9 "Live refresh"). */
export const LIVE_REFRESH_MS = 5_000

/** Lines per step-log page ("Load more" fetches the next). */
export const STEP_LOG_PAGE = 200

const isActive = (status: WorkflowRunStatus) => status === 'RUNNING'

/**
 * Keeps the previous page on screen while a filter change loads (`placeholderData: previous`), but never another
 * workflow's runs or median: the key's third part is the workflow id.
 */
const sameWorkflow =
  (workflowId: string) =>
  <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    previousQuery?.queryKey[2] === workflowId ? previous : undefined

/** One page of a workflow's run list: the list query's fetcher, and the CSV export's for every page it walks. */
export function fetchWorkflowRunPage(workflowId: string, params: WorkflowRunListParams, signal?: AbortSignal) {
  return http(withQuery(apiPaths.workflowRuns(workflowId), params), WorkflowRunPage, { signal })
}

/** The stats endpoint takes the list's filters without sort, cursor and limit. */
export function statsFilters({ sort: _sort, cursor: _cursor, limit: _limit, ...filters }: WorkflowRunListParams) {
  return filters
}

/**
 * Query factories for workflow runs. Keys: ['workflow-runs', 'list' | 'stats', workflowId, params] and
 * ['workflow-runs', 'detail', runId] (its step logs below it), so ['workflow-runs'] invalidates every run family at once.
 */
export const workflowRunQueries = {
  all: () => ['workflow-runs'] as const,
  lists: (workflowId: string) => [...workflowRunQueries.all(), 'list', workflowId] as const,
  list: (workflowId: string, params: WorkflowRunListParams) =>
    queryOptions({
      queryKey: [...workflowRunQueries.lists(workflowId), params],
      queryFn: ({ signal }) => fetchWorkflowRunPage(workflowId, params, signal),
      placeholderData: sameWorkflow(workflowId),
      // Only a page with an active run on it is polled; a finished page costs nothing.
      refetchInterval: (query) => (query.state.data?.items.some((run) => isActive(run.status)) ? LIVE_REFRESH_MS : false),
    }),
  stats: (workflowId: string, filters: WorkflowRunFilters) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'stats', workflowId, filters],
      queryFn: ({ signal }) => http(withQuery(apiPaths.workflowRunStats(workflowId), filters), WorkflowRunStats, { signal }),
      placeholderData: sameWorkflow(workflowId),
      staleTime: 60_000,
    }),
  detail: (runId: string) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId],
      queryFn: ({ signal }) => http(apiPaths.workflowRun(runId), WorkflowRun, { signal }),
      // A finished run never changes: once loaded (a comparison's prefetch, the run page) it is not fetched again.
      staleTime: (query) => (query.state.data && !isActive(query.state.data.status) ? Infinity : 0),
      refetchInterval: (query) => (query.state.data && !isActive(query.state.data.status) ? false : LIVE_REFRESH_MS),
    }),
  /** The latest SUCCEEDED run started before `before` (ISO): "Compare with previous successful run". */
  previousSucceeded: (workflowId: string, before: string) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'previous-succeeded', workflowId, before],
      queryFn: ({ signal }) =>
        fetchWorkflowRunPage(workflowId, { status: ['SUCCEEDED'], to: before, limit: 1, sort: '-startedAt' }, signal),
      select: (page) => page.items[0] ?? null,
      staleTime: 60_000,
    }),
  /** A step's log, oldest first, page by page along `nextToken` (api-contract §9, LogPage of §6). */
  stepLogs: (runId: string, stepId: string) =>
    infiniteQueryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'logs'],
      queryFn: ({ signal, pageParam }) =>
        http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'asc', limit: STEP_LOG_PAGE, nextToken: pageParam }), LogPage, {
          signal,
        }),
      initialPageParam: '',
      getNextPageParam: (page) => page.nextToken ?? undefined,
    }),
  /**
   * The last `lines` lines of a step's log, oldest first: one `order=desc` page (newest first), reversed. The failed
   * run's side of the log diff (issue 18): the end of a log is where a failure is. A finished step's log never changes.
   */
  lastStepLogLines: (runId: string, stepId: string, lines: number) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'last-lines', lines],
      queryFn: async ({ signal }) => {
        const page = await http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'desc', limit: lines }), LogPage, {
          signal,
        })
        return { events: page.events.toReversed(), complete: page.nextToken === null }
      },
      staleTime: 60_000,
    }),
  /**
   * The baseline's side of the log diff: up to `lines` lines of a step's log from the point where the other run's lines
   * start (`anchor`: their first masked keys), read backwards page by page until that point; so a run that stopped
   * early lines up with a baseline that ran on. Without that point in the log: its last `lines` lines.
   */
  stepLogLinesFrom: (runId: string, stepId: string, lines: number, anchor: readonly string[]) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'lines-from', lines, anchor],
      queryFn: ({ signal }) => readLinesFrom(runId, stepId, lines, anchor, signal),
      staleTime: 60_000,
    }),
  /** The runs started from this one (re-runs, runs with changes, redrives), newest first: its "run family". */
  reruns: (runId: string) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'reruns'],
      queryFn: ({ signal }) => http(withQuery(apiPaths.workflowRunReruns(runId), { limit: 100 }), RerunPage, { signal }),
      refetchInterval: (query) => (query.state.data?.items.some((run) => isActive(run.status)) ? LIVE_REFRESH_MS : false),
    }),
}

/** Pages of up to 1,000 lines read backwards from the end; at most this many before giving up on the anchor. */
const ANCHOR_PAGES = 10

async function readLinesFrom(runId: string, stepId: string, lines: number, anchor: readonly string[], signal: AbortSignal) {
  let events: LogEvent[] = []
  let keys: string[] = []
  let nextToken: string | undefined
  for (let page = 0; page < ANCHOR_PAGES; page++) {
    const answer = await http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'desc', limit: 1000, nextToken }), LogPage, {
      signal,
    })
    const older = answer.events.toReversed()
    events = [...older, ...events]
    keys = [...older.map((event) => maskLogNoise(event.message)), ...keys]
    const at = anchorIndex(keys, anchor)
    if (at >= 0) return { events: events.slice(at, at + lines), keys: keys.slice(at, at + lines), anchored: true }
    if (answer.nextToken === null) break
    nextToken = answer.nextToken
  }
  return { events: events.slice(-lines), keys: keys.slice(-lines), anchored: false }
}

/** Where the anchor's lines first follow each other in `keys`, else where its first line first is; -1 if nowhere. */
function anchorIndex(keys: readonly string[], anchor: readonly string[]): number {
  if (anchor.length === 0) return 0
  let first = -1
  for (let i = keys.indexOf(anchor[0]!); i >= 0; i = keys.indexOf(anchor[0]!, i + 1)) {
    if (first < 0) first = i
    if (anchor.every((key, k) => keys[i + k] === key)) return i
  }
  return first
}
