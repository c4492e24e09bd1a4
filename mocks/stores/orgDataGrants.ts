import type { z } from '../../src/shared/contract/zod'
import type { DataGrant } from '../../src/shared/contract/organizations'
import type { UserRef } from '../../src/shared/contract/primitives'
import { generateOrganization, orgIndexOf } from '../fixtures/organizations'
import { findUser } from '../fixtures/users'
import { BASE_TIME, iso, nowIso } from '../runtime/clock'
import { createRng, seedOf } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { membersOf } from './orgMembers'
import { createOrgTable } from './orgTable'

export type DataGrantBody = z.input<typeof DataGrant>

const HOUR = 3_600_000
const DAY = 24 * HOUR
const ref = (userId: string): UserRef => ({ userId, name: findUser(userId)!.name })
const at = (daysAgo: number, hours = 0) => iso(BASE_TIME - daysAgo * DAY - hours * HOUR)

/** The home organizations' data access requests to Alithea Bio's catalogs, one of each status at least. */
const HOME_DATA_GRANTS: Record<string, DataGrantBody[]> = {
  'org-0001': [
    {
      id: 'dg-0001',
      provider: 'alithea-bio',
      catalog: 'immunopeptidomics',
      datasets: ['peptides', 'samples'],
      access: 'read',
      status: 'approved',
      requestedAt: at(300),
      requestedBy: ref('usr-0001'),
      justification: 'Reference ligandome for validating platform modules before release.',
      decidedAt: at(299, 20),
      decidedBy: ref('usr-0001'),
      decisionReason: 'Platform validation set.',
    },
  ],
  'org-0002': [
    {
      id: 'dg-0002',
      provider: 'alithea-bio',
      catalog: 'immunopeptidomics',
      datasets: ['peptides'],
      access: 'read',
      status: 'approved',
      requestedAt: at(90),
      requestedBy: ref('usr-0002'),
      justification: 'Eluted HLA class I ligands (PSM-level, FDR 1 %) to train the in-house neoantigen ranker.',
      decidedAt: at(88, 4),
      decidedBy: ref('usr-0001'),
    },
    {
      id: 'dg-0003',
      provider: 'alithea-bio',
      catalog: 'tumor-antigen-atlas',
      datasets: ['peptides', 'raw-spectra'],
      access: 'write',
      status: 'rejected',
      requestedAt: at(41),
      requestedBy: ref('usr-0003'),
      justification: 'Upload re-scored spectra from the JY and C1R runs.',
      decidedAt: at(40, 2),
      decidedBy: ref('usr-0001'),
      decisionReason: 'Write access to raw spectra is limited to data producers; request read access instead.',
    },
    {
      id: 'dg-0004',
      provider: 'alithea-bio',
      catalog: 'immunopeptidomics',
      datasets: ['peptides', 'samples', 'hla-typing'],
      access: 'read',
      status: 'pending',
      requestedAt: at(2, 5),
      requestedBy: ref('usr-0003'),
      justification: 'Benchmark NetMHCpan predictions for HLA-A*02:01 and HLA-B*07:02 against eluted ligands from JY cells.',
    },
    {
      id: 'dg-0005',
      provider: 'alithea-bio',
      catalog: 'hla-ligand-reference',
      datasets: ['samples', 'hla-typing'],
      access: 'read',
      status: 'pending',
      requestedAt: at(0, 6),
      requestedBy: ref('usr-0004'),
      justification: 'Tissue and HLA typing metadata for the melanoma cohort re-analysis.',
    },
  ],
  'org-0003': [
    {
      id: 'dg-0006',
      provider: 'alithea-bio',
      catalog: 'tumor-antigen-atlas',
      datasets: ['peptides', 'samples'],
      access: 'read',
      status: 'approved',
      requestedAt: at(150),
      requestedBy: ref('usr-0005'),
      decidedAt: at(149),
      decidedBy: ref('usr-0001'),
    },
    {
      id: 'dg-0007',
      provider: 'alithea-bio',
      catalog: 'immunopeptidomics',
      datasets: ['peptides'],
      access: 'read',
      status: 'pending',
      requestedAt: at(5, 1),
      requestedBy: ref('usr-0005'),
      justification: 'HLA-C*07:02 ligands from HeLa for a motif deconvolution study.',
    },
  ],
}

/** Seeded data grants of a home organization (also the source of the audit store's seeded decisions). */
export const homeDataGrantSeed = (orgId: string): DataGrantBody[] => HOME_DATA_GRANTS[orgId] ?? []

const CATALOGS = ['immunopeptidomics', 'tumor-antigen-atlas', 'hla-ligand-reference'] as const
const DATASETS = ['peptides', 'samples', 'hla-typing'] as const

function generatedDataGrants(orgId: string): DataGrantBody[] {
  const index = orgIndexOf(orgId)
  if (index < 0) return []
  const org = generateOrganization(index)
  const members = membersOf(org)
  const rng = createRng(seedOf(`${orgId}/data-grants`))
  const count = rng.int(0, 3)
  return Array.from({ length: count }, (_, k): DataGrantBody => {
    const requester = rng.pick(members)
    const requestedMs = BASE_TIME - rng.int(1, 200) * DAY - rng.int(0, 23) * HOUR
    const status = rng.pick(['pending', 'approved', 'approved', 'rejected'] as const)
    const datasets = DATASETS.filter((_, d) => d === 0 || rng.chance(0.4))
    const decided = status !== 'pending'
    return {
      id: `dg-${orgId.slice(4)}-${k + 1}`,
      provider: 'alithea-bio',
      catalog: rng.pick(CATALOGS),
      datasets,
      access: 'read',
      status,
      requestedAt: iso(requestedMs),
      requestedBy: { userId: requester.userId, name: requester.name },
      ...(decided ? { decidedAt: iso(requestedMs + rng.int(2, 72) * HOUR), decidedBy: ref('usr-0001') } : {}),
      ...(status === 'rejected' ? { decisionReason: 'The justification does not name a study; resubmit with one.' } : {}),
    }
  })
}

function seedDataGrants(orgId: string): DataGrantBody[] {
  if (dataSet() === 'empty') return []
  return HOME_DATA_GRANTS[orgId] ? structuredClone(HOME_DATA_GRANTS[orgId]) : generatedDataGrants(orgId)
}

const table = createOrgTable<DataGrantBody>({ name: 'data-grants', seed: seedDataGrants })

/** Data grants of an organization, newest request first (ties by id). */
export function dataGrantsOf(orgId: string): DataGrantBody[] {
  return [...table.rows(orgId)].sort(
    (a, b) => Date.parse(String(b.requestedAt)) - Date.parse(String(a.requestedAt)) || (a.id < b.id ? -1 : 1),
  )
}

export const findDataGrant = (orgId: string, grantId: string): DataGrantBody | undefined =>
  table.rows(orgId).find((grant) => grant.id === grantId)

/** Records a decision on a pending grant; the caller has checked that it is pending. */
export function decideDataGrant(
  orgId: string,
  grantId: string,
  status: 'approved' | 'rejected',
  by: UserRef,
  reason?: string,
): DataGrantBody {
  const decided: DataGrantBody = {
    ...findDataGrant(orgId, grantId)!,
    status,
    decidedAt: nowIso(),
    decidedBy: by,
    ...(reason !== undefined ? { decisionReason: reason } : {}),
  }
  table.set(
    orgId,
    table.rows(orgId).map((grant) => (grant.id === grantId ? decided : grant)),
  )
  return decided
}
