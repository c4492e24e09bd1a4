import { queryOptions, useQuery } from '@tanstack/react-query'
import { Me } from '@/shared/contract/auth'
import type { Role } from '@/shared/contract/primitives'
import { apiPaths } from '@/shared/contract/paths'
import { handedOnce, takeEarlyMe } from '@/shared/api/earlySession'
import { http } from '@/shared/api/http'
import { sessionActions, sessionSnapshot } from '@/shared/stores/sessionStore'
import { DEVKIT_ME } from './devkit'

/** `GET /v1/auth/me`: who is signed in and their roles in the active organization. */
export const meQueries = {
  all: () => ['me'] as const,
  me: () =>
    queryOptions({
      queryKey: meQueries.all(),
      queryFn: ({ signal }) => fetchMe(signal),
      staleTime: 5 * 60_000,
    }),
}

/**
 * `GET /v1/auth/me`, which also tells the session who its tokens act as; a devkit session is its local developer. The
 * first `me` of a full load may be the HTML's early script's, asked for with the current access token (`earlySession.ts`).
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  if (sessionSnapshot().devkit) return DEVKIT_ME
  const early = await takeEarlyMe(sessionSnapshot().accessToken)
  const me = await http(apiPaths.me(), Me, { signal, handed: handedOnce(early) })
  sessionActions().identified(identityOf(me))
  return me
}

/** Who the current token acts as, for the calls it makes (`http()` sends a call only under its maker's identity). */
export function identityOf(me: Me) {
  const orgName = me.organizations.find((org) => org.id === me.activeOrgId)?.name ?? me.activeOrgId
  return { userId: me.id, orgId: me.activeOrgId, userName: me.name, orgName }
}

/** The signed-in user (the protected layout's loader has already loaded it). */
export function useMe(): Me {
  const { data } = useQuery(meQueries.me())
  if (!data) throw new Error('useMe() used outside the signed-in layout')
  return data
}

/** Whether the user holds any of `roles` in the active organization (superuser holds every role). */
export function hasAnyRole(me: Pick<Me, 'roles' | 'isSuperuser'>, roles: readonly Role[]): boolean {
  return me.isSuperuser || me.roles.some((role) => roles.includes(role))
}

export function useHasRole(...roles: Role[]): boolean {
  return hasAnyRole(useMe(), roles)
}
