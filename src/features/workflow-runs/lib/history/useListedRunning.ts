import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import type { WorkflowRunPage } from '@/shared/contract/workflows'
import { workflowRunQueries } from '../../api/workflowRunQueries'

/**
 * The ids of the RUNNING runs on the workflow's list pages in the cache, as one string that changes when the list's
 * live refresh sees a run start or finish. The run-duration history re-reads on that change instead of polling its
 * 500 runs on a timer of its own: it follows what the list shows, and costs nothing while nothing runs.
 */
export function useListedRunning(workflowId: string): string {
  const client = useQueryClient()
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client])
  const snapshot = useCallback(() => {
    const ids = new Set<string>()
    for (const [, page] of client.getQueriesData<WorkflowRunPage>({ queryKey: workflowRunQueries.lists(workflowId) }))
      for (const run of page?.items ?? []) if (run.status === 'RUNNING') ids.add(run.id)
    return [...ids].sort().join(',')
  }, [client, workflowId])
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
