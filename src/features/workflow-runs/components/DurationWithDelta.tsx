import { formatDuration } from '@/shared/lib/format'
import { medianDelta } from '../lib/medianDelta'

/** A run's duration and, when the median of succeeded runs is known, its difference to it ("+12 %"). */
export function DurationWithDelta({ durationMs, medianMs }: { durationMs?: number; medianMs: number | null | undefined }) {
  const delta = medianDelta(durationMs, medianMs)
  return (
    <>
      {formatDuration(durationMs)}
      {delta && (
        // A plain span: one per Run History row, where MUI Typography's style work adds up (issue 16).
        <span
          title={`${delta.text} against the median of succeeded runs (${formatDuration(medianMs)})`}
          style={{
            marginLeft: 8,
            font: 'var(--mui-font-caption)',
            color: delta.slow ? 'var(--mui-palette-warning-main)' : 'var(--mui-palette-text-secondary)',
            fontWeight: delta.slow ? 600 : undefined,
          }}
        >
          {delta.text}
        </span>
      )}
    </>
  )
}
