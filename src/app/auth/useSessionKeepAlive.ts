import { useEffect } from 'react'
import { useSessionExpiresAt } from '@/shared/stores/sessionStore'
import { refreshSession } from '@/shared/api/session'

const REFRESH_AHEAD_MS = 60_000

/** Refreshes the access token 60 s before it runs out (api-contract §4), so a page left open keeps working. */
export function useSessionKeepAlive(): void {
  const expiresAt = useSessionExpiresAt()
  useEffect(() => {
    if (!expiresAt) return
    const timer = setTimeout(
      () => void refreshSession().catch(() => undefined),
      Math.max(expiresAt - Date.now() - REFRESH_AHEAD_MS, 1000),
    )
    return () => clearTimeout(timer)
  }, [expiresAt])
}
