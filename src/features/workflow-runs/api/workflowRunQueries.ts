import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import {
  WorkflowRun,
  WorkflowRunHistory,
  WorkflowRunPage,
  WorkflowRunStats,
  type WorkflowRunFilters,
  type WorkflowRunStatus,
} from '@/shared/contract/workflows'
import { logPollInterval, readLogTail, type LogTail } from '@/shared/entities/logTail'

/** The run list's request: every filter of api-contract §9, the sort and the cursor. */
export type WorkflowRunListParams = WorkflowRunFilters & { cursor?: string; limit?: number }

/** While a visible run is RUNNING the list is re-fetched this often (api-contract §9 "Live refresh"). */
export const LIVE_REFRESH_MS = 5_000

/** Runs drawn by the run-duration history at most (the endpoint's own maximum). */
export const HISTORY_LIMIT = 500

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
 * Query factories for workflow runs. Keys: ['workflow-runs', 'list' | 'stats' | 'history', workflowId, params] and
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
  histories: (workflowId: string) => [...workflowRunQueries.all(), 'history', workflowId] as const,
  /** The run-duration history: the newest runs of the list's filters (≤ 500) and the band of their succeeded runs. */
  history: (workflowId: string, filters: WorkflowRunFilters) =>
    queryOptions({
      queryKey: [...workflowRunQueries.histories(workflowId), filters],
      queryFn: ({ signal }) =>
        http(withQuery(apiPaths.workflowRunHistory(workflowId), { ...filters, limit: HISTORY_LIMIT }), WorkflowRunHistory, {
          signal,
        }),
      placeholderData: sameWorkflow(workflowId),
      // No timer of its own: it is re-read when the list's live refresh sees a run start or finish (useListedRunning).
      staleTime: 30_000,
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
  /**
   * A step's log (api-contract §9, LogPage of §6), read like a module run's: each fetch continues from the cached
   * `nextToken`, a backlog in slices on "Load more", and followed every 2 s while the step is still running.
   */
  stepLogs: (runId: string, stepId: string, stepActive: boolean) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'logs'],
      queryFn: ({ client, queryKey, signal }) =>
        readLogTail(apiPaths.stepLogs(runId, stepId), client.getQueryData<LogTail>(queryKey), signal),
      structuralSharing: false,
      staleTime: 0,
      refetchInterval: (query) => logPollInterval(query.state.data, stepActive),
    }),
}
