import { type HttpResponseResolver } from 'msw'
import { z } from '../../src/shared/contract/zod'
import { API_BASE } from '../../src/shared/contract/apiBase'
import { DevkitDetailError, DevkitErrorBody, DevkitValidationError } from '../../src/shared/contract/devkit'
import type { apiPaths } from '../../src/shared/contract/paths'
import { nowMs } from './clock'
import { injectedFailureStatus } from './injectedFaults'
import { isScenario } from './scenario'
import { takeWriteSlot } from '../stores/devkitStore'
import { jsonResponse } from './jsonResponse'

/**
 * The platform's devkit API (the FastAPI stub of `hla-compass devkit up`), as the `devkit` scenarios answer it (issue
 * 13). It sits at the same paths as the platform API but is a different server: FastAPI's routing (a path it lacks →
 * 404 `{"detail":"Not Found"}`, a method it lacks → 405), its error bodies, no user auth, `X-Correlation-ID` on every
 * answer. Nothing of the demo's `withApi` applies here.
 */

/** `?scenario=devkit-key`: the stub started with `DEVKIT_API_KEY=devkit-demo-key`, so writes need that `X-API-Key`. */
export const DEVKIT_DEMO_API_KEY = 'devkit-demo-key'

export const isDevkitScenario = (): boolean => isScenario('devkit') || isScenario('devkit-key')
const configuredApiKey = (): string | null => (isScenario('devkit-key') ? DEVKIT_DEMO_API_KEY : null)

/** An answer other than 200, in one of the devkit's error bodies. */
export class DevkitHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`devkit ${status}`)
  }
}

export const detailError = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new DevkitHttpError(status, DevkitDetailError.parse({ detail }), headers)

/** FastAPI's 422 for a request that fails its pydantic model. */
export const validationError = (...issues: { loc: (string | number)[]; msg: string; type: string }[]) =>
  new DevkitHttpError(422, DevkitValidationError.parse({ detail: issues }))

/** The stub's own exceptions (`DevkitError`) and its catch-all for the unexpected (`InternalError`, 500). */
export const devkitError = (status: number, error: string, type?: string) =>
  new DevkitHttpError(status, DevkitErrorBody.parse(type ? { error, type } : { error }))

/** slowapi's default answer (the stub sends no Retry-After). */
const rateLimited = () => devkitError(429, 'Rate limit exceeded: 10 per 1 minute')

/** Parses `body` with the devkit schema before it leaves, then sends it unchanged (200, as FastAPI does). */
export function devkitJson<S extends z.core.$ZodType>(schema: S, body: z.input<S>): Response {
  z.parse(schema, body)
  return jsonResponse(body)
}

export type DevkitContext = { request: Request; url: URL; params: Record<string, string> }
export type DevkitRoute = {
  method: 'GET' | 'POST' | 'DELETE'
  /** Relative to the API base, with `:name` segments, e.g. `/v1/module-runs/:runId`. */
  path: string
  /** Its `apiPaths` key, so `POST /__demo/fail-next` can fail it too. */
  endpoint: keyof typeof apiPaths
  handle: (context: DevkitContext) => Response | Promise<Response>
}

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/')
  const have = path.split('/')
  if (want.length !== have.length) return null
  const params: Record<string, string> = {}
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':') && have[i]) params[part.slice(1)] = decodeURIComponent(have[i]!)
    else if (part !== have[i]) return null
  }
  return params
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  503: 'Service Unavailable',
}

/** A status injected with `POST /__demo/fail-next`, in the body the stub would send for it. */
function injectedError(status: number): DevkitHttpError {
  if (status >= 500 && status !== 503) return devkitError(status, 'Internal server error', 'InternalError')
  if (status === 429) return rateLimited()
  return detailError(status, REASONS[status] ?? 'Error')
}

async function dispatch(routes: DevkitRoute[], request: Request, url: URL, path: string): Promise<Response> {
  const matching = routes.flatMap((route) => {
    const params = matchPath(route.path, path)
    return params ? [{ route, params }] : []
  })
  if (matching.length === 0) throw detailError(404, 'Not Found')
  const found = matching.find(({ route }) => route.method === request.method)
  if (!found) throw detailError(405, 'Method Not Allowed', { Allow: matching.map(({ route }) => route.method).join(', ') })
  const injected = injectedFailureStatus(found.route.endpoint, request.method, false)
  if (injected) throw injectedError(injected)
  if (WRITES.has(request.method)) {
    const key = configuredApiKey()
    // Only a stub started with DEVKIT_API_KEY checks it, and only on writes; there is no user auth at all.
    if (key && request.headers.get('X-API-Key') !== key) throw detailError(401, 'Invalid or missing API key')
    if (!takeWriteSlot(nowMs())) throw rateLimited()
  }
  return found.route.handle({ request, url, params: found.params })
}

/**
 * The one resolver of the devkit API: in a `devkit` scenario it answers every path under the API base (the demo
 * controls under `/__demo/` excepted); in any other scenario it steps aside for the platform's handlers.
 */
export function devkitApi(routes: DevkitRoute[]): HttpResponseResolver {
  return async ({ request }) => {
    if (!isDevkitScenario()) return undefined
    const url = new URL(request.url)
    const base = new URL(`${API_BASE}/`, url.origin).pathname.replace(/\/$/, '')
    if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) return undefined
    const path = url.pathname.slice(base.length) || '/'
    if (path.startsWith('/__demo/')) return undefined
    const correlationId = request.headers.get('X-Correlation-ID') ?? crypto.randomUUID()
    let response: Response
    try {
      response = await dispatch(routes, request, url, path)
    } catch (error) {
      if (!(error instanceof DevkitHttpError)) throw error
      response = jsonResponse(error.body, { status: error.status, headers: error.headers })
    }
    const headers = new Headers(response.headers)
    headers.set('X-Correlation-ID', correlationId)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
