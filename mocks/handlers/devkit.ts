import { delay } from 'msw'
import {
  DEVKIT_SERVICE,
  DevkitDeleted,
  DevkitHealth,
  DevkitManifest,
  DevkitModuleList,
  DevkitReady,
  DevkitRegistered,
  DevkitRun,
  DevkitRunCreate,
  DevkitRunResult,
  DevkitServiceInfo,
} from '../../src/shared/contract/devkit'
import { API_BASE } from '../../src/shared/contract/apiBase'
import { nowMs } from '../runtime/clock'
import { detailError, devkitApi, devkitError, devkitJson, validationError, type DevkitRoute } from '../runtime/devkitApi'
import { http } from '../runtime/http'
import { readJson } from '../runtime/route'
import {
  cachedReadiness,
  createDevkitRun,
  devkitCounts,
  findDevkitRun,
  listDevkitModules,
  registerDevkitModule,
  removeDevkitModule,
} from '../stores/devkitStore'

/** How long the stub's health call takes while Postgres and MinIO do not answer (its connection timeouts). */
export const DEVKIT_HEALTH_DELAY_MS = 3_000

/** A bare stub has neither Postgres nor MinIO: "degraded" is its normal state. */
function readiness() {
  const down = { status: 'error' as const, message: 'Connection refused' }
  return { status: 'degraded' as const, timestamp: nowMs() / 1000, services: { postgres: down, minio: down } }
}

/** A query integer as FastAPI reads it: absent → the default, not a whole number → its 422. */
function queryInt(url: URL, name: string, fallback: number): number {
  const text = url.searchParams.get(name)
  if (text === null) return fallback
  if (!/^-?\d+$/.test(text.trim()))
    throw validationError({
      loc: ['query', name],
      msg: 'Input should be a valid integer, unable to parse string as an integer',
      type: 'int_parsing',
    })
  return Number(text)
}

/** A JSON object body, or FastAPI's 422 for anything else. */
async function objectBody(request: Request): Promise<Record<string, unknown>> {
  const body = await readJson(request)
  if (typeof body === 'symbol') throw validationError({ loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' })
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw validationError({ loc: ['body'], msg: 'Input should be a valid dictionary', type: 'dict_type' })
  return body as Record<string, unknown>
}

function runOf(runId: string): DevkitRun {
  const run = findDevkitRun(runId)
  if (!run) throw detailError(404, 'Run not found')
  return run
}

const routes: DevkitRoute[] = [
  {
    method: 'GET',
    path: '/',
    endpoint: 'serviceInfo',
    handle: () => devkitJson(DevkitServiceInfo, { service: DEVKIT_SERVICE, docs: '/docs', openapi: '/docs/openapi.json' }),
  },
  {
    method: 'GET',
    path: '/v1/system/ready',
    endpoint: 'systemReady',
    handle: () => devkitJson(DevkitReady, cachedReadiness(nowMs(), readiness)),
  },
  {
    method: 'GET',
    path: '/v1/system/health',
    endpoint: 'systemHealth',
    handle: async () => {
      await delay(DEVKIT_HEALTH_DELAY_MS)
      return devkitJson(DevkitHealth, { ...readiness(), ...devkitCounts() })
    },
  },
  {
    method: 'GET',
    path: '/v1/modules',
    endpoint: 'modules',
    handle: ({ url }) => {
      const limit = queryInt(url, 'limit', 100)
      const offset = queryInt(url, 'offset', 0)
      const category = url.searchParams.get('category')
      const items = listDevkitModules().filter((m) => !category || m.category === category)
      return devkitJson(DevkitModuleList, { items: items.slice(offset, offset + limit) })
    },
  },
  {
    method: 'POST',
    path: '/v1/devkit/modules',
    endpoint: 'devkitModules',
    handle: async ({ request }) => {
      const manifest = DevkitManifest.safeParse(await objectBody(request))
      if (!manifest.success) throw devkitError(400, "Manifest must include 'name' and 'version'", 'DevkitError')
      return devkitJson(DevkitRegistered, { status: 'registered', module: registerDevkitModule(manifest.data) })
    },
  },
  {
    method: 'DELETE',
    path: '/v1/devkit/modules/:moduleId',
    endpoint: 'devkitModule',
    handle: ({ params }) => {
      if (!removeDevkitModule(params.moduleId!)) throw detailError(404, 'Module not found')
      return devkitJson(DevkitDeleted, { status: 'deleted', moduleId: params.moduleId! })
    },
  },
  {
    method: 'POST',
    path: '/v1/module-runs',
    endpoint: 'moduleRuns',
    handle: async ({ request }) => {
      const body = await objectBody(request)
      if (typeof body.moduleId !== 'string')
        throw validationError(
          body.moduleId === undefined
            ? { loc: ['body', 'moduleId'], msg: 'Field required', type: 'missing' }
            : { loc: ['body', 'moduleId'], msg: 'Input should be a valid string', type: 'string_type' },
        )
      const parsed = DevkitRunCreate.safeParse(body)
      if (!parsed.success)
        throw validationError({ loc: ['body', 'parameters'], msg: 'Input should be a valid dictionary', type: 'dict_type' })
      if (!listDevkitModules().some((m) => m.id === parsed.data.moduleId))
        throw detailError(404, 'Module not registered in devkit')
      return devkitJson(DevkitRun, createDevkitRun(parsed.data.moduleId, parsed.data.parameters))
    },
  },
  {
    method: 'GET',
    path: '/v1/module-runs/:runId',
    endpoint: 'moduleRun',
    handle: ({ params }) => devkitJson(DevkitRun, runOf(params.runId!)),
  },
  {
    method: 'GET',
    path: '/v1/module-runs/:runId/result',
    endpoint: 'moduleRunResult',
    handle: ({ params }) => devkitJson(DevkitRunResult, runOf(params.runId!).result),
  },
]

/**
 * The `devkit` scenarios' API (issue 13), consulted before the platform's handlers: one catch-all, so every path the
 * stub lacks answers its 404 (`/v1/auth/*`, `/v1/modules/{id}`, organizations, workflows…) and the run list its 405.
 */
export const devkitHandlers = [http.all(`${API_BASE}/*`, devkitApi(routes)), http.all(API_BASE, devkitApi(routes))]
