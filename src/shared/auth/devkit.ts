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

/** Areas a devkit API does not offer (no organizations, no workflows, no run list): hidden from its navigation. */
export const DEVKIT_MISSING_AREAS: readonly Area[] = ['controlTower', 'organizationSettings', 'workflows', 'runs']
