import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleRun, ModuleRunPage, ResultEnvelope, type ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { sessionActions } from '@/shared/stores/sessionStore'
import { logPollInterval, readLogTail, type LogTail } from './logTail'

/** The query of `GET /v1/module-runs` (api-contract §6): the run list and a module's runs alike. */
export type ModuleRunListParams = { page?: number; limit?: number; status?: string; moduleId?: string; order?: 'asc' | 'desc' }

/** The statuses a run ends in (api-contract §6); a run never leaves them. */
const FINISHED = new Set<string>(['completed', 'failed', 'cancelled'])

/**
 * A run that has not finished yet: its status, list rows and log are followed. The one rule every area uses (issue 15).
 * A status the console does not know (the contract's enum is open) counts as active: following a run a little longer
 * costs a request, giving up on one that is still going loses its result.
 */
export const isActiveRun = (status: string) => !FINISHED.has(status)

/** While a visible run is active, the lists showing it and the run itself are refetched this often. */
export const RUN_POLL_MS = 3_000

/** `GET /v1/module-runs/{runId}`: the run view's query and the module host's follow-up share it. */
export const fetchModuleRun = (runId: string, signal?: AbortSignal) => http(apiPaths.moduleRun(runId), ModuleRun, { signal })

/**
 * Module runs as every area reads them (api-contract §6). Keys: ['module-runs', 'list', params] — the run list, home's
 * cards and a module's Runs tab in the catalog (`moduleId` in the params) — and ['module-runs', 'detail', runId] with
 * its 'result' and 'logs' below it. A new run makes every list stale (`lists()`); a cancel, the lists and the run
 * (`all()`): one prefix each, so no page that shows the run keeps an old status.
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
      queryFn: ({ signal }) => fetchModuleRun(runId, signal),
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
      queryFn: ({ client, queryKey, signal }) =>
        readLogTail(apiPaths.moduleRunLogs(runId), client.getQueryData<LogTail>(queryKey), signal),
      structuralSharing: false,
      staleTime: 0,
      // The server's `nextToken: null` says when a run's log has ended.
      refetchInterval: (query) => logPollInterval(query.state.data, true),
    }),
}

/**
 * `POST /v1/module-runs`, for a launch and a re-run alike; the key is the user's one action, reused on every retry of
 * it. A devkit API cannot list runs, so a devkit session remembers each run it starts here (issue 13).
 */
export async function startModuleRun(body: ModuleRunCreate, idempotencyKey: string): Promise<ModuleRun> {
  const run = await http(apiPaths.moduleRuns(), ModuleRun, { method: 'POST', body, idempotencyKey })
  sessionActions().devkitRunStarted({ runId: run.runId, moduleId: run.moduleId })
  return run
}
