import { Box, Typography } from '@mui/material'
import { useId, useMemo } from 'react'
import type { RunBand } from '@/shared/contract/workflows'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import type { HistoryBar, HistoryMetric } from '../../lib/history/historyBars'
import { rangeBounds, type BarRange } from '../../lib/history/historyBrush'
import { PLOT, slotsFor, SVG_HEIGHT } from '../../lib/history/historyGeometry'
import { heightOf, timeLabels, type ValueScale } from '../../lib/history/historyScale'
import { axisLabel, formatStart, summaryText } from '../../lib/history/historyText'
import { HistoryBars } from './HistoryBars'
import { HistoryTooltip } from './HistoryTooltip'
import { useHistoryInteraction } from './useHistoryInteraction'

type Props = {
  workflowId: string
  bars: HistoryBar[]
  band: RunBand | null
  scale: ValueScale
  metric: HistoryMetric
  onOpen: (bar: HistoryBar) => void
  onRange: (range: BarRange) => void
}

const AXIS_WIDTH = 64
const yOf = (value: number, max: number) => PLOT.top + PLOT.height - heightOf(value, max, PLOT.height)

/**
 * One bar per run, oldest at the left, drawn by hand in SVG (docs/decisions/017): the expected band behind, the value
 * axis on the left, start times below. Widths are percentages, so it follows its container without measuring it.
 */
export function HistoryChart({ workflowId, bars, band, scale, metric, onOpen, onRange }: Props) {
  const ids = useId()
  const hatchId = `${ids}-hatch`
  const summaryId = `${ids}-summary`
  const slots = useMemo(() => slotsFor(bars.length), [bars.length])
  const labels = useMemo(() => timeLabels(bars.map((bar) => bar.startMs)), [bars])
  const { svgRef, handlers, hovered, focused, tabStop, range } = useHistoryInteraction({ bars, slots, onOpen, onRange })
  const active = hovered ?? focused
  const activeBar = active === null ? undefined : bars[active]
  const picked = range && rangeBounds(range)

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: `${AXIS_WIDTH}px minmax(0, 1fr)`, columnGap: 1 }}>
      <p id={summaryId} style={visuallyHidden}>
        {summaryText(bars, band, metric)}
      </p>
      <Box aria-hidden="true" sx={{ position: 'relative', height: SVG_HEIGHT }}>
        {[0, ...scale.ticks].map((tick) => (
          <Typography
            key={tick}
            variant="caption"
            color="textSecondary"
            sx={{ position: 'absolute', right: 0, top: yOf(tick, scale.max) - 9, lineHeight: '18px', whiteSpace: 'nowrap' }}
          >
            {axisLabel(tick, metric)}
          </Typography>
        ))}
      </Box>
      <Box sx={{ position: 'relative' }}>
        <svg
          ref={svgRef}
          className="run-history-plot"
          width="100%"
          height={SVG_HEIGHT}
          role="group"
          aria-label={`${metric === 'credits' ? 'Credits' : 'Duration'} of each run`}
          {...handlers}
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
              <rect className="hatch-stripe" width="2" height="4" />
            </pattern>
          </defs>
          <g aria-hidden="true">
            {scale.ticks.map((tick) => (
              <line key={tick} className="grid" x1="0" x2="100%" y1={yOf(tick, scale.max)} y2={yOf(tick, scale.max)} />
            ))}
            {band && <Band band={band} max={scale.max} />}
            {picked && (
              <rect
                className="brush"
                x={`${slots.left(picked[0])}%`}
                width={`${slots.left(picked[1]) + slots.width - slots.left(picked[0])}%`}
                y={PLOT.top}
                height={PLOT.height}
              />
            )}
            {active !== null && (
              <rect
                className="cursor"
                data-focus={focused === active}
                x={`${slots.left(active)}%`}
                width={`${slots.width}%`}
                y={PLOT.top - 2}
                height={PLOT.height + 4}
              />
            )}
          </g>
          <HistoryBars
            workflowId={workflowId}
            bars={bars}
            band={band}
            metric={metric}
            max={scale.max}
            slots={slots}
            tabStop={tabStop}
            hatchId={hatchId}
            describedBy={summaryId}
          />
          <g aria-hidden="true">
            <line className="axis" x1="0" x2="100%" y1={PLOT.top + PLOT.height} y2={PLOT.top + PLOT.height} />
            {band && <BandLabel band={band} max={scale.max} />}
          </g>
        </svg>
        <Box aria-hidden="true" sx={{ position: 'relative', height: 20 }}>
          {labels.map(({ index, text }) => (
            <Typography
              key={index}
              variant="caption"
              color="textSecondary"
              sx={{
                position: 'absolute',
                left: `${slots.center(index)}%`,
                transform: `translateX(-${slots.center(index)}%)`,
                whiteSpace: 'nowrap',
              }}
            >
              {text}
            </Typography>
          ))}
        </Box>
        {activeBar && !picked && (
          <HistoryTooltip bar={activeBar} band={band} metric={metric} leftPercent={slots.center(activeBar.index)} />
        )}
        <Typography role="status" variant="caption" color="textSecondary" component="p" sx={{ minHeight: 20 }}>
          {picked
            ? `${picked[1] - picked[0] + 1} runs picked, ${formatStart(bars[picked[0]]?.startMs)} to ${formatStart(bars[picked[1]]?.startMs)}: ` +
              'release or press Enter to filter the list to these days, Escape cancels.'
            : 'Drag across bars, or Shift+arrow keys then Enter, to filter the list to those days; click a bar to open its run.'}
        </Typography>
      </Box>
    </Box>
  )
}

function Band({ band, max }: { band: RunBand; max: number }) {
  const top = yOf(band.p75, max)
  const bottom = yOf(band.p25, max)
  const median = yOf(band.p50, max)
  return (
    <>
      <rect className="band" x="0" width="100%" y={top} height={Math.max(bottom - top, 1)} />
      <line className="band-edge" x1="0" x2="100%" y1={top} y2={top} />
      <line className="band-edge" x1="0" x2="100%" y1={bottom} y2={bottom} />
      <line className="band-median" x1="0" x2="100%" y1={median} y2={median} />
    </>
  )
}

/** Over the bars, with a halo in the paper's colour: just above the band, or inside it when it reaches the top. */
function BandLabel({ band, max }: { band: RunBand; max: number }) {
  const top = yOf(band.p75, max)
  return (
    <text className="band-label" x="6" y={top - 4 < PLOT.top + 8 ? top + 12 : top - 4}>
      expected (p25–p75 of succeeded runs)
    </text>
  )
}
