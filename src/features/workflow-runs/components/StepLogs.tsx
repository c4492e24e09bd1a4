import { useInfiniteQuery } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LazyLogViewer as LogViewer } from '@/shared/ui/log-viewer/LazyLogViewer'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { clipText } from '@/shared/lib/clip'

/** Every line of a step's log for the download: pages of 1,000 until the end (or the current end of a running step). */
async function readWholeStepLog(runId: string, stepId: string, onProgress: (lines: number) => void, signal: AbortSignal) {
  const events: LogEvent[] = []
  let nextToken: string | undefined
  for (;;) {
    const page = await http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'asc', limit: 1000, nextToken }), LogPage, {
      signal,
    })
    events.push(...page.events)
    onProgress(events.length)
    if (page.nextToken === null || page.events.length < 1000) return events
    nextToken = page.nextToken
  }
}

/** A step's log in the shared log viewer, oldest first, 200 lines a page with "Load more" along `nextToken`. */
export function StepLogs({ runId, stepId, stepName }: { runId: string; stepId: string; stepName: string }) {
  const logs = useInfiniteQuery(workflowRunQueries.stepLogs(runId, stepId))
  if (logs.isPending) return <LoadingState label="Loading logs" />
  if (logs.isError && logs.data === undefined) return <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
  return (
    <LogViewer
      label={`Logs of ${clipText(stepName)}`}
      lines={logs.data.pages.flatMap((page) => page.events)}
      hasMore={logs.hasNextPage}
      onLoadMore={() => void logs.fetchNextPage()}
      loadingMore={logs.isFetchingNextPage}
      download={{
        source: (onProgress, signal) => readWholeStepLog(runId, stepId, onProgress, signal),
        fileName: `${runId}-${stepId}.log`,
      }}
    />
  )
}
