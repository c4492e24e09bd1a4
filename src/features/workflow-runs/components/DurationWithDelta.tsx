import { Typography } from '@mui/material'
import { formatDuration } from '@/shared/lib/format'
import { medianDelta } from '../lib/medianDelta'

/** A run's duration and, when the median of succeeded runs is known, its difference to it ("+12 %"). */
export function DurationWithDelta({ durationMs, medianMs }: { durationMs?: number; medianMs: number | null | undefined }) {
  const delta = medianDelta(durationMs, medianMs)
  return (
    <>
      {formatDuration(durationMs)}
      {delta && (
        <Typography
          component="span"
          variant="caption"
          color={delta.slow ? 'warning.main' : 'text.secondary'}
          title={`${delta.text} against the median of succeeded runs (${formatDuration(medianMs)})`}
          sx={{ ml: 1, fontWeight: delta.slow ? 600 : undefined }}
        >
          {delta.text}
        </Typography>
      )}
    </>
  )
}
