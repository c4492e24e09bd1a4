import { z } from './zod'
import { Act, Count, cursorPage, JsonObject, openEnum, Timestamp, UserRef } from './primitives'
import { Artifact } from './artifacts'

export const WORKFLOW_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'] as const
export const WorkflowRunStatus = openEnum(WORKFLOW_RUN_STATUSES)
export type WorkflowRunStatus = z.infer<typeof WorkflowRunStatus>

export const WORKFLOW_RUN_SORTS = ['startedAt', '-startedAt', 'durationMs', '-durationMs', 'creditsAct', '-creditsAct'] as const
export type WorkflowRunSort = (typeof WORKFLOW_RUN_SORTS)[number]

export const WorkflowSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  stepCount: Count,
  runCount: Count,
  lastRun: z.optional(z.object({ id: z.string(), status: WorkflowRunStatus, startedAt: Timestamp })),
})
export type WorkflowSummary = z.infer<typeof WorkflowSummary>
export const WorkflowPage = cursorPage(WorkflowSummary)

export const WorkflowNode = z.object({
  id: z.string(),
  name: z.string(),
  kind: openEnum(['module', 'pass', 'choice', 'fail']),
  moduleRef: z.optional(z.string()),
})
export const WorkflowEdge = z.object({
  source: z.string(),
  target: z.string(),
  condition: z.optional(z.unknown()),
  default: z.optional(z.boolean()),
})
export const Workflow = z.extend(WorkflowSummary, {
  graph: z.object({ start: z.string(), nodes: z.array(WorkflowNode), edges: z.array(WorkflowEdge) }),
  modules: z.array(z.object({ id: z.string(), moduleId: z.string(), name: z.string(), version: z.optional(z.string()) })),
})
export type Workflow = z.infer<typeof Workflow>

export const StepCounts = z.object({
  pending: Count,
  running: Count,
  completed: Count,
  failed: Count,
  cancelled: Count,
  skipped: Count,
})
export type StepCounts = z.infer<typeof StepCounts>

/**
 * How a run came from another one (api-contract §9.2, decision 019): the same inputs again, changed inputs, or a Step
 * Functions redrive from the failed step (`fromStepId`), where the steps before it are not run again.
 */
export const RUN_ORIGIN_KINDS = ['rerun', 'rerun-with-changes', 'redrive'] as const
export const RunOrigin = z.object({
  runId: z.string(),
  kind: openEnum(RUN_ORIGIN_KINDS),
  fromStepId: z.optional(z.string()),
})
export type RunOrigin = z.infer<typeof RunOrigin>

const runSummaryFields = {
  id: z.string(),
  workflowId: z.string(),
  status: WorkflowRunStatus,
  startedAt: Timestamp,
  finishedAt: z.optional(Timestamp),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  triggeredBy: UserRef,
  creditsAct: Act,
  stepCounts: StepCounts,
  executionArn: z.string(),
  region: z.string(),
  tags: z.array(z.string()),
  origin: z.optional(RunOrigin),
}
/** A lean list row: never inputs, steps or artifacts (a 100,000-run list must stay small). */
export const WorkflowRunSummary = z.object(runSummaryFields)
export type WorkflowRunSummary = z.infer<typeof WorkflowRunSummary>
export const WorkflowRunPage = cursorPage(WorkflowRunSummary)
export type WorkflowRunPage = z.infer<typeof WorkflowRunPage>

export const STEP_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled', 'pending', 'skipped'] as const
export const Step = z.object({
  stepId: z.string(),
  name: z.string(),
  moduleId: z.string(),
  moduleName: z.string(),
  moduleVersion: z.string(),
  imageDigest: z.string(),
  moduleRunId: z.string(),
  status: openEnum(STEP_STATUSES),
  attempts: Count,
  startedAt: z.optional(Timestamp),
  finishedAt: z.optional(Timestamp),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  creditsAct: z.optional(Act),
  inputs: JsonObject,
  artifacts: z.array(Artifact),
  logGroup: z.string(),
  logStream: z.string(),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
  /** A redrive's step before the failed one: not run again; its result, times and artifacts are `runId`'s. */
  carriedOver: z.optional(z.object({ runId: z.string() })),
})
export type Step = z.infer<typeof Step>

export const WorkflowRun = z.object({ ...runSummaryFields, inputs: JsonObject, steps: z.array(Step) })
export type WorkflowRun = z.infer<typeof WorkflowRun>

export const WorkflowRunStats = z.object({
  medianDurationMs: z.nullable(z.number()),
  p90DurationMs: z.nullable(z.number()),
  medianCreditsAct: z.nullable(z.number()),
})
export type WorkflowRunStats = z.infer<typeof WorkflowRunStats>

/** p25, median and p75 of one measure over the succeeded runs of a filter: the run-duration history's expected band. */
export const RunBand = z.object({ p25: z.number(), p50: z.number(), p75: z.number() })
export type RunBand = z.infer<typeof RunBand>

/** One bar of the run-duration history: a run's status, start and measures, nothing more (api-contract §9). */
export const WorkflowRunHistoryItem = z.object({
  id: z.string(),
  status: WorkflowRunStatus,
  startedAt: Timestamp,
  durationMs: z.optional(z.number().check(z.nonnegative())),
  creditsAct: Act,
})
export type WorkflowRunHistoryItem = z.infer<typeof WorkflowRunHistoryItem>

/** `GET /v1/workflows/{id}/runs/history`: the newest runs of a filter (≤ 500), how many match, and the expected band. */
export const WorkflowRunHistory = z.object({
  items: z.array(WorkflowRunHistoryItem),
  total: Count,
  expected: z.object({
    succeeded: Count,
    durationMs: z.nullable(RunBand),
    creditsAct: z.nullable(RunBand),
  }),
})
export type WorkflowRunHistory = z.infer<typeof WorkflowRunHistory>

/** Filters of `GET /v1/workflows/{id}/runs` (api-contract §9). */
export type WorkflowRunFilters = {
  status?: string[]
  triggeredBy?: string
  from?: string
  to?: string
  q?: string
  minDurationMs?: number
  maxDurationMs?: number
  minCredits?: number
  maxCredits?: number
  sort?: WorkflowRunSort
}
