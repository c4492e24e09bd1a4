import diff from 'microdiff'

export type JsonPath = (string | number)[]
/** What one run has at a path compared with the baseline. */
export type InputChange = 'same' | 'changed' | 'added' | 'removed'
export type InputCell = { change: InputChange; present: boolean; value: unknown }
export type InputRow = { path: string; cells: InputCell[]; differs: boolean }

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `samples[2].hla["HLA-A"]`: the path as a reader of the JSON would write it. */
export function formatPath(path: JsonPath): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`
      if (IDENTIFIER.test(part)) return i === 0 ? part : `.${part}`
      return `[${JSON.stringify(part)}]`
    })
    .join('')
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === 'object' && value !== null

function valueAt(root: unknown, path: JsonPath): { present: boolean; value: unknown } {
  let current: unknown = root
  for (const part of path) {
    if (!isContainer(current) || !Object.hasOwn(current, part)) return { present: false, value: undefined }
    current = (current as Record<string | number, unknown>)[part]
  }
  return { present: true, value: current }
}

/** Every leaf path (empty objects and arrays count as leaves), in document order. */
function leafPaths(value: unknown, prefix: JsonPath = [], into: JsonPath[] = []): JsonPath[] {
  const entries = Array.isArray(value)
    ? value.map((item, i) => [i, item] as const)
    : isContainer(value)
      ? Object.entries(value)
      : []
  if (entries.length === 0) {
    if (prefix.length > 0) into.push(prefix)
    return into
  }
  for (const [key, item] of entries) leafPaths(item, [...prefix, key], into)
  return into
}

const startsWith = (path: JsonPath, prefix: JsonPath) => prefix.every((part, i) => path[i] === part)

/**
 * The inputs of every run against the baseline's, nested-JSON aware (microdiff walks objects and arrays). With `all`
 * false only the paths that differ somewhere are rows; with `all` every leaf of every run is a row, the differing ones
 * marked. A whole object added or removed is one row at its path, not one per leaf.
 */
export function inputRows(inputs: readonly unknown[], baselineIndex: number, all: boolean): InputRow[] {
  const baseline = inputs[baselineIndex] ?? {}
  const differences = inputs.map((value, i) =>
    i === baselineIndex || !isContainer(value) || !isContainer(baseline) ? [] : diff(baseline, value),
  )
  const changedPaths = new Map<string, JsonPath>()
  for (const list of differences) for (const d of list) changedPaths.set(formatPath(d.path), d.path)

  const paths = new Map<string, JsonPath>()
  if (all) {
    for (const value of inputs) for (const path of leafPaths(value)) paths.set(formatPath(path), path)
    // A changed container (added or removed whole) is listed at its own path, and its leaves fold into it.
    for (const [key, path] of changedPaths) {
      for (const [leafKey, leaf] of paths) if (leafKey !== key && startsWith(leaf, path)) paths.delete(leafKey)
      paths.set(key, path)
    }
  } else {
    for (const [key, path] of changedPaths) paths.set(key, path)
  }

  return [...paths.entries()].map(([key, path]) => {
    const base = valueAt(baseline, path)
    const cells = inputs.map((value, i): InputCell => {
      const here = valueAt(value, path)
      if (i === baselineIndex) return { change: 'same', ...here }
      const hit = differences[i]!.some((d) => startsWith(path, d.path) || startsWith(d.path, path))
      const change: InputChange = !hit ? 'same' : !here.present ? 'removed' : !base.present ? 'added' : 'changed'
      return { change, ...here }
    })
    return { path: key, cells, differs: cells.some((cell) => cell.change !== 'same') }
  })
}
