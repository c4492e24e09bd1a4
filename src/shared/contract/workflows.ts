import { z } from 'zod'
import { Act, cursorPage, JsonObject, openEnum, Timestamp, UserRef } from './primitives'
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
  stepCount: z.number().int().nonnegative(),
  runCount: z.number().int().nonnegative(),
  lastRun: z.object({ id: z.string(), status: WorkflowRunStatus, startedAt: Timestamp }).optional(),
})
export type WorkflowSummary = z.infer<typeof WorkflowSummary>
export const WorkflowPage = cursorPage(WorkflowSummary)

export const WorkflowNode = z.object({
  id: z.string(),
  name: z.string(),
  kind: openEnum(['module', 'pass', 'choice', 'fail']),
  moduleRef: z.string().optional(),
})
export const WorkflowEdge = z.object({
  source: z.string(),
  target: z.string(),
  condition: z.unknown().optional(),
  default: z.boolean().optional(),
})
export const Workflow = WorkflowSummary.extend({
  graph: z.object({ start: z.string(), nodes: z.array(WorkflowNode), edges: z.array(WorkflowEdge) }),
  modules: z.array(z.object({ id: z.string(), moduleId: z.string(), name: z.string(), version: z.string().optional() })),
})
export type Workflow = z.infer<typeof Workflow>

export const StepCounts = z.object({
  pending: z.number().int().nonnegative(),
  running: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
})
export type StepCounts = z.infer<typeof StepCounts>

const runSummaryFields = {
  id: z.string(),
  workflowId: z.string(),
  status: WorkflowRunStatus,
  startedAt: Timestamp,
  finishedAt: Timestamp.optional(),
  durationMs: z.number().nonnegative().optional(),
  triggeredBy: UserRef,
  creditsAct: Act,
  stepCounts: StepCounts,
  executionArn: z.string(),
  region: z.string(),
  tags: z.array(z.string()),
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
  attempts: z.number().int().nonnegative(),
  startedAt: Timestamp.optional(),
  finishedAt: Timestamp.optional(),
  durationMs: z.number().nonnegative().optional(),
  creditsAct: Act.optional(),
  inputs: JsonObject,
  artifacts: z.array(Artifact),
  logGroup: z.string(),
  logStream: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
})
export type Step = z.infer<typeof Step>

export const WorkflowRun = z.object({ ...runSummaryFields, inputs: JsonObject, steps: z.array(Step) })
export type WorkflowRun = z.infer<typeof WorkflowRun>

export const WorkflowRunStats = z.object({
  medianDurationMs: z.number().nullable(),
  p90DurationMs: z.number().nullable(),
  medianCreditsAct: z.number().nullable(),
})
export type WorkflowRunStats = z.infer<typeof WorkflowRunStats>

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
