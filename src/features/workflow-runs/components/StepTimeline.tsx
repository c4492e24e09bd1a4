import { Box, ButtonBase, Typography } from '@mui/material'
import { formatDateTime, formatDuration } from '@/shared/lib/format'
import { axisTicks, type Timeline, type TimelineRow } from '../lib/timeline'
import { attemptsLabel, stepColor } from './stepStatus'
import { clipText } from '@/shared/lib/clip'

type Props = {
  /** The steps laid out by `timelineOf` (up to "now" while the run runs). */
  timeline: Timeline
  selectedStepId?: string
  onSelect: (stepId: string) => void
}

const NAME_COLUMN = '14rem'

/**
 * The run's steps as a Gantt chart on one time axis (plain elements, no chart library: it stays in the route's chunk).
 * Waits before a step are a dashed segment, retries a label; each bar is a button that selects its step.
 */
export function StepTimeline({ timeline, selectedStepId, onSelect }: Props) {
  return (
    <Box role="group" aria-label="Step timeline">
      <Box sx={{ display: 'grid', gridTemplateColumns: `${NAME_COLUMN} 1fr`, columnGap: 2, rowGap: 0.5, alignItems: 'center' }}>
        {timeline.rows.map((row) => (
          <TimelineRowView
            key={row.step.stepId}
            row={row}
            selected={row.step.stepId === selectedStepId}
            onSelect={() => onSelect(row.step.stepId)}
          />
        ))}
        <span aria-hidden />
        <Box aria-hidden sx={{ display: 'flex', justifyContent: 'space-between', borderTop: 1, borderColor: 'divider', pt: 0.5 }}>
          {/* By position: a run that has just started has a zero-length axis, every tick at 0. */}
          {axisTicks(timeline).map((offset, i) => (
            <Typography key={i} variant="caption" color="textSecondary">
              {offset === 0 ? '0' : `+${formatDuration(offset)}`}
            </Typography>
          ))}
        </Box>
      </Box>
    </Box>
  )
}

function TimelineRowView({ row, selected, onSelect }: { row: TimelineRow; selected: boolean; onSelect: () => void }) {
  const { step, bar, wait } = row
  const duration = formatDuration(row.durationMs)
  const attempts = attemptsLabel(step.attempts)
  const label = `${clipText(step.name)}: ${stateText(step)}, ${duration}${attempts ? `, ${attempts}` : ''}`
  const title = bar
    ? `${clipText(step.name)}\nStart ${formatDateTime(step.startedAt)}\nEnd ${step.finishedAt ? formatDateTime(step.finishedAt) : '(running)'}\nDuration ${duration}${attempts ? `\n${attempts}` : ''}`
    : `${clipText(step.name)}: ${stateText(step)}`
  return (
    <>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: selected ? 600 : undefined }}>
          {clipText(step.name)}
        </Typography>
        {attempts && (
          <Typography variant="caption" color="warning" component="p">
            ↻ {attempts}
          </Typography>
        )}
      </Box>
      <Box sx={{ position: 'relative', height: '1.5rem', bgcolor: 'action.hover', borderRadius: 1 }}>
        {wait && (
          <Box
            aria-hidden
            title={`Waited ${formatDuration(wait.ms)}`}
            sx={{
              position: 'absolute',
              top: '25%',
              bottom: '25%',
              left: `${wait.left}%`,
              width: `${wait.width}%`,
              borderTop: 1,
              borderBottom: 1,
              borderTopStyle: 'dashed',
              borderBottomStyle: 'dashed',
              borderColor: 'text.disabled',
            }}
          />
        )}
        <ButtonBase
          aria-label={label}
          aria-pressed={selected}
          title={title}
          onClick={onSelect}
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: bar ? `${bar.left}%` : 0,
            width: bar ? `${bar.width}%` : '100%',
            minWidth: '0.5rem',
            borderRadius: 1,
            justifyContent: 'flex-start',
            bgcolor: bar ? stepColor(step.status) : 'transparent',
            outline: selected ? 2 : 0,
            outlineColor: 'primary.main',
            outlineOffset: '0.125rem',
            '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: '0.125rem' },
          }}
        >
          {!bar && (
            <Typography variant="caption" color="textSecondary" sx={{ px: 1 }}>
              {stateText(step)}
            </Typography>
          )}
        </ButtonBase>
      </Box>
    </>
  )
}

/** A step without a bar says why: not started yet, skipped, or (a redrive's) not run again. */
const stateText = (step: TimelineRow['step']) =>
  step.carriedOver ? `${step.status}, not run again (result of ${step.carriedOver.runId})` : step.status
