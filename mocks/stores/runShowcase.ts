import type { JsonObject } from '../../src/shared/contract/primitives'
import type { DemoModuleId } from '../fixtures/moduleIds'
import { priceFor, versionAt } from '../fixtures/modules'
import { DEMO_USERS } from '../fixtures/users'
import { BASE_TIME } from '../runtime/clock'
import { seedOf } from '../runtime/prng'
import { isScenario } from '../runtime/scenario'
import { moduleRunIdOf, newRecord, planOfOrg, type RunRecord } from './runSeeds'

/**
 * Data must render as text everywhere: in the `xss` scenario these strings reach the failed showcase run's parameters
 * and its log (parameters are not seeded at response time, since a re-run posts them back). The default demo reads like
 * a laboratory's data and carries no attack strings (issue 12).
 */
export const HTML_PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'] as const

type Showcase = {
  moduleId: DemoModuleId
  /** Before BASE_TIME; all later than every seeded run, so ids stay in creation order. */
  createdAgoMs: number
  queueMs: number
  plannedMs: number
  outcome: 'completed' | 'failed'
  parameters: JsonObject
}

const JONAS = DEMO_USERS.find((u) => u.id === 'usr-0004')!

/**
 * Runs of Jonas Weber (scientist, Acme Immunology) that a person or an e2e test can follow from the start of a demo
 * session: one that fails at once (re-run it; in the `xss` scenario with HTML/script payloads in its parameters and log),
 * one that runs for 25 minutes (cancel it) and one that finishes about 20 s after the demo starts (watch its log grow).
 */
const showcase = (xss: boolean): Showcase[] => [
  {
    moduleId: 'immunopeptidome-report',
    createdAgoMs: 7_500,
    queueMs: 400,
    plannedMs: 3_000,
    outcome: 'failed',
    parameters: {
      title: xss ? HTML_PAYLOADS[0] : 'HeLa class I immunopeptidome, replicate 2',
      sample_ids: [xss ? HTML_PAYLOADS[1] : 'HeLa-rep2', 'HeLa-rep1'],
      sections: ['length-distribution', 'binding'],
      fdr: 0.01,
      format: 'html',
    },
  },
  {
    moduleId: 'spectral-library-search',
    createdAgoMs: 6_500,
    queueMs: 1_000,
    plannedMs: 25 * 60_000,
    outcome: 'completed',
    parameters: {
      raw_files: ['s3://hla-compass-demo-data/raw/cohort-a/JY_rep1.raw', 's3://hla-compass-demo-data/raw/cohort-a/JY_rep2.raw'],
      library: 'hla-ligand-atlas-2024',
      precursor_tolerance_ppm: 10,
    },
  },
  {
    moduleId: 'peptide-length-qc',
    createdAgoMs: 5_000,
    queueMs: 1_000,
    plannedMs: 24_000,
    outcome: 'completed',
    parameters: {
      peptides_file: 's3://hla-compass-demo-data/cohort-a/JY_rep1/peptides.tsv',
      min_length: 8,
      max_length: 14,
      fdr: 0.01,
      remove_contaminants: true,
    },
  },
]

/** The showcase runs, numbered after the `count` seeded ones. */
export function showcaseRuns(count: number): RunRecord[] {
  return showcase(isScenario('xss')).map((run, i) => {
    const runId = moduleRunIdOf(count + i + 1)
    const createdMs = BASE_TIME - run.createdAgoMs
    const record = newRecord({
      runId,
      orgId: 'org-0002',
      moduleId: run.moduleId,
      version: versionAt(run.moduleId, createdMs),
      mode: 'async',
      parameters: run.parameters,
      triggeredBy: { userId: JONAS.id, name: JONAS.name },
      createdMs,
      estimatedAct: priceFor(run.moduleId, planOfOrg('org-0002')),
      uiOnly: false,
    })
    return { ...record, queueMs: run.queueMs, plannedMs: run.plannedMs, outcome: run.outcome, seed: seedOf(runId) }
  })
}
