import type { DemoUser } from '../fixtures/users'
import {
  generateOrganization,
  HOME_ORG_RECORDS,
  organizationCountFor,
  orgIndexOf,
  type OrganizationRecord,
} from '../fixtures/organizations'
import { registerStore } from '../runtime/persistence'
import { dataSet } from '../runtime/scenario'
import { demoMembersOf } from './orgMembers'
import { moduleGrantsOf } from './orgModuleGrants'

export type { OrganizationRecord }

/**
 * Organizations are read-only in the demo, so nothing of them is persisted; the generated ones are computed from their
 * index on first access and cached (the `large` data set has 1,000 and most are never looked at).
 */
const byIndex = new Map<number, OrganizationRecord>()
let everyOrganization: OrganizationRecord[] | null = null

registerStore({
  name: 'organizations',
  // The data set may have changed (scenario switch), so the cache goes; there is no session state to keep.
  reset: () => {
    byIndex.clear()
    everyOrganization = null
  },
  snapshot: () => null,
  restore: () => undefined,
})

function recordAt(index: number): OrganizationRecord {
  const home = HOME_ORG_RECORDS[index]
  if (home) return home
  let record = byIndex.get(index)
  if (!record) {
    record = generateOrganization(index)
    byIndex.set(index, record)
  }
  return record
}

export function findOrganization(orgId: string): OrganizationRecord | undefined {
  const index = orgIndexOf(orgId)
  if (index < 0 || index >= organizationCountFor(dataSet())) return undefined
  return recordAt(index)
}

/** Every organization of the current data set, in id order. */
export function allOrganizations(): OrganizationRecord[] {
  if (!everyOrganization) {
    everyOrganization = Array.from({ length: organizationCountFor(dataSet()) }, (_, index) => recordAt(index))
  }
  return everyOrganization
}

/** The organizations a user can switch to from their menu: their memberships, in membership order (also for a superuser). */
export function organizationsForUser(user: DemoUser): OrganizationRecord[] {
  return user.memberships
    .map((membership) => findOrganization(membership.orgId))
    .filter((org): org is OrganizationRecord => org !== undefined)
}

/** Members are not editable in the demo, so the count is fixed: the demo users of the org plus the generated ones. */
export function memberCountOf(org: OrganizationRecord): number {
  return demoMembersOf(org.id).length + org.generatedMemberCount
}

/** Module ids granted to an organization; the catalog shows a non-superuser only these. */
export function grantedModuleIds(orgId: string): Set<string> {
  if (!findOrganization(orgId)) return new Set()
  return new Set(moduleGrantsOf(orgId).map((grant) => grant.moduleId))
}
