import { WORKFLOW_RUN_SORTS, WORKFLOW_RUN_STATUSES, type WorkflowRunSort } from '../../src/shared/contract/workflows'
import { badQuery, readEnum, readSearch, readTime } from './orgPaging'
import type { RunStatus } from './workflowRunPlan'
import { executionArnOf, liveValues, runIdOf, type RowValues, type RunTable } from './workflowRunTable'

/**
 * Filters, sort and stats of `GET /v1/workflows/{id}/runs` (api-contract §9) over a run table. Static rows are
 * walked in a cached sort order (built once per sort), live rows are evaluated at `now` and merged in, so a request
 * over 100,000 runs is one linear pass over typed arrays.
 */
export type RunQuery = {
  statuses?: number[]
  triggeredBy?: string
  from?: number
  to?: number
  q?: string
  minDurationMs?: number
  maxDurationMs?: number
  minCredits?: number
  maxCredits?: number
  sort: WorkflowRunSort
}

function readNumber(url: URL, name: string): number | undefined {
  const text = url.searchParams.get(name)
  if (text === null || text === '') return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0) throw badQuery(name, 'Use a number of at least 0.')
  return value
}

/** Reads the run-list filters; `withSort: false` for the stats endpoint, which takes no sort. */
export function readRunQuery(url: URL, withSort = true): RunQuery {
  const statusText = url.searchParams.get('status')
  let statuses: number[] | undefined
  if (statusText) {
    const names = statusText
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const unknown = names.find((name) => !(WORKFLOW_RUN_STATUSES as readonly string[]).includes(name))
    if (unknown) throw badQuery('status', `Unknown status "${unknown.slice(0, 30)}"; use ${WORKFLOW_RUN_STATUSES.join(', ')}.`)
    statuses = [...new Set(names.map((name) => WORKFLOW_RUN_STATUSES.indexOf(name as RunStatus)))].sort()
  }
  return {
    statuses,
    triggeredBy: url.searchParams.get('triggeredBy') || undefined,
    from: readTime(url, 'from'),
    to: readTime(url, 'to'),
    q: readSearch(url),
    minDurationMs: readNumber(url, 'minDurationMs'),
    maxDurationMs: readNumber(url, 'maxDurationMs'),
    minCredits: readNumber(url, 'minCredits'),
    maxCredits: readNumber(url, 'maxCredits'),
    sort: (withSort ? readEnum(url, 'sort', WORKFLOW_RUN_SORTS) : undefined) ?? '-startedAt',
  }
}

/** Row test on plain values, so the hot loop over static rows allocates nothing. */
type Predicate = (index: number, status: number, startMs: number, durationMs: number | undefined, credits: number) => boolean

function predicateFor(table: RunTable, query: RunQuery): Predicate {
  const { wf } = table
  const statuses = query.statuses ? new Set(query.statuses) : undefined
  const users = query.triggeredBy
    ? new Set(wf.triggerers.flatMap((u, i) => (u.userId === query.triggeredBy ? [i] : [])))
    : undefined
  const q = query.q
  const comboHits = q ? table.tagCombos.map((tags) => tags.some((tag) => tag.toLowerCase().includes(q))) : []
  const userHits = q ? wf.triggerers.map((u) => u.name.toLowerCase().includes(q)) : []
  const arnPrefix = executionArnOf(wf, '').toLowerCase()
  const { from, to, minDurationMs, maxDurationMs, minCredits, maxCredits } = query
  const hasDurationBound = minDurationMs !== undefined || maxDurationMs !== undefined
  return (i, status, startMs, durationMs, credits) => {
    if (statuses && !statuses.has(status)) return false
    if (users && !users.has(table.user[i]!)) return false
    if (from !== undefined && startMs < from) return false
    if (to !== undefined && startMs >= to) return false
    if (hasDurationBound) {
      if (durationMs === undefined) return false
      if (minDurationMs !== undefined && durationMs < minDurationMs) return false
      if (maxDurationMs !== undefined && durationMs > maxDurationMs) return false
    }
    if (minCredits !== undefined && credits < minCredits) return false
    if (maxCredits !== undefined && credits > maxCredits) return false
    // The run id is the end of the ARN, so one substring test over the ARN covers both.
    if (q && !comboHits[table.tagCombo[i]!] && !userHits[table.user[i]!] && !(arnPrefix + runIdOf(table, i)).includes(q))
      return false
    return true
  }
}

const SORT_COLUMN = { startedAt: 0, durationMs: 1, creditsAct: 2 } as const
type Column = 0 | 1 | 2

function staticKey(table: RunTable, i: number, column: Column): number {
  if (column === 0) return table.startMs[i]!
  return column === 1 ? table.endMs[i]! - table.startMs[i]! : table.credits[i]!
}

const liveKey = (v: RowValues, column: Column) => (column === 0 ? v.startMs : column === 1 ? v.durationMs : v.credits)

function sortSpec(sort: WorkflowRunSort): { column: Column; direction: number } {
  return { column: SORT_COLUMN[sort.replace('-', '') as keyof typeof SORT_COLUMN], direction: sort.startsWith('-') ? -1 : 1 }
}

/** Sort comparison of two keys; a missing key (a running run has no duration) goes last; ties by id (= index). */
function compareKeys(direction: number, a: number, ka: number | undefined, b: number, kb: number | undefined): number {
  if (ka !== kb) {
    if (ka === undefined) return 1
    if (kb === undefined) return -1
    return direction * (ka - kb)
  }
  return a - b
}

const PACK = 2 ** 17

/**
 * Non-live rows in `sort` order, built once per table and sort. Keys are whole numbers (ms, ACT × 10⁴), so each row
 * packs into one float `key × 2¹⁷ + index` and a native numeric sort (no comparator) orders 100,000 rows, ties by id.
 */
function staticOrder(table: RunTable, sort: WorkflowRunSort): Int32Array {
  const cached = table.orders.get(sort)
  if (cached) return cached
  const { column, direction } = sortSpec(sort)
  const order = new Int32Array(table.count - table.live.length)
  const base = column === 0 ? (table.startMs[0] ?? 0) : 0
  const keys = new Float64Array(order.length)
  let n = 0
  let max = 0
  for (let i = 0; i < table.count; i++) {
    if (table.isLive[i]) continue
    const key = Math.round((staticKey(table, i, column) - base) * (column === 2 ? 10_000 : 1))
    keys[n] = key
    order[n++] = i
    if (key > max) max = key
  }
  if (table.count < PACK && max * PACK < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n)
    for (let k = 0; k < n; k++) packed[k] = (direction > 0 ? keys[k]! : max - keys[k]!) * PACK + order[k]!
    packed.sort()
    for (let k = 0; k < n; k++) order[k] = packed[k]! % PACK
  } else {
    const byIndex = new Float64Array(table.count)
    for (let k = 0; k < n; k++) byIndex[order[k]!] = keys[k]!
    order.sort((a, b) => direction * (byIndex[a]! - byIndex[b]!) || a - b)
  }
  table.orders.set(sort, order)
  return order
}

const statusCode = (status: string) => WORKFLOW_RUN_STATUSES.indexOf(status as RunStatus)

/** Indices of the runs matching `query`, in its sort order. */
export function matchingRuns(table: RunTable, query: RunQuery, now: number): number[] {
  const matches = predicateFor(table, query)
  const { column, direction } = sortSpec(query.sort)
  const live = table.live
    .map((i) => ({ i, v: liveValues(table, i, now) }))
    .filter(({ i, v }) => matches(i, statusCode(v.status), v.startMs, v.durationMs, v.credits))
    .map(({ i, v }) => ({ i, key: liveKey(v, column) }))
    .sort((x, y) => compareKeys(direction, x.i, x.key, y.i, y.key))
  const result: number[] = []
  let next = 0
  const { startMs, endMs, credits, status } = table
  for (const i of staticOrder(table, query.sort)) {
    if (!matches(i, status[i]!, startMs[i]!, endMs[i]! - startMs[i]!, credits[i]!)) continue
    if (next < live.length) {
      const key = staticKey(table, i, column)
      while (next < live.length && compareKeys(direction, live[next]!.i, live[next]!.key, i, key) < 0)
        result.push(live[next++]!.i)
    }
    result.push(i)
  }
  while (next < live.length) result.push(live[next++]!.i)
  return result
}

const median = (sorted: Float64Array) => {
  const n = sorted.length
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
}

/** Nearest-rank percentile of an ascending array (p in 0..1). */
export const percentile = (sorted: Float64Array, p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!

const round4 = (value: number) => Math.round(value * 10_000) / 10_000

/** Durations and credits of the SUCCEEDED runs matching the filters, each sorted ascending (one pass, typed arrays). */
export function succeededMeasures(table: RunTable, query: RunQuery, now: number) {
  const matches = predicateFor(table, query)
  const succeeded = statusCode('SUCCEEDED')
  const durations = new Float64Array(table.count)
  const credits = new Float64Array(table.count)
  let n = 0
  for (let i = 0; i < table.count; i++) {
    if (table.isLive[i]) {
      const v = liveValues(table, i, now)
      if (v.status !== 'SUCCEEDED' || v.durationMs === undefined || !matches(i, succeeded, v.startMs, v.durationMs, v.credits))
        continue
      durations[n] = v.durationMs
      credits[n++] = v.credits
      continue
    }
    const start = table.startMs[i]!
    const duration = table.endMs[i]! - start
    if (table.status[i] !== succeeded || !matches(i, succeeded, start, duration, table.credits[i]!)) continue
    durations[n] = duration
    credits[n++] = table.credits[i]!
  }
  return { durations: durations.subarray(0, n).sort(), credits: credits.subarray(0, n).sort() }
}

/** Median and p90 (nearest rank) duration and median credits over the SUCCEEDED runs matching the filters. */
export function runStats(table: RunTable, query: RunQuery, now: number) {
  const { durations: d, credits: c } = succeededMeasures(table, query, now)
  if (d.length === 0) return { medianDurationMs: null, p90DurationMs: null, medianCreditsAct: null }
  return {
    medianDurationMs: Math.round(median(d)),
    p90DurationMs: Math.round(percentile(d, 0.9)),
    medianCreditsAct: round4(median(c)),
  }
}

/**
 * The expected band of the run-duration history: p25 and p75 (nearest rank) and the median (as `runStats` computes
 * it) of the durations and of the credits of the SUCCEEDED runs matching the filters; null without such runs.
 */
export function runBands(table: RunTable, query: RunQuery, now: number) {
  const { durations, credits } = succeededMeasures(table, query, now)
  const band = (sorted: Float64Array, round: (value: number) => number) =>
    sorted.length === 0
      ? null
      : { p25: round(percentile(sorted, 0.25)), p50: round(median(sorted)), p75: round(percentile(sorted, 0.75)) }
  return { succeeded: durations.length, durationMs: band(durations, Math.round), creditsAct: band(credits, round4) }
}
