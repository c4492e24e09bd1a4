/** The comparison's URL (`?runs=a,b,c&baseline=a`): the run ids in column order, without blanks or repeats. */
export function runIdsFrom(text: string | null | undefined): string[] {
  const ids = (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  return [...new Set(ids)]
}

/** The pinned baseline: the `baseline` parameter when it is one of the runs, else the first run. */
export function baselineFrom(runIds: readonly string[], baseline: string | null | undefined): string | undefined {
  return baseline && runIds.includes(baseline) ? baseline : runIds[0]
}

/** The runs after removing one; the baseline moves to the first remaining run when it was the one removed. */
export function withoutRun(runIds: readonly string[], baseline: string | undefined, removed: string) {
  const runs = runIds.filter((id) => id !== removed)
  return { runs, baseline: baseline === removed ? runs[0] : baseline }
}

/** An artifact cell of the comparison in the URL (`?artifact=`, `?diff=`): `run-000034:report:latest/summary.json`. */
export type ArtifactRef = { runId: string; stepId: string; name: string }

export const artifactRefText = ({ runId, stepId, name }: ArtifactRef): string => `${runId}:${stepId}:${name}`

/** Run and step ids hold no `:`; the name, last, may. */
export function artifactRefFrom(text: string | null | undefined): ArtifactRef | undefined {
  const match = /^([^:]+):([^:]+):(.+)$/s.exec(text ?? '')
  return match ? { runId: match[1]!, stepId: match[2]!, name: match[3]! } : undefined
}
