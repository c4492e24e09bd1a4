import type { z } from '../../src/shared/contract/zod'
import type { ModuleRunFields, ResultEnvelope } from '../../src/shared/contract/moduleRuns'
import type { JsonObject } from '../../src/shared/contract/primitives'
import type { LogLine } from '../fixtures/logs'
import type { DemoModuleId } from '../fixtures/moduleIds'
import { HLA_ALLELES, MODULE_SPECS, PEPTIDES } from '../fixtures/manifests'
import { createRng, type Rng } from '../runtime/prng'

export type ModuleRunBody = z.input<typeof ModuleRunFields>
export type ResultBody = z.input<typeof ResultEnvelope>

/** A module run as the handlers see it, whether stored (standalone) or derived from a workflow step. */
export type RunView = {
  orgId: string
  moduleId: DemoModuleId
  run: ModuleRunBody
  seed: number
  /** Started by a workflow step: Step Functions owns it, so cancel/complete are refused. */
  managedByWorkflow: boolean
  uiOnly: boolean
  /** `summary` sent by the host with `complete`, when there was one. */
  uiSummary?: JsonObject
  log: () => { lines: LogLine[]; finished: boolean }
}

const r = (value: number, digits: number) => Number(value.toFixed(digits))
const list = (value: unknown, fallback: readonly string[]): string[] =>
  Array.isArray(value) && value.length > 0 ? value.filter((v): v is string => typeof v === 'string') : [...fallback]

type Rows = { summary: JsonObject; results: JsonObject[] }
const GENES = ['KRAS', 'TP53', 'PIK3CA', 'EGFR', 'BRAF', 'CTNNB1', 'NRAS', 'IDH1']

const RESULTS: Record<DemoModuleId, (rng: Rng, p: JsonObject) => Rows> = {
  'netmhcpan-binding': (rng, p) => {
    const peptides = list(p.peptides, PEPTIDES.slice(0, 8)).slice(0, 12)
    const alleles = list(p.alleles, ['HLA-A*02:01'])
    const threshold = typeof p.rank_threshold === 'number' ? p.rank_threshold : 2
    const results = peptides
      .flatMap((peptide) =>
        alleles.map((allele) => {
          const rank = r(0.01 + rng.next() ** 2 * 12, 3)
          const binder = rank <= 0.5 ? 'SB' : rank <= threshold ? 'WB' : ''
          return {
            peptide,
            allele,
            rank,
            score: r(Math.max(0, 1 - rank / 12), 4),
            affinity_nM: r(5 + rank * 900 * rng.next(), 1),
            binder,
          }
        }),
      )
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 25)
    const count = (binder: string) => results.filter((x) => x.binder === binder).length
    return {
      results,
      summary: {
        peptides: peptides.length,
        alleles: alleles.length,
        strong_binders: count('SB'),
        weak_binders: count('WB'),
        rank_threshold: threshold,
      },
    }
  },
  'peptide-length-qc': (rng) => {
    const weights = [2, 9, 58, 14, 8, 4, 2, 1, 1, 1].map((w) => w * (0.8 + rng.next() * 0.4))
    const total = rng.int(4_000, 16_000)
    const sum = weights.reduce((a, b) => a + b, 0)
    const results = weights.map((w, i) => ({ length: i + 7, count: Math.round((total * w) / sum), fraction: r(w / sum, 4) }))
    const ninemer = results.find((row) => row.length === 9)!.fraction
    return { results, summary: { total_peptides: total, ninemer_fraction: ninemer, status: ninemer >= 0.4 ? 'PASS' : 'FAIL' } }
  },
  'hla-typing-optitype': (rng, p) => {
    const results = ['A', 'B', 'C'].map((locus) => {
      const options = HLA_ALLELES.filter((a) => a.startsWith(`HLA-${locus}`))
      return { locus, allele_1: rng.pick(options), allele_2: rng.pick(options), reads: rng.int(800, 9_000) }
    })
    const homozygous = results.filter((x) => x.allele_1 === x.allele_2).length
    return {
      results,
      summary: { sample_id: p.sample_id ?? 'JY', objective: r(900 + rng.next() * 1500, 2), homozygous_loci: homozygous },
    }
  },
  'immunopeptidome-report': (rng) => {
    const sections = ['length-distribution', 'binding', 'motifs', 'source-proteins']
    const results = sections.map((section) => ({ section, status: 'rendered', items: rng.int(3, 40) }))
    return { results, summary: { sections: results.length, report: 'report.html', size_mb: r(1 + rng.next() * 5, 1) } }
  },
  'motif-deconvolution': (rng) => {
    const consensus = ['.L......V', '.P......L', '.[AV]......Y', '..Y.....L', '.R......[LF]']
    const count = rng.int(2, 5)
    const results = Array.from({ length: count }, (_, i) => ({
      cluster: i + 1,
      size: rng.int(200, 2_500),
      consensus: consensus[i],
      best_allele: rng.pick(HLA_ALLELES),
      kld: r(0.5 + rng.next() * 1.5, 3),
    }))
    return {
      results,
      summary: {
        clusters: count,
        kld_total: r(
          results.reduce((a, b) => a + b.kld, 0),
          3,
        ),
        trash: rng.int(20, 200),
      },
    }
  },
  'spectral-library-search': (rng, p) => {
    const proteins = ['P04439 HLA-A', 'P68871 HBB', 'P60709 ACTB', 'P07437 TUBB', 'P11142 HSPA8', 'P62805 H4C1']
    const results = PEPTIDES.slice(0, 14).map((peptide) => ({
      peptide,
      protein: rng.pick(proteins),
      charge: rng.pick([1, 2, 2, 3]),
      score: r(40 + rng.next() * 80, 2),
      q_value: r(rng.next() * 0.01, 5),
    }))
    const fdr = typeof p.fdr === 'number' ? p.fdr : 0.01
    return {
      results,
      summary: {
        psms: rng.int(8_000, 16_000),
        peptides: rng.int(4_000, 9_000),
        fdr,
        library: p.library ?? 'hla-ligand-atlas-2024',
      },
    }
  },
  'neoantigen-ranker': (rng, p) => {
    const alleles = list(p.alleles, ['HLA-A*02:01'])
    const results = PEPTIDES.slice(0, 10).map((peptide, i) => ({
      rank: i + 1,
      peptide,
      gene: rng.pick(GENES),
      mutation: `p.${rng.pick(['G', 'R', 'E', 'V'])}${rng.int(10, 900)}${rng.pick(['D', 'C', 'K', 'M'])}`,
      allele: rng.pick(alleles),
      rank_el: r(0.05 + i * 0.2 * rng.next(), 3),
      tpm: r(1 + rng.next() * 120, 1),
      score: r(1 - i * 0.07, 3),
    }))
    return { results, summary: { variants: rng.int(80, 900), candidates: results.length } }
  },
  'peptide-atlas-explorer': (rng, p) => {
    const alleles = list(p.alleles, ['HLA-A*02:01', 'HLA-B*07:02'])
    const results = PEPTIDES.slice(0, 8).map((peptide) => ({
      peptide,
      allele: rng.pick(alleles),
      tissue: rng.pick(['liver', 'lung', 'spleen', 'thymus']),
      source_protein: rng.pick(['HLA-A', 'ACTB', 'HSPA8', 'VIM']),
      observations: rng.int(1, 40),
    }))
    return { results, summary: { dataset: p.dataset ?? 'hla-ligand-atlas', peptides_viewed: results.length } }
  },
}

/** The platform result envelope of a finished run (api-contract §6); callers answer 409 before a run finishes. */
export function resultEnvelope(view: RunView): ResultBody {
  const { run } = view
  const metadata = { module: run.moduleId, version: run.moduleVersion, run_id: run.runId }
  if (run.status === 'failed' || run.status === 'cancelled') {
    const cancelled = run.status === 'cancelled'
    return {
      status: 'error',
      error: {
        type: cancelled ? 'cancelled' : 'runtime_error',
        message: cancelled ? 'The run was cancelled before it produced a result.' : (run.error?.message ?? 'The module failed.'),
        details: { code: cancelled ? 'CANCELLED' : (run.error?.code ?? 'MODULE_RUNTIME_ERROR') },
      },
      metadata,
    }
  }
  const { results, summary } = RESULTS[view.moduleId](createRng(view.seed ^ 0x68e31da4), run.parameters as JsonObject)
  const exposed = MODULE_SPECS[view.moduleId].exposedParameters
  const parameters = Object.fromEntries(Object.entries(run.parameters as JsonObject).filter(([key]) => exposed.includes(key)))
  return {
    status: 'success',
    results: view.uiOnly ? [] : results,
    summary: view.uiSummary ?? summary,
    metadata: {
      module: run.moduleId,
      version: run.moduleVersion,
      execution_time: String(run.startedAt ?? run.createdAt),
      duration_seconds: r((run.durationMs ?? 0) / 1000, 1),
      parameters,
    },
  }
}
