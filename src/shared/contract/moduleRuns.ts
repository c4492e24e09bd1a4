import { z } from './zod'
import { Act, JsonObject, numberedPage, openEnum, preprocess, Timestamp, UserRef } from './primitives'
import { Artifact } from './artifacts'

export const MODULE_RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const
export const ModuleRunStatus = openEnum(MODULE_RUN_STATUSES)
export type ModuleRunStatus = z.infer<typeof ModuleRunStatus>
export const RUN_MODES = ['interactive', 'async', 'workflow'] as const

/**
 * The devkit API's run record `{ runId, moduleId, status, parameters, result, createdAt }` (api-contract §2.2) has no
 * `moduleName` and none of the platform's bookkeeping: the module id stands for the name, and what the stub does not
 * have stays empty (no version, mode, user, reservation, log stream or artifacts) rather than invented.
 */
function fromDevkitRecord(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input
  const run = input as Record<string, unknown>
  if ('moduleName' in run || typeof run.moduleId !== 'string') return run
  return {
    moduleName: run.moduleId,
    moduleVersion: '',
    mode: '',
    triggeredBy: { userId: '', name: '' },
    credit: { reservationId: '', estimatedAct: 0 },
    logGroup: '',
    logStream: '',
    artifacts: [],
    ...run,
  }
}

/** A module run as the platform sends it (what the demo backend builds). */
export const ModuleRunFields = z.object({
  runId: z.string(),
  moduleId: z.string(),
  moduleName: z.string(),
  moduleVersion: z.string(),
  status: ModuleRunStatus,
  mode: openEnum(RUN_MODES),
  parameters: JsonObject,
  createdAt: Timestamp,
  startedAt: z.optional(Timestamp),
  finishedAt: z.optional(Timestamp),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  triggeredBy: UserRef,
  creditsAct: z.optional(Act),
  credit: z.object({ reservationId: z.string(), estimatedAct: Act }),
  workflow: z.optional(z.object({ workflowId: z.string(), workflowRunId: z.string(), stepId: z.string() })),
  logGroup: z.string(),
  logStream: z.string(),
  artifacts: z.array(Artifact),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
})

/** A module run (api-contract §6); `jobId`/`job_id` are ignored, `runId` is canonical; a devkit record is mapped. */
export const ModuleRun = preprocess(fromDevkitRecord, ModuleRunFields)
export type ModuleRun = z.infer<typeof ModuleRun>
export const ModuleRunPage = numberedPage(ModuleRun)
export type ModuleRunPage = z.infer<typeof ModuleRunPage>

export const ModuleRunCreate = z.object({
  moduleId: z.string().check(z.minLength(1)),
  version: z.optional(z.string()),
  parameters: JsonObject,
  mode: z.enum(RUN_MODES),
})
export type ModuleRunCreate = z.infer<typeof ModuleRunCreate>

export const ModuleRunComplete = z.object({
  status: z.enum(['completed', 'failed']),
  summary: z.optional(JsonObject),
  error: z.optional(z.catchall(z.object({ message: z.string() }), z.unknown())),
})

/** The platform's result envelope (snake_case kept); the devkit's `{ status, summary }` is one without `metadata`. */
export const ResultEnvelope = z.pipe(
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('success'),
      // Module-specific; absent from the devkit's stub result.
      results: z.optional(z.unknown()),
      summary: JsonObject,
      metadata: z.optional(
        z.object({
          module: z.string(),
          version: z.string(),
          execution_time: Timestamp,
          duration_seconds: z.number(),
          parameters: z.optional(JsonObject),
        }),
      ),
    }),
    z.object({
      status: z.literal('error'),
      error: z.object({ type: z.string(), message: z.string(), details: z.unknown() }),
      metadata: JsonObject,
    }),
  ]),
  // `results` is always there to read (undefined in the devkit's stub result), as the module UI contract has it.
  z.transform((envelope) => (envelope.status === 'success' ? { ...envelope, results: envelope.results } : envelope)),
)
export type ResultEnvelope = z.infer<typeof ResultEnvelope>
