import type { Role } from '@/shared/contract/primitives'

/**
 * Which roles each area needs (api-contract §3). The navigation hides what a user cannot reach and the route refuses it;
 * the server refuses it as well.
 */
export const AREA_ROLES = {
  controlTower: ['superuser'],
  // A developer reads the registries (read-only) and uses the image-reference checker (api-contract §3): the page opens
  // for them with those tabs only (OrganizationTabs).
  organizationSettings: ['admin', 'developer'],
  modules: ['superuser', 'admin', 'developer', 'scientist'],
  runs: ['superuser', 'admin', 'developer', 'scientist'],
  workflows: ['superuser', 'admin', 'developer', 'scientist'],
  moduleHarness: ['developer', 'superuser'],
  // A devkit session's own page (issue 13); its local developer is a developer.
  devkit: ['developer', 'superuser'],
} as const satisfies Record<string, readonly Role[]>

export type Area = keyof typeof AREA_ROLES
