import { delay, HttpResponse, type HttpResponseResolver, type PathParams } from 'msw'
import { z } from '../../src/shared/contract/zod'
import type { Role } from '../../src/shared/contract/primitives'
import { getScenario, isScenario } from './scenario'
import { badGatewayPage, breakBody, isBodyFault, lengthenBody, type BodyFault, type TransportFault } from './faults'
import { nowMs } from './clock'
import { decodeToken } from './tokens'
import { findUser } from '../fixtures/users'
import { createRng } from './prng'
import { seedXssPayloads } from './xss'
import { injectedFailureStatus, resetInjectedFaults } from './injectedFaults'
import type { Endpoint } from './route'
import { jsonResponse } from './jsonResponse'

/** Who is calling, in their active organization. */
export type Actor = {
  userId: string
  name: string
  email: string
  orgId: string
  roles: Role[]
  isSuperuser: boolean
}

export type ApiContext = {
  request: Request
  url: URL
  params: PathParams
  requestId: string
  /** null only on endpoints declared with `auth: false`. */
  actor: Actor
}

/** Thrown by handlers and helpers to answer with the canonical error envelope (api-contract §2.3). */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const notFound = (what: string) => new MockHttpError(404, 'NOT_FOUND', `${what} was not found.`)
export const validationFailed = (message: string, fields: { field: string; message: string }[] = []) =>
  new MockHttpError(422, 'VALIDATION_FAILED', message, { fields })
export const conflict = (message: string, details: Record<string, unknown>) =>
  new MockHttpError(409, 'CONFLICT', message, details)

/** 403 unless the actor holds one of `roles` (superuser always passes). */
export function requireRoles(actor: Actor, roles: Role[], what: string): void {
  if (actor.isSuperuser || actor.roles.some((role) => roles.includes(role))) return
  throw new MockHttpError(403, 'FORBIDDEN', `${what} needs the role ${roles.join(' or ')}.`, { requiredRoles: roles })
}

/** Org-scoped objects of another organization answer 404, as the platform does (api-contract §2.4). */
export function requireOrgAccess(actor: Actor, orgId: string): void {
  if (!actor.isSuperuser && actor.orgId !== orgId) throw notFound(`Organization ${orgId}`)
}

/** Parses `body` with the contract schema before it leaves (api-contract §12), then sends it unchanged. */
export function json<S extends z.core.$ZodType>(schema: S, body: z.input<S>, status = 200): Response {
  z.parse(schema, body)
  return jsonResponse(body, { status })
}

export const noContent = (): Response => new HttpResponse(null, { status: 204 })

type Options = {
  auth?: boolean
  write?: boolean
  /**
   * The answer is a file's bytes, not JSON (an artifact's content): the scenarios that rewrite JSON bodies (`xss`,
   * `long`, a broken body) leave it alone; the handler makes its own hostile bytes.
   */
  raw?: boolean
}
type Handler = (context: ApiContext) => Response | Promise<Response>

let latencyInTests = 0
let callCount = 0
const rateLimitedPaths = new Set<string>()
let sessionTrapSprung = false
const idempotency = new Map<string, { body: string; response: Response }>()
const latencyRng = createRng(7)

/** Tests run without latency; the browser demo sets a realistic one. */
export function setBaseLatency(ms: number): void {
  latencyInTests = ms
}

/** Forget per-session runtime state (tests, "Reset demo data"). */
export function resetRuntime(): void {
  callCount = 0
  rateLimitedPaths.clear()
  sessionTrapSprung = false
  idempotency.clear()
  resetInjectedFaults()
}

const errorResponse = (error: MockHttpError, requestId: string) =>
  withRequestId(
    jsonResponse(
      { error: { code: error.code, message: error.message, details: error.details, requestId } },
      { status: error.status, headers: error.headers },
    ),
    requestId,
  )

/**
 * The higher-order resolver every demo endpoint goes through: latency, scenario failures, auth, idempotent replay
 * of writes, the error envelope and the `X-Request-Id` echo.
 */
export function withApi(endpoint: Endpoint, handler: Handler, options: Options = {}): HttpResponseResolver {
  const needsAuth = options.auth !== false
  return async ({ request, params }) => {
    const requestId = request.headers.get('X-Request-Id') ?? crypto.randomUUID()
    const url = new URL(request.url)
    const isRead = request.method === 'GET'
    callCount += 1
    const latency = isScenario('slow')
      ? 1000 + latencyRng.int(0, 2000)
      : latencyInTests && latencyInTests + latencyRng.int(0, latencyInTests)
    if (latency) await delay(latency)
    const fault = isRead ? endpointFault(endpoint) : null
    if (fault === 'hang') await delay('infinite')
    if (fault === 'network') return HttpResponse.error()
    if (fault === 'html502') return badGatewayPage()
    try {
      const injected = injectedFailureStatus(endpoint, request.method, needsAuth)
      if (injected) throw failureFor(injected)
      const failure = scenarioFailure(endpoint, url, isRead, needsAuth)
      if (failure === 'network') return HttpResponse.error()
      if (failure) throw failure
      const actor = needsAuth ? authenticate(request) : (null as unknown as Actor)
      const replayKey = isRead ? null : request.headers.get('Idempotency-Key')
      const bodyText = isRead ? '' : await request.clone().text()
      if (replayKey) {
        const previous = idempotency.get(replayKey)
        if (previous && previous.body !== bodyText)
          throw conflict('This Idempotency-Key was already used with a different body.', { reason: 'idempotency_key_reused' })
        if (previous) return withRequestId(previous.response.clone(), requestId)
      }
      let response = await handler({ request, url, params, requestId, actor })
      if (!options.raw) {
        const bodyFault = isBodyFault(fault) ? fault : shouldMalform(endpoint) ? 'malformed' : null
        if (bodyFault && response.status === 200) response = await breakBody(response, bodyFault)
        if (isScenario('xss')) response = await seedXssPayloads(response)
        if (isScenario('long')) response = await lengthenBody(response)
      }
      if (replayKey && response.status < 500) idempotency.set(replayKey, { body: bodyText, response: response.clone() })
      return withRequestId(response, requestId)
    } catch (error) {
      if (error instanceof MockHttpError) return errorResponse(error, requestId)
      throw error
    }
  }
}

function withRequestId(response: Response, requestId: string): Response {
  const headers = new Headers(response.headers)
  headers.set('X-Request-Id', requestId)
  // The demo's clock, as a real server's Date header would carry it: the console judges expiry and ages against it.
  headers.set('Date', new Date(nowMs()).toUTCString())
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const AUTH_ENDPOINTS: ReadonlySet<Endpoint> = new Set(['login', 'refresh', 'me', 'switchOrg'])

function scenarioFailure(endpoint: Endpoint, url: URL, isRead: boolean, needsAuth: boolean): MockHttpError | 'network' | null {
  const scenario = getScenario()
  const isAuth = AUTH_ENDPOINTS.has(endpoint)
  if (scenario.kind === 'fail') {
    if (scenario.endpoint !== endpoint || typeof scenario.failure !== 'number') return null
    return failureFor(scenario.failure)
  }
  if (isAuth) {
    if (endpoint === 'refresh' && isScenario('session-lost'))
      return new MockHttpError(401, 'UNAUTHENTICATED', 'Your session has ended. Sign in again.')
    return null
  }
  if (isScenario('offline')) return 'network'
  if (isScenario('flaky') && isRead && callCount % 4 === 0)
    return new MockHttpError(503, 'INTERNAL', 'The service is briefly unavailable.')
  if (isScenario('rate-limited') && isRead && !rateLimitedPaths.has(url.pathname)) {
    rateLimitedPaths.add(url.pathname)
    return new MockHttpError(429, 'RATE_LIMITED', 'Too many requests. Try again shortly.', undefined, { 'Retry-After': '2' })
  }
  if (isScenario('forbidden') && isRead)
    return new MockHttpError(403, 'FORBIDDEN', 'Your organization has no grant for this data.', { reason: 'data_grant_missing' })
  if ((isScenario('expired-token') || isScenario('session-lost')) && needsAuth && !sessionTrapSprung) {
    sessionTrapSprung = true
    return new MockHttpError(401, 'UNAUTHENTICATED', 'The access token has expired.')
  }
  return null
}

function failureFor(status: number): MockHttpError {
  const messages: Record<number, [string, string, Record<string, unknown>?]> = {
    400: ['VALIDATION_FAILED', 'The request was not valid.'],
    401: ['UNAUTHENTICATED', 'The access token has expired.'],
    403: ['FORBIDDEN', 'You do not have access to this resource.', { reason: 'not_member' }],
    404: ['NOT_FOUND', 'The resource was not found.'],
    409: ['CONFLICT', 'The resource changed meanwhile.', { reason: 'conflict' }],
    422: ['VALIDATION_FAILED', 'The request was not valid.', { fields: [] }],
    429: ['RATE_LIMITED', 'Too many requests. Try again shortly.'],
  }
  const [code, message, details] = messages[status] ?? ['INTERNAL', 'The server failed to answer this request.']
  return new MockHttpError(status, code, message, details, status === 429 ? { 'Retry-After': '2' } : {})
}

function authenticate(request: Request): Actor {
  const header = request.headers.get('Authorization') ?? ''
  const claims = header.startsWith('Bearer ') ? decodeToken(header.slice(7)) : null
  if (!claims || claims.kind !== 'access') throw new MockHttpError(401, 'UNAUTHENTICATED', 'Sign in to continue.')
  if (claims.expired) throw new MockHttpError(401, 'UNAUTHENTICATED', 'The access token has expired.')
  const user = findUser(claims.userId)
  if (!user) throw new MockHttpError(401, 'UNAUTHENTICATED', 'Sign in to continue.')
  const membership = user.memberships.find((m) => m.orgId === claims.orgId)
  const roles: Role[] = [...(membership?.roles ?? [])]
  if (user.isSuperuser && !roles.includes('superuser')) roles.unshift('superuser')
  return { userId: user.id, name: user.name, email: user.email, orgId: claims.orgId, roles, isSuperuser: user.isSuperuser }
}

/** This scenario's broken body or transport for `endpoint`, if it names one (faults.ts). */
function endpointFault(endpoint: Endpoint): BodyFault | TransportFault | null {
  const scenario = getScenario()
  if (scenario.kind !== 'fail' || scenario.endpoint !== endpoint || typeof scenario.failure === 'number') return null
  return scenario.failure
}

function shouldMalform(endpoint: Endpoint): boolean {
  return isScenario('malformed') && MALFORMED_ENDPOINTS.has(endpoint)
}

/** The `malformed` scenario breaks the lists a user lands on first, leaving sign-in intact. */
const MALFORMED_ENDPOINTS: ReadonlySet<Endpoint> = new Set([
  'organizations',
  'modules',
  'moduleRuns',
  'workflows',
  'workflowRuns',
  'workflowRun',
  'registries',
])
