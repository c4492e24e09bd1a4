import { useMutation } from '@tanstack/react-query'
import type { ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { startModuleRun } from '@/shared/entities/moduleRuns'
import { catalogQueries } from './catalogQueries'

/**
 * Run lists outside the catalog (the module-runs area, home) live under this key prefix. Spelled here rather than
 * imported: features never import each other (style guide §2).
 */
const MODULE_RUN_LISTS = ['module-runs'] as const

/** `POST /v1/module-runs`: starts a run; the key is the user's one action, reused on every retry of it. */
export function useLaunchModuleRun(moduleId: string) {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ModuleRunCreate; idempotencyKey: string }) =>
      startModuleRun(body, idempotencyKey),
    meta: { invalidates: [catalogQueries.runsScope(moduleId), MODULE_RUN_LISTS] },
  })
}
