import { z } from './zod'
import { cursorPage, JsonObject } from './primitives'
import { WorkflowRunSummary } from './workflows'

/**
 * `POST /v1/workflow-runs/{runId}/rerun` (api-contract §9.2): a new run of the same workflow. Without `inputs` it
 * runs with the origin's inputs ("Run again"); with them, with those ("Run with changes").
 */
export const RerunRequest = z.object({ inputs: z.optional(JsonObject) })
export type RerunRequest = z.infer<typeof RerunRequest>

/** How long after it ended a run can be redriven (Step Functions' redrive window). */
export const REDRIVE_WINDOW_MS = 14 * 86_400_000

/** The run statuses a redrive starts from (Step Functions redrives FAILED, TIMED_OUT and ABORTED executions). */
export const REDRIVABLE_STATUSES: readonly string[] = ['FAILED', 'TIMED_OUT', 'ABORTED']

/** `GET /v1/workflow-runs/{runId}/reruns`: the runs whose origin is this run, newest first (lean rows). */
export const RerunPage = cursorPage(WorkflowRunSummary)
export type RerunPage = z.infer<typeof RerunPage>
