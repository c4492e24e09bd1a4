import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { seriesColor } from '@/shared/ui/seriesColors'
import type { StepRow } from '../../lib/compare/stepAlignment'
import { clipText } from '@/shared/lib/clip'
import { useUrlParams } from '@/shared/lib/useUrlParams'

type Metric = 'duration' | 'credits'
type Props = { runs: WorkflowRun[]; rows: StepRow[] }

const AXIS = { fill: 'var(--mui-palette-text-secondary)', fontSize: 12 }
/** Each group needs room for its bars: past this the chart scrolls sideways instead of squeezing them. */
const PX_PER_BAR = 10

/**
 * Duration or credits per step, one bar per run in its series colour (recharts, in this lazily loaded chunk only).
 * The figures are the same as the steps table's, which is the accessible form of this chart.
 */
export default function StepMetricsChart({ runs, rows }: Props) {
  // In the URL (`?chart=credits`), like every other switch of the comparison: a shared link shows the same chart.
  const { get, update } = useUrlParams()
  const metric: Metric = get('chart') === 'credits' ? 'credits' : 'duration'
  const data = rows.map((row) => {
    const point: Record<string, string | number | null> = { step: clipText(row.name, 60) }
    row.cells.forEach((cell, i) => {
      const value = metric === 'duration' ? cell.durationMs : cell.step?.creditsAct
      point[runs[i]!.id] = value === undefined ? null : metric === 'duration' ? value / 60_000 : value
    })
    return point
  })
  const minWidth = Math.max(600, rows.length * (runs.length * PX_PER_BAR + 24))
  const format = (value: unknown) =>
    typeof value !== 'number' ? '—' : metric === 'duration' ? formatDuration(value * 60_000) : formatAct(value)
  return (
    <Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={metric}
        onChange={(_, next: Metric | null) =>
          next && update({ chart: next === 'credits' ? next : null }, { keepCursor: true, replace: true })
        }
        aria-label="Chart metric"
        sx={{ mb: 1 }}
      >
        <ToggleButton value="duration">Duration</ToggleButton>
        <ToggleButton value="credits">Credits</ToggleButton>
      </ToggleButtonGroup>
      <Typography variant="caption" color="textSecondary" component="p" sx={{ mb: 1 }}>
        {metric === 'duration' ? 'Minutes per step' : 'ACT per step'}; the same figures are in the steps table above.
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Box sx={{ minWidth, height: 320 }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 48, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--mui-palette-divider)" />
              <XAxis dataKey="step" tick={AXIS} interval={0} angle={-30} textAnchor="end" height={60} />
              <YAxis tick={AXIS} />
              <Tooltip
                formatter={format}
                contentStyle={{
                  background: 'var(--mui-palette-background-paper)',
                  border: '1px solid var(--mui-palette-divider)',
                }}
                labelStyle={{ color: 'var(--mui-palette-text-primary)' }}
              />
              <Legend verticalAlign="top" wrapperStyle={{ color: 'var(--mui-palette-text-primary)' }} />
              {runs.map((run, i) => (
                <Bar key={run.id} dataKey={run.id} fill={seriesColor(i)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </Box>
      </Box>
    </Box>
  )
}
