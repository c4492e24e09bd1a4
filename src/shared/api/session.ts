import { TokenPair } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { sessionActions, sessionSnapshot } from '@/shared/stores/sessionStore'
import { ApiError } from './ApiError'
import { send } from './transport'

let refreshInFlight: Promise<boolean> | null = null

/**
 * Refreshes the access token once for every call waiting on it (single flight, api-contract §2.4). Resolves false when
 * the refresh token is gone or refused.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    const refreshToken = sessionSnapshot().refreshToken
    if (!refreshToken) return false
    try {
      const tokens = await send(apiPaths.refresh(), TokenPair, {
        method: 'POST',
        body: { refresh_token: refreshToken },
        auth: false,
      })
      sessionActions().signedIn(tokens)
      return true
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return false
      throw error
    }
  })().finally(() => {
    refreshInFlight = null
  })
  return refreshInFlight
}

type Waiter = { resolve: () => void; reject: (error: unknown) => void }
let waiters: Waiter[] = []

/**
 * Asks the user to sign in again over the current page and waits: the calls that met the expired session resume
 * afterwards, so nothing typed is lost (api-contract §2.4, 401).
 */
export function waitForReauth(): Promise<void> {
  sessionActions().reauthRequested()
  return new Promise((resolve, reject) => waiters.push({ resolve, reject }))
}

/** The sign-in dialog succeeded: replay what waited. */
export function reauthSucceeded(): void {
  const pending = waiters
  waiters = []
  sessionActions().reauthSettled()
  pending.forEach((w) => w.resolve())
}

/** The user gave up on signing in: the waiting calls fail with 401. */
export function reauthAbandoned(error: ApiError): void {
  const pending = waiters
  waiters = []
  sessionActions().reauthSettled()
  pending.forEach((w) => w.reject(error))
}
