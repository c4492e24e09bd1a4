import { create } from 'zustand'
import type { TokenPair } from '@/shared/contract/auth'

/**
 * Tokens (api-contract §4): the access token in memory only; the refresh token also in sessionStorage so a reload keeps
 * the sign-in. Never localStorage, never a URL.
 */
const REFRESH_KEY = 'hla-compass-refresh-token'

/**
 * Who the current tokens act as: the person and the organization the token is scoped to. Learned from `GET /auth/me`;
 * null while unknown (right after a sign-in or an organization switch). A call remembers the identity it was made under
 * and is never sent under another one (`http()`).
 */
export type Identity = { userId: string; orgId: string; userName: string; orgName: string }

export const sameIdentity = (a: Identity, b: Identity | null): boolean =>
  b !== null && a.userId === b.userId && a.orgId === b.orgId

/** The local developer a devkit session acts as: the devkit API has no users (issue 13). */
export const DEVKIT_IDENTITY: Identity = {
  userId: 'devkit-developer',
  orgId: 'devkit',
  userName: 'Local developer',
  orgName: 'Local devkit',
}

/** A run started in a devkit session: the devkit API has no run list, so the console remembers its own (issue 13). */
export type DevkitRunRef = { runId: string; moduleId: string; startedAt: number }

/**
 * A session against a local devkit API: no tokens, an optional API key sent on writes, and the runs started in it
 * (newest first), which end with the session like everything else about it.
 */
export type DevkitSession = { apiKey: string | null; runs: readonly DevkitRunRef[] }

type SessionState = {
  accessToken: string | null
  refreshToken: string | null
  /** Epoch ms when the access token runs out. */
  expiresAt: number | null
  /** A call met an expired session: the sign-in dialog is open over the page and waiting calls resume after it. */
  reauthRequired: boolean
  identity: Identity | null
  /** Set while the console talks to a devkit API; its API key is kept like the access token, in memory only. */
  devkit: DevkitSession | null
  actions: {
    /** New tokens from a sign-in or an organization switch: who they act as is unknown until `me` answers. */
    signedIn: (tokens: TokenPair) => void
    /** New tokens from a refresh: the same person in the same organization. */
    refreshed: (tokens: TokenPair) => void
    identified: (identity: Identity) => void
    signedOut: () => void
    /** "Continue with the local devkit": the local developer, no tokens, and the API key if the stub needs one. */
    devkitEntered: (session: { apiKey: string | null }) => void
    /** A run this devkit session started (a launch or a re-run); nothing outside a devkit session. */
    devkitRunStarted: (run: Omit<DevkitRunRef, 'startedAt'>) => void
    reauthRequested: () => void
    reauthSettled: () => void
  }
}

function readStoredRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY)
  } catch {
    return null
  }
}

function storeTokens(tokens: TokenPair) {
  sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token)
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
  }
}

const useSessionStore = create<SessionState>()((set) => ({
  accessToken: null,
  refreshToken: readStoredRefreshToken(),
  expiresAt: null,
  reauthRequired: false,
  identity: null,
  devkit: null,
  actions: {
    // Signing in closes the sign-in dialog; the calls that waited on it settle once `me` says who is back (ReauthDialog).
    signedIn: (tokens) => set({ ...storeTokens(tokens), reauthRequired: false, identity: null, devkit: null }),
    // A refresh renews the tokens and nothing else. The dialog stays until its waiting calls are settled: a refresh while
    // it was open (the keep-alive, or another call's 401) used to close it and leave those calls waiting forever.
    refreshed: (tokens) => set(storeTokens(tokens)),
    identified: (identity) => set({ identity }),
    signedOut: () => {
      sessionStorage.removeItem(REFRESH_KEY)
      set({ accessToken: null, refreshToken: null, expiresAt: null, reauthRequired: false, identity: null, devkit: null })
    },
    devkitEntered: ({ apiKey }) => {
      sessionStorage.removeItem(REFRESH_KEY)
      set({
        accessToken: null,
        refreshToken: null,
        expiresAt: null,
        reauthRequired: false,
        identity: DEVKIT_IDENTITY,
        devkit: { apiKey: apiKey?.trim() || null, runs: [] },
      })
    },
    devkitRunStarted: (run) =>
      set(({ devkit }) =>
        devkit && !devkit.runs.some((known) => known.runId === run.runId)
          ? { devkit: { ...devkit, runs: [{ ...run, startedAt: Date.now() }, ...devkit.runs] } }
          : {},
      ),
    reauthRequested: () => set({ reauthRequired: true }),
    reauthSettled: () => set({ reauthRequired: false }),
  },
}))

export const useAccessToken = () => useSessionStore((s) => s.accessToken)
export const useReauthRequired = () => useSessionStore((s) => s.reauthRequired)
export const useSessionActions = () => useSessionStore((s) => s.actions)

/** Non-React access for the http client and loaders. */
export const sessionSnapshot = () => useSessionStore.getState()
export const sessionActions = () => useSessionStore.getState().actions
/** Test helper: back to signed out, or, given a stored refresh token, to a page just reloaded in a signed-in tab. */
export const resetSessionStore = (stored: { refreshToken: string } | null = null) =>
  useSessionStore.setState({
    accessToken: null,
    refreshToken: stored?.refreshToken ?? null,
    expiresAt: null,
    reauthRequired: false,
    identity: null,
    devkit: null,
  })
/** Whether there is a session to sign out of: tokens, a stored refresh token (a reload restores it) or a devkit session. */
export const useHasSession = () => useSessionStore((s) => !!(s.accessToken || s.refreshToken || s.devkit))
export const useSessionExpiresAt = () => useSessionStore((s) => s.expiresAt)
/** The runs this devkit session started, newest first (empty outside one). */
const NO_RUNS: readonly DevkitRunRef[] = []
export const useDevkitRuns = () => useSessionStore((s) => s.devkit?.runs ?? NO_RUNS)
/** Whether the console talks to a local devkit API (issue 13). */
export const useIsDevkitSession = () => useSessionStore((s) => s.devkit !== null)
