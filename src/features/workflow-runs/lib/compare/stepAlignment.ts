import type { Step, WorkflowRun } from '@/shared/contract/workflows'
import { SLOW_THRESHOLD_PCT } from '../medianDelta'

/** How a step of one run relates to the same step (by `stepId`) of the baseline. */
export type StepMark = 'baseline' | 'added' | 'removed' | 'changed' | 'unchanged' | 'absent'
/** A row's mark summarises its cells: added/removed if the step is missing anywhere, else changed if any cell changed. */
export type RowMark = 'added' | 'removed' | 'changed' | 'unchanged'
export type StepDifference = 'status' | 'attempts' | 'version' | 'digest' | 'duration'

export type StepCell = {
  mark: StepMark
  /** Absent when the step does not exist in this run. */
  step?: Step
  durationMs?: number
  /** This step's share of its run's duration, in percent. */
  shareOfRunPct?: number
  durationDeltaMs?: number
  durationDeltaPct?: number
  creditsDelta?: number
  differences: StepDifference[]
  /** At least SLOW_THRESHOLD_PCT (25 %) slower than the baseline's same step. */
  regression: boolean
  /** At least SLOW_THRESHOLD_PCT faster: worth seeing next to the regressions. */
  faster: boolean
}

export type StepRow = { stepId: string; name: string; mark: RowMark; cells: StepCell[] }

/**
 * Merges the runs' step lists into one ordered list of step ids: the baseline's order, with a step only another run has
 * inserted right after that run's previous step (so an added step lands where it ran, not at the end).
 */
export function mergedStepOrder(runs: readonly WorkflowRun[], baselineIndex: number): string[] {
  const order: string[] = []
  const ordered = [runs[baselineIndex], ...runs.filter((_, i) => i !== baselineIndex)].filter((run) => run !== undefined)
  for (const run of ordered) {
    let previous: string | undefined
    for (const step of run.steps) {
      if (!order.includes(step.stepId)) {
        const at = previous === undefined ? 0 : order.indexOf(previous) + 1
        order.splice(at, 0, step.stepId)
      }
      previous = step.stepId
    }
  }
  return order
}

const pct = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : undefined)

function runDurationMs(run: WorkflowRun): number | undefined {
  if (run.durationMs !== undefined) return run.durationMs
  return run.steps.reduce((sum, step) => sum + (step.durationMs ?? 0), 0) || undefined
}

function differencesOf(step: Step, base: Step, durationDeltaPct: number | undefined): StepDifference[] {
  const found: StepDifference[] = []
  if (step.status !== base.status) found.push('status')
  if (step.attempts !== base.attempts) found.push('attempts')
  if (step.moduleVersion !== base.moduleVersion) found.push('version')
  if (step.imageDigest !== base.imageDigest) found.push('digest')
  if (durationDeltaPct !== undefined && Math.abs(durationDeltaPct) >= SLOW_THRESHOLD_PCT) found.push('duration')
  return found
}

function cellOf(run: WorkflowRun, step: Step | undefined, base: Step | undefined, isBaseline: boolean): StepCell {
  const empty = { differences: [], regression: false, faster: false }
  // "absent": neither this run nor the baseline has the step (another run added it).
  if (!step) return { mark: isBaseline ? 'baseline' : base ? 'removed' : 'absent', ...empty }
  const durationMs = step.durationMs
  const shareOfRunPct = durationMs === undefined ? undefined : pct(durationMs, runDurationMs(run) ?? 0)
  if (isBaseline) return { mark: 'baseline', step, durationMs, shareOfRunPct, ...empty }
  if (!base) return { mark: 'added', step, durationMs, shareOfRunPct, ...empty }
  const durationDeltaMs = durationMs !== undefined && base.durationMs !== undefined ? durationMs - base.durationMs : undefined
  const durationDeltaPct =
    durationDeltaMs !== undefined && base.durationMs ? (durationDeltaMs / base.durationMs) * 100 : undefined
  const creditsDelta =
    step.creditsAct !== undefined && base.creditsAct !== undefined ? step.creditsAct - base.creditsAct : undefined
  const differences = differencesOf(step, base, durationDeltaPct)
  return {
    mark: differences.length > 0 ? 'changed' : 'unchanged',
    step,
    durationMs,
    shareOfRunPct,
    durationDeltaMs,
    durationDeltaPct,
    creditsDelta,
    differences,
    regression: durationDeltaPct !== undefined && durationDeltaPct >= SLOW_THRESHOLD_PCT,
    faster: durationDeltaPct !== undefined && durationDeltaPct <= -SLOW_THRESHOLD_PCT,
  }
}

function rowMark(cells: StepCell[], baselineIndex: number): RowMark {
  if (!cells[baselineIndex]?.step) return 'added'
  if (cells.some((cell) => cell.mark === 'removed')) return 'removed'
  return cells.some((cell) => cell.mark === 'changed') ? 'changed' : 'unchanged'
}

/**
 * The step-aligned diff: one row per step id across all runs, one cell per run (in the runs' order), each compared with
 * the baseline run's same step. A step missing from the baseline is "added" where it exists; a baseline step missing
 * from a run is "removed" there.
 */
export function alignSteps(runs: readonly WorkflowRun[], baselineIndex: number): StepRow[] {
  const byId = runs.map((run) => new Map(run.steps.map((step) => [step.stepId, step])))
  return mergedStepOrder(runs, baselineIndex).map((stepId) => {
    const base = byId[baselineIndex]?.get(stepId)
    const cells = runs.map((run, i) => cellOf(run, byId[i]!.get(stepId), base, i === baselineIndex))
    const name = base?.name ?? cells.find((cell) => cell.step)?.step?.name ?? stepId
    return { stepId, name, mark: rowMark(cells, baselineIndex), cells }
  })
}
