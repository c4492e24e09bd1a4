import { memo, useMemo } from 'react'
import type { RunBand } from '@/shared/contract/workflows'
import { paths } from '@/shared/lib/paths'
import { isFailure, type HistoryBar, type HistoryMetric } from '../../lib/history/historyBars'
import { heightOf } from '../../lib/history/historyScale'
import { barLabel } from '../../lib/history/historyText'
import { PLOT, type Slots } from '../../lib/history/historyGeometry'

const TONES: Record<string, string> = {
  SUCCEEDED: 'success',
  FAILED: 'error',
  TIMED_OUT: 'error',
  ABORTED: 'warning',
  RUNNING: 'info',
}

type Props = {
  workflowId: string
  bars: HistoryBar[]
  band: RunBand | null
  metric: HistoryMetric
  max: number
  slots: Slots
  /** The one bar in the Tab order (roving tabindex); arrows move it. */
  tabStop: number
  hatchId: string
  describedBy: string
}

type Item = { bar: HistoryBar; href: string; label: string; x: string; width: string; y: number; height: number; cut: boolean }

/**
 * The bars, one link per run (Enter or a click opens it; a middle click opens a tab), in a list screen readers can
 * walk; under the axis a mark for each failed or timed-out run, and a triangle over each bar cut by the scale. Drawn
 * again only when the data, the metric or the Tab stop changes, never on hover.
 */
export const HistoryBars = memo(function HistoryBars(props: Props) {
  const { workflowId, bars, band, metric, max, slots, tabStop, hatchId, describedBy } = props
  const items = useMemo(
    () =>
      bars.map((bar): Item => {
        const height = heightOf(bar.value, max, PLOT.height)
        return {
          bar,
          href: paths.workflowRun(workflowId, bar.id),
          label: barLabel(bar, band, metric),
          x: `${slots.barLeft(bar.index)}%`,
          width: `${slots.barWidth}%`,
          y: PLOT.top + PLOT.height - height,
          height,
          cut: bar.value > max,
        }
      }),
    [bars, band, metric, max, slots, workflowId],
  )
  return (
    <>
      <g role="list" aria-label="Runs, oldest first" aria-describedby={describedBy}>
        {items.map((item) => (
          <BarLink key={item.bar.id} item={item} tabbable={item.bar.index === tabStop} hatchId={hatchId} />
        ))}
      </g>
      <g aria-hidden="true">
        {items.map(({ bar, x, width }) =>
          isFailure(bar.status) ? (
            <rect key={bar.id} className="failure-mark" x={x} width={width} y={PLOT.top + PLOT.height + 3} height={6} />
          ) : null,
        )}
        {items.map(({ bar, cut }) =>
          cut ? (
            <svg key={bar.id} x={`${slots.center(bar.index)}%`} y={0} overflow="visible">
              <path className="off-scale" d="M -3.5 7 L 3.5 7 L 0 1 Z" />
            </svg>
          ) : null,
        )}
      </g>
    </>
  )
})

const BarLink = memo(function BarLink({ item, tabbable, hatchId }: { item: Item; tabbable: boolean; hatchId: string }) {
  const { bar } = item
  const tone = TONES[bar.status] ?? 'default'
  return (
    <g role="listitem">
      <a href={item.href} tabIndex={tabbable ? 0 : -1} aria-label={item.label} data-index={bar.index} data-tone={tone}>
        <rect
          className="bar"
          x={item.x}
          width={item.width}
          y={item.y}
          height={Math.max(item.height, 1)}
          style={bar.running ? { fill: `url(#${hatchId})` } : undefined}
        />
      </a>
    </g>
  )
})
