import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { refreshSession } from '@/shared/api/session'
import { meQueries } from '@/shared/auth/meQueries'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import type { Me } from '@/shared/contract/auth'
import { paths } from '@/shared/lib/paths'

let restoring: Promise<boolean> | null = null

/**
 * A session to call under: the tab's own, or one restored from the refresh token after a reload. Without one,
 * sign-in, which brings the user back to this very URL.
 */
export async function requireToken(request: Request): Promise<void> {
  // A devkit session has no tokens to restore: the store resumed it, if it may be, as the tab reloaded.
  if (sessionSnapshot().accessToken || sessionSnapshot().devkit) return
  restoring ??= refreshSession().finally(() => (restoring = null))
  if (!(await restoring)) {
    const url = new URL(request.url)
    throw redirect(paths.login(`${url.pathname}${url.search}`))
  }
}

/** Who is signed in, for a session `requireToken` has made sure of. */
export function requireMe(queryClient: QueryClient): Promise<Me> {
  // Right after a sign-in or an organization switch nobody is identified yet: a cached `me` may be somebody else's.
  if (!sessionSnapshot().identity) return queryClient.fetchQuery({ ...meQueries.me(), staleTime: 0 })
  return queryClient.ensureQueryData(meQueries.me())
}

/**
 * Starts restoring a stored session at app start, beside the first route's chunks, instead of after them when the
 * first loader runs (a full load of a page waited for both in turn; issue 16). The loaders then find the refresh and
 * `me` done or in flight: `restoring` and the `me` query are shared, so nothing is asked twice.
 */
export function restoreSessionAhead(queryClient: QueryClient): void {
  const { accessToken, devkit, refreshToken } = sessionSnapshot()
  if (accessToken || devkit || !refreshToken) return
  restoring ??= refreshSession().finally(() => (restoring = null))
  void restoring
    .then((restored) => (restored ? queryClient.prefetchQuery({ ...meQueries.me(), staleTime: 0 }) : undefined))
    // A failure here is the first loader's to explain: it awaits the same restore.
    .catch(() => undefined)
}
