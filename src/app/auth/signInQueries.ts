import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { refreshSession } from '@/shared/api/session'
import { DemoUserList, demoPaths } from '@/shared/contract/demo'

/** Query factories of the sign-in pages (the demo user picker, the CLI handoff). Keys under ['sign-in']. */
export const signInQueries = {
  all: () => ['sign-in'] as const,
  /** The demo backend's seeded users (no token: nobody is signed in yet). */
  demoUsers: () =>
    queryOptions({
      queryKey: [...signInQueries.all(), 'demo-users'],
      queryFn: ({ signal }) => http(demoPaths.users(), DemoUserList, { signal, auth: false }),
      staleTime: Infinity,
    }),
  /**
   * One try at restoring a session from the stored refresh token; `true` when it worked, `null` otherwise (a query
   * may not resolve to undefined). A failed refresh is no error here: the page then offers the sign-in form.
   */
  restoredSession: () =>
    queryOptions({
      queryKey: [...signInQueries.all(), 'restored-session'],
      queryFn: async () => (await refreshSession().catch(() => false)) || null,
    }),
}
