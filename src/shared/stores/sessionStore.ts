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
 * (newest first), which end with the session like everything else about it (a reload does not end it: DEVKIT_KEY).
 */
export type DevkitSession = { apiKey: string | null; runs: readonly DevkitRunRef[] }

/**
 * A devkit session across reloads, in this tab only (sessionStorage, like the refresh token): its runs, which the devkit
 * API cannot list, and whether it was entered with an API key. The key itself is never stored: a session that had one
 * is offered again on the sign-in page (its runs come back once the key is typed), one without is simply resumed.
 */
const DEVKIT_KEY = 'hla-compass-devkit-session'
type StoredDevkit = { runs: DevkitRunRef[]; withApiKey: boolean }

const isRunRef = (value: unknown): value is DevkitRunRef => {
  const run = value as Partial<DevkitRunRef> | null
  return (
    typeof run === 'object' &&
    run !== null &&
    typeof run.runId === 'string' &&
    typeof run.moduleId === 'string' &&
    typeof run.startedAt === 'number'
  )
}

function readStoredDevkit(): StoredDevkit | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(DEVKIT_KEY) ?? 'null') as Partial<StoredDevkit> | null
    if (!value || !Array.isArray(value.runs)) return null
    return { runs: value.runs.filter(isRunRef), withApiKey: value.withApiKey === true }
  } catch {
    return null
  }
}

function storeDevkit(devkit: DevkitSession | null): void {
  try {
    if (devkit) sessionStorage.setItem(DEVKIT_KEY, JSON.stringify({ runs: devkit.runs, withApiKey: !!devkit.apiKey }))
    else sessionStorage.removeItem(DEVKIT_KEY)
  } catch {
    // Storage refused (private mode, quota): the session lasts while the tab's memory does.
  }
}

/** A reloaded tab resumes its devkit session unless it needs its API key again. */
function resumedDevkit(): DevkitSession | null {
  const stored = readStoredDevkit()
  return stored && !stored.withApiKey ? { apiKey: null, runs: stored.runs } : null
}

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

const resumed = resumedDevkit()

const useSessionStore = create<SessionState>()((set) => ({
  accessToken: null,
  refreshToken: resumed ? null : readStoredRefreshToken(),
  expiresAt: null,
  reauthRequired: false,
  identity: resumed ? DEVKIT_IDENTITY : null,
  devkit: resumed,
  actions: {
    // Signing in closes the sign-in dialog; the calls that waited on it settle once `me` says who is back (ReauthDialog).
    signedIn: (tokens) => {
      storeDevkit(null)
      set({ ...storeTokens(tokens), reauthRequired: false, identity: null, devkit: null })
    },
    // A refresh renews the tokens and nothing else. The dialog stays until its waiting calls are settled: a refresh while
    // it was open (the keep-alive, or another call's 401) used to close it and leave those calls waiting forever.
    refreshed: (tokens) => set(storeTokens(tokens)),
    identified: (identity) => set({ identity }),
    signedOut: () => {
      sessionStorage.removeItem(REFRESH_KEY)
      storeDevkit(null)
      set({ accessToken: null, refreshToken: null, expiresAt: null, reauthRequired: false, identity: null, devkit: null })
    },
    devkitEntered: ({ apiKey }) => {
      sessionStorage.removeItem(REFRESH_KEY)
      // Entering again in a reloaded tab (a session with an API key is not resumed without it) keeps its runs.
      const devkit = { apiKey: apiKey?.trim() || null, runs: readStoredDevkit()?.runs ?? [] }
      storeDevkit(devkit)
      set({ accessToken: null, refreshToken: null, expiresAt: null, reauthRequired: false, identity: DEVKIT_IDENTITY, devkit })
    },
    devkitRunStarted: (run) =>
      set(({ devkit }) => {
        if (!devkit || devkit.runs.some((known) => known.runId === run.runId)) return {}
        const next = { ...devkit, runs: [{ ...run, startedAt: Date.now() }, ...devkit.runs] }
        storeDevkit(next)
        return { devkit: next }
      }),
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
