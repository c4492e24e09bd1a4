import type { StepCounts, WorkflowRun } from '@/shared/contract/workflows'
import { formatDuration } from '@/shared/lib/format'
import { alignSteps, type StepRow } from './stepAlignment'
import { artifactChangeCounts, artifactRows, type ArtifactChange, type ArtifactRow } from './artifactDiff'

export type RunSummary = {
  run: WorkflowRun
  isBaseline: boolean
  durationDeltaMs?: number
  durationDeltaPct?: number
  creditsDelta: number
  /** Step counts minus the baseline's, per status. */
  stepCountDeltas: StepCounts
  changedSteps: number
  regressions: string[]
  artifactChanges: Record<ArtifactChange, number>
}

export type Comparison = {
  runs: WorkflowRun[]
  baselineIndex: number
  summaries: RunSummary[]
  steps: StepRow[]
  artifacts: ArtifactRow[]
}

const STEP_COUNT_KEYS = ['pending', 'running', 'completed', 'failed', 'cancelled', 'skipped'] as const

function countDeltas(counts: StepCounts, base: StepCounts): StepCounts {
  return Object.fromEntries(STEP_COUNT_KEYS.map((key) => [key, counts[key] - base[key]])) as StepCounts
}

/** The whole comparison of loaded runs against the one at `baselineIndex`: summaries, aligned steps and artifacts. */
export function compareRuns(runs: WorkflowRun[], baselineIndex: number): Comparison {
  const baseline = runs[baselineIndex]!
  const steps = alignSteps(runs, baselineIndex)
  const artifacts = artifactRows(
    runs,
    baselineIndex,
    steps.map((row) => row.stepId),
  )
  const summaries = runs.map((run, i): RunSummary => {
    const isBaseline = i === baselineIndex
    const durationDeltaMs =
      !isBaseline && run.durationMs !== undefined && baseline.durationMs !== undefined
        ? run.durationMs - baseline.durationMs
        : undefined
    return {
      run,
      isBaseline,
      durationDeltaMs,
      durationDeltaPct:
        durationDeltaMs !== undefined && baseline.durationMs ? (durationDeltaMs / baseline.durationMs) * 100 : undefined,
      creditsDelta: run.creditsAct - baseline.creditsAct,
      stepCountDeltas: countDeltas(run.stepCounts, baseline.stepCounts),
      changedSteps: isBaseline ? 0 : steps.filter((row) => ['changed', 'added', 'removed'].includes(row.cells[i]!.mark)).length,
      regressions: isBaseline ? [] : steps.filter((row) => row.cells[i]!.regression).map((row) => row.name),
      artifactChanges: artifactChangeCounts(artifacts, i),
    }
  })
  return { runs, baselineIndex, summaries, steps, artifacts }
}

/** A compared run's duration: a run still going has none yet, and says so rather than showing a dash. */
export const runDurationText = (run: WorkflowRun): string =>
  run.durationMs === undefined && run.status === 'RUNNING' ? 'not finished' : formatDuration(run.durationMs)
