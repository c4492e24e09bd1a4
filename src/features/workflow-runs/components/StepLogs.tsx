import { useEffect, useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import { apiPaths } from '@/shared/contract/paths'
import { readWholeLog } from '@/shared/entities/logTail'
import { isActiveRun } from '@/shared/entities/moduleRuns'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LazyLogViewer as LogViewer } from '@/shared/ui/log-viewer/LazyLogViewer'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { clipText } from '@/shared/lib/clip'

/**
 * A step's log in the shared log viewer, oldest first: a backlog in slices on "Load more", followed every 2 s while
 * the step runs, and downloadable whole.
 */
export function StepLogs({
  runId,
  stepId,
  stepName,
  stepStatus,
}: {
  runId: string
  stepId: string
  stepName: string
  stepStatus: string
}) {
  const active = isActiveRun(stepStatus)
  const logs = useQuery(workflowRunQueries.stepLogs(runId, stepId, active))
  useFinalReadWhenEnded(active, logs.refetch)
  if (logs.isPending) return <LoadingState label="Loading logs" />
  if (logs.isError && logs.data === undefined) return <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
  const tail = logs.data
  return (
    <LogViewer
      label={`Logs of ${clipText(stepName)}`}
      lines={tail.events}
      live={active}
      hasMore={!tail.caughtUp}
      onLoadMore={() => void logs.refetch()}
      loadingMore={logs.isFetching}
      droppedCount={tail.dropped}
      download={{
        source: (onProgress, signal) => readWholeLog(apiPaths.stepLogs(runId, stepId), onProgress, signal),
        fileName: `${runId}-${stepId}.log`,
      }}
      emptyText={active ? 'No log lines yet: the step is waiting for its module run.' : 'This step wrote no log lines.'}
    />
  )
}

/** The lines a step wrote between the last poll and its end are read once more when the run's status says it ended. */
function useFinalReadWhenEnded(active: boolean, refetch: () => Promise<unknown>) {
  const wasActive = useRef(active)
  useEffect(() => {
    if (wasActive.current && !active) void refetch()
    wasActive.current = active
  }, [active, refetch])
}
