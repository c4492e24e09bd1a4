import type { WorkflowRunSummary } from '@/shared/contract/workflows'
import { formatDuration } from '@/shared/lib/format'
import { medianDelta } from '../lib/medianDelta'
import { useRunsAsOf } from '../lib/runsAsOf'
import { timeSoFar } from '../lib/timeSoFar'

type Props = {
  run: Pick<WorkflowRunSummary, 'status' | 'startedAt' | 'durationMs'>
  medianMs: number | null | undefined
}

/**
 * A run's duration and, when the median of succeeded runs is known, its difference to it ("+12 %"). A running run shows
 * its time so far (as of the list's last update); its difference only once it is already over the median, since until
 * it ends nothing else is known of it.
 */
export function DurationWithDelta({ run, medianMs }: Props) {
  const asOf = useRunsAsOf()
  const running = run.status === 'RUNNING' && asOf !== undefined
  const durationMs = running ? (run.durationMs ?? timeSoFar(run.startedAt, asOf)) : run.durationMs
  const delta = medianDelta(durationMs, medianMs)
  const shownDelta = running && delta && delta.pct <= 0 ? null : delta
  const against = `the median of succeeded runs (${formatDuration(medianMs)})`
  return (
    <>
      {formatDuration(durationMs)}
      {running && <span style={CAPTION}> so far</span>}
      {shownDelta && (
        // A plain span: one per Run History row, where MUI Typography's style work adds up (issue 16).
        <span
          title={
            running ? `Still running and already ${shownDelta.text} over ${against}` : `${shownDelta.text} against ${against}`
          }
          style={{
            ...CAPTION,
            marginLeft: 8,
            color: shownDelta.slow ? 'var(--mui-palette-warning-main)' : CAPTION.color,
            fontWeight: shownDelta.slow ? 600 : undefined,
          }}
        >
          {shownDelta.text}
        </span>
      )}
    </>
  )
}

const CAPTION = { font: 'var(--mui-font-caption)', color: 'var(--mui-palette-text-secondary)' } as const
