import type { z } from '../../src/shared/contract/zod'
import type { ModuleGrant } from '../../src/shared/contract/organizations'
import type { UserRef } from '../../src/shared/contract/primitives'
import { DEMO_MODULES } from '../fixtures/moduleIds'
import { generateOrganization, orgIndexOf } from '../fixtures/organizations'
import { HOME_ORGS } from '../fixtures/orgIds'
import { DEMO_USERS } from '../fixtures/users'
import { BASE_TIME, iso, nowIso } from '../runtime/clock'
import { createRng, seedOf } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { createOrgTable } from './orgTable'

export type ModuleGrantBody = z.input<typeof ModuleGrant>

const DAY = 86_400_000
const PLATFORM_ADMIN: UserRef = { userId: DEMO_USERS[0]!.id, name: DEMO_USERS[0]!.name }

/** Which catalog modules the home organizations start with (brief: org-0002 lacks the with-ui atlas explorer). */
const HOME_GRANTS: Record<string, readonly string[]> = {
  'org-0001': DEMO_MODULES.map((module) => module.moduleId),
  'org-0002': DEMO_MODULES.map((module) => module.moduleId).filter((id) => id !== 'peptide-atlas-explorer'),
  'org-0003': ['peptide-length-qc', 'netmhcpan-binding', 'hla-typing-optitype'],
}

const grantFor = (moduleId: string, grantedAt: string, grantedBy: UserRef): ModuleGrantBody => {
  const module = DEMO_MODULES.find((candidate) => candidate.moduleId === moduleId)!
  return { moduleId, moduleName: module.moduleName, displayName: module.displayName, grantedAt, grantedBy }
}

/** Seeded grants of home organizations, oldest first; also the audit store's seeded `module_grant.created` history. */
export function homeModuleGrantSeed(orgId: string): ModuleGrantBody[] {
  return (HOME_GRANTS[orgId] ?? []).map((moduleId, k) =>
    grantFor(moduleId, iso(BASE_TIME - (140 - k * 11) * DAY - (k + 2) * 3_600_000), PLATFORM_ADMIN),
  )
}

function seedGrants(orgId: string): ModuleGrantBody[] {
  // `empty` has no catalog (api-contract §12), so nothing can be granted either.
  if (dataSet() === 'empty') return []
  if (HOME_ORGS.some((org) => org.id === orgId)) return homeModuleGrantSeed(orgId)
  const index = orgIndexOf(orgId)
  if (index < 0) return []
  const org = generateOrganization(index)
  const rng = createRng(seedOf(`${orgId}/module-grants`))
  const createdMs = Date.parse(org.createdAt)
  return DEMO_MODULES.filter(() => rng.chance(0.35)).map((module) =>
    grantFor(module.moduleId, iso(createdMs + Math.floor(rng.next() * (BASE_TIME - createdMs))), PLATFORM_ADMIN),
  )
}

const grants = createOrgTable<ModuleGrantBody>({ name: 'module-grants', seed: seedGrants })

export const moduleGrantsOf = (orgId: string): ModuleGrantBody[] => grants.rows(orgId)

export const isKnownModule = (moduleId: string): boolean => DEMO_MODULES.some((module) => module.moduleId === moduleId)

/** Grants a module; an existing grant is returned unchanged (`created: false`, answered with 200). */
export function addModuleGrant(orgId: string, moduleId: string, by: UserRef): { grant: ModuleGrantBody; created: boolean } {
  const existing = grants.rows(orgId).find((grant) => grant.moduleId === moduleId)
  if (existing) return { grant: existing, created: false }
  const grant = grantFor(moduleId, nowIso(), by)
  grants.set(orgId, [...grants.rows(orgId), grant])
  return { grant, created: true }
}

/** Revokes a module grant; undefined when the module was not granted. */
export function removeModuleGrant(orgId: string, moduleId: string): ModuleGrantBody | undefined {
  const existing = grants.rows(orgId).find((grant) => grant.moduleId === moduleId)
  if (existing)
    grants.set(
      orgId,
      grants.rows(orgId).filter((grant) => grant !== existing),
    )
  return existing
}
