import { generateOrganization, orgIndexOf } from '../fixtures/organizations'
import { HOME_ORGS } from '../fixtures/orgIds'
import { homeRegistrySeed, seededRegistry } from '../fixtures/registries'
import { findUser } from '../fixtures/users'
import { BASE_TIME } from '../runtime/clock'
import { createRng, seedOf } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { createOrgTable } from './orgTable'
import { toRegistryBody, type RegistryBody, type RegistryRecord } from './orgRegistryRules'

export { toRegistryBody, type RegistryBody, type RegistryRecord }

const DAY = 86_400_000
const FIRST_NEW_ID = 1001
let nextId = FIRST_NEW_ID

/** Generated organizations register their public GHCR and/or Docker Hub namespace, named after their slug. */
function generatedRegistries(orgId: string): RegistryRecord[] {
  const index = orgIndexOf(orgId)
  if (index < 0) return []
  const org = generateOrganization(index)
  const rng = createRng(seedOf(`${orgId}/registries`))
  const ageDays = Math.max(1, Math.floor((BASE_TIME - Date.parse(org.createdAt)) / DAY))
  const priya = { userId: 'usr-0001', name: findUser('usr-0001')!.name }
  const hubAccount = org.slug.replace(/-/g, '').slice(0, 30)
  const registries: RegistryRecord[] = []
  if (rng.chance(0.7))
    registries.push(
      seededRegistry({
        id: `reg-${orgId.slice(4)}-1`,
        provider: 'ghcr',
        host: 'ghcr.io',
        namespaces: [`ghcr.io/${org.slug}/*`],
        enabled: true,
        createdDaysAgo: rng.int(0, ageDays),
        createdBy: priya,
        testedHoursAgo: rng.int(1, 400),
      }),
    )
  if (rng.chance(0.4))
    registries.push(
      seededRegistry({
        id: `reg-${orgId.slice(4)}-2`,
        provider: 'dockerhub',
        host: 'docker.io',
        namespaces: [`docker.io/${hubAccount}/*`],
        enabled: rng.chance(0.8),
        createdDaysAgo: rng.int(0, ageDays),
        createdBy: priya,
      }),
    )
  return registries
}

function seedRegistries(orgId: string): RegistryRecord[] {
  if (dataSet() === 'empty') return []
  return HOME_ORGS.some((org) => org.id === orgId) ? homeRegistrySeed(orgId) : generatedRegistries(orgId)
}

/**
 * Registries per organization in stored order (the order check-image and publish walk). Only metadata is kept:
 * secrets are dropped on receipt, so neither the store nor its session snapshot can leak one.
 */
const table = createOrgTable<RegistryRecord, number>({
  name: 'registries',
  seed: seedRegistries,
  extra: { initial: () => FIRST_NEW_ID, get: () => nextId, set: (value) => (nextId = value) },
})

export const registriesOf = (orgId: string): RegistryRecord[] => table.rows(orgId)

export const findRegistry = (orgId: string, registryId: string): RegistryRecord | undefined =>
  table.rows(orgId).find((registry) => registry.id === registryId)

/** A fresh id for a registry created in this session (seeded ids are below 1000). */
export function newRegistryId(): string {
  const id = `reg-${nextId}`
  nextId += 1
  return id
}

export function insertRegistry(orgId: string, record: RegistryRecord): void {
  table.set(orgId, [...table.rows(orgId), record])
}

/** Replaces a registry in place, keeping its position in the stored order. */
export function replaceRegistry(orgId: string, record: RegistryRecord): void {
  table.set(
    orgId,
    table.rows(orgId).map((registry) => (registry.id === record.id ? record : registry)),
  )
}

export function removeRegistry(orgId: string, registryId: string): void {
  table.set(
    orgId,
    table.rows(orgId).filter((registry) => registry.id !== registryId),
  )
}
