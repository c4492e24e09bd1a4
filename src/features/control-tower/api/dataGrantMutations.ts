import { useMutation } from '@tanstack/react-query'
import { DataGrant } from '@/shared/contract/organizations'
import { apiPaths } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

// The org scope holds the requests, the pending count of the detail and the audit trail; the list shows the count too.
const invalidatesFor = (orgId: string) => [organizationQueries.scope(orgId), organizationQueries.lists()]

/** `POST …/data-grants/{grantId}/approve` (409 `not_pending` when it was decided meanwhile). */
export function useApproveDataGrant(orgId: string) {
  return useMutation({
    mutationFn: ({ grantId, idempotencyKey }: { grantId: string; idempotencyKey: string }) =>
      http(apiPaths.dataGrantApprove(orgId, grantId), DataGrant, { method: 'POST', idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
  })
}

/** `POST …/data-grants/{grantId}/reject` with a reason of 1–500 characters. */
export function useRejectDataGrant(orgId: string) {
  return useMutation({
    mutationFn: ({ grantId, reason, idempotencyKey }: { grantId: string; reason: string; idempotencyKey: string }) =>
      http(apiPaths.dataGrantReject(orgId, grantId), DataGrant, { method: 'POST', body: { reason }, idempotencyKey }),
    meta: { invalidates: invalidatesFor(orgId) },
  })
}
