import { ApiError } from '@/shared/api/ApiError'
import type { Me } from '@/shared/contract/auth'
import { DEVKIT_IDENTITY } from '@/shared/stores/sessionStore'
import type { Area } from './access'

/**
 * The local developer of a devkit session (issue 13): the devkit API has no users, so the console makes up the one
 * person who runs it, a developer in a local organization. No call to `/v1/auth/me` is made for it.
 */
export const DEVKIT_ME: Me = {
  id: DEVKIT_IDENTITY.userId,
  email: 'developer@localhost',
  name: DEVKIT_IDENTITY.userName,
  roles: ['developer'],
  organizations: [{ id: DEVKIT_IDENTITY.orgId, slug: 'devkit', name: DEVKIT_IDENTITY.orgName, roles: ['developer'] }],
  activeOrgId: DEVKIT_IDENTITY.orgId,
  isSuperuser: false,
}

/** Why a devkit API lacks an area: the page at its address says so instead of failing on the first call. */
const MISSING: Partial<Record<Area, string>> = {
  controlTower: 'Control Tower manages organizations, their registries, grants and members; the devkit API has no organizations.',
  organizationSettings: 'Organization settings belong to a platform organization; the devkit API has no organizations.',
  workflows: 'Workflows and their runs run on the platform (AWS Step Functions); the devkit API has none.',
}

/**
 * Areas a devkit API does not offer (no organizations, no workflows): hidden from its navigation. Its runs are listed
 * from the session's memory instead of the run list it lacks.
 */
export const DEVKIT_MISSING_AREAS = Object.keys(MISSING) as readonly Area[]

/** Whether a devkit API offers `area`; an area-less page (home, a module) is offered. */
export const isOfferedByDevkit = (area: Area | undefined): boolean => !area || !(area in MISSING)

/** Whether the current kind of session offers `area`: the devkit's own page exists only in a devkit session. */
export const isOfferedIn = (area: Area | undefined, devkitSession: boolean): boolean =>
  devkitSession ? isOfferedByDevkit(area) : area !== 'devkit'

/** Why a page is not offered in this kind of session (null when it is), shown at its address instead of an error. */
export function notOfferedIn(area: Area | undefined, devkitSession: boolean): ApiError | null {
  if (!area || isOfferedIn(area, devkitSession)) return null
  if (devkitSession) return notOfferedByDevkit(area)
  return new ApiError({
    status: 0,
    code: 'NOT_SUPPORTED',
    message:
      'This page belongs to a local devkit session: sign out, then choose “Continue with the local devkit” on the sign-in page of a console pointed at a devkit API.',
  })
}

/** The explanation shown at the address of an area the devkit API lacks (`NOT_SUPPORTED`, never an error). */
export function notOfferedByDevkit(area: Area): ApiError {
  return new ApiError({
    status: 0,
    code: 'NOT_SUPPORTED',
    message: `${MISSING[area] ?? 'The devkit API does not offer this page.'} Sign out and sign in to a platform to use it.`,
  })
}
