import { queryOptions, useMutation } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { DevkitDeleted, DevkitHealth, DevkitReady, DevkitRegistered } from '@/shared/contract/devkit'
import { apiPaths } from '@/shared/contract/paths'
import { moduleQueries } from '@/shared/entities/modules'

/** Readiness answers from the stub's 5 s cache: more than this means the API itself is stuck. */
export const READY_TIMEOUT_MS = 10_000
/** The full health check waits on Postgres and MinIO: 3 s while they are down, up to 33 s in the worst case. */
export const HEALTH_TIMEOUT_MS = 40_000

/** The devkit API's own endpoints (issue 13). Keys: ['devkit', 'ready'] and ['devkit', 'health']. */
export const devkitQueries = {
  ready: () =>
    queryOptions({
      queryKey: ['devkit', 'ready'] as const,
      queryFn: ({ signal }) => http(apiPaths.systemReady(), DevkitReady, { signal, timeoutMs: READY_TIMEOUT_MS }),
      // The stub caches readiness for 5 s: asking sooner tells nothing new.
      staleTime: 5_000,
    }),
  health: () =>
    queryOptions({
      queryKey: ['devkit', 'health'] as const,
      queryFn: ({ signal }) => http(apiPaths.systemHealth(), DevkitHealth, { signal, timeoutMs: HEALTH_TIMEOUT_MS }),
      staleTime: 5_000,
    }),
}

/** `POST /v1/devkit/modules`: registers (or replaces, by id) a manifest; the catalog and every module view refresh. */
export function useRegisterManifest() {
  return useMutation({
    mutationFn: ({ manifest, idempotencyKey }: { manifest: Record<string, unknown>; idempotencyKey: string }) =>
      http(apiPaths.devkitModules(), DevkitRegistered, { method: 'POST', body: manifest, idempotencyKey }),
    meta: { invalidates: [moduleQueries.all()] },
  })
}

/** `DELETE /v1/devkit/modules/{id}`. */
export function useRemoveManifest() {
  return useMutation({
    mutationFn: ({ moduleId, idempotencyKey }: { moduleId: string; idempotencyKey: string }) =>
      http(apiPaths.devkitModule(moduleId), DevkitDeleted, { method: 'DELETE', idempotencyKey }),
    meta: { invalidates: [moduleQueries.all()] },
  })
}
