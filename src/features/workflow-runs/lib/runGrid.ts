import type { RunSteps, WorkflowRunStepPage } from '@/shared/contract/workflowRunSteps'
import { SLOW_THRESHOLD_PCT } from './medianDelta'

/**
 * The runs × steps grid of Run History as data: one row per step (graph order), one cell per run (the page's order),
 * each finished cell placed in a duration band against that step's median over the runs on screen. Pure, so the
 * rules are tested without rendering; the component only draws what this returns.
 */

/** How a cell's duration compares with its step's median: the cell's shade, lightest (faster) to darkest. */
export type DurationBand = 'faster' | 'typical' | 'slower' | 'much-slower'

export const DURATION_BANDS: readonly { band: DurationBand; label: string }[] = [
  { band: 'faster', label: 'under 0.8× the median' },
  { band: 'typical', label: '0.8–1.25×' },
  { band: 'slower', label: '1.25–2×' },
  { band: 'much-slower', label: '2× or more' },
]

/** Slower than this many times the median is "slower": the run list's and comparison's regression threshold (25 %). */
const SLOWER = 1 + SLOW_THRESHOLD_PCT / 100
const FASTER = 1 / SLOWER

export function durationBand(ratio: number): DurationBand {
  if (ratio >= 2) return 'much-slower'
  if (ratio >= SLOWER) return 'slower'
  return ratio < FASTER ? 'faster' : 'typical'
}

export type GridCell = {
  status: string
  attempts: number
  durationMs?: number
  /** The duration over the step's median (absent without a duration or a median). */
  ratio?: number
  band?: DurationBand
}

export type GridRow = {
  stepId: string
  name: string
  /** One per run, in the runs' order; undefined where a run has no such step. */
  cells: (GridCell | undefined)[]
  failures: number
  /** Median duration of the step's completed runs on screen, and how many there were. */
  medianMs?: number
  medianOf: number
}

export type GridModel = {
  runs: RunSteps[]
  rows: GridRow[]
  /** The highest failure count of any step (0 when no step failed). */
  mostFailures: number
}

/** The median of `values` (sorted in place); undefined for none. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  values.sort((a, b) => a - b)
  const mid = values.length >> 1
  return values.length % 2 ? values[mid] : (values[mid - 1]! + values[mid]!) / 2
}

/**
 * Rows in the page's step order, then any step only a run has (appended in the order first met). A step's median is
 * over its *completed* runs on screen: a failed or aborted step stopped early, and would pull the typical time down.
 */
export function gridOf(page: Pick<WorkflowRunStepPage, 'steps' | 'items'>): GridModel {
  const runs = page.items
  const names = new Map(page.steps.map((step) => [step.stepId, step.name]))
  for (const run of runs) for (const step of run.steps) if (!names.has(step.stepId)) names.set(step.stepId, step.stepId)
  const byRun = runs.map((run) => new Map(run.steps.map((step) => [step.stepId, step])))
  let mostFailures = 0
  const rows = [...names].map(([stepId, name]): GridRow => {
    const states = byRun.map((steps) => steps.get(stepId))
    const completed = states.flatMap((s) => (s?.status === 'completed' && s.durationMs !== undefined ? [s.durationMs] : []))
    const medianOf = completed.length
    const medianMs = median(completed)
    let failures = 0
    const cells = states.map((state): GridCell | undefined => {
      if (!state) return undefined
      if (state.status === 'failed') failures += 1
      const cell: GridCell = { status: state.status, attempts: state.attempts, durationMs: state.durationMs }
      if (state.durationMs !== undefined && medianMs !== undefined && medianMs > 0) {
        cell.ratio = state.durationMs / medianMs
        cell.band = durationBand(cell.ratio)
      }
      return cell
    })
    mostFailures = Math.max(mostFailures, failures)
    return { stepId, name, cells, failures, medianMs, medianOf }
  })
  return { runs, rows, mostFailures }
}
