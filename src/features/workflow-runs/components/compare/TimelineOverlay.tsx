import { Box } from '@mui/material'
import { memo } from 'react'
import { formatDuration } from '@/shared/lib/format'
import { seriesColor } from '@/shared/ui/seriesColors'
import type { Overlay, OverlayLane } from '../../lib/compare/overlay'
import { stepColor } from '../stepStatus'
import { clipText } from '@/shared/lib/clip'

type Props = {
  overlay: Overlay
  highlightedStepId?: string
  onHighlight: (stepId: string | undefined) => void
}

const TICKS = [0, 0.25, 0.5, 0.75, 1]
const cssColor = (paletteKey: string) => `var(--mui-palette-${paletteKey.replace('.', '-')})`

/**
 * The runs' step timelines on one time axis, each aligned at its start. Hovering a step highlights the same step in
 * every run and names its durations; keyboard users pick the step in the steps table or the highlight selector.
 * Segments are plain elements positioned inline: ten runs of fifty steps are five hundred of them.
 */
export function TimelineOverlay({ overlay, highlightedStepId, onHighlight }: Props) {
  return (
    <Box
      sx={OVERLAY_STYLES}
      data-highlighting={highlightedStepId ? 'true' : undefined}
      onMouseLeave={() => onHighlight(undefined)}
    >
      {overlay.lanes.map((lane, i) => (
        <Lane key={lane.run.id} lane={lane} index={i} highlightedStepId={highlightedStepId} onHighlight={onHighlight} />
      ))}
      <span aria-hidden />
      <div className="axis" aria-hidden>
        {TICKS.map((tick) => (
          <span key={tick}>{tick === 0 ? '0' : `+${formatDuration(overlay.spanMs * tick)}`}</span>
        ))}
      </div>
    </Box>
  )
}

type LaneProps = { lane: OverlayLane; index: number; highlightedStepId?: string; onHighlight: (stepId: string) => void }

const Lane = memo(function Lane({ lane, index, highlightedStepId, onHighlight }: LaneProps) {
  const highlighted = lane.segments.find((segment) => segment.stepId === highlightedStepId)
  const summary = `${lane.run.id}: ${formatDuration(lane.spanMs)}, ${lane.segments.length} steps started`
  return (
    <>
      <div className="lane-label">
        <span className="swatch" style={{ backgroundColor: seriesColor(index) }} />
        <span>{lane.run.id}</span>
        <span className="lane-figure">
          {highlighted ? `${clipText(highlighted.name)}: ${formatDuration(highlighted.durationMs)}` : formatDuration(lane.spanMs)}
        </span>
      </div>
      <div className="lane" role="img" aria-label={summary}>
        {lane.segments.map((segment) => (
          <div
            key={segment.stepId}
            className="segment"
            data-active={segment.stepId === highlightedStepId ? 'true' : undefined}
            title={`${lane.run.id} · ${clipText(segment.name)}: ${segment.status}, ${formatDuration(segment.durationMs)}`}
            onMouseEnter={() => onHighlight(segment.stepId)}
            style={{ left: `${segment.left}%`, width: `${segment.width}%`, backgroundColor: cssColor(stepColor(segment.status)) }}
          />
        ))}
      </div>
    </>
  )
})

const OVERLAY_STYLES = {
  display: 'grid',
  gridTemplateColumns: 'minmax(12rem, 16rem) 1fr',
  columnGap: 2,
  rowGap: 0.75,
  alignItems: 'center',
  '& .lane-label': { display: 'flex', alignItems: 'center', gap: 1, fontSize: '0.875rem', minWidth: 0 },
  '& .lane-figure': { ml: 'auto', pl: 1, color: 'text.secondary', fontSize: '0.75rem', whiteSpace: 'nowrap' },
  '& .swatch': { width: 10, height: 10, borderRadius: '50%', flex: 'none' },
  '& .lane': { position: 'relative', height: '1.25rem', bgcolor: 'action.hover', borderRadius: 0.5 },
  '& .segment': {
    position: 'absolute',
    top: 0,
    bottom: 0,
    minWidth: '2px',
    borderRight: '1px solid var(--mui-palette-background-paper)',
    transition: 'opacity 120ms',
  },
  '&[data-highlighting] .segment': { opacity: 0.3 },
  '&[data-highlighting] .segment[data-active]': { opacity: 1, outline: '2px solid var(--mui-palette-text-primary)', zIndex: 1 },
  '& .axis': {
    display: 'flex',
    justifyContent: 'space-between',
    borderTop: 1,
    borderColor: 'divider',
    pt: 0.5,
    fontSize: '0.75rem',
    color: 'text.secondary',
  },
} as const
