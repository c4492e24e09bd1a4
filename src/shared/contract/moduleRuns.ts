import { z } from 'zod'
import { Act, JsonObject, numberedPage, openEnum, Timestamp, UserRef } from './primitives'
import { Artifact } from './artifacts'

export const MODULE_RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const
export const ModuleRunStatus = openEnum(MODULE_RUN_STATUSES)
export type ModuleRunStatus = z.infer<typeof ModuleRunStatus>
export const RUN_MODES = ['interactive', 'async', 'workflow'] as const

/** A module run (api-contract §6); `jobId`/`job_id` are ignored, `runId` is canonical. */
export const ModuleRun = z.object({
  runId: z.string(),
  moduleId: z.string(),
  moduleName: z.string(),
  moduleVersion: z.string(),
  status: ModuleRunStatus,
  mode: openEnum(RUN_MODES),
  parameters: JsonObject,
  createdAt: Timestamp,
  startedAt: Timestamp.optional(),
  finishedAt: Timestamp.optional(),
  durationMs: z.number().nonnegative().optional(),
  triggeredBy: UserRef,
  creditsAct: Act.optional(),
  credit: z.object({ reservationId: z.string(), estimatedAct: Act }),
  workflow: z.object({ workflowId: z.string(), workflowRunId: z.string(), stepId: z.string() }).optional(),
  logGroup: z.string(),
  logStream: z.string(),
  artifacts: z.array(Artifact),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
})
export type ModuleRun = z.infer<typeof ModuleRun>
export const ModuleRunPage = numberedPage(ModuleRun)
export type ModuleRunPage = z.infer<typeof ModuleRunPage>

export const ModuleRunCreate = z.object({
  moduleId: z.string().min(1),
  version: z.string().optional(),
  parameters: JsonObject,
  mode: z.enum(RUN_MODES),
})
export type ModuleRunCreate = z.infer<typeof ModuleRunCreate>

export const ModuleRunComplete = z.object({
  status: z.enum(['completed', 'failed']),
  summary: JsonObject.optional(),
  error: z.object({ message: z.string() }).catchall(z.unknown()).optional(),
})

/** The platform's result envelope (snake_case kept). */
export const ResultEnvelope = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    results: z.unknown(),
    summary: JsonObject,
    metadata: z.object({
      module: z.string(),
      version: z.string(),
      execution_time: Timestamp,
      duration_seconds: z.number(),
      parameters: JsonObject.optional(),
    }),
  }),
  z.object({
    status: z.literal('error'),
    error: z.object({ type: z.string(), message: z.string(), details: z.unknown() }),
    metadata: JsonObject,
  }),
])
export type ResultEnvelope = z.infer<typeof ResultEnvelope>
