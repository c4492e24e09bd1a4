import { useQuery } from '@tanstack/react-query'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LazyLogViewer as LogViewer } from '@/shared/ui/log-viewer/LazyLogViewer'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { readWholeLog } from '@/shared/entities/logTail'
import { apiPaths } from '@/shared/contract/paths'

/** The run's log: tails while the run is active (every 2 s along `nextToken`), pages on "Load more", downloads whole. */
export function RunLogs({ runId, active }: { runId: string; active: boolean }) {
  const logs = useQuery(moduleRunQueries.logs(runId))
  if (logs.isPending) return <LoadingState label="Loading the log" />
  if (logs.isError && !logs.data) return <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
  const tail = logs.data
  return (
    <LogViewer
      label={`Log of ${runId}`}
      lines={tail?.events ?? []}
      live={active}
      hasMore={!!tail && !tail.caughtUp}
      onLoadMore={() => void logs.refetch()}
      loadingMore={logs.isFetching}
      droppedCount={tail?.dropped}
      download={{
        source: (onProgress, signal) => readWholeLog(apiPaths.moduleRunLogs(runId), onProgress, signal),
        fileName: `${runId}.log`,
      }}
      height="28rem"
      emptyText={active ? 'No log lines yet: the run is waiting for a worker.' : 'This run wrote no log lines.'}
    />
  )
}
