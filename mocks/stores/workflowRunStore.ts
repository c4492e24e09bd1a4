import type { z } from '../../src/shared/contract/zod'
import type { Workflow, WorkflowSummary } from '../../src/shared/contract/workflows'
import { WORKFLOWS } from '../fixtures/workflows'
import type { WorkflowDef } from '../fixtures/workflowParts'
import { notFound, type Actor } from '../runtime/api'
import { iso } from '../runtime/clock'
import { registerStore } from '../runtime/persistence'
import { createRng } from '../runtime/prng'
import { type RunView } from './runResults'
import { runStateAt, type RunPlan } from './workflowRunPlan'
import { inputsOf, planStepLog, stepBody, stepModuleRunId } from './workflowRunDetail'
import {
  clearRunTables,
  locateBlock,
  locateRun,
  planOf,
  runCountOf,
  runIdAt,
  runIdOf,
  tableOf,
  type RunBlock,
  type RunTable,
} from './workflowRunTable'

type WorkflowSummaryBody = z.input<typeof WorkflowSummary>
type WorkflowBody = z.input<typeof Workflow>

/**
 * Workflows and their runs (api-contract §9). Runs never change except through the demo clock, so nothing is
 * persisted: a reset only drops the cached run tables (the data set may have changed).
 */
registerStore({ name: 'workflowRuns', reset: clearRunTables, snapshot: () => null, restore: () => undefined })

const canSee = (actor: Actor, wf: WorkflowDef) => actor.isSuperuser || actor.orgId === wf.orgId

/** The workflows of the actor's active organization (a superuser sees every workflow). */
export function visibleWorkflows(actor: Actor): WorkflowDef[] {
  return WORKFLOWS.filter((wf) => canSee(actor, wf))
}

/** A workflow the actor may read; another organization's workflow answers 404 like an unknown one. */
export function workflowFor(actor: Actor, workflowId: string): WorkflowDef {
  const wf = WORKFLOWS.find((w) => w.id === workflowId)
  if (!wf || !canSee(actor, wf)) throw notFound(`Workflow ${workflowId}`)
  return wf
}

export function workflowSummary(wf: WorkflowDef, now: number): WorkflowSummaryBody {
  const runCount = runCountOf(wf.id)
  const summary: WorkflowSummaryBody = {
    id: wf.id,
    name: wf.name,
    description: wf.description,
    stepCount: wf.steps.length,
    runCount,
  }
  const block = locateBlock(runIdAt(wf.id, runCount - 1) ?? '')?.block
  if (!block) return summary
  // From the plans alone (listing workflows must not build a 100,000-row table). The runs still going at BASE_TIME
  // are the last few indices, not necessarily in start order, so the latest start among them wins.
  let last = runCount - 1
  for (let i = Math.max(0, runCount - 4); i < runCount; i++) if (planOf(block, i).startMs > planOf(block, last).startMs) last = i
  const plan = planOf(block, last)
  return { ...summary, lastRun: { id: runIdOf(block, last), status: runStateAt(plan, now).status, startedAt: iso(plan.startMs) } }
}

export function workflowDetail(wf: WorkflowDef, now: number): WorkflowBody {
  return { ...workflowSummary(wf, now), graph: wf.graph, modules: wf.modules }
}

export function runTableFor(actor: Actor, workflowId: string): RunTable | undefined {
  return tableOf(workflowFor(actor, workflowId).id)
}

/** A run the actor may read (404 for unknown runs and other organizations' runs). */
export function runFor(actor: Actor, runId: string): { table: RunTable; index: number } {
  const found = locateRun(runId)
  if (!found || !canSee(actor, found.table.wf)) throw notFound(`Workflow run ${runId}`)
  return found
}

/**
 * The module run behind a workflow step (`mr-<run number>-<stepId>`), so a step's "module run" link opens a real
 * run; undefined for other ids and for steps that never started (pending or skipped).
 */
export function stepRunView(moduleRunId: string, now: number): RunView | undefined {
  const match = /^mr-(\d{6})-([a-z0-9-]+)$/.exec(moduleRunId)
  if (!match) return undefined
  const found = locateBlock(`run-${match[1]}`)
  if (!found) return undefined
  const { block: table, index } = found
  const plan = planOf(table, index)
  return stepRunViewOf(table, plan, index, match[2]!, now)
}

/** The module run behind step `stepId` of a run's plan (a seeded run's or a re-run's), if that step has started. */
export function stepRunViewOf(
  table: RunBlock,
  plan: RunPlan,
  index: number,
  stepId: string,
  now: number,
  inputs = inputsOf(plan),
): RunView | undefined {
  const k = plan.steps.findIndex((s) => s.stepId === stepId)
  const step = plan.steps[k]
  if (!step) return undefined
  const state = runStateAt(plan, now).steps[k]!
  if (state.status === 'pending' || state.status === 'skipped') return undefined
  const moduleRunId = stepModuleRunId(runIdOf(table, index), stepId)
  const body = stepBody(table, plan, index, k, state, inputs)
  const finished = state.status !== 'queued' && state.status !== 'running'
  const rng = createRng(step.enterMs)
  return {
    orgId: table.wf.orgId,
    moduleId: step.moduleId,
    seed: plan.seed ^ k,
    managedByWorkflow: true,
    uiOnly: false,
    run: {
      runId: moduleRunId,
      moduleId: step.moduleId,
      moduleName: body.moduleName,
      moduleVersion: body.moduleVersion,
      status: state.status,
      mode: 'workflow',
      parameters: body.inputs,
      createdAt: iso(step.enterMs),
      ...(body.startedAt ? { startedAt: body.startedAt } : {}),
      ...(body.finishedAt ? { finishedAt: body.finishedAt, durationMs: body.durationMs } : {}),
      triggeredBy: plan.triggeredBy,
      ...(finished ? { creditsAct: state.creditsAct ?? 0 } : {}),
      credit: { reservationId: `res-${rng.hex(12)}`, estimatedAct: Math.round(step.creditsAct * 1.15 * 10_000) / 10_000 },
      workflow: { workflowId: table.wf.id, workflowRunId: runIdOf(table, index), stepId: step.stepId },
      logGroup: body.logGroup,
      logStream: body.logStream,
      artifacts: body.artifacts,
      ...(body.error ? { error: body.error } : {}),
    },
    log: () => planStepLog(plan, runIdOf(table, index), k, now),
  }
}

/** Step module runs the seeded module-run list shows: a few steps of each home organization's recent runs. */
export function seededStepRunIds(): string[] {
  const ids: string[] = []
  for (const wf of WORKFLOWS) {
    const count = runCountOf(wf.id)
    for (const index of count >= 4 ? [count - 1, count - 4] : []) {
      const runId = runIdAt(wf.id, index)!
      for (const step of wf.steps.slice(0, 2)) ids.push(`mr-${runId.slice(4)}-${step.stepId}`)
    }
  }
  return ids
}
