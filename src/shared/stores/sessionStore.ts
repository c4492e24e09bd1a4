import { create } from 'zustand'
import type { TokenPair } from '@/shared/contract/auth'

/**
 * Tokens (api-contract §4): the access token in memory only; the refresh token also in sessionStorage so a reload keeps
 * the sign-in. Never localStorage, never a URL.
 */
const REFRESH_KEY = 'hla-compass-refresh-token'

type SessionState = {
  accessToken: string | null
  refreshToken: string | null
  /** Epoch ms when the access token runs out. */
  expiresAt: number | null
  /** A call met an expired session: the sign-in dialog is open over the page and waiting calls resume after it. */
  reauthRequired: boolean
  actions: {
    signedIn: (tokens: TokenPair) => void
    signedOut: () => void
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

const useSessionStore = create<SessionState>()((set) => ({
  accessToken: null,
  refreshToken: readStoredRefreshToken(),
  expiresAt: null,
  reauthRequired: false,
  actions: {
    signedIn: (tokens) => {
      sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token)
      set({
        accessToken: tokens.access_token,
        refreshToken: tokens.refresh_token,
        expiresAt: Date.now() + tokens.expires_in * 1000,
        reauthRequired: false,
      })
    },
    signedOut: () => {
      sessionStorage.removeItem(REFRESH_KEY)
      set({ accessToken: null, refreshToken: null, expiresAt: null, reauthRequired: false })
    },
    reauthRequested: () => set({ reauthRequired: true }),
    reauthSettled: () => set({ reauthRequired: false }),
  },
}))

export const useAccessToken = () => useSessionStore((s) => s.accessToken)
export const useHasSession = () => useSessionStore((s) => s.accessToken !== null || s.refreshToken !== null)
export const useReauthRequired = () => useSessionStore((s) => s.reauthRequired)
export const useSessionActions = () => useSessionStore((s) => s.actions)

/** Non-React access for the http client and loaders. */
export const sessionSnapshot = () => useSessionStore.getState()
export const sessionActions = () => useSessionStore.getState().actions
/** Test helper: back to signed out. */
export const resetSessionStore = () =>
  useSessionStore.setState({ accessToken: null, refreshToken: null, expiresAt: null, reauthRequired: false })
export const useSessionExpiresAt = () => useSessionStore((s) => s.expiresAt)
