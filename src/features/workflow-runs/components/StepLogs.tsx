import { Box, Button, Typography } from '@mui/material'
import { useInfiniteQuery } from '@tanstack/react-query'
import type { LogEvent } from '@/shared/contract/logs'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { workflowRunQueries } from '../api/workflowRunQueries'

const LEVEL_COLOR: Record<string, string> = {
  error: 'error.main',
  warn: 'warning.main',
  debug: 'text.secondary',
}

/**
 * A step's log, oldest first, 200 lines a page with "Load more" along `nextToken`.
 * Interim: the catalog issue's virtualized, tailing log viewer replaces this box when it lands.
 */
export function StepLogs({ runId, stepId, stepName }: { runId: string; stepId: string; stepName: string }) {
  const logs = useInfiniteQuery(workflowRunQueries.stepLogs(runId, stepId))
  if (logs.isPending) return <LoadingState label="Loading logs" />
  if (logs.isError) return <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
  const events = logs.data.pages.flatMap((page) => page.events)
  return (
    <>
      <Box
        role="log"
        aria-label={`Logs of ${stepName}`}
        tabIndex={0}
        sx={{
          maxHeight: '24rem',
          overflow: 'auto',
          fontFamily: 'monospace',
          fontSize: 'caption.fontSize',
          bgcolor: 'action.hover',
          borderRadius: 1,
          p: 1,
        }}
      >
        {events.length === 0 && <Typography variant="body2">No log lines yet.</Typography>}
        {events.map((event, i) => (
          <LogLine key={`${event.timestamp}-${i}`} event={event} />
        ))}
      </Box>
      {logs.hasNextPage && (
        <Button size="small" sx={{ mt: 1 }} disabled={logs.isFetchingNextPage} onClick={() => void logs.fetchNextPage()}>
          {logs.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </>
  )
}

function LogLine({ event }: { event: LogEvent }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {/* UTC time of day: log lines are compared with CloudWatch, which shows UTC. */}
      <Box component="time" dateTime={event.timestamp} sx={{ color: 'text.secondary', flexShrink: 0 }}>
        {event.timestamp.slice(11, 23)}
      </Box>
      <Box component="span" sx={{ color: LEVEL_COLOR[event.level ?? ''] ?? 'text.primary' }}>
        {event.message}
      </Box>
    </Box>
  )
}
