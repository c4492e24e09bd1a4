import type { JsonObject, UserRef } from '../../src/shared/contract/primitives'
import { MODULE_SPECS } from '../fixtures/manifests'
import type { DemoModuleId } from '../fixtures/moduleIds'
import { priceFor, versionAt } from '../fixtures/modules'
import { HOME_ORGS } from '../fixtures/orgIds'
import { DEMO_USERS } from '../fixtures/users'
import { BASE_TIME } from '../runtime/clock'
import { createRng, seedOf, type Rng } from '../runtime/prng'
import { sampleParameters } from './runParameters'

/** A standalone module run as stored: its plan. Status, times, credits and logs are derived from it at the demo clock. */
export type RunRecord = {
  runId: string
  orgId: string
  moduleId: DemoModuleId
  version: string
  mode: 'interactive' | 'async' | 'workflow'
  parameters: JsonObject
  triggeredBy: UserRef
  createdMs: number
  queueMs: number
  plannedMs: number
  outcome: 'completed' | 'failed'
  estimatedAct: number
  /** ACT a completed run is charged (failed and cancelled runs pay a share). */
  actualAct: number
  reservationId: string
  seed: number
  /** A with-ui run that only shows a UI: it runs until the host calls `complete`. */
  uiOnly: boolean
}

export type RunOverride = {
  cancelledMs?: number
  cancelledBy?: UserRef
  completion?: { status: 'completed' | 'failed'; atMs: number; summary?: JsonObject; error?: { code: string; message: string } }
}

const MINUTE = 60_000
const round4 = (value: number) => Math.round(value * 10_000) / 10_000
export const moduleRunIdOf = (n: number) => `mr-${String(n).padStart(6, '0')}`
export const planOfOrg = (orgId: string) => HOME_ORGS.find((org) => org.id === orgId)?.plan ?? 'developer'

/** Which modules and people the seeded runs of each home organization use (its granted modules, its members). */
const ORG_SEEDS = [
  {
    orgId: 'org-0002',
    count: 20,
    users: ['usr-0004', 'usr-0003', 'usr-0002', 'usr-0005'],
    modules: [
      'netmhcpan-binding',
      'peptide-length-qc',
      'spectral-library-search',
      'motif-deconvolution',
      'immunopeptidome-report',
      'hla-typing-optitype',
      'neoantigen-ranker',
    ],
  },
  {
    orgId: 'org-0003',
    count: 12,
    users: ['usr-0005'],
    modules: ['netmhcpan-binding', 'peptide-length-qc', 'hla-typing-optitype'],
  },
  {
    orgId: 'org-0001',
    count: 12,
    users: ['usr-0001'],
    // The atlas explorer lands on i = 4 and i = 10: one finished UI session and one still open at BASE_TIME.
    modules: [
      'netmhcpan-binding',
      'immunopeptidome-report',
      'peptide-length-qc',
      'motif-deconvolution',
      'peptide-atlas-explorer',
      'spectral-library-search',
    ],
  },
] as const

const userRef = (id: string): UserRef => {
  const user = DEMO_USERS.find((u) => u.id === id)!
  return { userId: user.id, name: user.name }
}

/** The plan of a new run: accepted now, a few seconds in the queue, 20–40 s of work (api-contract §12 demo pace). */
export function newRecord(
  input: Omit<RunRecord, 'queueMs' | 'plannedMs' | 'outcome' | 'actualAct' | 'reservationId' | 'seed'>,
): RunRecord {
  const seed = seedOf(`${input.runId}@${input.createdMs}`)
  const rng = createRng(seed)
  return {
    ...input,
    seed,
    queueMs: rng.int(2_000, 6_000),
    plannedMs: rng.int(20_000, 40_000),
    outcome: 'completed',
    actualAct: round4(input.estimatedAct * (0.6 + rng.next() * 0.4)),
    reservationId: `res-${rng.hex(12)}`,
  }
}

function seededRecord(
  orgId: string,
  moduleId: DemoModuleId,
  user: UserRef,
  createdMs: number,
  rng: Rng,
  recent: number,
): { record: RunRecord; override?: RunOverride } {
  const spec = MODULE_SPECS[moduleId]
  const modes = spec.execution.modes as string[]
  const mode = modes.includes('interactive') && (spec.uiOnly || rng.chance(0.5)) ? 'interactive' : 'async'
  const [min, max] = spec.durationMs
  const estimatedAct = round4(priceFor(moduleId, planOfOrg(orgId)) * (1 + rng.int(0, 3) * 0.25))
  const record = newRecord({
    runId: '',
    orgId,
    moduleId,
    version: versionAt(moduleId, createdMs),
    mode,
    triggeredBy: user,
    createdMs,
    estimatedAct,
    parameters: sampleParameters(spec.inputs, spec.examples, rng),
    uiOnly: spec.uiOnly === true && mode === 'interactive',
  })
  record.queueMs = rng.chance(0.1) ? rng.int(30_000, 180_000) : rng.int(1_000, 12_000)
  record.plannedMs = rng.int(min, max)
  // The most recent runs of each organization are still queued or running at BASE_TIME.
  if (recent === 0) {
    record.createdMs = BASE_TIME - rng.int(5_000, 15_000)
    record.queueMs = rng.int(30_000, 60_000)
  } else if (recent <= 2) {
    record.createdMs = BASE_TIME - recent * rng.int(60_000, 240_000)
    record.queueMs = rng.int(2_000, 8_000)
    record.plannedMs = Math.max(record.plannedMs, BASE_TIME - record.createdMs + rng.int(1, 6) * MINUTE)
  }
  // Fixed positions guarantee every status in every organization (recent = 2 is running now and fails later).
  const roll = rng.next()
  const cancelled = recent === 5 || (recent > 5 && roll > 0.95)
  if (recent === 2 || recent === 3 || recent === 9 || (recent > 5 && roll < 0.08)) record.outcome = 'failed'
  if (record.uiOnly && recent > 2) {
    const atMs = record.createdMs + record.queueMs + record.plannedMs
    const summary = { peptides_viewed: rng.int(20, 400), exported: rng.chance(0.5) }
    return { record, override: { completion: { status: 'completed', atMs, summary } } }
  }
  if (cancelled) {
    const cancelledMs = record.createdMs + record.queueMs + Math.round(record.plannedMs * (0.2 + rng.next() * 0.6))
    return { record, override: { cancelledMs, cancelledBy: user } }
  }
  return { record }
}

/** About 44 standalone runs of the home organizations over the last 30 days, ids in creation order. */
export function seedModuleRuns(): { records: RunRecord[]; overrides: Record<string, RunOverride> } {
  const seeded: { record: RunRecord; override?: RunOverride }[] = []
  for (const org of ORG_SEEDS) {
    const rng = createRng(seedOf(`module-runs:${org.orgId}`))
    const gap = (30 * 24 * 60 * MINUTE) / org.count
    for (let i = 0; i < org.count; i++) {
      const createdMs = Math.round(BASE_TIME - (org.count - i) * gap + rng.next() * gap * 0.5)
      const moduleId = org.modules[i % org.modules.length] as DemoModuleId
      seeded.push(seededRecord(org.orgId, moduleId, userRef(rng.pick(org.users)), createdMs, rng, org.count - 1 - i))
    }
  }
  seeded.sort((a, b) => a.record.createdMs - b.record.createdMs)
  const overrides: Record<string, RunOverride> = {}
  const records = seeded.map(({ record, override }, n) => {
    const runId = moduleRunIdOf(n + 1)
    if (override) overrides[runId] = override
    return { ...record, runId, seed: seedOf(runId) }
  })
  return { records, overrides }
}
