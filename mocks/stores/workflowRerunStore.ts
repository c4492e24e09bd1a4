import type { JsonObject } from '../../src/shared/contract/primitives'
import { REDRIVABLE_STATUSES, REDRIVE_WINDOW_MS } from '../../src/shared/contract/workflowReruns'
import type { LogLine } from '../fixtures/logs'
import { WORKFLOWS } from '../fixtures/workflows'
import type { WorkflowDef } from '../fixtures/workflowParts'
import { conflict, MockHttpError, notFound, validationFailed, type Actor } from '../runtime/api'
import { iso } from '../runtime/clock'
import { registerStore } from '../runtime/persistence'
import { grantedModuleIds } from './organizationStore'
import type { RunView } from './runResults'
import { derivedPlan, FIRST_DERIVED_NUMBER, inputErrors, type DerivedKind, type DerivedRecord } from './workflowRerunPlan'
import { runStateAt, type RunPlan } from './workflowRunPlan'
import { inputsOf, planStepLog, runDetail, stepBody, stepLog, type WorkflowRunBody } from './workflowRunDetail'
import { runFor, stepRunViewOf } from './workflowRunStore'
import { executionArnOf, planOf, REGION, runIdOf, type RunBlock, type RunSummaryBody, type RunTable } from './workflowRunTable'

/**
 * Runs started from other runs (api-contract §9.1): "Run again", "Run with changes" and redrives. Only these records
 * are state (kept for the browser session); everything else about such a run is derived from its plan and the clock.
 */
let records: DerivedRecord[] = []
let nextNumber = FIRST_DERIVED_NUMBER

type Snapshot = { records: DerivedRecord[]; nextNumber: number }
registerStore({
  name: 'workflowReruns',
  reset: () => {
    records = []
    nextNumber = FIRST_DERIVED_NUMBER
  },
  snapshot: (): Snapshot => ({ records, nextNumber }),
  restore: (state) => {
    const snapshot = state as Partial<Snapshot> | null
    if (!snapshot || !Array.isArray(snapshot.records) || typeof snapshot.nextNumber !== 'number') return
    records = snapshot.records
    nextNumber = snapshot.nextNumber
  },
})

const canSee = (actor: Actor, wf: WorkflowDef) => actor.isSuperuser || actor.orgId === wf.orgId
const blockOf = (wf: WorkflowDef, record: DerivedRecord): RunBlock => ({ wf, count: 1, firstNumber: record.number })

/** Any run the actor may read, seeded or derived, with its plan; 404 for unknown runs and other organizations'. */
type AnyRun =
  | { kind: 'seeded'; wf: WorkflowDef; block: RunTable; index: number; plan: RunPlan; inputs: JsonObject }
  | { kind: 'derived'; wf: WorkflowDef; block: RunBlock; index: 0; plan: RunPlan; inputs: JsonObject; record: DerivedRecord }

function derived(record: DerivedRecord): AnyRun & { kind: 'derived' } {
  const wf = WORKFLOWS.find((w) => w.id === record.workflowId)!
  const origin = planOfRun(record.origin.runId)
  return {
    kind: 'derived',
    wf,
    block: blockOf(wf, record),
    index: 0,
    plan: derivedPlan(wf, record, origin),
    inputs: record.inputs,
    record,
  }
}

function planOfRun(runId: string): RunPlan {
  const record = records.find((r) => r.runId === runId)
  if (record) return derived(record).plan
  const found = runFor({ isSuperuser: true } as Actor, runId)
  return planOf(found.table, found.index)
}

export function anyRun(actor: Actor, runId: string): AnyRun {
  const record = records.find((r) => r.runId === runId)
  if (record) {
    const run = derived(record)
    if (!canSee(actor, run.wf)) throw notFound(`Workflow run ${runId}`)
    return run
  }
  const { table, index } = runFor(actor, runId)
  const plan = planOf(table, index)
  return { kind: 'seeded', wf: table.wf, block: table, index, plan, inputs: inputsOf(plan) }
}

function summaryOf(run: AnyRun & { kind: 'derived' }, now: number): RunSummaryBody & { origin: DerivedRecord['origin'] } {
  const { record, plan } = run
  const state = runStateAt(plan, now)
  return {
    id: record.runId,
    workflowId: record.workflowId,
    status: state.status,
    startedAt: iso(plan.startMs),
    ...(state.durationMs !== undefined ? { finishedAt: iso(plan.endMs), durationMs: state.durationMs } : {}),
    triggeredBy: record.triggeredBy,
    creditsAct: state.creditsAct,
    stepCounts: state.counts,
    executionArn: record.executionArn,
    region: REGION,
    tags: record.tags,
    origin: record.origin,
  }
}

/** `GET /v1/workflow-runs/{runId}` for seeded and derived runs alike. */
export function anyRunDetail(actor: Actor, runId: string, now: number): WorkflowRunBody {
  const run = anyRun(actor, runId)
  if (run.kind === 'seeded') return runDetail(run.block, run.index, now)
  const state = runStateAt(run.plan, now)
  const origin = run.record.fromIndex > 0 ? anyRun(actor, run.record.origin.runId) : undefined
  const originState = origin && runStateAt(origin.plan, now)
  return {
    ...summaryOf(run, now),
    inputs: run.inputs,
    steps: run.plan.steps.map((_, k) => {
      // Not run again: the origin's step as it ended (its module run, artifacts and times), charged nothing here.
      if (origin && originState && k < run.record.fromIndex)
        return {
          ...stepBody(origin.block, origin.plan, origin.index, k, originState.steps[k]!, origin.inputs),
          creditsAct: 0,
          carriedOver: { runId: run.record.origin.runId },
        }
      return stepBody(run.block, run.plan, 0, k, state.steps[k]!, run.inputs)
    }),
  }
}

/** A step's log; a redrive's carried-over step shows the log of the run that ran it. */
export function anyStepLog(actor: Actor, runId: string, stepId: string, now: number): { lines: LogLine[]; finished: boolean } {
  const run = anyRun(actor, runId)
  const k = run.plan.steps.findIndex((s) => s.stepId === stepId)
  if (k < 0) throw notFound(`Step ${stepId} of run ${runId}`)
  if (run.kind === 'seeded') return stepLog(run.block, run.index, stepId, now)!
  if (k < run.record.fromIndex) return anyStepLog(actor, run.record.origin.runId, stepId, now)
  return planStepLog(run.plan, run.record.runId, k, now)
}

/** The module run behind a derived run's step (`mr-9xxxxx-<stepId>`), or undefined. */
export function derivedStepRunView(moduleRunId: string, now: number): RunView | undefined {
  const match = /^mr-(\d{6})-([a-z0-9-]+)$/.exec(moduleRunId)
  const record = match && records.find((r) => r.number === Number(match[1]))
  if (!match || !record) return undefined
  const run = derived(record)
  const k = run.plan.steps.findIndex((s) => s.stepId === match[2])
  if (k < 0 || k < record.fromIndex) return undefined
  return stepRunViewOf(run.block, run.plan, 0, match[2]!, now, run.inputs)
}

/** The runs started from `runId`, newest first. */
export function rerunsOf(actor: Actor, runId: string, now: number) {
  anyRun(actor, runId)
  return records
    .filter((r) => r.origin.runId === runId)
    .sort((a, b) => b.createdMs - a.createdMs || b.number - a.number)
    .map((r) => summaryOf(derived(r), now))
}

/** Only modules granted to the workflow's organization run (as for a module-run start, api-contract §6). */
function requireGrants(actor: Actor, wf: WorkflowDef): void {
  if (actor.isSuperuser) return
  const granted = grantedModuleIds(wf.orgId)
  const missing = wf.steps.find((step) => !granted.has(step.moduleId))
  if (missing)
    throw new MockHttpError(403, 'FORBIDDEN', `${missing.moduleId} is not granted to your organization.`, {
      reason: 'module_not_granted',
    })
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function create(run: AnyRun, actor: Actor, now: number, kind: DerivedKind, inputs: JsonObject, fromIndex: number) {
  const number = nextNumber++
  const originId = run.kind === 'derived' ? run.record.runId : runIdOf(run.block, run.index)
  const runId = `run-${number}`
  const tags = [...run.plan.tags.filter((tag) => tag !== 'rerun' && tag !== 'redrive'), kind === 'redrive' ? 'redrive' : 'rerun']
  const record: DerivedRecord = {
    runId,
    number,
    workflowId: run.wf.id,
    origin: { runId: originId, kind, ...(kind === 'redrive' ? { fromStepId: run.plan.steps[fromIndex]!.stepId } : {}) },
    createdMs: now,
    inputs,
    sampleSet: run.plan.sampleSet,
    triggeredBy: { userId: actor.userId, name: actor.name },
    tags,
    // A redrive continues the same Step Functions execution (same ARN); a re-run is a new execution.
    executionArn:
      kind === 'redrive'
        ? run.kind === 'derived'
          ? run.record.executionArn
          : executionArnOf(run.wf, originId)
        : executionArnOf(run.wf, runId),
    fromIndex,
  }
  records.push(record)
  return record
}

/** `POST …/rerun`: every role of the run's organization may start one (api-contract §3, as module-run starts). */
export function rerun(actor: Actor, runId: string, inputs: JsonObject | undefined, now: number): WorkflowRunBody {
  const run = anyRun(actor, runId)
  requireGrants(actor, run.wf)
  if (inputs) {
    const errors = inputErrors(inputs)
    if (errors.length) throw validationFailed('The inputs are not valid for this workflow.', errors)
  }
  const changed = inputs !== undefined && !sameJson(inputs, run.inputs)
  const record = create(run, actor, now, changed ? 'rerun-with-changes' : 'rerun', inputs ?? run.inputs, 0)
  return anyRunDetail(actor, record.runId, now)
}

/**
 * `POST …/redrive` (Step Functions redrive): a FAILED, TIMED_OUT or ABORTED run that ended within 14 days, from its
 * failed (or aborted) step; the steps before it are not run again. A run is redriven once: its execution is then the
 * redrive's (Step Functions redrives an execution, not a copy of it).
 */
export function redrive(actor: Actor, runId: string, now: number): WorkflowRunBody {
  const run = anyRun(actor, runId)
  requireGrants(actor, run.wf)
  const state = runStateAt(run.plan, now)
  if (!REDRIVABLE_STATUSES.includes(state.status))
    throw conflict(`Run ${runId} is ${state.status}; only failed, timed-out or aborted runs can be redriven.`, {
      reason: 'not_redrivable',
    })
  if (now - run.plan.endMs > REDRIVE_WINDOW_MS)
    throw conflict(`Run ${runId} ended more than 14 days ago; Step Functions redrives runs for 14 days. Run it again instead.`, {
      reason: 'redrive_window_passed',
    })
  const fromIndex = state.steps.findIndex((step) => step.status === 'failed' || step.status === 'cancelled')
  if (fromIndex < 0)
    throw conflict(`Run ${runId} stopped at a Fail state (the QC gate), not in a step; a redrive would fail there again.`, {
      reason: 'no_failed_step',
    })
  const earlier = records.find((r) => r.origin.runId === runId && r.origin.kind === 'redrive')
  if (earlier)
    throw conflict(`Run ${runId} was already redriven as ${earlier.runId}.`, { reason: 'already_redriven', runId: earlier.runId })
  const record = create(run, actor, now, 'redrive', run.inputs, fromIndex)
  return anyRunDetail(actor, record.runId, now)
}
