import type { RunBand, WorkflowRunHistory, WorkflowRunStatus } from '@/shared/contract/workflows'
import { timeSoFar } from '../timeSoFar'

/** What the bars measure: the URL's `metric` (duration unless `credits`). */
export type HistoryMetric = 'duration' | 'credits'

export const metricFrom = (value: string | null | undefined): HistoryMetric => (value === 'credits' ? 'credits' : 'duration')

/** Where a value sits against the expected band. */
export type VsBand = 'above' | 'within' | 'below'

/** One bar: a run, oldest first; `value` in the metric's unit (ms or ACT). */
export type HistoryBar = {
  index: number
  id: string
  status: WorkflowRunStatus
  startMs: number
  value: number
  /** RUNNING: `value` is the time (or credits) so far. */
  running: boolean
  vsBand: VsBand | null
}

export function compareToBand(value: number, band: RunBand | null): VsBand | null {
  if (!band) return null
  return value > band.p75 ? 'above' : value < band.p25 ? 'below' : 'within'
}

export function bandOf(history: WorkflowRunHistory, metric: HistoryMetric): RunBand | null {
  return metric === 'credits' ? history.expected.creditsAct : history.expected.durationMs
}

/**
 * The bars of a history answer, oldest first (it arrives newest first). A running run has no duration yet: its bar is
 * the time elapsed at `now` (the server's clock when the answer arrived); a band is only compared for finished runs.
 */
export function barsOf(history: WorkflowRunHistory, metric: HistoryMetric, now: number): HistoryBar[] {
  const band = bandOf(history, metric)
  const count = history.items.length
  const bars = new Array<HistoryBar>(count)
  for (let k = 0; k < count; k++) {
    const run = history.items[count - 1 - k]!
    const startMs = Date.parse(run.startedAt)
    const running = run.status === 'RUNNING' || (metric === 'duration' && run.durationMs === undefined)
    const value = metric === 'credits' ? run.creditsAct : (run.durationMs ?? timeSoFar(run.startedAt, now))
    bars[k] = {
      index: k,
      id: run.id,
      status: run.status,
      startMs,
      value,
      running,
      vsBand: running ? null : compareToBand(value, band),
    }
  }
  return bars
}

/** Statuses that ended in trouble: marked under the axis, not told by colour alone. */
export const isFailure = (status: WorkflowRunStatus) => status === 'FAILED' || status === 'TIMED_OUT'

/** The figures the text alternative and the legend say. */
export function summaryOf(bars: HistoryBar[]) {
  const counts = new Map<string, number>()
  let above = 0
  let failures = 0
  for (const bar of bars) {
    counts.set(bar.status, (counts.get(bar.status) ?? 0) + 1)
    if (bar.vsBand === 'above') above += 1
    if (isFailure(bar.status)) failures += 1
  }
  return { counts, above, failures, firstMs: bars[0]?.startMs, lastMs: bars.at(-1)?.startMs }
}
