import { useMutation } from '@tanstack/react-query'
import { z } from '@/shared/contract/zod'
import { CheckImageResult, Registry, TestResult, type RegistryCreate, type RegistryPatch } from '@/shared/contract/registries'
import { apiPaths } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

/**
 * Secrets are write-only (registry-patterns.md §6). A write that may carry one takes its body as a function that reads
 * the form at send time: the mutation cache then holds a function, never the secret (nothing to serialize, nothing
 * for devtools to show), and `gcTime: 0` drops the mutation as soon as its dialog lets go of it.
 */
type BodyOf<T> = () => T
type Write<T> = { idempotencyKey: string; body: BodyOf<T> }
type RegistryWrite<T> = Write<T> & { registryId: string }

// The org scope holds the registry list, the organization's counts and its audit trail; the org list shows a count too.
const invalidatesFor = (orgId: string) => [organizationQueries.scope(orgId), organizationQueries.lists()]
const SECRET_SAFE = { gcTime: 0 } as const

/** `POST …/registries`: adds a registry (201). */
export function useCreateRegistry(orgId: string) {
  return useMutation({
    mutationFn: ({ idempotencyKey, body }: Write<RegistryCreate>) =>
      http(apiPaths.registries(orgId), Registry, { method: 'POST', body: body(), idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
    ...SECRET_SAFE,
  })
}

/** `PATCH …/registries/{id}`: patterns, host, enabled, or a new credential (a rotation). */
export function useUpdateRegistry(orgId: string) {
  return useMutation({
    mutationFn: ({ registryId, idempotencyKey, body }: RegistryWrite<RegistryPatch>) =>
      http(apiPaths.registry(orgId, registryId), Registry, { method: 'PATCH', body: body(), idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
    ...SECRET_SAFE,
  })
}

/** `DELETE …/registries/{id}` (204). */
export function useDeleteRegistry(orgId: string) {
  return useMutation({
    mutationFn: ({ registryId, idempotencyKey }: { registryId: string; idempotencyKey: string }) =>
      http(apiPaths.registry(orgId, registryId), z.undefined(), { method: 'DELETE', idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
  })
}

type SavedTestBody = { credential?: { username?: string; secret: string } }

/** `POST …/registries/{id}/test`: the stored host, with the stored secret or a newly typed one; stored as `lastTest`. */
export function useTestRegistry(orgId: string) {
  return useMutation({
    mutationFn: ({ registryId, idempotencyKey, body }: RegistryWrite<SavedTestBody>) =>
      http(apiPaths.registryTest(orgId, registryId), TestResult, { method: 'POST', body: body(), idempotencyKey }),
    // The result lands on the row (`lastTest`, last used) and in the audit trail.
    meta: { invalidates: [organizationQueries.scope(orgId)] },
    ...SECRET_SAFE,
  })
}

/** `POST …/registries/test`: tests an unsaved entry with its own host and secret; nothing is stored. */
export function useTestUnsavedRegistry(orgId: string) {
  return useMutation({
    mutationFn: ({ idempotencyKey, body }: Write<RegistryCreate>) =>
      http(apiPaths.registryTestUnsaved(orgId), TestResult, { method: 'POST', body: body(), idempotencyKey }),
    ...SECRET_SAFE,
  })
}

/** `POST …/registries/check-image`: the authoritative decision for an image reference (always 200 once valid). */
export function useCheckImage(orgId: string) {
  return useMutation({
    mutationFn: ({ imageRef, idempotencyKey }: { imageRef: string; idempotencyKey: string }) =>
      http(apiPaths.registryCheckImage(orgId), CheckImageResult, { method: 'POST', body: { imageRef }, idempotencyKey }),
  })
}
