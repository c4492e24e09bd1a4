import { TokenPair } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { sameIdentity, sessionActions, sessionSnapshot, type Identity } from '@/shared/stores/sessionStore'
import { ApiError } from './ApiError'
import { handedOnce, takeEarlyRefresh } from './earlySession'
import { send } from './transport'

let refreshInFlight: Promise<boolean> | null = null

/**
 * Refreshes the access token once for every call waiting on it (single flight, api-contract §2.4). Resolves false when
 * the refresh token is gone or refused. A page's first restore reads the answer the HTML's early script asked for, when
 * it spent this very token (`earlySession.ts`).
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
        handed: handedOnce(takeEarlyRefresh(refreshToken)),
      })
      sessionActions().refreshed(tokens)
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

/** A call waiting for the user to sign in again: who made it, and what it is (for telling the user what was not sent). */
export type WaitingCall = { owner: Identity | null; method: string; endpoint: string }
type Waiter = WaitingCall & { resolve: () => void; reject: (error: unknown) => void }
let waiters: Waiter[] = []

/**
 * Asks the user to sign in again over the current page and waits: the calls that met the expired session resume
 * afterwards, so nothing typed is lost (api-contract §2.4, 401) — but only under the identity that made them.
 */
export function waitForReauth(call: WaitingCall): Promise<void> {
  sessionActions().reauthRequested()
  return new Promise((resolve, reject) => waiters.push({ ...call, resolve, reject }))
}

/** The error of a call that was not sent because somebody else (or another organization) signed in meanwhile. */
export function identityChangedError(owner: Identity | null, now: Identity | null, endpoint: string): ApiError {
  const who = owner ? `${owner.userName} in ${owner.orgName}` : 'an earlier session'
  const current = now ? `${now.userName} in ${now.orgName}` : 'another account'
  return new ApiError({
    status: 0,
    code: 'SESSION_CHANGED',
    message: `Not sent: this was started as ${who}, and you are now signed in as ${current}. Check what you entered and submit it again.`,
    endpoint,
  })
}

/**
 * The sign-in dialog succeeded and `me` has said who is signed in now: the calls made by that same person in that same
 * organization replay (with their idempotency keys); every other call fails with `SESSION_CHANGED` and is never sent.
 * Returns the calls that were dropped.
 */
export function reauthSucceeded(): WaitingCall[] {
  const pending = waiters
  waiters = []
  sessionActions().reauthSettled()
  const now = sessionSnapshot().identity
  const dropped: WaitingCall[] = []
  for (const waiter of pending) {
    // A read made before anyone was identified (the first calls of a page load) shows only what the new identity may
    // see; a write always has a known owner, and without one it is not sent.
    const mayReplay = waiter.owner ? sameIdentity(waiter.owner, now) : waiter.method === 'GET'
    if (mayReplay) {
      waiter.resolve()
    } else {
      dropped.push({ owner: waiter.owner, method: waiter.method, endpoint: waiter.endpoint })
      waiter.reject(identityChangedError(waiter.owner, now, waiter.endpoint))
    }
  }
  return dropped
}

/** The user gave up on signing in: the waiting calls fail with 401. */
export function reauthAbandoned(error: ApiError): void {
  const pending = waiters
  waiters = []
  sessionActions().reauthSettled()
  pending.forEach((w) => w.reject(error))
}
