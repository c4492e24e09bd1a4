import { z } from './zod'
import { Count, openEnum, Timestamp } from './primitives'
import { STEP_STATUSES, WorkflowRunStatus } from './workflows'

/**
 * `GET /v1/workflows/{id}/runs/steps` (api-contract §9 "Runs × steps"): one page of the run list — the same filters,
 * sort, cursor and limit (≤ 50) — with each run's step states, for the Run History grid. Compact on purpose: a step is
 * its id, status, attempts and duration, nothing of the run detail (inputs, artifacts, logs), so one call draws 50 runs
 * × 50 steps. Its own module, so the schema loads with the grid, not with Run History's first load.
 */
const Duration = z.optional(z.number().check(z.nonnegative()))

/** A step of one run as the grid draws it; `durationMs` only once the step has finished (as on the run detail). */
export const RunStepState = z.object({
  stepId: z.string(),
  status: openEnum(STEP_STATUSES),
  attempts: Count,
  durationMs: Duration,
})
export type RunStepState = z.infer<typeof RunStepState>

export const RunSteps = z.object({
  id: z.string(),
  status: WorkflowRunStatus,
  startedAt: Timestamp,
  durationMs: Duration,
  steps: z.array(RunStepState),
})
export type RunSteps = z.infer<typeof RunSteps>

export const WorkflowRunStepPage = z.object({
  /** The workflow's steps in graph order (then any step a run on the page has that the graph no longer names). */
  steps: z.array(z.object({ stepId: z.string(), name: z.string() })),
  /** The runs of the page, in the list's order. */
  items: z.array(RunSteps),
  // A missing cursor is the last page, as for every cursor list (api-contract §2.5).
  nextCursor: z.pipe(
    z.nullish(z.string()),
    z.transform((cursor: string | null | undefined) => cursor ?? null),
  ),
  total: z.optional(Count),
})
export type WorkflowRunStepPage = z.infer<typeof WorkflowRunStepPage>

/** The most runs one page of the grid holds: `limit` above it is clamped. */
export const RUN_STEP_PAGE_MAX = 50
