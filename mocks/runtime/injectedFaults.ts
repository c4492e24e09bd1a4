import { z } from '../../src/shared/contract/zod'
import { ENDPOINTS, type Endpoint } from './route'

/**
 * Faults a test or a demo injects in the middle of a flow (`POST /__demo/expire-session`, `POST /__demo/fail-next`),
 * unlike scenarios, which hold from the first call. They live in memory until "Reset demo data" or a reload.
 */

/** Body of `POST /__demo/fail-next`: the next `times` calls of `endpoint` (an `apiPaths` key) answer `status`. */
export const FailNextRequest = z.object({
  endpoint: z.enum(ENDPOINTS),
  /** Only calls with this method; any method when absent. */
  method: z.optional(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])),
  status: z.int().check(z.gte(400), z.lte(599)),
  times: z._default(z.int().check(z.gte(1), z.lte(100)), 1),
})
export type FailNextRequest = z.infer<typeof FailNextRequest>

type PendingFailure = { endpoint: Endpoint; method: string | null; status: number; remaining: number }

let sessionExpired = false
let pending: PendingFailure[] = []

/** The session ends now: every authenticated call and the refresh answer 401 until the user signs in again. */
export function expireSession(): void {
  sessionExpired = true
}

export function failNext(request: FailNextRequest): void {
  pending.push({ endpoint: request.endpoint, method: request.method ?? null, status: request.status, remaining: request.times })
}

export function resetInjectedFaults(): void {
  sessionExpired = false
  pending = []
}

/**
 * The status a call answers because of an injected fault, or null to carry on. Each call of a failing endpoint uses up
 * one of its `times`, including the console's own automatic retries.
 */
export function injectedFailureStatus(endpoint: Endpoint, method: string, needsAuth: boolean): number | null {
  if (sessionExpired) {
    // Signing in again works normally and starts a fresh session; until then no token the console holds is accepted.
    if (endpoint === 'login') sessionExpired = false
    else if (needsAuth || endpoint === 'refresh') return 401
  }
  const index = pending.findIndex((fault) => fault.endpoint === endpoint && (fault.method ?? method) === method)
  const fault = pending[index]
  if (!fault) return null
  fault.remaining -= 1
  if (fault.remaining === 0) pending.splice(index, 1)
  return fault.status
}
