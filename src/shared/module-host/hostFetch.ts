import { z } from '@/shared/contract/zod'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { httpBytes } from '@/shared/api/httpBytes'
import { parseJson, unwrap } from '@/shared/api/transport'
import { isApiError } from '@/shared/api/ApiError'
import { apiPaths } from '@/shared/contract/paths'
import { MAX_HOST_REPLY_BYTES } from './limits'
import type { HostFetchResponse } from './hostFetchResponse'
import { jsonSize } from './protocol'

/** What a module may ask `hostFetch` for (module-ui-contract §5). */
export type HostFetchRequest = { path: string; method: 'GET' | 'POST'; body?: unknown; headers: Record<string, string> }

export type HostFetchScope = {
  moduleId: string
  version: string
  /** The mounted run and the runs this UI instance created. */
  isKnownRun: (runId: string) => boolean
  dataAccess: readonly string[]
}

const RUN_PATH = /^\/v1\/module-runs\/([A-Za-z0-9._-]+)(\/result|\/logs)?$/

/** Refuses what §5 lists: absolute URLs, `..`, `//`, encoded `/` or `\`, backslashes and fragments. */
export function unsafePathReason(path: string): string | null {
  if (typeof path !== 'string' || !path.startsWith('/')) return 'only a path starting with / is allowed'
  if (path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return 'absolute URLs are refused'
  if (path.includes('#')) return 'fragments are refused'
  if (path.includes('\\')) return 'backslashes are refused'
  if (/%2f|%5c|%2e/i.test(path)) return 'encoded /, \\ or . are refused'
  const [pathname] = path.split('?')
  if (pathname!.includes('//')) return 'empty path segments are refused'
  if (pathname!.split('/').some((segment) => segment === '..' || segment === '.')) return '.. and . segments are refused'
  return null
}

/** A dataset path is allowed when a declared prefix matches it on path-segment boundaries. */
export function datasetAllowed(dataset: string, declared: readonly string[]): boolean {
  return declared.some((prefix) => {
    const clean = prefix.replace(/^\/+|\/+$/g, '')
    return clean !== '' && (dataset === clean || dataset.startsWith(`${clean}/`))
  })
}

/** Why a request is refused (→ 403), or null when the contract allows it. */
export function refusalOf(request: HostFetchRequest, scope: HostFetchScope): string | null {
  const unsafe = unsafePathReason(request.path)
  if (unsafe) return unsafe
  const [pathname] = request.path.split('?') as [string]
  if (request.method === 'GET') {
    const run = RUN_PATH.exec(pathname)
    if (run) return scope.isKnownRun(run[1]!) ? null : 'this run is neither the mounted run nor one this interface created'
    if (pathname.startsWith('/data/')) {
      return datasetAllowed(pathname.slice('/data/'.length), scope.dataAccess)
        ? null
        : 'the manifest does not declare this dataset in permissions.data_access'
    }
    return 'this endpoint is not available to module interfaces'
  }
  if (request.method === 'POST' && pathname === apiPaths.moduleRuns()) {
    const body = request.body as { moduleId?: unknown } | undefined
    return body && typeof body === 'object' && body.moduleId === scope.moduleId ? null : 'a module may start runs of itself only'
  }
  return 'this method and path are not available to module interfaces'
}

const forbidden = (reason: string): HostFetchResponse => ({
  status: 403,
  contentType: 'application/json',
  body: { error: { code: 'FORBIDDEN', message: `hostFetch refused: ${reason}.` } },
})

const HostFetchInit = z.optional(
  z.object({
    method: z.optional(z.enum(['GET', 'POST'])),
    body: z.optional(z.unknown()),
    headers: z.optional(z.record(z.string(), z.string())),
  }),
)

/** Turns the bridge arguments of a `hostFetch` call into a request, or a refusal reason. */
export function parseHostFetchArgs(args: unknown[]): HostFetchRequest | string {
  const [path, rawInit] = args
  if (typeof path !== 'string') return 'the path must be a string'
  const init = HostFetchInit.safeParse(rawInit)
  if (!init.success) return 'init may hold method (GET or POST), body and headers only'
  const headers: Record<string, string> = {}
  // Only content-type and accept are forwarded (§5); the host adds authentication itself.
  for (const [name, value] of Object.entries(init.data?.headers ?? {})) {
    const lower = name.toLowerCase()
    if (lower === 'content-type' || lower === 'accept' || lower === 'idempotency-key') headers[lower] = value
  }
  return { path, method: init.data?.method ?? 'GET', body: init.data?.body, headers }
}

const TOO_LARGE: HostFetchResponse = {
  status: 413,
  contentType: 'application/json',
  body: { error: { code: 'TOO_LARGE', message: 'Page through the data.' } },
}

/**
 * A GET as the module asked for it (§5): its `Accept` forwarded, the answer's status, content type and body returned
 * as they came — JSON parsed (and unwrapped as every console read is), anything else (CSV, text) as text. A body that
 * claims JSON and is not is the API's fault, said as such: never a 200 carrying an error.
 */
async function readForModule(request: HostFetchRequest): Promise<HostFetchResponse> {
  const answer = await httpBytes(request.path, {
    accept: request.headers.accept ?? 'application/json',
    maxBytes: MAX_HOST_REPLY_BYTES + 1,
  })
  if (answer.bytes.byteLength > MAX_HOST_REPLY_BYTES) return TOO_LARGE
  const text = new TextDecoder().decode(answer.bytes)
  const contentType = answer.contentType || 'application/json'
  if (!/json/i.test(contentType)) return { status: answer.status, contentType, body: text }
  const parsed = parseJson(text)
  if (!parsed.isJson)
    return {
      status: 502,
      contentType: 'application/json',
      body: { error: { code: 'INVALID_RESPONSE', message: `The API answered ${answer.status} with a body that is not JSON.` } },
    }
  const unwrapped = unwrap(parsed.body)
  return { status: answer.status, contentType, body: unwrapped.ok ? unwrapped.data : parsed.body }
}

/**
 * Runs an allowed request through the console's transport (which adds the token; the module never sees it) and
 * answers status, content type and body. A refused request is never forwarded.
 */
export async function runHostFetch(
  request: HostFetchRequest,
  scope: HostFetchScope,
  onRunCreated: (runId: string) => void,
): Promise<HostFetchResponse> {
  const refusal = refusalOf(request, scope)
  if (refusal) return forbidden(refusal)
  try {
    if (request.method === 'GET') return await readForModule(request)
    // The one write allowed, starting a run: JSON both ways. Its real status and type reach the module (201 stays 201).
    let meta = { status: 200, contentType: 'application/json' }
    const body = await http(request.path, z.unknown(), {
      method: request.method,
      onResponse: (received) => (meta = received),
      body: request.body,
      idempotencyKey: request.headers['idempotency-key'] ?? newIdempotencyKey(),
    })
    const runId = (body as { runId?: unknown } | null)?.runId
    if (typeof runId === 'string') onRunCreated(runId)
    if (jsonSize(body) > MAX_HOST_REPLY_BYTES) return TOO_LARGE
    return { status: meta.status, contentType: meta.contentType || 'application/json', body }
  } catch (error) {
    if (!isApiError(error)) throw error
    return {
      status: error.status || 502,
      contentType: 'application/json',
      body: { error: { code: error.code, message: error.message, requestId: error.requestId } },
    }
  }
}

/** A module's `hostFetch(path, init)` call, answered: arguments it may not pass are refused like a path (403). */
export function answerHostFetch(
  args: unknown[],
  scope: HostFetchScope,
  onRunCreated: (runId: string) => void,
): Promise<HostFetchResponse> {
  const request = parseHostFetchArgs(args)
  return typeof request === 'string' ? Promise.resolve(forbidden(request)) : runHostFetch(request, scope, onRunCreated)
}

/** Whether `scope` admits a `hostFetch` call (§5), without sending it. */
export function admitsHostFetch(args: unknown[], scope: HostFetchScope): boolean {
  const request = parseHostFetchArgs(args)
  return typeof request !== 'string' && refusalOf(request, scope) === null
}
