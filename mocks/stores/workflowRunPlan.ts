import type { UserRef } from '../../src/shared/contract/primitives'
import type { STEP_STATUSES, StepCounts, WORKFLOW_RUN_STATUSES } from '../../src/shared/contract/workflows'
import { HOME_ORGS } from '../fixtures/orgIds'
import type { DemoModuleId } from '../fixtures/moduleIds'
import { specOf, priceFor, VERSION_SLOWDOWN, versionAt } from '../fixtures/modules'
import { SCHEDULER, type WorkflowDef } from '../fixtures/workflowParts'
import { SAMPLE_SETS } from '../fixtures/workflowInputs'
import { BASE_TIME } from '../runtime/clock'
import { createRng, seedOf, type Rng } from '../runtime/prng'
import { FAILURES } from '../fixtures/logs'

/**
 * The plan of one workflow run, computed from (workflow, index) alone so 100,000 runs need no table: when each step
 * is entered, starts and ends, and how the run ends. The state at any demo time is derived from the plan
 * (`runStateAt`), so RUNNING runs progress as the clock advances without anything being mutated.
 */
// Statuses are the contract's (issue 15): the closed lists, not the open enums that also admit unknown values.
export type RunStatus = (typeof WORKFLOW_RUN_STATUSES)[number]
type FinalStatus = Exclude<RunStatus, 'RUNNING'>
export type StepStatus = (typeof STEP_STATUSES)[number]
/** How a step ends in a plan; `pending`, `queued` and `running` are only ever states on the way. */
export type StepOutcome = Exclude<StepStatus, 'pending' | 'queued' | 'running'>

export type StepPlan = {
  stepId: string
  moduleId: DemoModuleId
  version: string
  enterMs: number
  startMs: number
  endMs: number
  attempts: number
  creditsAct: number
  outcome: StepOutcome
  error?: { code: string; message: string }
}

export type RunPlan = {
  index: number
  seed: number
  startMs: number
  endMs: number
  finalStatus: FinalStatus
  userIndex: number
  triggeredBy: UserRef
  sampleSet: number
  tags: string[]
  steps: StepPlan[]
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000
const planOf = (orgId: string) => HOME_ORGS.find((org) => org.id === orgId)?.plan ?? 'developer'

/** How many runs at the end of a workflow's history are still running at BASE_TIME. */
const LIVE_RUNS = 3

function pickOutcome(rng: Rng, live: boolean, gated: boolean): FinalStatus | 'QC_GATE' {
  const roll = rng.next()
  if (live) return roll < 0.75 ? 'SUCCEEDED' : 'FAILED'
  if (roll < 0.8) return 'SUCCEEDED'
  if (roll < 0.87) return 'FAILED'
  if (roll < 0.91 && gated) return 'QC_GATE'
  if (roll < 0.94) return 'TIMED_OUT'
  return roll < 0.98 ? 'ABORTED' : 'FAILED'
}

function stepDuration(rng: Rng, moduleId: DemoModuleId, version: string): number {
  const [min, max] = specOf(moduleId).durationMs
  const skew = rng.next()
  const base = min + (max - min) * skew * Math.sqrt(skew)
  // Occasional outliers on top of the version regression make the Δ-vs-median column interesting.
  const outlier = rng.chance(0.03) ? 2.5 + rng.next() * 2.5 : 1
  return Math.round(base * (VERSION_SLOWDOWN[moduleId]?.[version] ?? 1) * outlier)
}

export function planRun(wf: WorkflowDef, index: number, count: number): RunPlan {
  const seed = seedOf(`${wf.id}#${index}`)
  const rng = createRng(seed)
  const live = index >= count - LIVE_RUNS
  const outcome = pickOutcome(rng, live, wf.gateAfter !== undefined)
  const userIndex = rng.int(0, wf.triggerers.length - 1)
  const triggeredBy = wf.triggerers[userIndex]!
  const sampleSet = rng.int(0, SAMPLE_SETS.length - 1)
  const set = SAMPLE_SETS[sampleSet]!
  const tags: string[] = [set.cohort, set.label]
  if (triggeredBy.userId === SCHEDULER.userId) tags.push('nightly')
  if (rng.chance(0.08)) tags.push('rerun')
  if (rng.chance(0.03)) tags.push('benchmark')
  const gap = (wf.spanDays * 86_400_000) / count
  const startMs = Math.round(BASE_TIME - (count - index) * gap + rng.next() * gap * 0.8)
  const failAt = rng.int(0, wf.steps.length - 1)
  const plan: RunPlan = {
    index,
    seed,
    startMs,
    endMs: startMs,
    finalStatus: 'SUCCEEDED',
    userIndex,
    triggeredBy,
    sampleSet,
    tags,
    steps: [],
  }
  const orgPlan = planOf(wf.orgId)
  let at = startMs
  let stopped = false
  for (let k = 0; k < wf.steps.length; k++) {
    const step = wf.steps[k]!
    const version = wf.modules.find((m) => m.moduleId === step.moduleId)?.version ?? versionAt(step.moduleId, at)
    const queueMs = rng.chance(0.05) ? rng.int(60_000, 240_000) : rng.int(800, 15_000)
    const attempts = rng.chance(0.06) ? (rng.chance(0.3) ? 3 : 2) : 1
    let durationMs = stepDuration(rng, step.moduleId, version)
    durationMs += (attempts - 1) * Math.round(durationMs * (0.3 + rng.next() * 0.5) + 30_000)
    let credits = priceFor(step.moduleId, orgPlan) * (0.8 + rng.next() * 0.4) * attempts
    // Plain literals, no spreads: this runs 600,000 times for the large data set and spreads are slow here.
    if (stopped) {
      plan.steps.push({
        stepId: step.stepId,
        moduleId: step.moduleId,
        version,
        enterMs: at,
        startMs: at,
        endMs: at,
        attempts: 0,
        creditsAct: 0,
        outcome: 'skipped',
      })
      continue
    }
    const enterMs = at
    const stepStart = enterMs + queueMs
    let result: StepOutcome = 'completed'
    let error: StepPlan['error']
    if (k === failAt && (outcome === 'FAILED' || outcome === 'TIMED_OUT' || outcome === 'ABORTED')) {
      stopped = true
      const fraction = 0.2 + rng.next() * 0.7
      if (outcome === 'TIMED_OUT') {
        const timeout = specOf(step.moduleId).resources.timeout
        durationMs = timeout * 1000
        error = { code: 'States.Timeout', message: `Task timed out after ${timeout} seconds.` }
      } else {
        durationMs = Math.round(durationMs * fraction)
        credits *= fraction
        error =
          outcome === 'FAILED'
            ? FAILURES[step.moduleId]
            : { code: 'States.Aborted', message: `Execution aborted by ${triggeredBy.name}.` }
      }
      result = outcome === 'ABORTED' ? 'cancelled' : 'failed'
    }
    at = stepStart + durationMs
    const planned: StepPlan = {
      stepId: step.stepId,
      moduleId: step.moduleId,
      version,
      enterMs,
      startMs: stepStart,
      endMs: at,
      attempts,
      creditsAct: round4(credits),
      outcome: result,
    }
    if (error) planned.error = error
    plan.steps.push(planned)
    if (outcome === 'QC_GATE' && step.stepId === wf.gateAfter) stopped = true
  }
  plan.finalStatus = outcome === 'QC_GATE' ? 'FAILED' : outcome
  plan.endMs = at + rng.int(200, 800)
  if (live) {
    // Still running at BASE_TIME: between 15 % and 75 % of the planned time has passed.
    const shift = BASE_TIME - Math.round((plan.endMs - startMs) * (0.15 + rng.next() * 0.6)) - startMs
    plan.startMs += shift
    plan.endMs += shift
    for (const step of plan.steps) {
      step.enterMs += shift
      step.startMs += shift
      step.endMs += shift
    }
  }
  return plan
}

export type StepState = { status: StepStatus; attempts: number; creditsAct?: number }
export type Counts = StepCounts
export type RunState = {
  status: RunStatus
  finished: boolean
  durationMs?: number
  creditsAct: number
  counts: Counts
  steps: StepState[]
}

/** The run as it stands at `now`: finished runs show their outcome, running ones the steps reached so far. */
export function runStateAt(plan: RunPlan, now: number): RunState {
  const finished = now >= plan.endMs
  const counts: Counts = { pending: 0, running: 0, completed: 0, failed: 0, cancelled: 0, skipped: 0 }
  let credits = 0
  const steps = plan.steps.map((step): StepState => {
    let status: StepStatus
    if (finished || (step.outcome !== 'skipped' && now >= step.endMs)) status = step.outcome
    else if (step.outcome === 'skipped' || now < step.enterMs) status = 'pending'
    else status = now < step.startMs ? 'queued' : 'running'
    // A step waiting for a worker counts as pending: stepCounts has no queued bucket.
    counts[status === 'queued' ? 'pending' : status] += 1
    if (status === 'pending' || status === 'queued' || status === 'skipped')
      return { status, attempts: status === 'queued' ? 1 : 0 }
    if (status !== 'running') {
      credits += step.creditsAct
      return { status, attempts: step.attempts, creditsAct: step.creditsAct }
    }
    const fraction = (now - step.startMs) / Math.max(1, step.endMs - step.startMs)
    const consumed = round4(step.creditsAct * fraction)
    credits += consumed
    return { status, attempts: Math.min(step.attempts, 1 + Math.floor(fraction * step.attempts)), creditsAct: consumed }
  })
  const state: RunState = {
    status: finished ? plan.finalStatus : 'RUNNING',
    finished,
    creditsAct: round4(credits),
    counts,
    steps,
  }
  if (finished) state.durationMs = plan.endMs - plan.startMs
  return state
}
