import type { ApiError } from '@/shared/api/ApiError'
import { setHttpSleep } from '@/shared/api/http'
import { resetSessionStore, sessionActions } from '@/shared/stores/sessionStore'

/** The error a call failed with; a call that succeeds fails the test. */
export const failureOf = (promise: Promise<unknown>): Promise<ApiError> =>
  promise.then(
    () => expect.unreachable('should fail'),
    (error: unknown) => error as ApiError,
  )

/**
 * Before each test of `http()`: backoff and Retry-After waits recorded instead of slept (returned), and a signed-in
 * session with fixed tokens (`access-1`, `refresh-1`).
 */
export function signedInWithRecordedSleeps(): number[] {
  const sleeps: number[] = []
  beforeEach(() => {
    sleeps.length = 0
    setHttpSleep(async (ms) => void sleeps.push(ms))
    resetSessionStore()
    sessionActions().signedIn({ access_token: 'access-1', refresh_token: 'refresh-1', expires_in: 3600 })
  })
  return sleeps
}
