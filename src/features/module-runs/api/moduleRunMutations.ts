import { useMutation } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleRun, type ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { startModuleRun } from '@/shared/entities/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { moduleRunQueries } from './moduleRunQueries'

/** `POST /v1/module-runs/{runId}/cancel`; `409 already_finished` when it ended meanwhile. */
export function useCancelModuleRun() {
  return useMutation({
    mutationFn: ({ runId, idempotencyKey }: { runId: string; idempotencyKey: string }) =>
      http(apiPaths.moduleRunCancel(runId), ModuleRun, { method: 'POST', idempotencyKey }),
    meta: { invalidates: [moduleRunQueries.all()] },
  })
}

/** `POST /v1/module-runs`: a new run (re-run = the old run's module, version, parameters and mode). */
export function useStartModuleRun() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ModuleRunCreate; idempotencyKey: string }) =>
      startModuleRun(body, idempotencyKey),
    meta: { invalidates: [moduleRunQueries.lists()] },
  })
}
