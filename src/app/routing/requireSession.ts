import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { refreshSession } from '@/shared/api/session'
import { meQueries } from '@/shared/auth/meQueries'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import type { Me } from '@/shared/contract/auth'
import { paths } from '@/shared/lib/paths'

let restoring: Promise<boolean> | null = null

/**
 * Every protected loader starts here: a session (restored from the refresh token after a reload) and `me`. Without
 * one, sign-in, which brings the user back to this very URL.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Me> {
  // A devkit session has no tokens to restore: it lasts while the tab's memory does.
  if (!sessionSnapshot().accessToken && !sessionSnapshot().devkit) {
    restoring ??= refreshSession().finally(() => (restoring = null))
    if (!(await restoring)) {
      const url = new URL(request.url)
      throw redirect(paths.login(`${url.pathname}${url.search}`))
    }
  }
  // Right after a sign-in or an organization switch nobody is identified yet: a cached `me` may be somebody else's.
  if (!sessionSnapshot().identity) return queryClient.fetchQuery({ ...meQueries.me(), staleTime: 0 })
  return queryClient.ensureQueryData(meQueries.me())
}
