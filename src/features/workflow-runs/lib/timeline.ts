import type { Step, WorkflowRun } from '@/shared/contract/workflows'

/** One step on the run's time axis, in percent of the axis; `bar` is absent for a step that never started. */
export type TimelineRow = {
  step: Step
  /** Measured duration, or the time so far for a running step. */
  durationMs?: number
  startMs?: number
  endMs?: number
  bar?: { left: number; width: number }
  /** The time between the end of the previous step (or the run's start) and this step's start. */
  wait?: { left: number; width: number; ms: number }
}

export type Timeline = { startMs: number; endMs: number; rows: TimelineRow[] }

const time = (iso: string | undefined) => {
  const ms = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * Lays the steps out on one axis from the run's start to its end, or to `now` (server clock) while it runs: a running
 * step's bar ends at `now`, so it grows on every refetch.
 */
export function timelineOf(run: WorkflowRun, now: number): Timeline {
  const startMs = time(run.startedAt) ?? now
  const spans = run.steps.map((step) => {
    const start = time(step.startedAt)
    // A redrive's earlier steps ran in the run it came from, before this one started: no bar on this run's axis.
    if (start === undefined || step.carriedOver) return undefined
    const end = time(step.finishedAt) ?? (step.status === 'running' || step.status === 'queued' ? Math.max(now, start) : start)
    return { start, end }
  })
  const lastEnd = Math.max(startMs, ...spans.map((span) => span?.end ?? startMs))
  const endMs = time(run.finishedAt) ?? Math.max(now, lastEnd)
  const span = Math.max(endMs - startMs, 1)
  const pct = (ms: number) => Math.min(100, Math.max(0, ((ms - startMs) / span) * 100))
  let previousEnd = startMs
  const rows = run.steps.map((step, i): TimelineRow => {
    const s = spans[i]
    if (!s) return { step }
    const waitFrom = Math.min(previousEnd, s.start)
    previousEnd = Math.max(previousEnd, s.end)
    return {
      step,
      startMs: s.start,
      endMs: s.end,
      durationMs: step.durationMs ?? s.end - s.start,
      bar: { left: pct(s.start), width: pct(s.end) - pct(s.start) },
      wait: s.start > waitFrom ? { left: pct(waitFrom), width: pct(s.start) - pct(waitFrom), ms: s.start - waitFrom } : undefined,
    }
  })
  return { startMs, endMs, rows }
}

/** `count` evenly spaced offsets (ms from the start) for the axis labels, both ends included. */
export function axisTicks(timeline: Timeline, count = 5): number[] {
  const span = timeline.endMs - timeline.startMs
  return Array.from({ length: count }, (_, i) => (span * i) / (count - 1))
}
