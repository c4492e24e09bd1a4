import type { JsonObject, UserRef } from '../../src/shared/contract/primitives'
import { HOME_ORGS } from '../fixtures/orgIds'
import { priceFor, versionAt } from '../fixtures/modules'
import type { WorkflowDef } from '../fixtures/workflowParts'
import { createRng, seedOf } from '../runtime/prng'
import type { RunPlan, StepPlan } from './workflowRunPlan'

/**
 * A run started from another one (api-contract §9.1, decision 019): "Run again", "Run with changes" or a redrive from
 * the failed step. Only the decision is stored; its plan (when each step runs, how it ends) is derived from it and the
 * origin's plan, like a seeded run's, so it progresses with the demo clock.
 */
export type DerivedKind = 'rerun' | 'rerun-with-changes' | 'redrive'
export type DerivedRecord = {
  runId: string
  number: number
  workflowId: string
  origin: { runId: string; kind: DerivedKind; fromStepId?: string }
  createdMs: number
  inputs: JsonObject
  sampleSet: number
  triggeredBy: UserRef
  tags: string[]
  executionArn: string
  /** A redrive's first step run again; the steps before it are the origin's. 0 for a re-run. */
  fromIndex: number
}

/** Re-runs are numbered after every seeded run of every data set (`large` stops near run-102000). */
export const FIRST_DERIVED_NUMBER = 900_001

const round4 = (value: number) => Math.round(value * 10_000) / 10_000
const orgPlanOf = (orgId: string) => HOME_ORGS.find((org) => org.id === orgId)?.plan ?? 'developer'

/**
 * The plan of a derived run. A redrive keeps the origin's steps before the failed one as they were (results, times;
 * no credits: they are not run again) and runs the rest with the origin's module versions (the same state machine
 * definition); a re-run runs every step with the versions current at its start. The demo's re-runs succeed, and their
 * steps take seconds, not minutes, so one finishes while you watch.
 */
export function derivedPlan(wf: WorkflowDef, record: DerivedRecord, origin: RunPlan): RunPlan {
  const rng = createRng(seedOf(record.runId))
  const price = orgPlanOf(wf.orgId)
  let at = record.createdMs
  const steps = wf.steps.map((def, k): StepPlan => {
    const before = origin.steps[k]
    if (k < record.fromIndex && before) return { ...before, creditsAct: 0 }
    const pinned = wf.modules.find((m) => m.moduleId === def.moduleId)?.version
    const version = record.origin.kind === 'redrive' && before ? before.version : (pinned ?? versionAt(def.moduleId, at))
    const enterMs = at
    const startMs = enterMs + rng.int(1_500, 4_000)
    at = startMs + rng.int(8_000, 20_000)
    return {
      stepId: def.stepId,
      moduleId: def.moduleId,
      version,
      enterMs,
      startMs,
      endMs: at,
      attempts: 1,
      creditsAct: round4(priceFor(def.moduleId, price) * (0.8 + rng.next() * 0.4)),
      outcome: 'completed',
    }
  })
  return {
    index: -1,
    seed: seedOf(record.runId),
    startMs: record.createdMs,
    endMs: at + 500,
    finalStatus: 'SUCCEEDED',
    userIndex: 0,
    triggeredBy: record.triggeredBy,
    sampleSet: record.sampleSet,
    tags: record.tags,
    steps,
  }
}

type FieldError = { field: string; message: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The demo workflows' inputs (mocks/fixtures/workflowInputs.ts), checked as the platform would before starting a run:
 * every error as a field of `inputs` (api-contract §2.4).
 */
export function inputErrors(inputs: JsonObject): FieldError[] {
  const errors: FieldError[] = []
  const need = (ok: boolean, field: string, message: string) => ok || errors.push({ field: `inputs.${field}`, message })
  const number = (value: unknown, field: string, min: number, max: number, whole = false) =>
    need(
      typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value)),
      field,
      `Use a ${whole ? 'whole ' : ''}number from ${min} to ${max}.`,
    )
  need(typeof inputs.cohort === 'string' && inputs.cohort.trim() !== '', 'cohort', 'Name the cohort.')
  const samples = inputs.samples
  if (!Array.isArray(samples) || samples.length === 0) need(false, 'samples', 'List at least one sample.')
  else
    samples.forEach((sample, i) => {
      if (!isObject(sample)) return need(false, `samples[${i}]`, 'A sample is an object with id, source, rawFile and fastq.')
      for (const key of ['id', 'source', 'rawFile'])
        need(typeof sample[key] === 'string' && sample[key] !== '', `samples[${i}].${key}`, `Give the sample's ${key}.`)
      need(
        Array.isArray(sample.fastq) && sample.fastq.length === 2 && sample.fastq.every((f) => typeof f === 'string'),
        `samples[${i}].fastq`,
        'Give the two FASTQ files of the pair.',
      )
    })
  const alleles = inputs.alleles
  need(
    Array.isArray(alleles) && alleles.length > 0 && alleles.every((a) => typeof a === 'string' && a.startsWith('HLA-')),
    'alleles',
    'List at least one allele, each like HLA-A*02:01.',
  )
  const thresholds = isObject(inputs.thresholds) ? inputs.thresholds : {}
  need(isObject(inputs.thresholds), 'thresholds', 'Give fdr, rankEL and peptideLength.')
  number(thresholds.fdr, 'thresholds.fdr', 0.0001, 0.1)
  number(thresholds.rankEL, 'thresholds.rankEL', 0.01, 10)
  const lengths = isObject(thresholds.peptideLength) ? thresholds.peptideLength : {}
  number(lengths.min, 'thresholds.peptideLength.min', 7, 15, true)
  number(lengths.max, 'thresholds.peptideLength.max', 7, 15, true)
  if (typeof lengths.min === 'number' && typeof lengths.max === 'number' && lengths.min > lengths.max)
    need(false, 'thresholds.peptideLength', 'min cannot be above max.')
  const search = isObject(inputs.search) ? inputs.search : {}
  need(typeof search.library === 'string' && search.library !== '', 'search.library', 'Name the spectral library.')
  number(search.precursorTolerancePpm, 'search.precursorTolerancePpm', 1, 50)
  const motifs = isObject(inputs.motifs) ? inputs.motifs : {}
  number(motifs.clustersMax, 'motifs.clustersMax', 1, 10, true)
  number(motifs.motifLength, 'motifs.motifLength', 8, 11, true)
  return errors
}
