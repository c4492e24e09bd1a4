import { useQueries } from '@tanstack/react-query'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { workflowRunQueries } from '../../api/workflowRunQueries'

export type FailedRun = { runId: string; error: unknown; retry: () => void }

/**
 * Each compared run fetched once through the run-detail query (no comparison endpoint exists, api-contract §9; a
 * running run keeps polling). A run that fails to load is reported on its own while the others are compared.
 */
export function useComparedRuns(runIds: readonly string[]) {
  return useQueries({
    queries: runIds.map((runId) => workflowRunQueries.detail(runId)),
    combine: (results) => {
      const loaded: WorkflowRun[] = []
      const failed: FailedRun[] = []
      let pending = 0
      let updatedAt = 0
      results.forEach((result, i) => {
        if (result.data) loaded.push(result.data)
        else if (result.isError) failed.push({ runId: runIds[i]!, error: result.error, retry: () => void result.refetch() })
        else pending += 1
        updatedAt = Math.max(updatedAt, result.dataUpdatedAt)
      })
      return { loaded, failed, pending, updatedAt }
    },
  })
}
