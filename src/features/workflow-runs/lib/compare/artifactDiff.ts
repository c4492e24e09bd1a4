import type { Artifact } from '@/shared/contract/artifacts'
import type { WorkflowRun } from '@/shared/contract/workflows'

/**
 * How an artifact of one run relates to the baseline's, by identity (URI + size + checksum):
 * - unchanged: same URI, same bytes;
 * - same-uri-content-changed: the same URI now holds other bytes (an overwritten "latest" file: easy to miss);
 * - new-uri-identical-content: another URI holds byte-identical content (a reproducible output, or a moved file);
 * - changed: the same file name in the step under a new URI with other bytes;
 * - added / removed: no counterpart at all.
 */
export type ArtifactChange =
  'unchanged' | 'same-uri-content-changed' | 'new-uri-identical-content' | 'changed' | 'added' | 'removed'

export const ARTIFACT_CHANGE_LABEL: Record<ArtifactChange, string> = {
  unchanged: 'Unchanged',
  'same-uri-content-changed': 'Same URI, content changed',
  'new-uri-identical-content': 'New URI, identical content',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
}

export type ArtifactPair = { change: ArtifactChange; baseline?: Artifact; other?: Artifact }

const sameContent = (a: Artifact, b: Artifact) => a.checksum === b.checksum && a.sizeBytes === b.sizeBytes

/** Classifies one step's artifacts of a run against the baseline's same step; every artifact of both lands in one pair. */
export function classifyArtifacts(baseline: readonly Artifact[], other: readonly Artifact[]): ArtifactPair[] {
  const pairs: ArtifactPair[] = []
  const unmatchedBase = new Set(baseline)
  const unmatchedOther: Artifact[] = []
  const baseByUri = new Map(baseline.map((artifact) => [artifact.uri, artifact]))
  for (const artifact of other) {
    const base = baseByUri.get(artifact.uri)
    if (!base || !unmatchedBase.has(base)) {
      unmatchedOther.push(artifact)
      continue
    }
    unmatchedBase.delete(base)
    pairs.push({
      change: sameContent(base, artifact) ? 'unchanged' : 'same-uri-content-changed',
      baseline: base,
      other: artifact,
    })
  }
  // A different URI: the same name in the step is the same output; otherwise identical bytes reveal a move or a copy.
  const rest: Artifact[] = []
  for (const artifact of unmatchedOther) {
    const base = [...unmatchedBase].find((candidate) => candidate.name === artifact.name)
    if (!base) {
      rest.push(artifact)
      continue
    }
    unmatchedBase.delete(base)
    pairs.push({ change: sameContent(base, artifact) ? 'new-uri-identical-content' : 'changed', baseline: base, other: artifact })
  }
  for (const artifact of rest) {
    const base = [...unmatchedBase].find((candidate) => sameContent(candidate, artifact))
    if (base) unmatchedBase.delete(base)
    pairs.push(
      base ? { change: 'new-uri-identical-content', baseline: base, other: artifact } : { change: 'added', other: artifact },
    )
  }
  for (const base of unmatchedBase) pairs.push({ change: 'removed', baseline: base })
  return pairs
}

/** One artifact identity of one step across every run: `cells[i]` is run i's counterpart (baseline cell: its own file). */
export type ArtifactRow = {
  stepId: string
  stepName: string
  /** The artifact's name (the baseline's where it has one). */
  name: string
  cells: (ArtifactPair | undefined)[]
  /** True when any run's counterpart is not "unchanged". */
  differs: boolean
}

const rowKey = (stepId: string, name: string) => `${stepId}\u0000${name}`

/** Every step's artifacts as rows (step order of `stepIds`), each with the classification of every run against the baseline. */
export function artifactRows(runs: readonly WorkflowRun[], baselineIndex: number, stepIds: readonly string[]): ArtifactRow[] {
  const baseline = runs[baselineIndex]
  if (!baseline) return []
  const rows = new Map<string, ArtifactRow>()
  const rowFor = (stepId: string, stepName: string, name: string) => {
    const key = rowKey(stepId, name)
    let row = rows.get(key)
    if (!row) {
      row = { stepId, stepName, name, cells: runs.map(() => undefined), differs: false }
      rows.set(key, row)
    }
    return row
  }
  for (const stepId of stepIds) {
    const baseStep = baseline.steps.find((step) => step.stepId === stepId)
    const stepName = baseStep?.name ?? runs.flatMap((run) => run.steps).find((step) => step.stepId === stepId)?.name ?? stepId
    for (const artifact of baseStep?.artifacts ?? []) {
      rowFor(stepId, stepName, artifact.name).cells[baselineIndex] = { change: 'unchanged', baseline: artifact, other: artifact }
    }
    runs.forEach((run, i) => {
      if (i === baselineIndex) return
      const step = run.steps.find((candidate) => candidate.stepId === stepId)
      for (const pair of classifyArtifacts(baseStep?.artifacts ?? [], step?.artifacts ?? [])) {
        const row = rowFor(stepId, stepName, (pair.baseline ?? pair.other)!.name)
        row.cells[i] = pair
        if (pair.change !== 'unchanged') row.differs = true
      }
    })
  }
  return [...rows.values()]
}

/** Counts of each kind of change across rows, for one run column (the "basic comparison" indicators). */
export function artifactChangeCounts(rows: readonly ArtifactRow[], runIndex: number): Record<ArtifactChange, number> {
  const counts: Record<ArtifactChange, number> = {
    unchanged: 0,
    'same-uri-content-changed': 0,
    'new-uri-identical-content': 0,
    changed: 0,
    added: 0,
    removed: 0,
  }
  for (const row of rows) {
    const change = row.cells[runIndex]?.change
    if (change) counts[change] += 1
  }
  return counts
}
