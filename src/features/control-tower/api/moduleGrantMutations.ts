import { useMutation } from '@tanstack/react-query'
import { z } from '@/shared/contract/zod'
import { ModuleGrant } from '@/shared/contract/organizations'
import { apiPaths } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

type Write = { moduleId: string; idempotencyKey: string }

// The org scope holds the grants, the detail counts and the audit trail; the list shows the grant count as well.
const invalidatesFor = (orgId: string) => [organizationQueries.scope(orgId), organizationQueries.lists()]

/** `POST …/module-grants`: grants a catalog module (an existing grant answers 200 with itself). */
export function useGrantModule(orgId: string) {
  return useMutation({
    mutationFn: ({ moduleId, idempotencyKey }: Write) =>
      http(apiPaths.moduleGrants(orgId), ModuleGrant, { method: 'POST', body: { moduleId }, idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
  })
}

/** `DELETE …/module-grants/{moduleId}`: revokes a grant (204). */
export function useRevokeModule(orgId: string) {
  return useMutation({
    mutationFn: ({ moduleId, idempotencyKey }: Write) =>
      http(apiPaths.moduleGrant(orgId, moduleId), z.undefined(), { method: 'DELETE', idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
  })
}
