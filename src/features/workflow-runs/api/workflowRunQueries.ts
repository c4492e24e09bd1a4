import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { LogPage } from '@/shared/contract/logs'
import { apiPaths, withQuery } from '@/shared/contract/paths'
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
}
