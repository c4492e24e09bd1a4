import { useMutation } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleRun, type ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { moduleRunQueries, startModuleRun } from './moduleRuns'

/**
 * `POST /v1/module-runs`: a launch from the catalog and a re-run alike (re-run = the old run's module, version,
 * parameters and mode). Every run list is stale afterwards, the catalog's Runs tab among them.
 */
export function useStartModuleRun() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ModuleRunCreate; idempotencyKey: string }) =>
      startModuleRun(body, idempotencyKey),
    meta: { invalidates: [moduleRunQueries.lists()] },
  })
}

/**
 * `POST /v1/module-runs/{runId}/cancel`; `409 already_finished` when it ended meanwhile. The run and every list that
 * may show it are stale afterwards.
 */
export function useCancelModuleRun() {
  return useMutation({
    mutationFn: ({ runId, idempotencyKey }: { runId: string; idempotencyKey: string }) =>
      http(apiPaths.moduleRunCancel(runId), ModuleRun, { method: 'POST', idempotencyKey }),
    meta: { invalidates: [moduleRunQueries.all()] },
  })
}
