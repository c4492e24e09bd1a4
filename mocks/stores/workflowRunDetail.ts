import type { z } from '../../src/shared/contract/zod'
import type { Step, WorkflowRun } from '../../src/shared/contract/workflows'
import { DEMO_MODULES } from '../fixtures/moduleIds'
import { logTimeline, type LogLine } from '../fixtures/logs'
import { digestOf } from '../fixtures/modules'
import { runInputs, SAMPLE_SETS, stepInputs } from '../fixtures/workflowInputs'
import { DEMO_USERS } from '../fixtures/users'
import { iso } from '../runtime/clock'
import { createRng, seedOf } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { artifactsOf, contentAt, type ArtifactBody } from './runArtifacts'
import { MALFORMED_OUTPUTS_RUN, malformedArtifacts } from '../fixtures/malformedArtifacts'
import { visibleLines } from './runLogPage'
import { runStateAt, type RunPlan, type StepPlan, type StepState } from './workflowRunPlan'
import { planOf, runIdOf, summaryAt, type RunBlock, type RunTable } from './workflowRunTable'

export type WorkflowRunBody = z.input<typeof WorkflowRun>
type StepBody = z.input<typeof Step>

const BUCKET = 's3://hla-compass-demo-data'
export const prefixOf = (block: RunBlock, runId: string) => `${BUCKET}/workflow-files/${block.wf.id}/${runId}`
/** Step module runs are addressable as module runs (`/runs/:runId`): `mr-<run number>-<stepId>`. */
export const stepModuleRunId = (runId: string, stepId: string) => `mr-${runId.slice(4)}-${stepId}`
export const stepLogGroup = (moduleId: string) => `/hla-compass/modules/${moduleId}`

export function inputsOf(plan: RunPlan) {
  const email = DEMO_USERS.find((u) => u.id === plan.triggeredBy.userId)?.email
  return runInputs(SAMPLE_SETS[plan.sampleSet]!, createRng(plan.seed ^ 0x2545f491), email)
}

function stepArtifacts(table: RunBlock, plan: RunPlan, runId: string, step: StepPlan): ArtifactBody[] {
  const set = SAMPLE_SETS[plan.sampleSet]!
  const prefix = `${prefixOf(table, runId)}/${step.stepId}`
  // Typing outputs depend only on the samples and the version: runs of one sample set share identical bytes.
  const files = artifactsOf(step.moduleId, prefix, (file, stable) =>
    stable ? `${step.moduleId}@${step.version}:${set.key}:${file}` : `${runId}:${step.stepId}:${file}`,
  )
  // "Latest" aliases: the same URI with other bytes in each run (what "same URI, content changed" exists to catch).
  // The first step records which run is the newest; every report overwrites the latest summary.
  const latest = (file: string) => `${BUCKET}/workflow-files/${table.wf.id}/latest/${file}`
  if (step.stepId === table.wf.steps[0]?.stepId) {
    files.push(contentAt(latest('run.json'), 'latest/run.json', 'application/json', [400, 900], `${runId}:latest-run`))
  }
  // The QC step keeps its latest table at one URI too: a TSV whose rows differ a little from run to run.
  if (step.moduleId === 'peptide-length-qc') {
    const name = 'latest/length_qc.tsv'
    files.push(contentAt(latest(name.slice(7)), name, 'text/tab-separated-values', [1_500, 3_000], `${runId}:latest-qc`))
  }
  if (step.moduleId !== 'immunopeptidome-report') return files
  // One succeeded run's report step also wrote broken files, for the preview to explain (issue 18).
  if (runId === MALFORMED_OUTPUTS_RUN) files.push(...malformedArtifacts(prefix))
  return [
    ...files,
    contentAt(
      latest(`${step.stepId}/summary.json`),
      'latest/summary.json',
      'application/json',
      [8_000, 20_000],
      `${runId}:latest`,
    ),
  ]
}

/**
 * Whether a step in `status` has started and finished: when it has times and a duration. The run detail and the runs ×
 * steps grid both follow this one rule, so a grid cell and the run page never disagree.
 */
export function stepPhase(status: StepState['status']): { started: boolean; finished: boolean } {
  const started = status !== 'pending' && status !== 'queued' && status !== 'skipped'
  return { started, finished: started && status !== 'running' }
}

export function stepBody(
  table: RunBlock,
  plan: RunPlan,
  index: number,
  k: number,
  state: StepState,
  inputs: Record<string, unknown>,
): StepBody {
  const runId = runIdOf(table, index)
  const step = plan.steps[k]!
  const { started, finished } = stepPhase(state.status)
  const node = table.wf.graph.nodes.find((n) => n.id === step.stepId)
  return {
    stepId: step.stepId,
    name: node?.name ?? step.stepId,
    moduleId: step.moduleId,
    moduleName: DEMO_MODULES.find((m) => m.moduleId === step.moduleId)?.moduleName ?? step.moduleId,
    moduleVersion: step.version,
    imageDigest: digestOf(step.moduleId, step.version),
    moduleRunId: stepModuleRunId(runId, step.stepId),
    status: state.status,
    attempts: state.attempts,
    ...(started ? { startedAt: iso(step.startMs) } : {}),
    ...(finished ? { finishedAt: iso(step.endMs), durationMs: step.endMs - step.startMs } : {}),
    ...(state.creditsAct !== undefined ? { creditsAct: state.creditsAct } : {}),
    inputs: stepInputs(step.moduleId, inputs, prefixOf(table, runId)),
    artifacts: state.status === 'completed' ? stepArtifacts(table, plan, runId, step) : [],
    logGroup: stepLogGroup(step.moduleId),
    logStream: `${table.wf.stateMachine}/${runId}/${step.stepId}`,
    ...(finished && step.error ? { error: step.error } : {}),
  }
}

/** The full run at `now`: the lean summary plus inputs and every step in execution order. */
export function runDetail(table: RunTable, index: number, now: number): WorkflowRunBody {
  const plan = planOf(table, index)
  const state = runStateAt(plan, now)
  const inputs = inputsOf(plan)
  return {
    ...summaryAt(table, index, now),
    inputs,
    steps: plan.steps.map((_, k) => stepBody(table, plan, index, k, state.steps[k]!, inputs)),
  }
}

/** A step's log as visible at `now`, and whether it can still grow. */
export function stepLog(
  table: RunBlock,
  index: number,
  stepId: string,
  now: number,
): { lines: LogLine[]; finished: boolean } | undefined {
  const plan = planOf(table, index)
  const k = plan.steps.findIndex((s) => s.stepId === stepId)
  if (k < 0) return undefined
  return planStepLog(plan, runIdOf(table, index), k, now)
}

/** The log of step `k` of a run's plan (a seeded run's or a re-run's) as visible at `now`. */
export function planStepLog(plan: RunPlan, runId: string, k: number, now: number): { lines: LogLine[]; finished: boolean } {
  const step = plan.steps[k]!
  const status = runStateAt(plan, now).steps[k]!.status
  if (status === 'pending' || status === 'skipped') return { lines: [], finished: status === 'skipped' }
  const lines = logTimeline({
    moduleId: step.moduleId,
    version: step.version,
    digest: digestOf(step.moduleId, step.version),
    seed: seedOf(stepModuleRunId(runId, step.stepId)),
    // Same module, version and samples: the same work, so the same lines (the log diff compares them, issue 18).
    contentSeed: seedOf(`${step.moduleId}@${step.version}:${SAMPLE_SETS[plan.sampleSet]!.key}`),
    runRef: { runId, stepId: step.stepId },
    verbose: dataSet() === 'large',
    createdMs: step.enterMs,
    startMs: step.startMs,
    durationMs: step.endMs - step.startMs,
    outcome: step.outcome === 'skipped' ? 'failed' : step.outcome,
    error: step.error,
    attempts: step.attempts,
  })
  const finished = status !== 'queued' && status !== 'running'
  return { lines: visibleLines(lines, Math.min(now, step.endMs)), finished }
}
