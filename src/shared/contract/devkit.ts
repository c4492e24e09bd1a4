import { z } from './zod'
import { JsonObject, openEnum } from './primitives'

/**
 * The shapes of the platform's devkit API (the FastAPI stub `hla-compass devkit up` runs; issue 13), as it sends them.
 * They are not the console's contract: the console reads them through the tolerant schemas of modules.ts and
 * moduleRuns.ts, and the demo's `devkit` scenario parses what it answers with these.
 */

/** `GET /` names the service; the console recognises a devkit API by it. */
export const DEVKIT_SERVICE = 'hla-compass-devkit-api'

const required = z.string().check(z.minLength(1))

/** `GET /` of the devkit API. */
export const DevkitServiceInfo = z.object({ service: z.string(), docs: z.string(), openapi: z.string() })
export type DevkitServiceInfo = z.infer<typeof DevkitServiceInfo>

/** A manifest as registered (`POST /v1/devkit/modules` needs `name` and `version`); every other field is the manifest's. */
export const DevkitManifest = z.looseObject({ name: required, version: required, id: z.optional(z.string()) })
export type DevkitManifest = z.infer<typeof DevkitManifest>

/** A manifest with its `id` (which defaults to `name`), as the devkit lists and returns it. */
export const DevkitModule = z.looseObject({ ...DevkitManifest.shape, id: required })
export type DevkitModule = z.infer<typeof DevkitModule>

/** `GET /v1/modules`: no `total`, no cursor. */
export const DevkitModuleList = z.object({ items: z.array(DevkitModule) })

export const DevkitRegistered = z.object({ status: z.literal('registered'), module: DevkitModule })
export const DevkitDeleted = z.object({ status: z.literal('deleted'), moduleId: z.string() })

/** `POST /v1/module-runs` body; the console's extra fields (`version`, `mode`) are ignored, as pydantic does. */
export const DevkitRunCreate = z.object({ moduleId: z.string(), parameters: z._default(JsonObject, {}) })

/** `GET /v1/module-runs/{id}/result`: a stub result, without the platform envelope's `results` and `metadata`. */
export const DevkitRunResult = z.looseObject({ status: z.string(), summary: z.optional(JsonObject) })
export type DevkitRunResult = z.infer<typeof DevkitRunResult>

/** A devkit run record: no `moduleName`, `createdAt` in epoch seconds (a float). */
export const DevkitRun = z.object({
  runId: z.string().check(z.regex(/^devkit-run-[0-9a-f]{8}$/)),
  moduleId: z.string(),
  status: z.string(),
  parameters: JsonObject,
  result: DevkitRunResult,
  createdAt: z.number(),
})
export type DevkitRun = z.infer<typeof DevkitRun>

// Read tolerantly: a newer stub may name another state or service; the panel shows what it does not know as it is.
const ServiceCheck = z.object({ status: openEnum(['ok', 'error']), message: z.optional(z.string()) })

/** `GET /v1/system/ready` (5 s cache); "degraded" is the normal state of a bare stub without Postgres and MinIO. */
export const DevkitReady = z.object({
  status: openEnum(['ready', 'degraded']),
  timestamp: z.union([z.number(), z.string()]),
  services: z.record(z.string(), ServiceCheck),
})
export type DevkitReady = z.infer<typeof DevkitReady>

/** `GET /v1/system/health`: the readiness plus counts; slow (3 s and more) while a service is down. */
export const DevkitHealth = z.object({ ...DevkitReady.shape, modules: z.int(), runs: z.int() })
export type DevkitHealth = z.infer<typeof DevkitHealth>

/**
 * Error bodies of the devkit API (FastAPI): `{detail: text}`, the 422 list, and its own `{error, type}` (the rate
 * limiter's 429 sends `error` alone).
 */
export const DevkitDetailError = z.object({ detail: z.string() })
export const DevkitValidationError = z.object({
  detail: z.array(z.object({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string(), type: z.string() })),
})
export const DevkitErrorBody = z.object({ error: z.string(), type: z.optional(z.string()) })
