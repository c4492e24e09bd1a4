import type { z } from '../../src/shared/contract/zod'
import type { Organization, OrganizationSummary } from '../../src/shared/contract/organizations'
import { dataGrantsOf } from './orgDataGrants'
import { moduleGrantsOf } from './orgModuleGrants'
import { memberCountOf, type OrganizationRecord } from './organizationStore'
import { registriesOf } from './registryStore'

/**
 * Organization rows with their counts read from the stores that own the counted things, so a registry added or a
 * grant approved in this session shows up in Control Tower at once. Only the rows of a page are counted.
 */
export function organizationSummary(org: OrganizationRecord): z.input<typeof OrganizationSummary> {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    tier: org.tier,
    plan: org.plan,
    status: org.status,
    memberCount: memberCountOf(org),
    registryCount: registriesOf(org.id).length,
    moduleGrantCount: moduleGrantsOf(org.id).length,
    pendingDataGrantCount: dataGrantsOf(org.id).filter((grant) => grant.status === 'pending').length,
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  }
}

export function organizationDetail(org: OrganizationRecord): z.input<typeof Organization> {
  return { ...organizationSummary(org), credits: { ...org.credits } }
}
