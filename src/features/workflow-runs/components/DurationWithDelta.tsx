import type { WorkflowRunSummary } from '@/shared/contract/workflows'
import { formatDuration } from '@/shared/lib/format'
import { medianDelta } from '../lib/medianDelta'
import { useRunsAsOf } from '../lib/runsAsOf'
import { timeSoFar } from '../lib/timeSoFar'

type Props = {
  durationMs: number | undefined
  /** `durationMs` is the time so far of a run still going. */
  running: boolean
  medianMs: number | null | undefined
}

/**
 * A run's duration and, when the median of succeeded runs is known, its difference to it ("+12 %"). A running run's
 * time so far gets its difference only once it is already over the median: until it ends nothing else is known of it.
 */
export function DurationWithDelta({ durationMs, running, medianMs }: Props) {
  const delta = medianDelta(durationMs, medianMs)
  const shown = running && delta && delta.pct <= 0 ? null : delta
  const against = `the median of succeeded runs (${formatDuration(medianMs)})`
  return (
    <>
      {formatDuration(durationMs)}
      {running && durationMs !== undefined && <span style={CAPTION}> so far</span>}
      {shown && (
        // A plain span: one per Run History row, where MUI Typography's style work adds up (issue 16).
        <span
          title={running ? `Still running and already ${shown.text} over ${against}` : `${shown.text} against ${against}`}
          style={{
            ...CAPTION,
            marginLeft: 8,
            color: shown.slow ? 'var(--mui-palette-warning-main)' : CAPTION.color,
            fontWeight: shown.slow ? 600 : undefined,
          }}
        >
          {shown.text}
        </span>
      )}
    </>
  )
}

const CAPTION = { font: 'var(--mui-font-caption)', color: 'var(--mui-palette-text-secondary)' } as const

/** Run History's duration cell: a running run's time so far is measured to when the list is as of. */
export function RunDurationCell({
  run,
  medianMs,
}: {
  run: Pick<WorkflowRunSummary, 'status' | 'startedAt' | 'durationMs'>
  medianMs: number | null | undefined
}) {
  const asOf = useRunsAsOf()
  const running = run.status === 'RUNNING' && asOf !== undefined
  const durationMs = running ? (run.durationMs ?? timeSoFar(run.startedAt, asOf)) : run.durationMs
  return <DurationWithDelta durationMs={durationMs} running={running} medianMs={medianMs} />
}
