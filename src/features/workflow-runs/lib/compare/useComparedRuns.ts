import { useQueries } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/ApiError'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import { workflowRunQueries } from '../../api/workflowRunQueries'

/** A run left out of the comparison, explained: it failed to load (`retry`), or it is another workflow's run. */
export type FailedRun = { runId: string; title: string; error: unknown; retry?: () => void }

/** A run of another workflow in the URL (a hand-edited or stale link): its steps would all read as added or removed. */
const otherWorkflowsRun = (run: WorkflowRun, workflowId: string) =>
  new ApiError({
    status: 0,
    code: 'NOT_FOUND',
    message: `${clipText(run.id)} is a run of ${clipText(run.workflowId)}, not of ${clipText(workflowId)}: a comparison holds runs of one workflow.`,
  })

/**
 * Each compared run fetched once through the run-detail query (no comparison endpoint exists, api-contract §9; a
 * running run keeps polling). A run that fails to load, or belongs to another workflow than the page's, is reported on
 * its own while the others are compared.
 */
export function useComparedRuns(workflowId: string, runIds: readonly string[]) {
  return useQueries({
    queries: runIds.map((runId) => workflowRunQueries.detail(runId)),
    combine: (results) => {
      const loaded: WorkflowRun[] = []
      const failed: FailedRun[] = []
      let pending = 0
      let updatedAt = 0
      results.forEach((result, i) => {
        const runId = runIds[i]!
        if (result.data && result.data.workflowId !== workflowId)
          failed.push({
            runId,
            title: `${runId} is not a run of this workflow`,
            error: otherWorkflowsRun(result.data, workflowId),
          })
        else if (result.data) loaded.push(result.data)
        else if (result.isError)
          failed.push({ runId, title: `${runId} could not be loaded`, error: result.error, retry: () => void result.refetch() })
        else pending += 1
        updatedAt = Math.max(updatedAt, result.dataUpdatedAt)
      })
      return { loaded, failed, pending, updatedAt }
    },
  })
}
