import { Box, Button, CircularProgress, Paper, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useNavigate } from 'react-router'
import type { WorkflowRunHistory } from '@/shared/contract/workflows'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { toServerTime } from '@/shared/lib/serverClock'
import { useAfterPaint } from '@/shared/lib/useAfterPaint'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InlineError } from '@/shared/ui/InlineError'
import { statsFilters, workflowRunQueries } from '../../api/workflowRunQueries'
import { bandOf, barsOf, metricFrom, summaryOf, type HistoryBar, type HistoryMetric } from '../../lib/history/historyBars'
import { rangeToDates, type BarRange } from '../../lib/history/historyBrush'
import { SVG_HEIGHT } from '../../lib/history/historyGeometry'
import { valueScale } from '../../lib/history/historyScale'
import { useAfterListPaint } from '../../lib/history/useAfterListPaint'
import { useListedRunning } from '../../lib/history/useListedRunning'
import { runListParamsFrom } from '../../lib/runListParams'
import { HistoryChart } from './HistoryChart'
import { HistoryLegend } from './HistoryLegend'
import './RunDurationHistory.css'

/** The chart's body keeps this height in every state, so the list below never jumps when it loads. */
const BODY_HEIGHT = SVG_HEIGHT + 88

/**
 * Run History's run-duration history (issue 17): the newest runs of the list's filters as bars, coloured by status,
 * against the expected band of the succeeded ones. Loaded lazily and fetched only after the list's rows are painted;
 * the metric is the URL's `metric`, a brushed range becomes the URL's `from`/`to`.
 */
export default function RunDurationHistory({ workflowId }: { workflowId: string }) {
  const { params, update } = useUrlParams()
  const filters = useMemo(() => statsFilters(runListParamsFrom(params)), [params])
  const ready = useAfterListPaint(workflowId, JSON.stringify(filters))
  const history = useQuery({ ...workflowRunQueries.history(workflowId, filters), enabled: ready })
  useRefreshWithList(workflowId)
  const metric = metricFrom(params.get('metric'))
  const navigate = useNavigate()
  // A history already in the cache (a second visit) would otherwise draw its 500 bars in the list's first commit: the
  // bars wait one paint, like the request does on a first visit (issue 16).
  const painted = useAfterPaint()
  const data = painted ? history.data : undefined

  const onOpen = useCallback((bar: HistoryBar) => void navigate(paths.workflowRun(workflowId, bar.id)), [navigate, workflowId])
  const bars = useMemo(
    () => (data ? barsOf(data, metric, toServerTime(history.dataUpdatedAt)) : []),
    [data, metric, history.dataUpdatedAt],
  )
  const onRange = useCallback(
    (range: BarRange) => {
      const dates = rangeToDates(
        bars.map((bar) => bar.startMs),
        range,
      )
      if (dates) update(dates)
    },
    [bars, update],
  )
  const hasDates = params.has('from') || params.has('to')

  return (
    <Paper component="section" aria-label="Run history chart" sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 1, mb: 1 }}>
        <Typography variant="h3" component="h2">
          {titleOf(data)}
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
          {metric === 'credits' ? 'Credits (ACT)' : 'Duration'} per run, oldest to newest
        </Typography>
        {hasDates && (
          <Button size="small" onClick={() => update({ from: undefined, to: undefined })}>
            Clear dates
          </Button>
        )}
        <ToggleButtonGroup
          size="small"
          exclusive
          value={metric}
          onChange={(_, next: HistoryMetric | null) =>
            next && update({ metric: next === 'credits' ? 'credits' : undefined }, { keepCursor: true, replace: true })
          }
          aria-label="Bar height"
        >
          <ToggleButton value="duration">Duration</ToggleButton>
          <ToggleButton value="credits">Credits</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Body
        history={history}
        data={data}
        drawn={painted}
        bars={bars}
        metric={metric}
        workflowId={workflowId}
        onOpen={onOpen}
        onRange={onRange}
      />
    </Paper>
  )
}

/** Re-reads the histories of the workflow when the list's live refresh sees a run start or finish. */
function useRefreshWithList(workflowId: string) {
  const queryClient = useQueryClient()
  const running = useListedRunning(workflowId)
  const seen = useRef(running)
  useEffect(() => {
    if (seen.current === running) return
    seen.current = running
    // A read already on its way (a new filter's) is kept, not restarted.
    void queryClient.invalidateQueries({ queryKey: workflowRunQueries.histories(workflowId) }, { cancelRefetch: false })
  }, [queryClient, running, workflowId])
}

type BodyProps = {
  history: UseQueryResult<WorkflowRunHistory>
  /** The history's answer once it may be drawn (the card's own `data`): undefined for the first frame. */
  data: WorkflowRunHistory | undefined
  /** False for the first frame: the body keeps its height, and shows neither bars nor a loading state. */
  drawn: boolean
  bars: HistoryBar[]
  metric: HistoryMetric
  workflowId: string
  onOpen: (bar: HistoryBar) => void
  onRange: (range: BarRange) => void
}

function Body({ history, data, drawn, bars, metric, workflowId, onOpen, onRange }: BodyProps) {
  const { error } = history
  const retry = () => void history.refetch()
  const band = data ? bandOf(data, metric) : null
  const summary = useMemo(() => summaryOf(bars), [bars])
  const scale = useMemo(
    () =>
      valueScale(
        bars.map((bar) => bar.value),
        band,
        metric,
      ),
    [bars, band, metric],
  )
  if (!data)
    return (
      <Box sx={{ height: BODY_HEIGHT, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        {!drawn ? null : error ? (
          <InlineError error={error} what="The run history could not be loaded" onRetry={retry} />
        ) : (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <CircularProgress size={18} aria-label="Loading the run history" />
            <Typography variant="body2" color="textSecondary">
              Loading the run history
            </Typography>
          </Box>
        )}
      </Box>
    )
  return (
    <Box aria-busy={history.isPlaceholderData || undefined} sx={{ minHeight: bars.length ? BODY_HEIGHT : undefined }}>
      {error && (
        <Box sx={{ mb: 1 }}>
          <InlineError
            error={error}
            what="The run history could not be refreshed; showing the last bars received"
            onRetry={retry}
          />
        </Box>
      )}
      {bars.length === 0 ? (
        <Typography variant="body2" color="textSecondary" sx={{ py: 2, textAlign: 'center' }}>
          No run matches these filters, so there is nothing to draw.
        </Typography>
      ) : (
        <Box sx={{ opacity: history.isPlaceholderData ? 0.5 : 1, transition: 'opacity 150ms' }}>
          <HistoryLegend
            counts={summary.counts}
            band={band}
            succeeded={data.expected.succeeded}
            metric={metric}
            clipped={scale.clipped}
          />
          <HistoryChart
            workflowId={workflowId}
            bars={bars}
            band={band}
            scale={scale}
            metric={metric}
            onOpen={onOpen}
            onRange={onRange}
          />
        </Box>
      )}
    </Box>
  )
}

function titleOf(data: WorkflowRunHistory | undefined): string {
  if (!data) return 'Run history'
  const { total, items } = data
  if (total === 0) return 'No runs'
  if (items.length < total) return `Latest ${formatCount(items.length)} of ${formatCount(total)} runs`
  return total === 1 ? 'The only run' : `All ${formatCount(total)} runs`
}
