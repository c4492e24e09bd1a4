import type { QueryClient } from '@tanstack/react-query'
import type { UserRef } from '@/shared/contract/primitives'
import type { WorkflowRunPage } from '@/shared/contract/workflows'
import { workflowRunQueries } from '../api/workflowRunQueries'

/**
 * The people the "Triggered by" filter can offer: the signed-in user and everyone who triggered a run on any page of
 * this workflow's list read in this session. Only admins may list an organization's members (api-contract §3), so the
 * runs themselves are the directory everyone may read; the cache empties when the identity changes, and so does this.
 */
export function knownRunUsers(queryClient: QueryClient, workflowId: string, me: { id: string; name: string }): UserRef[] {
  const byId = new Map<string, UserRef>([[me.id, { userId: me.id, name: me.name }]])
  for (const [, page] of queryClient.getQueriesData<WorkflowRunPage>({ queryKey: workflowRunQueries.lists(workflowId) }))
    for (const run of page?.items ?? []) if (!byId.has(run.triggeredBy.userId)) byId.set(run.triggeredBy.userId, run.triggeredBy)
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
}
